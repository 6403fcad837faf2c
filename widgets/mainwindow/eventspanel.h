// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/mainwindow/panel.h"

#include <QTimer>

namespace Bullpen {

class EventBuilder;

// The Event dock on the right: the event builder for the chosen function. A
// freshly opened project starts from its own saved event (sam init's
// events/event.json) when nothing is being edited. The builder's unsaved event
// is this panel's to name and save; its draft is kept when the window closes.
// Filling the builder as a project opens (the saved event into its editor,
// highlighted and checked) is a slice of GUI-thread work of its own, run by a
// zero timer after the opening's (issue 14: no slice over 50 ms); whoever
// reads the builder before then (Invoke, a session save) gets it filled first.
class EventsPanel final : public Panel
{
    Q_OBJECT
public:
    explicit EventsPanel(MainWindow *window);
    ~EventsPanel() override;

    // The builder, filled with the opened project's event when that is still to come.
    EventBuilder *eventBuilder() const
    {
        settle();
        return m_builder;
    }
    // Fills the builder now if the opening's fill is still to come.
    void settle() const;

    QList<QDockWidget *> docks() const override { return { m_dock }; }
    void arrangeDocks() override;
    void projectChanged(Project *project) override;
    void functionChanged(const QString &logicalId) override;
    QStringList unsavedChanges() const override;
    bool saveChanges(QString *error) override;
    void aboutToClose() override;
    void saveSession(QSettings &settings) const override;
    void restoreSession(QSettings &settings) override;

private:
    EventBuilder *m_builder;
    QDockWidget *m_dock;
    // Set by a project change, cleared by the first function chosen in it.
    bool m_freshProject = false;
    bool m_closed = false; // aboutToClose() ran
    void fill();
    // The opening's fill, to come: from the session's event, else the
    // function's (or the project's) first saved one. Mutable: settle() is
    // what reading the builder implies, not a change of the panel.
    mutable QTimer m_fillTimer;
    bool m_fillFromSaved = false;
    QString m_sessionEvent;
};

} // namespace Bullpen
