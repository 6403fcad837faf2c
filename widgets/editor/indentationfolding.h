// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QStringList>
#include <QTextBlock>

namespace Bullpen {

// Folding by indentation, for definitions such as Python and YAML that mark no
// explicit regions: KSyntaxHighlighting::SyntaxHighlighter only folds explicit
// ones. A region starts at a non-empty line followed by deeper indented lines
// and ends at the last of them; blank lines, and lines matching the
// definition's empty-line patterns (comments), neither start nor end one. It
// owns the compiled patterns of one definition.
class IndentationFolding
{
public:
    IndentationFolding() = default;
    IndentationFolding(const QStringList &emptyLinePatterns, int tabWidth);

    // Columns of leading white space, or -1 for a line that counts as empty.
    int indentation(const QString &text) const;
    // The last block of the region starting at start, or an invalid block.
    QTextBlock regionEnd(const QTextBlock &start) const;

private:
    QList<QRegularExpression> m_emptyLines;
    int m_tabWidth = 4;
};

} // namespace Bullpen
