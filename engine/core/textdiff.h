// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Bullpen {

// One line of a line-by-line diff, as `diff -u` would show it.
struct TextDiffLine
{
    enum class Op { Same, OnlyLeft, OnlyRight };
    Op op = Op::Same;
    QString text;
    int leftLine = -1; // 0-based; -1 for OnlyRight
    int rightLine = -1; // 0-based; -1 for OnlyLeft
};

// The shortest edit between two lists of lines (longest common subsequence):
// lines of left not in right, of right not in left, and the common ones, in
// order. Logs are tens to hundreds of lines; past maxCells (left × right) the
// middle, after the common head and tail, is shown as removed then added.
// (Debian's libdtl-dev would do the same; one function did not justify a
// package in the development root every worktree shares.)
QList<TextDiffLine> diffLines(const QStringList &left, const QStringList &right, qsizetype maxCells = 4'000'000);

// How many lines are only on the left, only on the right.
std::pair<int, int> countChanges(const QList<TextDiffLine> &diff);

} // namespace Bullpen
