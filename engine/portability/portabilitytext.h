// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace Bullpen {

// The words of the portability report, its items and its rendering: one
// translation context (names and verdict names stay English: scripts read them).
struct PortabilityText
{
    Q_DECLARE_TR_FUNCTIONS(Bullpen::PortabilityReport)
};

} // namespace Bullpen
