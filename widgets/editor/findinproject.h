// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace Bullpen {

// Find in project: searches the text files under a folder (a project's code,
// not its build output or dependencies) for plain text or a regular
// expression and lists every match as file:line with the line's text;
// activating a match asks, through locationActivated(), to open the file at
// that line. The search runs on the GUI thread over small files, bounded in
// the files it reads and the matches it lists.
class FindInProject final : public QWidget
{
    Q_OBJECT
public:
    explicit FindInProject(QWidget *parent = nullptr);

    void setRootPath(const QString &path);
    QString rootPath() const { return m_root; }
    void setRegularExpression(bool on);
    void setCaseSensitive(bool on);
    // Searches now; returns the number of matches listed.
    int search(const QString &text);
    // Puts the focus into the search field, with text when given.
    void focusSearch(const QString &text = QString());

    struct Match
    {
        QString path; // absolute
        int line = 0; // 1-based
        int column = 0; // 0-based
        QString text;
    };
    QList<Match> matches() const { return m_matches; }
    void activate(int index);

    static constexpr int MaxMatches = 2000;
    static constexpr qint64 MaxFileSize = 2 * 1024 * 1024;

Q_SIGNALS:
    void locationActivated(const QString &path, int line, int column);

private:
    QString m_root;
    QLineEdit *m_text;
    QCheckBox *m_regex;
    QCheckBox *m_case;
    QLabel *m_status;
    QTreeWidget *m_results;
    QList<Match> m_matches;
};

} // namespace Bullpen
