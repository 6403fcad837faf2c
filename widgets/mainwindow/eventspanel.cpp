// SPDX-License-Identifier: MIT
#include "widgets/mainwindow/eventspanel.h"

#include "engine/project/project.h"
#include "widgets/events/eventbuilder.h"
#include "widgets/mainwindow/mainwindow.h"

#include <QDockWidget>
#include <QScrollArea>
#include <QSettings>

namespace Bullpen {

EventsPanel::EventsPanel(MainWindow *window)
    : Panel(window)
    , m_builder(new EventBuilder(window))
{
    // Scrolls rather than forcing its full width onto the window.
    auto *scroll = new QScrollArea(window);
    scroll->setWidget(m_builder);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_dock = makeDock(tr("Event"), QStringLiteral("eventDock"), scroll);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);

    connect(m_builder, &EventBuilder::errorOccurred, this,
            [this](const QString &message) { showStatus(message, 5000); });
    connect(m_builder, &EventBuilder::unsavedChangesChanged, window, &MainWindow::titleInputsChanged);
}

EventsPanel::~EventsPanel() = default;

void EventsPanel::arrangeDocks()
{
    // Narrower than the editor: the code is what the window is for.
    window()->resizeDocks({ m_dock }, { 420 }, Qt::Horizontal);
}

void EventsPanel::projectChanged(Project *project)
{
    m_builder->setProjectDirectory(project ? project->directory() : QString());
    m_freshProject = project != nullptr;
}

void EventsPanel::functionChanged(const QString &logicalId)
{
    if (logicalId.isEmpty())
        return;
    m_builder->setFunction(logicalId);
    if (!std::exchange(m_freshProject, false))
        return;
    if (m_builder->currentPayload().trimmed().isEmpty() && !m_builder->hasUnsavedChanges()) {
        QList<SavedEvent> events = m_builder->store().events(logicalId);
        if (events.isEmpty())
            events = m_builder->store().events();
        if (!events.isEmpty())
            m_builder->openSavedEvent(events.constFirst().name);
    }
}

QStringList EventsPanel::unsavedChanges() const
{
    if (!m_builder->hasUnsavedChanges())
        return {};
    return { tr("the event in the event builder") };
}

bool EventsPanel::saveChanges(QString *error)
{
    return !m_builder->hasUnsavedChanges() || m_builder->saveAll(error);
}

void EventsPanel::saveSession(QSettings &settings) const
{
    settings.setValue(QStringLiteral("event"), m_builder->currentEventName());
}

void EventsPanel::restoreSession(QSettings &settings)
{
    const QString event = settings.value(QStringLiteral("event")).toString();
    // An unsaved draft the builder brought back wins over the saved event.
    if (!event.isEmpty() && !m_builder->hasUnsavedChanges())
        m_builder->openSavedEvent(event);
}

void EventsPanel::aboutToClose()
{
    m_builder->flushDraft();
}

} // namespace Bullpen
