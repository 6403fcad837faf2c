// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace Bullpen {

// The events' words for users (the event builder, `bullpen events`): the
// validator, the templates' form values and the generator share one
// translation context.
struct EventText
{
    Q_DECLARE_TR_FUNCTIONS(Bullpen::EventValidator)
};

} // namespace Bullpen
