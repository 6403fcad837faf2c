// SPDX-License-Identifier: MIT
#include "mainwindow/mainwindow.h"

#include "editor/codeeditor.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QSettings>
#include <QStatusBar>
#include <QSvgRenderer>
#include <QTextBlock>

namespace Bullpen {

namespace {

const auto GeometryKey = QStringLiteral("mainwindow/geometry");
const auto StateKey = QStringLiteral("mainwindow/state");
const auto ThemeKey = QStringLiteral("editor/theme");

// The application icon drawn from its SVG at the usual sizes, without
// depending on Qt's SVG image plugin being installed.
QIcon applicationIcon()
{
    QSvgRenderer renderer(QStringLiteral(":/icons/bullpen.svg"));
    QIcon icon;
    if (!renderer.isValid())
        return icon;
    for (const int size : {16, 22, 32, 48, 64, 128, 256}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_editor(new CodeEditor(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(applicationIcon());
    setCentralWidget(m_editor);

    QSettings settings;
    const QString theme = settings.value(ThemeKey).toString();
    if (!theme.isEmpty())
        m_editor->setTheme(theme); // an unknown name keeps the automatic choice

    createActions();

    auto *syntax = new QLabel(this);
    auto *position = new QLabel(this);
    syntax->setContentsMargins(8, 0, 8, 0);
    position->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(syntax);
    statusBar()->addPermanentWidget(position);
    auto updateSyntax = [this, syntax] {
        const QString name = m_editor->definitionName();
        syntax->setText(name.isEmpty() ? tr("Plain Text") : name);
    };
    auto updatePosition = [this, position] {
        const QTextCursor cursor = m_editor->textCursor();
        position->setText(tr("Line %1, Column %2").arg(cursor.blockNumber() + 1).arg(cursor.positionInBlock() + 1));
    };
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, updatePosition);
    connect(m_editor, &CodeEditor::definitionChanged, this, updateSyntax);
    updateSyntax();
    updatePosition();

    connect(m_editor, &CodeEditor::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, &QWidget::setWindowModified);
    connect(m_editor, &CodeEditor::themeChanged, this, [this] {
        QSettings s;
        if (m_editor->themeFollowsPalette())
            s.remove(ThemeKey);
        else
            s.setValue(ThemeKey, m_editor->themeName());
    });
    updateTitle();

    resize(1000, 700);
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *action = file->addAction(QIcon::fromTheme(QIcon::ThemeIcon::DocumentNew), tr("&New"), this,
                                      [this] { newFile(); });
    action->setShortcut(QKeySequence::New);
    action = file->addAction(QIcon::fromTheme(QIcon::ThemeIcon::DocumentOpen), tr("&Open…"), this, [this] {
        if (!maybeSave())
            return;
        const QString path = askOpenFileName();
        if (!path.isEmpty())
            openFile(path);
    });
    action->setShortcut(QKeySequence::Open);
    action = file->addAction(QIcon::fromTheme(QIcon::ThemeIcon::DocumentSave), tr("&Save"), this, [this] { save(); });
    action->setShortcut(QKeySequence::Save);
    action = file->addAction(QIcon::fromTheme(QIcon::ThemeIcon::DocumentSaveAs), tr("Save &As…"), this, [this] {
        const QString path = askSaveFileName();
        if (!path.isEmpty())
            saveAs(path);
    });
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    file->addSeparator();
    action = file->addAction(QIcon::fromTheme(QIcon::ThemeIcon::ApplicationExit), tr("&Quit"), this, &QWidget::close);
    action->setShortcut(QKeySequence::Quit);
    action->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    action = edit->addAction(QIcon::fromTheme(QIcon::ThemeIcon::EditUndo), tr("&Undo"), m_editor, &QPlainTextEdit::undo);
    action->setShortcut(QKeySequence::Undo);
    action->setEnabled(false);
    connect(m_editor, &QPlainTextEdit::undoAvailable, action, &QAction::setEnabled);
    action = edit->addAction(QIcon::fromTheme(QIcon::ThemeIcon::EditRedo), tr("&Redo"), m_editor, &QPlainTextEdit::redo);
    action->setShortcut(QKeySequence::Redo);
    action->setEnabled(false);
    connect(m_editor, &QPlainTextEdit::redoAvailable, action, &QAction::setEnabled);
    edit->addSeparator();
    action = edit->addAction(QIcon::fromTheme(QIcon::ThemeIcon::EditCut), tr("Cu&t"), m_editor, &QPlainTextEdit::cut);
    action->setShortcut(QKeySequence::Cut);
    action->setEnabled(false);
    connect(m_editor, &QPlainTextEdit::copyAvailable, action, &QAction::setEnabled);
    action = edit->addAction(QIcon::fromTheme(QIcon::ThemeIcon::EditCopy), tr("&Copy"), m_editor, &QPlainTextEdit::copy);
    action->setShortcut(QKeySequence::Copy);
    action->setEnabled(false);
    connect(m_editor, &QPlainTextEdit::copyAvailable, action, &QAction::setEnabled);
    action = edit->addAction(QIcon::fromTheme(QIcon::ThemeIcon::EditPaste), tr("&Paste"), m_editor, &QPlainTextEdit::paste);
    action->setShortcut(QKeySequence::Paste);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addMenu(m_editor->createThemeMenu(view));
    view->addMenu(m_editor->createSyntaxMenu(view));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    action = help->addAction(QIcon::fromTheme(QIcon::ThemeIcon::HelpAbout), tr("&About Bullpen"), this, &MainWindow::about);
    action->setMenuRole(QAction::AboutRole);
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Bullpen").arg(m_editor->displayName()));
    setWindowFilePath(m_editor->filePath());
}

bool MainWindow::newFile()
{
    if (!maybeSave())
        return false;
    m_editor->newDocument();
    statusBar()->showMessage(tr("New file"), 3000);
    return true;
}

bool MainWindow::openFile(const QString &path)
{
    if (!maybeSave())
        return false;
    QString error;
    if (!m_editor->openFile(path, &error)) {
        reportError(error);
        return false;
    }
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_editor->filePath())), 3000);
    return true;
}

bool MainWindow::save()
{
    if (m_editor->filePath().isEmpty()) {
        const QString path = askSaveFileName();
        return !path.isEmpty() && saveAs(path);
    }
    QString error;
    if (!m_editor->saveFile(&error)) {
        reportError(error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_editor->filePath())), 3000);
    return true;
}

bool MainWindow::saveAs(const QString &path)
{
    QString error;
    if (!m_editor->saveFileAs(path, &error)) {
        reportError(error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_editor->filePath())), 3000);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_editor->isModified())
        return true;
    switch (askToSaveChanges()) {
    case SaveChoice::Save:
        return save();
    case SaveChoice::Discard:
        return true;
    case SaveChoice::Cancel:
        break;
    }
    return false;
}

void MainWindow::reportError(const QString &message)
{
    m_lastError = message;
    statusBar()->showMessage(message);
    // open(), not exec(): no nested event loop, the window stays responsive.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Bullpen"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    event->accept();
}

MainWindow::SaveChoice MainWindow::askToSaveChanges()
{
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
                                             tr("“%1” has unsaved changes. Save them?").arg(m_editor->displayName()),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                             QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return SaveChoice::Save;
    if (answer == QMessageBox::Discard)
        return SaveChoice::Discard;
    return SaveChoice::Cancel;
}

QString MainWindow::askOpenFileName()
{
    return QFileDialog::getOpenFileName(this, tr("Open File"), QFileInfo(m_editor->filePath()).absolutePath());
}

QString MainWindow::askSaveFileName()
{
    const QString start = m_editor->filePath().isEmpty() ? QDir::homePath() : m_editor->filePath();
    return QFileDialog::getSaveFileName(this, tr("Save File As"), start);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Bullpen"),
                       tr("<h3>Bullpen %1</h3>"
                          "<p>Develop AWS-Lambda-style functions on your own machine: edit handlers, "
                          "build events, and run them in a local warm pool of containers.</p>"
                          "<p>Syntax highlighting by KDE's KSyntaxHighlighting.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace Bullpen
