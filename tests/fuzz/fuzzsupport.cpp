// SPDX-License-Identifier: MIT
#include "tests/fuzz/fuzzsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QSocketNotifier>
#include <QTemporaryDir>

#include <utility>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Bullpen::Fuzz {

void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "bullpen-fuzz";
    static char *argv[] = { name, nullptr };
    // Lives for the whole process, as libFuzzer never returns to main.
    new QCoreApplication(argc, argv);
}

QByteArrayList parts(QByteArrayView input, int maxParts)
{
    static constexpr QByteArrayView separator = "\n----\n";
    QByteArrayList out;
    qsizetype from = 0;
    while (out.size() + 1 < maxParts) {
        const qsizetype at = input.indexOf(separator, from);
        if (at < 0)
            break;
        out.append(input.sliced(from, at - from).toByteArray());
        from = at + separator.size();
    }
    out.append(input.sliced(from).toByteArray());
    while (out.size() < maxParts)
        out.append(QByteArray());
    return out;
}

QString templatePath()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        for (const char *sub : { "src/orders", "src/users", "python", "node", "hello_world", "hello-world", "probe",
                                 "code", "layers/shared", "layers/orders", "HelloWorldFunction", "function" })
            QDir(dir.path()).mkpath(QString::fromLatin1(sub));
        return dir.filePath(QStringLiteral("template.yaml"));
    }();
    return path;
}

quint32 hashOf(QByteArrayView input)
{
    quint32 h = 2166136261u;
    for (const char c : input) {
        h ^= quint8(c);
        h *= 16777619u;
    }
    return h;
}

HttpText httpText(QByteArrayView text)
{
    HttpText out;
    qsizetype blank = text.indexOf("\r\n\r\n");
    qsizetype bodyStart = blank + 4;
    if (const qsizetype lf = text.indexOf("\n\n"); lf >= 0 && (blank < 0 || lf < blank)) {
        blank = lf;
        bodyStart = lf + 2;
    }
    const QByteArrayView head = blank < 0 ? text : text.first(blank);
    out.body = blank < 0 ? QByteArray() : text.sliced(bodyStart).toByteArray();
    QList<QByteArray> lines = head.toByteArray().split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    const QByteArray first = lines.value(0);
    const qsizetype space = first.indexOf(' ');
    out.method = space < 0 ? first : first.first(space);
    QByteArray target = space < 0 ? QByteArray("/") : first.sliced(space + 1);
    if (const qsizetype version = target.lastIndexOf(" HTTP/"); version >= 0)
        target.truncate(version);
    if (!target.startsWith('/'))
        target.prepend('/');
    out.url = QUrl::fromEncoded(QByteArray("http://localhost").append(target));
    QList<std::pair<QByteArray, QByteArray>> fields;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if ((line.startsWith(' ') || line.startsWith('\t')) && !fields.isEmpty()) {
            fields.last().second += ' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            fields.append({ line.first(colon).trimmed(), line.sliced(colon + 1).trimmed() });
    }
    for (const auto &[name, value] : std::as_const(fields))
        out.headers.append(name, value);
    return out;
}

QByteArray exchange(quint16 port, QByteArrayView bytes)
{
    ensureApplication();
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        qFatal("fuzz: socket() failed: %s", strerror(errno));
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0 && errno != EINPROGRESS)
        qFatal("fuzz: connect() to 127.0.0.1:%u failed: %s", unsigned(port), strerror(errno));

    QByteArray received;
    qsizetype sent = 0;
    bool halfClosed = false;
    bool done = false;
    {
        QSocketNotifier writable(qintptr(fd), QSocketNotifier::Write);
        QSocketNotifier readable(qintptr(fd), QSocketNotifier::Read);
        const auto send = [&] {
            while (sent < bytes.size()) {
                const ssize_t n = ::send(fd, bytes.data() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
                if (n <= 0)
                    break;
                sent += n;
            }
            if (sent == bytes.size() && !halfClosed) {
                // End of input: the server answers what it has read and closes.
                ::shutdown(fd, SHUT_WR);
                halfClosed = true;
                writable.setEnabled(false);
            }
        };
        const auto receive = [&] {
            char buffer[16384];
            while (true) {
                const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
                if (n > 0) {
                    if (received.size() < 1024 * 1024)
                        received.append(buffer, n);
                    continue;
                }
                if (n < 0 && (errno == EAGAIN || errno == EINTR))
                    return;
                done = true; // closed by the server (0), or reset
                readable.setEnabled(false);
                return;
            }
        };
        QObject::connect(&writable, &QSocketNotifier::activated, send);
        QObject::connect(&readable, &QSocketNotifier::activated, receive);
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    ::close(fd);
    // Sockets the server let go of with deleteLater(): outside exec(), only this deletes them.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return received;
}

} // namespace Bullpen::Fuzz
