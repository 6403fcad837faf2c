// SPDX-License-Identifier: MIT
#include "widgets/editor/indenter.h"

#include <QHash>
#include <QStringList>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>
#include <utility>

namespace Bullpen {

namespace {

bool isPython(const QString &definition)
{
    return definition == u"Python";
}

// Languages whose blocks open with a bracket at the end of a line.
bool opensWithBrackets(const QString &definition)
{
    return !isPython(definition) && definition != u"YAML" && !definition.isEmpty();
}

QString leadingWhitespace(const QString &text)
{
    qsizetype n = 0;
    while (n < text.size() && (text.at(n) == u' ' || text.at(n) == u'\t'))
        ++n;
    return text.left(n);
}

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

// The blocks a command acts on: the selection's lines, without a last line the
// selection only touches at its start (a selection of whole lines ends there).
std::pair<QTextBlock, QTextBlock> blockRange(const QTextCursor &cursor)
{
    const QTextDocument *document = cursor.document();
    const QTextBlock first = document->findBlock(cursor.selectionStart());
    QTextBlock last = document->findBlock(cursor.selectionEnd());
    if (cursor.hasSelection() && last != first && cursor.selectionEnd() == last.position())
        last = last.previous();
    return { first, last };
}

// Selects the whole lines from first to last, so that a repeated Tab or
// Backtab keeps acting on the same lines.
void selectLines(QTextCursor &cursor, const QTextBlock &first, const QTextBlock &last)
{
    cursor.setPosition(first.position());
    cursor.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
}

} // namespace

Indenter::Indenter(const QString &definitionName, const QString &commentMarker)
    : m_definition(definitionName)
    , m_commentMarker(commentMarker)
    , m_style(defaultStyle(definitionName))
{ }

IndentStyle Indenter::defaultStyle(const QString &definitionName)
{
    static const QStringList twoSpaces { QStringLiteral("JavaScript"),
                                         QStringLiteral("TypeScript"),
                                         QStringLiteral("JSON"),
                                         QStringLiteral("YAML"),
                                         QStringLiteral("JavaScript React (JSX)"),
                                         QStringLiteral("TypeScript React (TSX)") };
    return IndentStyle { false, twoSpaces.contains(definitionName) ? 2 : 4 };
}

IndentStyle Indenter::detect(const QString &text, const QString &definitionName)
{
    IndentStyle style = defaultStyle(definitionName);
    int tabLines = 0;
    int spaceLines = 0;
    QHash<int, int> steps; // increase in indentation between lines -> how often
    int previous = 0;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        if (isBlank(line))
            continue;
        const QString ws = leadingWhitespace(line);
        if (ws.startsWith(u'\t')) {
            ++tabLines;
            continue;
        }
        if (ws.contains(u'\t'))
            continue;
        if (!ws.isEmpty())
            ++spaceLines;
        const int step = int(ws.size()) - previous;
        if (step > 0 && step <= 8)
            ++steps[step];
        previous = int(ws.size());
    }
    if (tabLines > spaceLines) {
        style.tabs = true;
        return style;
    }
    int best = 0;
    for (auto it = steps.cbegin(); it != steps.cend(); ++it) {
        if (best == 0 || it.value() > steps.value(best) || (it.value() == steps.value(best) && it.key() < best))
            best = it.key();
    }
    if (best > 0)
        style.width = best;
    return style;
}

int Indenter::columns(const QString &whitespace) const
{
    int column = 0;
    for (const QChar c : whitespace)
        column = c == u'\t' ? (column / m_style.width + 1) * m_style.width : column + 1;
    return column;
}

QString Indenter::indentation(int columns) const
{
    if (!m_style.tabs)
        return QString(columns, u' ');
    return QString(columns / m_style.width, u'\t') + QString(columns % m_style.width, u' ');
}

void Indenter::indent(QTextCursor &cursor) const
{
    if (!cursor.hasSelection()) {
        const QString before = cursor.block().text().left(cursor.positionInBlock());
        const int column = columns(before);
        cursor.insertText(m_style.tabs ? QStringLiteral("\t") : QString(m_style.width - column % m_style.width, u' '));
        return;
    }
    const auto [first, last] = blockRange(cursor);
    QTextCursor edit(cursor.document());
    edit.beginEditBlock();
    for (QTextBlock block = first;; block = block.next()) {
        if (!isBlank(block.text())) {
            edit.setPosition(block.position());
            edit.insertText(m_style.unit());
        }
        if (block == last)
            break;
    }
    edit.endEditBlock();
    selectLines(cursor, first, last);
}

void Indenter::unindent(QTextCursor &cursor) const
{
    const auto [first, last] = blockRange(cursor);
    const bool hadSelection = cursor.hasSelection();
    QTextCursor edit(cursor.document());
    edit.beginEditBlock();
    for (QTextBlock block = first;; block = block.next()) {
        const QString ws = leadingWhitespace(block.text());
        int remove = 0;
        if (ws.startsWith(u'\t')) {
            remove = 1;
        } else if (!ws.isEmpty()) {
            const int spaces = int(ws.size() - ws.count(u'\t'));
            const int leading = int(std::min<qsizetype>(ws.indexOf(u'\t') < 0 ? ws.size() : ws.indexOf(u'\t'), spaces));
            remove = std::min(leading, leading % m_style.width == 0 ? m_style.width : leading % m_style.width);
        }
        if (remove > 0) {
            edit.setPosition(block.position());
            edit.setPosition(block.position() + remove, QTextCursor::KeepAnchor);
            edit.removeSelectedText();
        }
        if (block == last)
            break;
    }
    edit.endEditBlock();
    if (hadSelection)
        selectLines(cursor, first, last);
}

void Indenter::newLine(QTextCursor &cursor) const
{
    cursor.beginEditBlock();
    cursor.removeSelectedText();
    const QString text = cursor.block().text();
    const int at = cursor.positionInBlock();
    const QString before = text.left(at);
    QString ws = leadingWhitespace(before);
    const QString code = before.trimmed();
    const QChar last = code.isEmpty() ? QChar() : code.back();
    const QChar next = at < text.size() ? text.at(at) : QChar();

    bool deeper = false;
    bool closerFollows = false;
    if (isPython(m_definition)) {
        deeper = last == u':';
        // A line that ends its block sends the next one back a level.
        static const QStringList enders { QStringLiteral("return"), QStringLiteral("pass"), QStringLiteral("break"),
                                          QStringLiteral("continue"), QStringLiteral("raise") };
        const QString word = code.section(u' ', 0, 0);
        if (!deeper && enders.contains(word) && at >= text.size() && !ws.isEmpty())
            ws = indentation(std::max(0, columns(ws) - m_style.width));
    } else if (m_definition == u"YAML") {
        deeper = last == u':' || last == u'-';
    } else if (opensWithBrackets(m_definition)) {
        deeper = last == u'{' || last == u'[' || last == u'(';
        closerFollows = deeper
            && ((last == u'{' && next == u'}') || (last == u'[' && next == u']') || (last == u'(' && next == u')'));
    }
    // Whitespace between the cursor and the next word would push that word on.
    while (cursor.positionInBlock() < cursor.block().length() - 1
           && (cursor.block().text().at(cursor.positionInBlock()) == u' '
               || cursor.block().text().at(cursor.positionInBlock()) == u'\t')
           && !isBlank(cursor.block().text().mid(cursor.positionInBlock())))
        cursor.deleteChar();

    const QString inner = deeper ? ws + m_style.unit() : ws;
    cursor.insertText(u'\n' + inner);
    if (closerFollows) {
        const int keep = cursor.position();
        cursor.insertText(u'\n' + ws);
        cursor.setPosition(keep);
    }
    cursor.endEditBlock();
}

bool Indenter::backspace(QTextCursor &cursor) const
{
    if (cursor.hasSelection() || m_style.tabs)
        return false;
    const int at = cursor.positionInBlock();
    const QString before = cursor.block().text().left(at);
    if (at == 0 || before.size() != before.count(u' '))
        return false;
    const int remove = at % m_style.width == 0 ? m_style.width : at % m_style.width;
    cursor.setPosition(cursor.position() - std::min(remove, at), QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    return true;
}

bool Indenter::toggleComment(QTextCursor &cursor) const
{
    if (m_commentMarker.isEmpty())
        return false;
    const auto [first, last] = blockRange(cursor);
    bool allCommented = true;
    int minIndent = -1;
    for (QTextBlock block = first;; block = block.next()) {
        const QString text = block.text();
        if (!isBlank(text)) {
            const QString ws = leadingWhitespace(text);
            allCommented = allCommented && text.mid(ws.size()).startsWith(m_commentMarker);
            minIndent = minIndent < 0 ? int(ws.size()) : std::min(minIndent, int(ws.size()));
        }
        if (block == last)
            break;
    }
    if (minIndent < 0)
        return true; // only blank lines: nothing to do
    const bool hadSelection = cursor.hasSelection();
    QTextCursor edit(cursor.document());
    edit.beginEditBlock();
    for (QTextBlock block = first;; block = block.next()) {
        const QString text = block.text();
        if (!isBlank(text)) {
            if (allCommented) {
                const int at = int(leadingWhitespace(text).size());
                int length = int(m_commentMarker.size());
                if (text.mid(at + length, 1) == u" ")
                    ++length;
                edit.setPosition(block.position() + at);
                edit.setPosition(block.position() + at + length, QTextCursor::KeepAnchor);
                edit.removeSelectedText();
            } else {
                // At the selection's common indentation, so that the comment
                // markers line up and the code keeps its own indentation.
                edit.setPosition(block.position() + minIndent);
                edit.insertText(m_commentMarker + u' ');
            }
        }
        if (block == last)
            break;
    }
    edit.endEditBlock();
    if (hadSelection)
        selectLines(cursor, first, last);
    return true;
}

} // namespace Bullpen
