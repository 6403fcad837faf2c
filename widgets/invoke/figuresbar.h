// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QWidget>

class QLabel;

namespace Bullpen {

struct InvocationResult;

// Lambda's REPORT figures of one invocation at a glance, in one compact row:
// outcome, duration, billed duration, init duration, a cold start's whole time
// (its phases in the tooltip), memory used of the memory size, cold or warm
// start, and the instance that ran it.
class FiguresBar final : public QWidget
{
    Q_OBJECT
public:
    enum Figure { Outcome, Duration, Billed, Init, ColdStart, Memory, Start, Instance };
    Q_ENUM(Figure)

    explicit FiguresBar(QWidget *parent = nullptr);

    void clear();
    void showRunning();
    void setResult(const InvocationResult &result);
    QString text(Figure figure) const;
    QString toolTip(Figure figure) const;

private:
    void set(Figure figure, const QString &value, const QString &toolTip = {});

    QHash<int, QLabel *> m_values;
};

} // namespace Bullpen
