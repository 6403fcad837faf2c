// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QProcess;
class QSocketNotifier;

namespace Bullpen {

// The way out of an instance's network namespace (decisions §3: outbound
// access as on Lambda, the user's services on the host through one host name,
// nothing of the engine's). The namespace has only its loopback, where the
// Runtime API listens; this attaches slirp4netns to it: a user-mode TCP/IP
// stack on a tap device (10.0.2.100, gateway 10.0.2.2) whose connections leave
// as ordinary sockets of the host. --disable-host-loopback refuses the one way
// slirp has to the host's 127.0.0.1 (its gateway address), and --disable-dns
// its DNS relay (which hands what is sent to 10.0.2.3 to the host's first
// resolver, itself on the host's loopback on many machines); the instance's /etc/resolv.conf
// names the host's own non-loopback resolvers instead. host.docker.internal
// is the host's own address (hostAddress()): reached through slirp, it is the
// host's, so it reaches services listening on all of the host's addresses but
// never a listener bound to 127.0.0.1 only (Bullpen's own, other instances').
//
// pasta (Debian's passt) was tried first and not taken: as root it drops its
// capabilities before it opens the namespace (EACCES on /proc/<pid>/ns/net)
// and closes inherited descriptors, so it could only attach to a namespace
// bind-mounted under /run/netns, one more mount to leak; it also copies the
// host's address into the namespace (the host's IP would mean the instance).
//
// Owns the helper process until takeProcess(). It ends when close() is
// called, when this object goes, and when the engine dies however it dies: the helper watches the read
// end of a pipe whose only write end is the engine's (--exit-fd).
class OutboundLink final : public QObject
{
    Q_OBJECT
public:
    explicit OutboundLink(QObject *parent = nullptr);
    ~OutboundLink() override;

    // slirp4netns, or empty when it is not installed.
    static QString program();
    // The host's address as an instance reaches it: the source address of the
    // host's default route, else its first non-loopback IPv4 address; empty
    // when it has none (then host.docker.internal is not defined).
    static QString hostAddress();
    // The instance's /etc/hosts: localhost and host.docker.internal.
    static QByteArray hostsFile(const QString &hostAddress);
    // The instance's /etc/resolv.conf: the host's resolvers that are not on its
    // loopback (systemd-resolved's upstream ones behind 127.0.0.53), else
    // Docker's fallback (8.8.8.8, 8.8.4.4), as Docker does for its containers.
    static QByteArray resolvConf();

    // Attaches to the namespace that namespacePath opens (the engine's
    // descriptor in /proc); ready() or failed() follows, once.
    void start(const QString &namespacePath);
    // Cuts the link: the helper exits by itself. Idempotent.
    void close();
    // Cuts the link and hands over its helper, which exits by itself in a
    // moment: the caller owns it (an instance gives it to its teardown, as its
    // other helper processes), or nullptr when it has ended already.
    QProcess *takeProcess();
    bool isReady() const { return m_ready; }

Q_SIGNALS:
    void ready();
    void failed(const QString &message);

private:
    void onReadyFd();
    void fail(const QString &message);

    QProcess *m_process = nullptr;
    QSocketNotifier *m_notifier = nullptr;
    int m_exitFd = -1; // the write end the helper watches
    int m_readyFd = -1; // the read end it writes "1" to once configured
    QByteArray m_stderrTail;
    bool m_ready = false;
    bool m_done = false; // ready() or failed() has been emitted
};

} // namespace Bullpen
