// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

namespace Bullpen {

class CodeEditor;

// Bullpen's main window: menus, status bar and the code editor in the middle.
// It owns the editor and the actions and keeps no document state of its own:
// opening, saving, syntax and themes live in CodeEditor; the window asks the
// user what to do with unsaved changes, reports errors, and remembers its
// geometry and the chosen theme in QSettings. The questions it asks are
// virtual so that tests can answer them without a modal loop.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class SaveChoice { Save, Discard, Cancel };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    CodeEditor *editor() const { return m_editor; }

    // Each asks about unsaved changes first where needed, reports a failure in
    // a message box and the status bar, and returns whether it happened.
    bool newFile();
    bool openFile(const QString &path);
    bool save();
    bool saveAs(const QString &path);

    // The last error reported, for the status bar and for tests.
    QString lastError() const { return m_lastError; }

protected:
    void closeEvent(QCloseEvent *event) override;

    // The questions to the user. The defaults show dialogs.
    virtual SaveChoice askToSaveChanges();
    virtual QString askOpenFileName();
    virtual QString askSaveFileName();

private:
    void createActions();
    void updateTitle();
    bool maybeSave();
    void reportError(const QString &message);
    void about();

    CodeEditor *m_editor;
    QString m_lastError;
};

} // namespace Bullpen
