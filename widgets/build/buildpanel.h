// SPDX-License-Identifier: MIT
#pragma once

#include "engine/build/projectbuilder.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QPlainTextEdit;

namespace Bullpen {

// The window's build: a Build action (Ctrl+B) that runs `bullpen build` for
// the open project, and the build's log, streamed line by line as pip, npm,
// make or esbuild print it, ending with a one-line outcome (the failing step
// and the tool's own message when it fails). Self-contained: the window adds
// the panel to a dock, puts buildAction() in a menu and calls setTemplatePath()
// when a project opens. The build runs as processes; the GUI thread never waits.
class BuildPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit BuildPanel(QWidget *parent = nullptr);

    // The project's template; empty disables the action.
    void setTemplatePath(const QString &templatePath);
    QString templatePath() const { return m_templatePath; }
    void setOptions(const BuildOptions &options) { m_options = options; }

    QAction *buildAction() const { return m_buildAction; }
    bool isBuilding() const { return m_builder && m_builder->isRunning(); }
    QString logText() const;
    QString statusText() const;

public Q_SLOTS:
    // Builds the named functions (all when empty); ignored while a build runs.
    void build(const QStringList &logicalIds = {});
    // A line of another build (the automatic one before an invocation).
    void appendLog(const QString &logicalId, const QString &line);

Q_SIGNALS:
    void buildStarted();
    void buildFinished(bool ok, const QString &message);

private:
    void appendLine(const QString &line);
    void updateAction();

    QString m_templatePath;
    BuildOptions m_options;
    QAction *m_buildAction = nullptr;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QPointer<ProjectBuilder> m_builder;
};

} // namespace Bullpen
