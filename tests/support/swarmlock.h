// SPDX-License-Identifier: MIT
#pragma once

// Swarm init and leave in tests, serialised across every test process on the
// machine (ctest's RESOURCE_LOCK only orders the tests of one ctest run, and
// several checkouts share one Docker daemon): an exclusive flock on
// $BULLPEN_SWARM_LOCK, else /tmp/bullpen-swarm.lock (/tmp is the same inside
// every development root and on the host). Hold it from before "is the daemon
// in a swarm?" until after the swarm the test created is left.

#include <QDeadlineTimer>
#include <QFile>
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

    // Waits for the lock (polling, so that a test's own timeout still applies) up to timeoutMs.
    explicit SwarmLock(int timeoutMs = 20 * 60 * 1000)
    {
        m_fd = ::open(QFile::encodeName(path()).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
        if (m_fd < 0)
            return;
        ::fchmod(m_fd, 0666); // whoever runs the next test may be another user
        QDeadlineTimer deadline(timeoutMs);
        while (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
            if (deadline.hasExpired()) {
                ::close(m_fd);
                m_fd = -1;
                return;
            }
            QThread::msleep(200);
        }
        m_held = true;
    }
    ~SwarmLock()
    {
        if (m_fd >= 0)
            ::close(m_fd); // releases the lock
    }
    SwarmLock(const SwarmLock &) = delete;
    SwarmLock &operator=(const SwarmLock &) = delete;

    bool isHeld() const { return m_held; }

private:
    int m_fd = -1;
    bool m_held = false;
};

} // namespace Bullpen::TestSupport
