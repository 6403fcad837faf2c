// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QTabWidget>

class QFileSystemWatcher;

namespace Bullpen {

class CodeEditor;

// The code editors of the window, one tab per file: a file opened twice is one
// tab, an unsaved tab is marked, and every editor shares the chosen theme and
// font. It watches the open files and reports a change made on disk by another
// program (its own saves are recognised by their contents and not reported).
// There is always at least one tab: an empty "Untitled" one gives way to the
// next file opened. Owns the editors and the watcher.
class EditorTabs final : public QTabWidget
{
    Q_OBJECT
public:
    explicit EditorTabs(QWidget *parent = nullptr);

    CodeEditor *currentEditor() const;
    CodeEditor *editorAt(int index) const;
    CodeEditor *editorFor(const QString &path) const;
    QList<CodeEditor *> editors() const;
    QList<CodeEditor *> modifiedEditors() const;

    // Opens path in its tab (or the one already showing it) and makes it current.
    CodeEditor *openFile(const QString &path, QString *error = nullptr);
    CodeEditor *newDocument();
    // Saves through the editor and keeps watching the file under its new inode.
    bool save(CodeEditor *editor, QString *error = nullptr);
    bool saveAs(CodeEditor *editor, const QString &path, QString *error = nullptr);
    // Re-reads the file, keeping the cursor's line.
    bool reload(CodeEditor *editor, QString *error = nullptr);
    // Removes the tab without asking (the window asks first).
    void removeEditor(CodeEditor *editor);
    // Closes every tab and leaves one empty Untitled tab.
    void closeAll();

    // Shared by every editor, present and future. An empty theme follows the palette.
    void setEditorTheme(const QString &name);
    QString editorTheme() const { return m_theme; }
    void setEditorFont(const QFont &font);

Q_SIGNALS:
    void currentEditorChanged(Bullpen::CodeEditor *editor);
    // Any tab's modified state changed (for the window title and Save All).
    void modificationChanged();
    // Another program changed (or removed) the file of this editor.
    void fileChangedOnDisk(Bullpen::CodeEditor *editor);
    // A new editor (a tab to come); the first one is made by the constructor.
    void editorCreated(Bullpen::CodeEditor *editor);
    // The user chose a theme in an editor's own context menu.
    void editorThemeChosen(const QString &name);

private:
    CodeEditor *createEditor();
    bool isPristineUntitled(CodeEditor *editor) const;
    void updateTab(CodeEditor *editor);
    void remember(CodeEditor *editor);
    void onFileChanged(const QString &path);

    QFileSystemWatcher *m_watcher;
    QHash<CodeEditor *, QByteArray> m_onDisk; // the bytes last read or written
    QString m_theme;
    QFont m_font;
    bool m_fontSet = false;
    bool m_applyingTheme = false;
};

} // namespace Bullpen
