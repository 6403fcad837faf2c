// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QTextCursor;

namespace Bullpen {

// How a file indents: with tabs or with a number of spaces per level.
struct IndentStyle
{
    bool tabs = false;
    int width = 4;

    QString unit() const { return tabs ? QStringLiteral("\t") : QString(width, u' '); }
    bool operator==(const IndentStyle &) const = default;
};

// The editing rules that keep a file's indentation and comments its own: the
// style is detected from the text (the language's custom when the text says
// nothing: 4 spaces for Python, 2 for JavaScript, TypeScript, JSON and YAML),
// Tab and Backtab indent and unindent the cursor's line or every line of a
// selection, Enter keeps the line's indentation (one level more after `:` in
// Python and after an opening bracket elsewhere), and a comment is toggled with
// the language's line-comment marker. Mixing a tab into space-indented Python
// is a TabError, which is why none of this ever inserts the other kind.
class Indenter final
{
public:
    Indenter() = default;
    // definitionName is the KSyntaxHighlighting definition ("Python", "JavaScript", ...).
    Indenter(const QString &definitionName, const QString &commentMarker);

    static IndentStyle defaultStyle(const QString &definitionName);
    // The style the text uses, or the language's default when it has no indented line.
    static IndentStyle detect(const QString &text, const QString &definitionName);

    IndentStyle style() const { return m_style; }
    void setStyle(const IndentStyle &style) { m_style = style; }
    QString commentMarker() const { return m_commentMarker; }

    // Each acts as one undo step on the cursor's document and updates the cursor.
    void indent(QTextCursor &cursor) const;
    void unindent(QTextCursor &cursor) const;
    void newLine(QTextCursor &cursor) const;
    // Backspace in the leading spaces of a line goes back to the previous
    // level; false when it is an ordinary backspace, left to the caller.
    bool backspace(QTextCursor &cursor) const;
    // Comments every line of the selection (or the cursor's line), or
    // uncomments them when all already are; false when the language has none.
    bool toggleComment(QTextCursor &cursor) const;

    // The width in columns of leading whitespace, tabs counted to the next stop.
    int columns(const QString &whitespace) const;

private:
    QString indentation(int columns) const;

    QString m_definition;
    QString m_commentMarker;
    IndentStyle m_style;
};

} // namespace Bullpen
