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
    // A timer, not a queued call: the window's first paint of the opened
    // project and anything else waiting (posted events, other timers) come
    // between the opening and the fill.
    m_fillTimer.setSingleShot(true);
    m_fillTimer.setInterval(0);
    connect(&m_fillTimer, &QTimer::timeout, this, &EventsPanel::fill);
}

EventsPanel::~EventsPanel()
{
    // Gone without the window closing (a program's or a test's teardown; a
    // crash runs no destructor): no draft for a next start.
    if (!m_closed)
        m_builder->discardDraft();
}

void EventsPanel::arrangeDocks()
{
    // Narrower than the editor: the code is what the window is for.
    window()->resizeDocks({ m_dock }, { 420 }, Qt::Horizontal);
}

void EventsPanel::projectChanged(Project *project)
{
    // The previous project's fill, if it was still to come, is not this one's.
    m_fillTimer.stop();
    m_fillFromSaved = false;
    m_sessionEvent.clear();
    // The window asked about the old project's unsaved event: saved, or
    // thrown away with its draft.
    if (m_builder->hasUnsavedChanges())
        m_builder->discardDraft();
    m_builder->setProjectDirectory(project ? project->directory() : QString());
    m_freshProject = project != nullptr;
    // The event a killed window left unsaved (its draft) comes back, unsaved.
    if (project && m_builder->hasDraft() && m_builder->restoreDraft())
        showStatus(tr("The event builder has the unsaved event of the last session back (not saved)."), 8000);
}

void EventsPanel::functionChanged(const QString &logicalId)
{
    if (logicalId.isEmpty())
        return;
    m_builder->setFunction(logicalId);
    if (!std::exchange(m_freshProject, false))
        return;
    m_fillFromSaved = true;
    m_fillTimer.start();
}

void EventsPanel::settle() const
{
    if (m_fillTimer.isActive())
        const_cast<EventsPanel *>(this)->fill();
}

void EventsPanel::fill()
{
    m_fillTimer.stop();
    const QString session = std::exchange(m_sessionEvent, QString());
    // An unsaved draft the builder brought back wins over the saved events.
    if (m_builder->hasUnsavedChanges())
        return;
    if (!session.isEmpty())
        m_builder->openSavedEvent(session);
    if (std::exchange(m_fillFromSaved, false) && m_builder->currentPayload().trimmed().isEmpty()) {
        QList<SavedEvent> events = m_builder->store().events(m_builder->function());
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
    settle();
    settings.setValue(QStringLiteral("event"), m_builder->currentEventName());
}

void EventsPanel::restoreSession(QSettings &settings)
{
    // Opened with the opening's fill, or now when nothing else is to come.
    m_sessionEvent = settings.value(QStringLiteral("event")).toString();
    if (!m_fillTimer.isActive())
        fill();
}

void EventsPanel::aboutToClose()
{
    settle();
    m_closed = true;
    // Terminated: the draft stays for the next start. Closed after the
    // question: the event was saved, or thrown away with its draft.
    if (window()->isTerminating())
        m_builder->flushDraft();
    else
        m_builder->discardDraft();
}

} // namespace Bullpen
