// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QSocketNotifier;

namespace Bullpen {

// Turns SIGINT, SIGTERM and SIGHUP into a Qt signal on the event loop (through
// a self-pipe), so the engine can stop every container it started before the
// process ends. One per process.
class TerminationWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit TerminationWatcher(QObject *parent = nullptr);
    ~TerminationWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Bullpen
