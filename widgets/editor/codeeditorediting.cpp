// SPDX-License-Identifier: MIT
// CodeEditor's editing commands: the keys that follow the file's indentation,
// find and replace, Go to line, comment toggling and bracket matching. Kept
// apart from codeeditor.cpp, which reads, saves, highlights and folds.
#include "widgets/editor/codeeditor.h"

#include "widgets/editor/findbar.h"

#include <QAction>
#include <QInputDialog>
#include <QKeyEvent>
#include <QTextBlock>

namespace Bullpen {

namespace {

// Brackets of the same kind nest; others are skipped. Strings and comments
// are not told apart: the highlight is a hint, as in most editors, and like
// them it gives up on a partner more than MaxBracketScan characters away: the
// cursor at the first brace of a 6 MB event walked all of it, character by
// character, on every cursor move (seconds in the window, found by
// bench_guistall's large event). Walks the blocks' text.
constexpr qsizetype MaxBracketScan = 1000000;

int matchingBracket(const QTextDocument *document, int position)
{
    static const QString opening = QStringLiteral("([{");
    static const QString closing = QStringLiteral(")]}");
    const QChar c = document->characterAt(position);
    const qsizetype open = opening.indexOf(c);
    const qsizetype close = closing.indexOf(c);
    if (open < 0 && close < 0)
        return -1;
    const QChar self = c;
    const QChar partner = open >= 0 ? closing.at(open) : opening.at(close);
    const int step = open >= 0 ? 1 : -1;
    int depth = 0;
    qsizetype scanned = 0;
    QTextBlock block = document->findBlock(position);
    QString text = block.text();
    qsizetype at = position - block.position() + step;
    while (block.isValid()) {
        for (; at >= 0 && at < text.size(); at += step) {
            const QChar here = text.at(at);
            if (here == self) {
                ++depth;
            } else if (here == partner) {
                if (depth == 0)
                    return block.position() + int(at);
                --depth;
            }
        }
        scanned += text.size() + 1;
        if (scanned > MaxBracketScan)
            return -1;
        block = step > 0 ? block.next() : block.previous();
        text = block.text();
        at = step > 0 ? 0 : text.size() - 1;
    }
    return -1;
}

} // namespace

void CodeEditor::createEditingActions()
{
    auto add = [this](const QString &name, const QString &text, const QKeySequence &key, bool readOnlyToo, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(key);
        // Only while this editor (or its find bar) has the focus, so that
        // several editors, and the window's own shortcuts, do not collide.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setProperty("readOnlyToo", readOnlyToo);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        m_editingActions.append(action);
        return action;
    };
    add(QStringLiteral("findAction"), tr("&Find…"), QKeySequence::Find, true, [this] { showFind(); });
    add(QStringLiteral("replaceAction"), tr("&Replace…"), QKeySequence(Qt::CTRL | Qt::Key_H), false,
        [this] { showReplace(); });
    add(QStringLiteral("goToLineAction"), tr("&Go to Line…"), QKeySequence(Qt::CTRL | Qt::Key_G), true,
        [this] { askGoToLine(); });
    add(QStringLiteral("toggleCommentAction"), tr("Toggle &Comment"), QKeySequence(Qt::CTRL | Qt::Key_Slash), false,
        [this] { toggleComment(); });
    add(QStringLiteral("selectAllAction"), tr("Select &All"), QKeySequence::SelectAll, true, [this] { selectAll(); });
}

void CodeEditor::showFind()
{
    m_findBar->showFind(false);
    updateSidebarGeometry();
}

void CodeEditor::showReplace()
{
    if (isReadOnly()) {
        showFind();
        return;
    }
    m_findBar->showFind(true);
    updateSidebarGeometry();
}

void CodeEditor::askGoToLine()
{
    bool ok = false;
    const int line = QInputDialog::getInt(this, tr("Go to Line"), tr("Line (1 – %1):").arg(blockCount()),
                                          textCursor().blockNumber() + 1, 1, blockCount(), 1, &ok);
    if (ok)
        goToLine(line);
}

bool CodeEditor::toggleComment()
{
    if (isReadOnly())
        return false;
    QTextCursor cursor = textCursor();
    if (!m_indenter.toggleComment(cursor))
        return false;
    setTextCursor(cursor);
    return true;
}

void CodeEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && !m_findBar->isHidden()) {
        m_findBar->hide();
        updateSidebarGeometry();
        return;
    }
    if (isReadOnly()) {
        QPlainTextEdit::keyPressEvent(event);
        return;
    }
    Qt::KeyboardModifiers modifiers = event->modifiers();
    modifiers.setFlag(Qt::KeypadModifier, false);
    QTextCursor cursor = textCursor();
    switch (event->key()) {
    case Qt::Key_Tab:
        if (modifiers == Qt::NoModifier) {
            m_indenter.indent(cursor);
            setTextCursor(cursor);
            return;
        }
        break;
    case Qt::Key_Backtab:
        m_indenter.unindent(cursor);
        setTextCursor(cursor);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (modifiers == Qt::NoModifier) {
            m_indenter.newLine(cursor);
            setTextCursor(cursor);
            ensureCursorVisible();
            return;
        }
        break;
    case Qt::Key_Backspace:
        if (modifiers == Qt::NoModifier && m_indenter.backspace(cursor)) {
            setTextCursor(cursor);
            return;
        }
        break;
    default:
        break;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void CodeEditor::updateBracketMatch()
{
    m_brackets = { -1, -1 };
    const QTextCursor cursor = textCursor();
    if (cursor.hasSelection())
        return;
    // The bracket after the cursor first, then the one just before it.
    for (const int at : { cursor.position(), cursor.position() - 1 }) {
        if (at < 0)
            continue;
        const int partner = matchingBracket(document(), at);
        if (partner >= 0) {
            m_brackets = { at, partner };
            return;
        }
    }
}

} // namespace Bullpen
