// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Bullpen {

// The language Bullpen's texts speak ("en", "de", "pl"): the one whose
// translation the application installed (app/translations.h records it as the
// application's "bullpenLanguage" property), else the default locale's. The
// texts that live in data files read it (the lessons, the event catalogue's
// labels), so that they speak the language of the tr() strings around them.
QString uiLanguage();

} // namespace Bullpen
