// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace Bullpen {

struct FunctionCounters;

// The line above the pool view: the whole pool's counters, the pool clock
// (its time, and a choice of real time, ×10, ×60 or ×600) and the cost meter
// (requests, GB-seconds, what they would cost on Lambda). It shows what it is
// given and asks for a speed through speedRequested(); the panel connects it
// to the engine.
class PoolSummaryBar final : public QWidget
{
    Q_OBJECT
public:
    explicit PoolSummaryBar(QWidget *parent = nullptr);

    void setCounters(const FunctionCounters &totals);
    void setPoolTime(qint64 poolTimeMs);
    // Shows speed as chosen (without asking for it again).
    void setSpeed(double speed);
    void setSpeedEnabled(bool enabled);
    // The cost meter; idle says that nothing accrues now.
    void setCost(qint64 requests, double gbSeconds, double dollars, bool idle);

    QString countersText() const;
    QString costText() const;
    QComboBox *speedBox() const { return m_speed; }

Q_SIGNALS:
    void speedRequested(double speed);

private:
    QLabel *m_counters;
    QLabel *m_clock;
    QComboBox *m_speed;
    QLabel *m_cost;
};

} // namespace Bullpen
