// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace Bullpen {

// The words of a template's problems (its file, the function, the field, the
// line): one translation context for the reader and Lambda's limits.
struct TemplateText
{
    Q_DECLARE_TR_FUNCTIONS(Bullpen::SamTemplate)
};

} // namespace Bullpen
