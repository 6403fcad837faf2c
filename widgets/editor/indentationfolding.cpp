// SPDX-License-Identifier: MIT
#include "widgets/editor/indentationfolding.h"

namespace Bullpen {

IndentationFolding::IndentationFolding(const QStringList &emptyLinePatterns, int tabWidth)
    : m_tabWidth(tabWidth)
{
    // The patterns describe whole lines.
    for (const QString &pattern : emptyLinePatterns)
        m_emptyLines.append(QRegularExpression(QRegularExpression::anchoredPattern(pattern)));
}

int IndentationFolding::indentation(const QString &text) const
{
    int columns = 0;
    for (const QChar c : text) {
        if (c == u' ') {
            ++columns;
        } else if (c == u'\t') {
            columns += m_tabWidth - columns % m_tabWidth;
        } else {
            for (const QRegularExpression &pattern : m_emptyLines) {
                if (pattern.match(text).hasMatch())
                    return -1;
            }
            return columns;
        }
    }
    return -1;
}

QTextBlock IndentationFolding::regionEnd(const QTextBlock &start) const
{
    const int base = indentation(start.text());
    if (base < 0)
        return {};
    // Blank lines before the next statement stay outside the region.
    QTextBlock end;
    for (QTextBlock next = start.next(); next.isValid(); next = next.next()) {
        const int indent = indentation(next.text());
        if (indent < 0)
            continue;
        if (indent <= base)
            break;
        end = next;
    }
    return end;
}

} // namespace Bullpen
