// SPDX-License-Identifier: MIT
#pragma once

#include <QPlainTextEdit>
#include <QPointer>

#include "widgets/editor/indentationfolding.h"
#include "widgets/editor/indenter.h"
#include <QString>

#include <optional>
#include <utility>

class QAction;
class QMenu;

namespace KSyntaxHighlighting {
class Definition;
class SyntaxHighlighter;
class Theme;
} // namespace KSyntaxHighlighting

namespace Bullpen {

class CodeEditorSidebar;
class FindBar;

// The handler code editor: a QPlainTextEdit whose document is highlighted by a
// KSyntaxHighlighting::SyntaxHighlighter, with a sidebar of line numbers and
// folding markers. It owns the highlighter, the sidebar and the file it edits
// (path, line-ending convention), and does the reading and the atomic saving
// itself, so that the windows around it stay thin. The syntax definition comes
// from the file name; the theme follows the palette's lightness until someone
// picks one by name. Editing follows the file's own indentation (see Indenter),
// with a find and replace bar below the text, Go to line, comment toggling and
// the bracket that matches the one at the cursor highlighted.
class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CodeEditor(QWidget *parent = nullptr);
    ~CodeEditor() override;

    // Files. The path is empty for a new, never saved document. On failure the
    // functions return false and set *error (when given) to a sentence naming
    // the file and the system's reason; the buffer is left as it was.
    bool openFile(const QString &path, QString *error = nullptr);
    bool saveFile(QString *error = nullptr);
    bool saveFileAs(const QString &path, QString *error = nullptr);
    void newDocument();
    QString filePath() const { return m_filePath; }
    // Makes this document the one of path without reading it: for a file that
    // no longer exists (its recovered edits), which saving writes again.
    void adoptFilePath(const QString &path);
    // The file name, or "Untitled" for a document without a file.
    QString displayName() const;
    bool isModified() const;

    // Syntax. An unknown file name gives plain text (an empty name).
    void setDefinitionForFileName(const QString &fileName);
    void setDefinitionByName(const QString &name);
    QString definitionName() const;

    // Themes: setTheme() returns false for an unknown name and then changes
    // nothing. Once a theme is set by name, palette changes no longer pick one.
    // Until then the editor follows the window's TextTheme (the palette's
    // default, or the theme chosen for every text view).
    bool setTheme(const QString &name);
    QString themeName() const;
    bool themeFollowsPalette() const { return m_themeFollowsPalette; }
    void setThemeFollowsPalette(bool follow);

    void setEditorFont(const QFont &font);

    // Menus that choose the syntax and the theme, checked at the current one
    // and rebuilt each time they open; the context menu and the main window's
    // View menu share them. The caller owns the menu.
    QMenu *createSyntaxMenu(QWidget *parent);
    QMenu *createThemeMenu(QWidget *parent);

    // Folding, by block number (0-based).
    bool isFoldable(int blockNumber) const;
    bool isFolded(int blockNumber) const;
    bool foldBlock(int blockNumber);
    bool unfoldBlock(int blockNumber);

    // Moves the cursor to line (1-based, as the sidebar shows it) and column
    // (0-based), clamped to the document, unfolding what hides the line.
    void goToLine(int line, int column = 0);

    // Indentation: detected when a file is opened, the language's default otherwise.
    IndentStyle indentStyle() const { return m_indenter.style(); }
    void setIndentStyle(const IndentStyle &style) { m_indenter.setStyle(style); }
    // The line-comment marker of the current syntax ("#", "//"), empty for none.
    QString commentMarker() const { return m_indenter.commentMarker(); }

    // Editing commands, each also an action of editingActions().
    void showFind();
    void showReplace();
    void askGoToLine();
    bool toggleComment();
    FindBar *findBar() const { return m_findBar; }
    // A bar above the text (a message with its buttons, as Kate's), owned by
    // the editor from now on; it goes when deleted. One at a time: a new one
    // (or nullptr) replaces the one shown, which is deleted later.
    void setMessageBar(QWidget *bar);
    QWidget *messageBar() const { return m_messageBar; }
    // Find, Replace, Go to Line, Toggle Comment and Select All, with their
    // shortcuts active while the editor has the focus; a window puts them in
    // its Edit menu to show them, and the editor's context menu has them.
    QList<QAction *> editingActions() const { return m_editingActions; }

    // The positions of the bracket at the cursor and of its partner, as
    // highlighted; {-1, -1} when the cursor is at no bracket with a partner.
    std::pair<int, int> matchedBrackets() const { return m_brackets; }

Q_SIGNALS:
    void filePathChanged(const QString &path);
    void definitionChanged(const QString &name);
    void themeChanged(const QString &name);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class CodeEditorSidebar;

    void setDefinition(const KSyntaxHighlighting::Definition &definition);
    // Applies a definition asked for while the SyntaxRepository was loading.
    void applyPendingDefinition();
    void applyTheme(const KSyntaxHighlighting::Theme &theme);
    void pickThemeFromPalette();
    void setFilePath(const QString &path);
    int sidebarWidth() const;
    void updateSidebarGeometry();
    void updateSidebarArea(const QRect &rect, int dy);
    void highlightCurrentLine();
    void createEditingActions();
    void updateBracketMatch();
    void revealCursorBlock();

    bool isFoldable(const QTextBlock &block) const;
    bool isFolded(const QTextBlock &block) const;
    // The last block a fold starting at block hides, or an invalid block.
    QTextBlock foldEnd(const QTextBlock &block) const;
    void setFolded(const QTextBlock &start, bool folded);
    void toggleFold(const QTextBlock &block);

    struct PendingDefinition
    {
        bool forFileName = false; // else by name
        QString name;
    };
    std::optional<PendingDefinition> m_pendingDefinition;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    CodeEditorSidebar *m_sidebar;
    FindBar *m_findBar;
    QPointer<QWidget> m_messageBar;
    Indenter m_indenter; // for the current definition and file
    QList<QAction *> m_editingActions;
    std::pair<int, int> m_brackets { -1, -1 };
    IndentationFolding m_indentationFolding; // for the current definition
    QString m_filePath;
    bool m_crlf = false;
    bool m_themeFollowsPalette = true;
    bool m_applyingTheme = false;
};

} // namespace Bullpen
