// SPDX-License-Identifier: MIT
#include "widgets/mainwindow/lessonsfeature.h"

#include "widgets/invoke/invocationcontroller.h"
#include "widgets/lessons/lessonswidget.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/pool/poolpanel.h"

#include <QAction>
#include <QDockWidget>
#include <QListWidget>
#include <QMenu>

namespace Bullpen {

LessonsFeature::LessonsFeature(MainWindow *window)
    : Panel(window)
{
    InvocationController *controller = window->controller();
    m_lessons = new LessonsWidget([controller](QString *error) { return controller->ensureInvoker(error); }, window);
    m_dock = makeDock(tr("Lessons"), QStringLiteral("lessonsDock"), m_lessons);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();
    connect(m_lessons, &LessonsWidget::lessonStarted, this, [this] {
        // The pool view, the timeline and the charts (the cost meter) narrate the lesson.
        if (PoolPanel *pool = this->window()->poolPanel()) {
            for (QDockWidget *dock : pool->docks())
                dock->show();
        }
        showStatus(tr("Lesson running: watch the Pool, Timeline and Pool Charts docks."));
    });
    connect(m_lessons, &LessonsWidget::openFunctionRequested, this,
            [this](const QString &templatePath, const QString &logicalId) {
                if (!this->window()->openProject(templatePath))
                    return;
                this->window()->selectFunction(logicalId);
                this->window()->openHandlerOf(logicalId);
                showStatus(
                    tr("This is your copy of the lesson's project: change the code, save, and replay the lesson."),
                    8000);
            });
}

LessonsFeature::~LessonsFeature() = default;

void LessonsFeature::contributeActions(const WindowMenus &menus)
{
    m_show = new QAction(tr("&Lessons"), this);
    m_show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_show->setToolTip(tr("Lessons: cold and warm starts, state, scale-out, keep-alive, warm-up, provisioned "
                          "concurrency, throttling, cost, played on real containers"));
    connect(m_show, &QAction::triggered, this, [this] {
        m_dock->show();
        m_dock->raise();
        m_lessons->lessonList()->setFocus();
    });
    menus.help->insertAction(menus.help->actions().value(0), m_show);
}

void LessonsFeature::aboutToClose()
{
    m_lessons->stop();
}

} // namespace Bullpen
