// SPDX-License-Identifier: MIT
#pragma once

#include "engine/invocation/coldstartphases.h"

#include <QCoreApplication>
#include <QStringList>

namespace Bullpen {

// A cold start's phases in the window's words, one line a phase ("Sandbox
// created: 38.2 ms"); phases the engine could not tell apart (an official
// runtime does not say when its interpreter was up) share one line. For the
// result's figures, the timeline and the pool view.
class ColdStartPhasesText
{
    Q_DECLARE_TR_FUNCTIONS(Bullpen::ColdStartPhasesText)
public:
    static QString label(ColdStartPhases::Phase phase); // "Sandbox created", ...
    static QStringList lines(const ColdStartPhases &phases); // empty when not known
    // "Cold start: 103.6 ms" and the lines below it, for a tooltip (plain text).
    static QString toolTip(const ColdStartPhases &phases);
};

} // namespace Bullpen
