// SPDX-License-Identifier: MIT
// A benchmark's output line: printed and flushed at once, so that a reader
// (a person, a script, a test driving the benchmark) sees each figure as it comes.
#pragma once

#include <QString>

#include <cstdio>

namespace Bullpen::TestSupport {

inline void out(const QString &line)
{
    std::fputs(qPrintable(line), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace Bullpen::TestSupport
