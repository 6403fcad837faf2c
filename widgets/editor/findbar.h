// SPDX-License-Identifier: MIT
#pragma once

#include <QTextDocument>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRegularExpression;
class QToolButton;

namespace Bullpen {

// The find and replace bar at the bottom of an editor, as in Kate: it searches
// the editor's document as the user types (plain text or a regular expression,
// with case and whole-word options), moves between matches, replaces one or
// all, and hides on Escape, handing the focus back to the text. It does not
// own the editor; the editor owns it and keeps room for it below the text.
class FindBar final : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    // Shows the bar with the editor's selection (when on one line) as the text
    // to find; replace also shows the replacement row.
    void showFind(bool replace);

    void setFindText(const QString &text);
    void setReplaceText(const QString &text);
    void setRegularExpression(bool on);
    void setCaseSensitive(bool on);
    void setWholeWords(bool on);
    bool isReplaceVisible() const;

    bool findNext();
    bool findPrevious();
    // Replaces the current match (when the selection is one) and moves on.
    bool replaceCurrent();
    // Returns how many were replaced, all in one undo step.
    int replaceAll();
    // The number of matches in the document, -1 for an invalid expression.
    int matchCount() const;

Q_SIGNALS:
    void closed();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QRegularExpression expression() const;
    bool find(bool backward);
    // The replacement for the selected match, with \1-style captures for an expression.
    QString replacementFor(const QString &match) const;
    void updateStatus();

    QPlainTextEdit *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QWidget *m_replaceRow;
    QCheckBox *m_regex;
    QCheckBox *m_case;
    QCheckBox *m_words;
    QLabel *m_status;
};

} // namespace Bullpen
