// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/mainwindow/panel.h"

#include <QPointer>

class QAction;

namespace Bullpen {

class AsyncInvocationQueue;
class AsyncView;

// Asynchronous (Event) invocations in the window (issue 11, item 4): the open
// project's AsyncInvocationQueue, kept in the data folder per project (so
// that events accepted before a restart are delivered after it: opening the
// project starts the engine when some wait), fed the project's functions and
// the window's engine; Run > Invoke Asynchronously, which queues the event
// builder's payload for the chosen function as `aws lambda invoke
// --invocation-type Event` would; and the queue's view in a dock (Tools >
// Asynchronous Queue). The server panel queues its Event invocations through queue().
class AsyncFeature final : public Panel
{
    Q_OBJECT
public:
    explicit AsyncFeature(MainWindow *window);
    ~AsyncFeature() override;

    AsyncInvocationQueue *queue() const;
    AsyncView *view() const { return m_view; }
    QAction *invokeAsyncAction() const { return m_invokeAsync; }
    // Where a project's queue is kept.
    static QString folderFor(const QString &projectDirectory);
    // Queues the chosen function with the event builder's payload; the request id, or empty with the reason reported.
    QByteArray invokeAsync();

    QList<QDockWidget *> docks() const override { return { m_dock }; }
    void contributeActions(const WindowMenus &menus) override;
    void projectChanged(Project *project) override;
    void functionChanged(const QString &logicalId) override;
    void updateActions() override;

private:
    void engineChanged();
    void updateFunctions();

    AsyncView *m_view;
    QDockWidget *m_dock = nullptr;
    QAction *m_invokeAsync = nullptr;
    QAction *m_show = nullptr;
    QPointer<AsyncInvocationQueue> m_queue;
    QPointer<Project> m_project;
};

} // namespace Bullpen
