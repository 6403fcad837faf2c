// SPDX-License-Identifier: MIT
#include "widgets/pool/coldstartphasestext.h"

#include <QLocale>

namespace Bullpen {

QString ColdStartPhasesText::label(ColdStartPhases::Phase phase)
{
    switch (phase) {
    case ColdStartPhases::Sandbox:
        return tr("Sandbox created");
    case ColdStartPhases::Process:
        return tr("Process started");
    case ColdStartPhases::Interpreter:
        return tr("Interpreter up");
    case ColdStartPhases::Bootstrap:
        return tr("Runtime bootstrap ready");
    case ColdStartPhases::Handler:
        return tr("Handler imported (init code run)");
    case ColdStartPhases::FirstNext:
        return tr("First /next");
    }
    return {};
}

QStringList ColdStartPhasesText::lines(const ColdStartPhases &phases)
{
    QStringList lines;
    const QLocale locale;
    for (const ColdStartPhases::Span &span : phases.spans()) {
        const QString ms = locale.toString(span.ms, 'f', 1);
        if (span.from != span.to)
            lines << tr("%1 … %2 (not told apart): %3 ms").arg(label(span.from), label(span.to), ms);
        else
            lines << tr("%1: %2 ms").arg(label(span.to), ms);
    }
    return lines;
}

QString ColdStartPhasesText::toolTip(const ColdStartPhases &phases)
{
    if (!phases.isKnown())
        return {};
    return (QStringList {
                tr("Cold start, from asking for a sandbox: %1 ms").arg(QLocale().toString(phases.totalMs, 'f', 1)) }
            + lines(phases))
        .join(u'\n');
}

} // namespace Bullpen
