// SPDX-License-Identifier: MIT
#include "widgets/invoke/figuresbar.h"

#include "engine/invocation/invocationresult.h"
#include "widgets/pool/coldstartphasestext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace Bullpen {

FiguresBar::FiguresBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("figuresBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(18);
    const QList<QPair<Figure, QString>> captions {
        { Outcome, tr("Outcome") }, { Duration, tr("Duration") },    { Billed, tr("Billed") },
        { Init, tr("Init") },       { ColdStart, tr("Cold start") }, { Memory, tr("Memory") },
        { Start, tr("Start") },     { Instance, tr("Instance") },
    };
    for (const auto &[figure, caption] : captions) {
        auto *box = new QVBoxLayout;
        box->setSpacing(0);
        auto *title = new QLabel(caption, this);
        QFont small = title->font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        title->setFont(small);
        title->setForegroundRole(QPalette::PlaceholderText);
        auto *value = new QLabel(this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont bold = value->font();
        bold.setBold(true);
        value->setFont(bold);
        box->addWidget(title);
        box->addWidget(value);
        layout->addLayout(box);
        m_values.insert(figure, value);
    }
    layout->addStretch(1);
    clear();
}

void FiguresBar::set(Figure figure, const QString &value, const QString &toolTip)
{
    QLabel *label = m_values.value(figure);
    label->setText(value);
    label->setToolTip(toolTip);
}

QString FiguresBar::text(Figure figure) const
{
    return m_values.value(figure)->text();
}

QString FiguresBar::toolTip(Figure figure) const
{
    return m_values.value(figure)->toolTip();
}

void FiguresBar::clear()
{
    const QString none = QStringLiteral("—");
    for (int figure = Outcome; figure <= Instance; ++figure)
        set(Figure(figure), none);
}

void FiguresBar::showRunning()
{
    clear();
    set(Outcome, tr("Running…"));
}

void FiguresBar::setResult(const InvocationResult &result)
{
    clear();
    const QLocale locale;
    switch (result.outcome) {
    case InvocationOutcome::Cancelled:
        set(Outcome, tr("Cancelled"), result.errorMessage);
        set(Duration, tr("%1 ms").arg(locale.toString(result.durationMs, 'f', 2)));
        return;
    case InvocationOutcome::EngineError:
        set(Outcome, tr("Engine error"), result.engineError);
        return;
    case InvocationOutcome::Refused:
        set(Outcome, tr("Refused"), result.errorMessage);
        return;
    case InvocationOutcome::Succeeded:
    case InvocationOutcome::FunctionError:
    case InvocationOutcome::TimedOut:
        break;
    }
    if (result.succeeded())
        set(Outcome, tr("Succeeded"));
    else
        set(Outcome, result.errorType.isEmpty() ? result.functionError : result.errorType, result.errorMessage);
    set(Duration, tr("%1 ms").arg(locale.toString(result.durationMs, 'f', 2)));
    set(Billed, tr("%1 ms").arg(locale.toString(result.billedDurationMs)));
    if (result.restoredFromSnapshot)
        // SnapStart: no init in this instance; the restore's figures instead, as Lambda's REPORT has them.
        set(Init, tr("restored %1 ms").arg(locale.toString(result.restoreDurationMs, 'f', 2)),
            tr("Restore Duration: restored from a SnapStart snapshot of the initialised runtime, whose init "
               "ran before the snapshot. Billed Restore Duration (its after-restore hooks): %1 ms.")
                .arg(locale.toString(qint64(std::ceil(qMax(0.0, result.billedRestoreDurationMs))))));
    else
        set(Init,
            result.initDurationMs >= 0 ? tr("%1 ms").arg(locale.toString(result.initDurationMs, 'f', 2))
                                       : QStringLiteral("—"),
            tr("Init Duration: only a cold start runs the function's initialisation code."));
    // The whole cold start, from asking for a sandbox (Init Duration is its
    // part from the runtime's process on), phase by phase in the tooltip.
    // A cold start that found its sandbox made ahead of need says so: its
    // first phase was only taking that sandbox and starting the runtime in it.
    const bool prepared = result.coldStart && result.preparedSandbox;
    if (result.coldStartPhases.isKnown())
        set(ColdStart,
            prepared ? tr("%1 ms, prepared sandbox").arg(locale.toString(result.coldStartPhases.totalMs, 'f', 1))
                     : tr("%1 ms").arg(locale.toString(result.coldStartPhases.totalMs, 'f', 1)),
            prepared ? tr("%1\nThe sandbox was prepared ahead of need (made before this call arrived).")
                           .arg(ColdStartPhasesText::toolTip(result.coldStartPhases))
                     : ColdStartPhasesText::toolTip(result.coldStartPhases));
    const QString used = result.maxMemoryUsedMb >= 0 ? QString::number(result.maxMemoryUsedMb) : QStringLiteral("?");
    set(Memory, tr("%1 / %2 MB").arg(used).arg(result.memorySizeMb),
        result.memoryLimitEnforced
            ? tr("Max Memory Used of the function's Memory Size")
            : tr("Max Memory Used of the function's Memory Size. %1").arg(result.limitationNote));
    // A SnapStart function that started cold says why (SnapStart unavailable, a restore that failed).
    const QString snapStartNote = result.snapStartNote.isEmpty() ? QString() : u'\n' + result.snapStartNote;
    if (result.coldStart && result.restoredFromSnapshot)
        set(Start, tr("Cold, restored from snapshot"),
            prepared ? tr("Cold start from a SnapStart snapshot: a copy restored ahead of need was woken for this "
                          "call.")
                     : tr("Cold start from a SnapStart snapshot: a copy of the initialised runtime was restored for "
                          "this call, then woken."));
    else
        // A SnapStart function that started cold says so where it is seen,
        // not only in the tooltip: a cold start of seconds is otherwise a puzzle.
        set(Start,
            !result.coldStart             ? tr("Warm")
                : snapStartNote.isEmpty() ? (prepared ? tr("Cold, prepared sandbox") : tr("Cold"))
                : prepared                ? tr("Cold, prepared sandbox, no SnapStart")
                                          : tr("Cold, no SnapStart"),
            (!result.coldStart ? tr("Warm: an instance already initialised took the call.")
                 : prepared
                 ? tr("Cold start from a prepared sandbox: the sandbox was made ahead of need, then the runtime "
                      "started in it and initialised.")
                 : tr("Cold start on demand: the sandbox was made for this call, then the runtime initialised."))
                + snapStartNote);
    set(Instance, result.instanceId.isEmpty() ? QStringLiteral("—") : result.instanceId,
        result.runtimeVersion.isEmpty() ? result.instanceId
                                        : tr("%1\nRuntime image: %2").arg(result.instanceId, result.runtimeVersion));
}

} // namespace Bullpen
