// SPDX-License-Identifier: MIT
#include "widgets/editor/findbar.h"

#include <QApplication>
#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

namespace Bullpen {

FindBar::FindBar(QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_replaceRow(new QWidget(this))
    , m_regex(new QCheckBox(tr("Re&gular expression"), this))
    , m_case(new QCheckBox(tr("Match &case"), this))
    , m_words(new QCheckBox(tr("&Whole words"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    // The editor's monospaced font is for code, not for the bar's controls.
    setFont(QApplication::font());
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    m_find->setObjectName(QStringLiteral("findText"));
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setObjectName(QStringLiteral("replaceText"));
    m_replace->setPlaceholderText(tr("Replace with"));

    auto *previous = new QPushButton(tr("&Previous"), this);
    auto *next = new QPushButton(tr("&Next"), this);
    auto *close = new QToolButton(this);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Close (Escape)"));
    close->setAutoRaise(true);

    auto *findRow = new QHBoxLayout;
    findRow->setContentsMargins(0, 0, 0, 0);
    findRow->addWidget(m_find, 1);
    findRow->addWidget(previous);
    findRow->addWidget(next);
    findRow->addWidget(m_regex);
    findRow->addWidget(m_case);
    findRow->addWidget(m_words);
    findRow->addWidget(m_status);
    findRow->addWidget(close);

    auto *replaceOne = new QPushButton(tr("&Replace"), m_replaceRow);
    auto *replaceAllButton = new QPushButton(tr("Replace &All"), m_replaceRow);
    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    replaceRow->addWidget(m_replace, 1);
    replaceRow->addWidget(replaceOne);
    replaceRow->addWidget(replaceAllButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 3, 4, 3);
    layout->setSpacing(3);
    layout->addLayout(findRow);
    layout->addWidget(m_replaceRow);

    connect(m_find, &QLineEdit::textEdited, this, [this] {
        // Search as one types, from where the current match starts.
        QTextCursor cursor = m_editor->textCursor();
        cursor.setPosition(cursor.selectionStart());
        m_editor->setTextCursor(cursor);
        findNext();
    });
    connect(m_find, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_replace, &QLineEdit::returnPressed, this, &FindBar::replaceCurrent);
    connect(next, &QPushButton::clicked, this, &FindBar::findNext);
    connect(previous, &QPushButton::clicked, this, &FindBar::findPrevious);
    connect(replaceOne, &QPushButton::clicked, this, &FindBar::replaceCurrent);
    connect(replaceAllButton, &QPushButton::clicked, this, &FindBar::replaceAll);
    for (QCheckBox *box : { m_regex, m_case, m_words })
        connect(box, &QCheckBox::toggled, this, &FindBar::updateStatus);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
        Q_EMIT closed();
    });
    hide();
}

void FindBar::showFind(bool replace)
{
    const QTextCursor cursor = m_editor->textCursor();
    if (cursor.hasSelection() && !cursor.selectedText().contains(QChar::ParagraphSeparator))
        m_find->setText(cursor.selectedText());
    m_replaceRow->setVisible(replace);
    show();
    m_find->setFocus();
    m_find->selectAll();
    updateStatus();
}

void FindBar::setFindText(const QString &text)
{
    m_find->setText(text);
    updateStatus();
}

void FindBar::setReplaceText(const QString &text)
{
    m_replace->setText(text);
}

void FindBar::setRegularExpression(bool on)
{
    m_regex->setChecked(on);
}

void FindBar::setCaseSensitive(bool on)
{
    m_case->setChecked(on);
}

void FindBar::setWholeWords(bool on)
{
    m_words->setChecked(on);
}

bool FindBar::isReplaceVisible() const
{
    return isVisible() && m_replaceRow->isVisible();
}

QRegularExpression FindBar::expression() const
{
    QString pattern = m_regex->isChecked() ? m_find->text() : QRegularExpression::escape(m_find->text());
    if (m_words->isChecked())
        pattern = QStringLiteral("\\b(?:%1)\\b").arg(pattern);
    return QRegularExpression(
        pattern, m_case->isChecked() ? QRegularExpression::NoPatternOption : QRegularExpression::CaseInsensitiveOption);
}

bool FindBar::find(bool backward)
{
    const QRegularExpression re = expression();
    if (m_find->text().isEmpty() || !re.isValid()) {
        updateStatus();
        return false;
    }
    QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    // QTextDocument overrides the expression's own case option with this flag.
    if (m_case->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    QTextCursor found = m_editor->document()->find(re, m_editor->textCursor(), flags);
    if (found.isNull()) {
        // Wrap around, as every editor does.
        QTextCursor from(m_editor->document());
        if (backward)
            from.movePosition(QTextCursor::End);
        found = m_editor->document()->find(re, from, flags);
    }
    updateStatus();
    if (found.isNull())
        return false;
    m_editor->setTextCursor(found);
    m_editor->centerCursor();
    return true;
}

bool FindBar::findNext()
{
    return find(false);
}

bool FindBar::findPrevious()
{
    return find(true);
}

QString FindBar::replacementFor(const QString &match) const
{
    if (!m_regex->isChecked())
        return m_replace->text();
    // The match alone, anchored, so that \1 and the like refer to its captures.
    const QRegularExpression re = expression();
    QString text = match;
    text.replace(QRegularExpression(QRegularExpression::anchoredPattern(re.pattern()), re.patternOptions()),
                 m_replace->text());
    return text;
}

bool FindBar::replaceCurrent()
{
    QTextCursor cursor = m_editor->textCursor();
    const QRegularExpression re = expression();
    if (cursor.hasSelection() && re.isValid() && !m_find->text().isEmpty()) {
        const QString selected = cursor.selectedText();
        if (QRegularExpression(QRegularExpression::anchoredPattern(re.pattern()), re.patternOptions())
                .match(selected)
                .hasMatch()) {
            cursor.insertText(replacementFor(selected));
            m_editor->setTextCursor(cursor);
        }
    }
    return findNext();
}

int FindBar::replaceAll()
{
    const QRegularExpression re = expression();
    if (m_find->text().isEmpty() || !re.isValid())
        return 0;
    int count = 0;
    QTextCursor edit(m_editor->document());
    edit.beginEditBlock();
    QTextCursor at(m_editor->document());
    for (;;) {
        QTextCursor found = m_editor->document()->find(
            re, at, m_case->isChecked() ? QTextDocument::FindCaseSensitively : QTextDocument::FindFlags());
        if (found.isNull())
            break;
        if (!found.hasSelection()) {
            // An empty match: step over it, or the loop would never end.
            at = found;
            if (!at.movePosition(QTextCursor::NextCharacter))
                break;
            continue;
        }
        found.insertText(replacementFor(found.selectedText()));
        ++count;
        at = found;
    }
    edit.endEditBlock();
    updateStatus();
    m_status->setText(tr("%n replaced", nullptr, count));
    return count;
}

int FindBar::matchCount() const
{
    const QRegularExpression re = expression();
    if (!re.isValid())
        return -1;
    if (m_find->text().isEmpty())
        return 0;
    int count = 0;
    for (QTextBlock block = m_editor->document()->begin(); block.isValid(); block = block.next()) {
        auto it = re.globalMatch(block.text());
        while (it.hasNext()) {
            if (it.next().capturedLength() > 0)
                ++count;
        }
    }
    return count;
}

void FindBar::updateStatus()
{
    const int count = matchCount();
    if (count < 0)
        m_status->setText(tr("Invalid expression"));
    else if (m_find->text().isEmpty())
        m_status->clear();
    else
        m_status->setText(count == 0 ? tr("Not found") : tr("%n match(es)", nullptr, count));
}

bool FindBar::event(QEvent *event)
{
    // Escape closes the bar before any window shortcut on Escape sees it.
    if (event->type() == QEvent::ShortcutOverride && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        Q_EMIT closed();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Bullpen
