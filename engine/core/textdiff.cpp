// SPDX-License-Identifier: MIT
#include "engine/core/textdiff.h"

#include <algorithm>
#include <vector>

namespace Bullpen {

QList<TextDiffLine> diffLines(const QStringList &left, const QStringList &right, qsizetype maxCells)
{
    QList<TextDiffLine> out;
    // The common head and tail need no table.
    qsizetype head = 0;
    while (head < left.size() && head < right.size() && left.at(head) == right.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < left.size() - head && tail < right.size() - head
           && left.at(left.size() - 1 - tail) == right.at(right.size() - 1 - tail))
        ++tail;
    for (qsizetype i = 0; i < head; ++i)
        out.append({ TextDiffLine::Op::Same, left.at(i), int(i), int(i) });

    const qsizetype n = left.size() - head - tail;
    const qsizetype m = right.size() - head - tail;
    auto l = [&](qsizetype i) -> const QString & { return left.at(head + i); };
    auto r = [&](qsizetype j) -> const QString & { return right.at(head + j); };
    if (n > 0 && m > 0 && n * m <= maxCells) {
        // lcs[i][j]: the longest common subsequence of l[i..] and r[j..].
        std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
        auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[size_t(i * (m + 1) + j)]; };
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                at(i, j) = l(i) == r(j) ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n && j < m) {
            if (l(i) == r(j)) {
                out.append({ TextDiffLine::Op::Same, l(i), int(head + i), int(head + j) });
                ++i;
                ++j;
            } else if (at(i + 1, j) >= at(i, j + 1)) {
                out.append({ TextDiffLine::Op::OnlyLeft, l(i), int(head + i), -1 });
                ++i;
            } else {
                out.append({ TextDiffLine::Op::OnlyRight, r(j), -1, int(head + j) });
                ++j;
            }
        }
        for (; i < n; ++i)
            out.append({ TextDiffLine::Op::OnlyLeft, l(i), int(head + i), -1 });
        for (; j < m; ++j)
            out.append({ TextDiffLine::Op::OnlyRight, r(j), -1, int(head + j) });
    } else {
        for (qsizetype i = 0; i < n; ++i)
            out.append({ TextDiffLine::Op::OnlyLeft, l(i), int(head + i), -1 });
        for (qsizetype j = 0; j < m; ++j)
            out.append({ TextDiffLine::Op::OnlyRight, r(j), -1, int(head + j) });
    }
    for (qsizetype k = 0; k < tail; ++k) {
        const qsizetype li = left.size() - tail + k;
        const qsizetype rj = right.size() - tail + k;
        out.append({ TextDiffLine::Op::Same, left.at(li), int(li), int(rj) });
    }
    return out;
}

std::pair<int, int> countChanges(const QList<TextDiffLine> &diff)
{
    int onlyLeft = 0;
    int onlyRight = 0;
    for (const TextDiffLine &line : diff) {
        if (line.op == TextDiffLine::Op::OnlyLeft)
            ++onlyLeft;
        else if (line.op == TextDiffLine::Op::OnlyRight)
            ++onlyRight;
    }
    return { onlyLeft, onlyRight };
}

} // namespace Bullpen
