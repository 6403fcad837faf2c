// SPDX-License-Identifier: MIT
#include "engine/sandbox/directoutput.h"

#include <QFile>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Bullpen {

DirectOutput::DirectOutput(QObject *parent)
    : QObject(parent)
{ }

DirectOutput::~DirectOutput()
{
    closeWriteEnds();
    for (int i = 0; i < 2; ++i) {
        delete m_notifier[i];
        if (m_read[i] >= 0)
            ::close(m_read[i]);
    }
}

bool DirectOutput::open(QString *error)
{
    for (int i = 0; i < 2; ++i) {
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) != 0) {
            *error = QStringLiteral("cannot create a pipe for the runtime's output: %1")
                         .arg(QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        m_read[i] = fds[0];
        m_write[i] = fds[1];
        ::fcntl(m_read[i], F_SETFL, ::fcntl(m_read[i], F_GETFL) | O_NONBLOCK);
        m_notifier[i] = new QSocketNotifier(m_read[i], QSocketNotifier::Read, this);
        connect(m_notifier[i], &QSocketNotifier::activated, this, [this, i] { readFrom(i); });
    }
    return true;
}

bool DirectOutput::openFifos(const QString &folder, QString *error)
{
    const char *names[2] = { "stdout", "stderr" };
    for (int i = 0; i < 2; ++i) {
        const QByteArray path = QFile::encodeName(folder + u'/' + QLatin1String(names[i]));
        ::unlink(path.constData());
        // Written by the container's unprivileged user.
        if (::mkfifo(path.constData(), 0600) != 0 || ::chmod(path.constData(), 0666) != 0) {
            *error = QStringLiteral("cannot create the FIFO %1: %2")
                         .arg(QFile::decodeName(path), QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        m_read[i] = ::open(path.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        m_write[i] = m_read[i] >= 0 ? ::open(path.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC) : -1;
        if (m_read[i] < 0 || m_write[i] < 0) {
            *error = QStringLiteral("cannot open the FIFO %1: %2")
                         .arg(QFile::decodeName(path), QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        m_notifier[i] = new QSocketNotifier(m_read[i], QSocketNotifier::Read, this);
        connect(m_notifier[i], &QSocketNotifier::activated, this, [this, i] { readFrom(i); });
    }
    return true;
}

void DirectOutput::closeWriteEnds()
{
    for (int &fd : m_write) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

void DirectOutput::drain()
{
    readFrom(0);
    readFrom(1);
}

void DirectOutput::readFrom(int which)
{
    if (m_read[which] < 0)
        return;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(m_read[which], buffer, sizeof buffer);
        if (n > 0) {
            Q_EMIT received(QByteArray(buffer, n), which == 1);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n == 0) {
            // Every writer has gone: the runtime has exited.
            m_notifier[which]->setEnabled(false);
            ::close(m_read[which]);
            m_read[which] = -1;
        }
        return;
    }
}

} // namespace Bullpen
