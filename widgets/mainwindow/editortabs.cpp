// SPDX-License-Identifier: MIT
#include "widgets/mainwindow/editortabs.h"

#include "widgets/editor/codeeditor.h"
#include "widgets/editor/texttheme.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QScrollBar>
#include <QTabBar>
#include <QTextBlock>

namespace Bullpen {

namespace {

QByteArray readBytes(const QString &path, bool *ok = nullptr)
{
    QFile file(path);
    const bool opened = file.open(QIODevice::ReadOnly);
    if (ok)
        *ok = opened;
    return opened ? file.readAll() : QByteArray();
}

} // namespace

EditorTabs::EditorTabs(QWidget *parent)
    : QTabWidget(parent)
    , m_watcher(new QFileSystemWatcher(this))
{
    setObjectName(QStringLiteral("editorTabs"));
    setDocumentMode(true);
    setTabsClosable(true);
    setMovable(true);
    setUsesScrollButtons(true);
    tabBar()->setElideMode(Qt::ElideMiddle);
    connect(this, &QTabWidget::currentChanged, this, [this] { Q_EMIT currentEditorChanged(currentEditor()); });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &EditorTabs::onFileChanged);
    newDocument();
}

CodeEditor *EditorTabs::currentEditor() const
{
    return qobject_cast<CodeEditor *>(currentWidget());
}

CodeEditor *EditorTabs::editorAt(int index) const
{
    return qobject_cast<CodeEditor *>(widget(index));
}

CodeEditor *EditorTabs::editorFor(const QString &path) const
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    for (CodeEditor *editor : editors()) {
        if (!editor->filePath().isEmpty()
            && (editor->filePath() == path || QFileInfo(editor->filePath()).canonicalFilePath() == canonical))
            return editor;
    }
    return nullptr;
}

QList<CodeEditor *> EditorTabs::editors() const
{
    QList<CodeEditor *> list;
    for (int i = 0; i < count(); ++i) {
        if (CodeEditor *editor = editorAt(i))
            list.append(editor);
    }
    return list;
}

QList<CodeEditor *> EditorTabs::modifiedEditors() const
{
    QList<CodeEditor *> list;
    for (CodeEditor *editor : editors()) {
        if (editor->isModified())
            list.append(editor);
    }
    return list;
}

bool EditorTabs::isPristineUntitled(CodeEditor *editor) const
{
    return editor && editor->filePath().isEmpty() && !editor->isModified() && editor->document()->isEmpty();
}

CodeEditor *EditorTabs::createEditor()
{
    auto *editor = new CodeEditor(this);
    if (m_fontSet)
        editor->setEditorFont(m_font);
    if (!m_theme.isEmpty())
        editor->setTheme(m_theme);
    connect(editor->document(), &QTextDocument::modificationChanged, this, [this, editor] {
        updateTab(editor);
        Q_EMIT modificationChanged();
    });
    connect(editor, &CodeEditor::filePathChanged, this, [this, editor] {
        updateTab(editor);
        Q_EMIT modificationChanged(); // the window's title names the file
    });
    connect(editor, &CodeEditor::themeChanged, this, [this, editor] {
        if (m_applyingTheme)
            return;
        // Chosen in this editor's context menu: every editor follows.
        setEditorTheme(editor->themeFollowsPalette() ? QString() : editor->themeName());
        Q_EMIT editorThemeChosen(m_theme);
    });
    Q_EMIT editorCreated(editor);
    return editor;
}

CodeEditor *EditorTabs::newDocument()
{
    CodeEditor *editor = createEditor();
    setCurrentIndex(addTab(editor, QString()));
    updateTab(editor);
    return editor;
}

CodeEditor *EditorTabs::openFile(const QString &path, QString *error)
{
    if (CodeEditor *open = editorFor(path)) {
        setCurrentWidget(open);
        return open;
    }
    CodeEditor *editor = createEditor();
    if (!editor->openFile(path, error)) {
        delete editor;
        return nullptr;
    }
    CodeEditor *replaced = count() == 1 && isPristineUntitled(editorAt(0)) ? editorAt(0) : nullptr;
    setCurrentIndex(addTab(editor, QString()));
    updateTab(editor);
    remember(editor);
    if (replaced)
        removeEditor(replaced);
    return editor;
}

void EditorTabs::remember(CodeEditor *editor)
{
    const QString path = editor->filePath();
    if (path.isEmpty())
        return;
    m_onDisk.insert(editor, readBytes(path));
    // A rename-over save replaces the inode: watch the path again.
    m_watcher->removePath(path);
    m_watcher->addPath(path);
}

bool EditorTabs::save(CodeEditor *editor, QString *error)
{
    if (!editor->saveFile(error))
        return false;
    remember(editor);
    return true;
}

bool EditorTabs::saveAs(CodeEditor *editor, const QString &path, QString *error)
{
    const QString before = editor->filePath();
    if (!editor->saveFileAs(path, error))
        return false;
    if (!before.isEmpty() && before != path)
        m_watcher->removePath(before);
    remember(editor);
    return true;
}

bool EditorTabs::reload(CodeEditor *editor, QString *error)
{
    const int line = editor->textCursor().blockNumber() + 1;
    const int scroll = editor->verticalScrollBar()->value();
    if (!editor->openFile(editor->filePath(), error))
        return false;
    editor->goToLine(line);
    editor->verticalScrollBar()->setValue(scroll);
    remember(editor);
    return true;
}

void EditorTabs::removeEditor(CodeEditor *editor)
{
    const int index = indexOf(editor);
    if (index < 0)
        return;
    if (!editor->filePath().isEmpty()) {
        bool sharedPath = false;
        for (CodeEditor *other : editors())
            sharedPath |= other != editor && other->filePath() == editor->filePath();
        if (!sharedPath)
            m_watcher->removePath(editor->filePath());
    }
    m_onDisk.remove(editor);
    removeTab(index);
    editor->deleteLater();
    if (count() == 0)
        newDocument();
}

void EditorTabs::closeAll()
{
    const QList<CodeEditor *> all = editors();
    newDocument();
    for (CodeEditor *editor : all)
        removeEditor(editor);
}

void EditorTabs::updateTab(CodeEditor *editor)
{
    const int index = indexOf(editor);
    if (index < 0)
        return;
    // A bullet after the name marks unsaved changes, as many editors do.
    setTabText(index, editor->isModified() ? editor->displayName() + QStringLiteral(" ●") : editor->displayName());
    setTabToolTip(index,
                  editor->filePath().isEmpty() ? editor->displayName() : QDir::toNativeSeparators(editor->filePath()));
}

void EditorTabs::setEditorTheme(const QString &name)
{
    m_theme = name;
    m_applyingTheme = true;
    // Every other text view (payload, result, logs) takes the same theme.
    TextTheme::instance()->setThemeName(name);
    for (CodeEditor *editor : editors()) {
        if (name.isEmpty())
            editor->setThemeFollowsPalette(true);
        else
            editor->setTheme(name);
    }
    m_applyingTheme = false;
}

void EditorTabs::setEditorFont(const QFont &font)
{
    m_font = font;
    m_fontSet = true;
    for (CodeEditor *editor : editors())
        editor->setEditorFont(font);
}

void EditorTabs::onFileChanged(const QString &path)
{
    for (CodeEditor *editor : editors()) {
        if (editor->filePath() != path)
            continue;
        bool exists = false;
        const QByteArray now = readBytes(path, &exists);
        if (exists)
            m_watcher->addPath(path); // editors that save by renaming drop the watch
        if (exists && now == m_onDisk.value(editor))
            continue; // our own save, or touched without a change
        m_onDisk.insert(editor, now);
        Q_EMIT fileChangedOnDisk(editor);
    }
}

} // namespace Bullpen
