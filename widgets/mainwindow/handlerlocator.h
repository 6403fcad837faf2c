// SPDX-License-Identifier: MIT
#pragma once

#include "engine/project/functionconfig.h"

#include <QString>

namespace Bullpen {

// Where a function's handler is defined: its file (from the Handler setting,
// "src/app.lambda_handler" → <code>/src/app.py, .js, .mjs or .cjs) and the
// 1-based line of the definition (Python `def name(`, JavaScript
// `export const name`, `export async function name`, `exports.name =`,
// `module.exports.name =`), 0 when the file does not define it visibly.
struct HandlerLocation
{
    QString path; // empty when no file is found
    int line = 0;
};

HandlerLocation locateHandler(const FunctionConfig &function);
// The definition's line in a source text, or 0.
int findHandlerLine(const QString &source, const QString &functionName, bool python);

} // namespace Bullpen
