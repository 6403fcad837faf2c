// SPDX-License-Identifier: MIT
#pragma once

// Swarm init and leave in tests, serialised across every test process on the
// machine (ctest's RESOURCE_LOCK only orders the tests of one ctest run, and
// several checkouts share one Docker daemon): an exclusive flock on
// $BULLPEN_SWARM_LOCK, else /tmp/bullpen-swarm.lock (/tmp is the same inside
// every development root and on the host), and, for the tests of checkouts
// that chose it first, /run/bullpen/docker-swarm.lock as well where that
// folder exists (taken second, always in this order, so two holders of both
// never wait for each other). Hold it from before "is the daemon in a swarm?"
// until after the swarm the test created is left.

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QThread>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Bullpen::TestSupport {

class SwarmLock
{
public:
    static QString path()
    {
        const QString fromEnv = qEnvironmentVariable("BULLPEN_SWARM_LOCK");
        return fromEnv.isEmpty() ? QStringLiteral("/tmp/bullpen-swarm.lock") : fromEnv;
    }

    static QString secondPath() { return QStringLiteral("/run/bullpen/docker-swarm.lock"); }

    // Waits for the lock (polling, so that a test's own timeout still applies) up to timeoutMs.
    explicit SwarmLock(int timeoutMs = 20 * 60 * 1000)
    {
        QDeadlineTimer deadline(timeoutMs);
        m_fd = take(path(), deadline);
        if (m_fd < 0)
            return;
        if (QFileInfo(secondPath()).dir().exists()) {
            m_second = take(secondPath(), deadline);
            if (m_second < 0)
                return;
        }
        m_held = true;
    }
    ~SwarmLock()
    {
        if (m_second >= 0)
            ::close(m_second); // releases the lock
        if (m_fd >= 0)
            ::close(m_fd);
    }
    SwarmLock(const SwarmLock &) = delete;
    SwarmLock &operator=(const SwarmLock &) = delete;

    bool isHeld() const { return m_held; }

private:
    static int take(const QString &file, const QDeadlineTimer &deadline)
    {
        const int fd = ::open(QFile::encodeName(file).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
        if (fd < 0)
            return -1;
        ::fchmod(fd, 0666); // whoever runs the next test may be another user
        while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            if (deadline.hasExpired()) {
                ::close(fd);
                return -1;
            }
            QThread::msleep(200);
        }
        return fd;
    }

    int m_fd = -1;
    int m_second = -1;
    bool m_held = false;
};

} // namespace Bullpen::TestSupport
