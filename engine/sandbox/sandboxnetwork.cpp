// SPDX-License-Identifier: MIT
#include "engine/sandbox/sandboxnetwork.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Bullpen::SandboxNetwork {

namespace {

QString systemError(const char *what)
{
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromLocal8Bit(std::strerror(errno)));
}

int openOwnNamespace(QString *error)
{
    const int fd = ::open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
    if (fd < 0 && error)
        *error = systemError("cannot open this thread's network namespace");
    return fd;
}

// Back to the namespace the thread came from. A thread left in a sandbox's
// namespace would make every later listener of the engine there: that must
// never go unnoticed.
void returnTo(int ownFd)
{
    if (::setns(ownFd, CLONE_NEWNET) != 0)
        qFatal("cannot return to the engine's network namespace: %s", std::strerror(errno));
    ::close(ownFd);
}

bool loopbackUp(QString *error)
{
    const int s = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (s < 0) {
        *error = systemError("cannot open a socket in the new network namespace");
        return false;
    }
    ifreq request {};
    std::strncpy(request.ifr_name, "lo", IFNAMSIZ - 1);
    bool ok = ::ioctl(s, SIOCGIFFLAGS, &request) == 0;
    if (ok) {
        request.ifr_flags = short(request.ifr_flags | IFF_UP);
        ok = ::ioctl(s, SIOCSIFFLAGS, &request) == 0;
    }
    if (!ok)
        *error = systemError("cannot bring up the loopback of the new network namespace");
    ::close(s);
    return ok;
}

} // namespace

bool available(QString *whyNot)
{
    QString error;
    const int fd = create(&error);
    if (fd < 0) {
        if (whyNot)
            *whyNot = error;
        return false;
    }
    ::close(fd);
    return true;
}

int create(QString *error)
{
    const int own = openOwnNamespace(error);
    if (own < 0)
        return -1;
    if (::unshare(CLONE_NEWNET) != 0) {
        if (error)
            *error = systemError("cannot make a network namespace (the engine needs to run as root)");
        ::close(own);
        return -1;
    }
    QString why;
    int fd = ::open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        why = systemError("cannot open the new network namespace");
    else if (!loopbackUp(&why)) {
        ::close(fd);
        fd = -1;
    }
    returnTo(own);
    if (fd < 0 && error)
        *error = why;
    return fd;
}

int ofProcess(qint64 pid, QString *error)
{
    const QByteArray path = "/proc/" + QByteArray::number(pid) + "/ns/net";
    const int fd = pid > 0 ? ::open(path.constData(), O_RDONLY | O_CLOEXEC) : -1;
    if (fd < 0 && error)
        *error = systemError(QByteArray("cannot open " + path).constData());
    return fd;
}

int listenInside(int nsFd, quint16 port, QString *error)
{
    const int own = openOwnNamespace(error);
    if (own < 0)
        return -1;
    if (::setns(nsFd, CLONE_NEWNET) != 0) {
        if (error)
            *error = systemError("cannot enter the sandbox's network namespace");
        ::close(own);
        return -1;
    }
    QString why;
    int s = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (s < 0) {
        why = systemError("cannot open a socket in the sandbox's network namespace");
    } else {
        const int on = 1;
        ::setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::bind(s, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
            why = systemError("cannot bind 127.0.0.1 in the sandbox's network namespace");
        } else if (::listen(s, 64) != 0) {
            why = systemError("cannot listen in the sandbox's network namespace");
        }
        if (!why.isEmpty()) {
            ::close(s);
            s = -1;
        }
    }
    returnTo(own);
    if (s < 0 && error)
        *error = why;
    return s;
}

QString joinPath(int nsFd)
{
    return QStringLiteral("/proc/%1/fd/%2").arg(QCoreApplication::applicationPid()).arg(nsFd);
}

} // namespace Bullpen::SandboxNetwork
