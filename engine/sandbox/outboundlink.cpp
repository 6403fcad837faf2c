// SPDX-License-Identifier: MIT
#include "engine/sandbox/outboundlink.h"

#include <QByteArrayList>
#include <QFile>
#include <QHostAddress>
#include <QNetworkInterface>
#include <QProcess>
#include <QSocketNotifier>
#include <QStandardPaths>

#include <cerrno>
#include <utility>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Bullpen {

namespace {

// The descriptors the helper finds its pipes on (dup2'd in the child).
constexpr int ExitFdInChild = 3;
constexpr int ReadyFdInChild = 4;

bool isLoopback(const QByteArray &address)
{
    const QHostAddress parsed(QString::fromLatin1(address));
    return parsed.isNull() || parsed.isLoopback();
}

// The nameserver lines of a resolv.conf that an instance can use (not the
// host's loopback), and its search/options lines into *rest.
QByteArrayList usableResolvers(const QString &path, QByteArrayList *rest)
{
    QFile file(path);
    QByteArrayList found;
    if (!file.open(QIODevice::ReadOnly))
        return found;
    const QByteArrayList lines = file.readAll().split('\n');
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.simplified();
        if (line.startsWith("nameserver ")) {
            const QByteArray address = line.mid(11).trimmed();
            if (!isLoopback(address))
                found << address;
        } else if (rest && (line.startsWith("search ") || line.startsWith("options "))) {
            rest->append(line);
        }
    }
    return found;
}

} // namespace

OutboundLink::OutboundLink(QObject *parent)
    : QObject(parent)
{ }

OutboundLink::~OutboundLink()
{
    // A helper still here exits by itself once the link is cut, in a moment;
    // it is waited for here (killed if it does not), so whoever must not wait
    // takes it first (takeProcess()).
    close();
    if (m_process && m_process->state() != QProcess::NotRunning && !m_process->waitForFinished(1000)) {
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

QProcess *OutboundLink::takeProcess()
{
    close();
    QProcess *process = std::exchange(m_process, nullptr);
    if (!process)
        return nullptr;
    process->disconnect(this);
    if (process->state() == QProcess::NotRunning) {
        delete process;
        return nullptr;
    }
    process->setParent(nullptr);
    return process;
}

QString OutboundLink::program()
{
    return QStandardPaths::findExecutable(QStringLiteral("slirp4netns"));
}

QString OutboundLink::hostAddress()
{
    // The route to a public address names the host's address on its way out;
    // a UDP connect() only looks the route up, it sends nothing.
    const int s = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (s >= 0) {
        sockaddr_in probe {};
        probe.sin_family = AF_INET;
        probe.sin_port = htons(53);
        ::inet_pton(AF_INET, "8.8.8.8", &probe.sin_addr);
        sockaddr_in local {};
        socklen_t length = sizeof local;
        const bool routed = ::connect(s, reinterpret_cast<const sockaddr *>(&probe), sizeof probe) == 0
            && ::getsockname(s, reinterpret_cast<sockaddr *>(&local), &length) == 0;
        ::close(s);
        if (routed) {
            const QHostAddress address(ntohl(local.sin_addr.s_addr));
            if (!address.isLoopback() && !address.isNull() && address != QHostAddress::AnyIPv4)
                return address.toString();
        }
    }
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        const auto flags = interface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) || flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        const QList<QNetworkAddressEntry> entries = interface.addressEntries();
        for (const QNetworkAddressEntry &entry : entries) {
            const QHostAddress ip = entry.ip();
            if (ip.protocol() == QAbstractSocket::IPv4Protocol && !ip.isLoopback() && !ip.isLinkLocal())
                return ip.toString();
        }
    }
    return {};
}

QByteArray OutboundLink::hostsFile(const QString &hostAddress)
{
    QByteArray hosts = "127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n";
    if (!hostAddress.isEmpty())
        hosts += hostAddress.toLatin1() + "\thost.docker.internal\n";
    return hosts;
}

QByteArray OutboundLink::resolvConf()
{
    QByteArrayList rest;
    QByteArrayList servers = usableResolvers(QStringLiteral("/etc/resolv.conf"), &rest);
    if (servers.isEmpty()) // systemd-resolved's stub on 127.0.0.53: the servers behind it
        servers = usableResolvers(QStringLiteral("/run/systemd/resolve/resolv.conf"), nullptr);
    if (servers.isEmpty())
        servers = { "8.8.8.8", "8.8.4.4" };
    QByteArray conf;
    for (const QByteArray &server : std::as_const(servers))
        conf += "nameserver " + server + '\n';
    for (const QByteArray &line : std::as_const(rest))
        conf += line + '\n';
    return conf;
}

void OutboundLink::start(const QString &namespacePath)
{
    if (m_process)
        return;
    const QString binary = program();
    if (binary.isEmpty()) {
        fail(QStringLiteral("slirp4netns is not installed (Debian's slirp4netns)"));
        return;
    }
    int exitPipe[2];
    int readyPipe[2];
    if (::pipe2(exitPipe, O_CLOEXEC) != 0) {
        fail(QStringLiteral("cannot make a pipe for slirp4netns"));
        return;
    }
    if (::pipe2(readyPipe, O_CLOEXEC) != 0) {
        ::close(exitPipe[0]);
        ::close(exitPipe[1]);
        fail(QStringLiteral("cannot make a pipe for slirp4netns"));
        return;
    }
    m_exitFd = exitPipe[1];
    m_readyFd = readyPipe[0];
    const int exitRead = exitPipe[0];
    const int readyWrite = readyPipe[1];

    m_notifier = new QSocketNotifier(m_readyFd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &OutboundLink::onReadyFd);

    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setStandardOutputFile(QProcess::nullDevice());
    m_process->setInputChannelMode(QProcess::ManagedInputChannel);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        // It reports its steps on stderr; only the last lines matter, for a failure.
        m_stderrTail = QByteArray(m_stderrTail + m_process->readAllStandardError()).right(2048);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(QStringLiteral("slirp4netns could not be started: ") + m_process->errorString());
    });
    connect(m_process, &QProcess::finished, this, [this](int code) {
        if (!m_ready)
            fail(QStringLiteral("slirp4netns ended (exit code %1) before the instance's network was up: %2")
                     .arg(code)
                     .arg(QString::fromLocal8Bit(m_stderrTail.trimmed().split('\n').constLast())));
    });
    connect(m_process, &QProcess::started, this, [this] { m_process->closeWriteChannel(); });
    m_process->setChildProcessModifier([exitRead, readyWrite] {
        // In the child before exec: dup2 leaves the copies open across exec;
        // the engine's own ends (close-on-exec) do not reach the helper.
        ::dup2(exitRead, ExitFdInChild);
        ::dup2(readyWrite, ReadyFdInChild);
    });
    m_process->start(
        binary,
        { QStringLiteral("--configure"), QStringLiteral("--mtu=65520"), QStringLiteral("--disable-host-loopback"),
          QStringLiteral("--disable-dns"), QStringLiteral("--enable-sandbox"), QStringLiteral("--enable-seccomp"),
          QStringLiteral("--exit-fd=%1").arg(ExitFdInChild), QStringLiteral("--ready-fd=%1").arg(ReadyFdInChild),
          QStringLiteral("--netns-type=path"), namespacePath, QStringLiteral("eth0") });
    // The child has its copies now (or never will).
    ::close(exitRead);
    ::close(readyWrite);
}

void OutboundLink::onReadyFd()
{
    char byte = 0;
    const ssize_t n = ::read(m_readyFd, &byte, 1);
    if (n < 0 && errno == EAGAIN)
        return;
    delete m_notifier;
    m_notifier = nullptr;
    ::close(std::exchange(m_readyFd, -1));
    if (n == 1) {
        m_ready = true;
        if (!m_done) {
            m_done = true;
            Q_EMIT ready();
        }
    }
    // n == 0: the helper closed it without a word; its end says why.
}

void OutboundLink::fail(const QString &message)
{
    close();
    if (m_done)
        return;
    m_done = true;
    Q_EMIT failed(message);
}

void OutboundLink::close()
{
    delete m_notifier;
    m_notifier = nullptr;
    if (m_readyFd >= 0)
        ::close(std::exchange(m_readyFd, -1));
    if (m_exitFd >= 0)
        ::close(std::exchange(m_exitFd, -1));
}

} // namespace Bullpen
