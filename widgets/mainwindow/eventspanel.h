// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/mainwindow/panel.h"

namespace Bullpen {

class EventBuilder;

// The Event dock on the right: the event builder for the chosen function. A
// freshly opened project starts from its own saved event (sam init's
// events/event.json) when nothing is being edited. The builder's unsaved event
// is this panel's to name and save; its draft is kept when the window closes.
class EventsPanel final : public Panel
{
    Q_OBJECT
public:
    explicit EventsPanel(MainWindow *window);
    ~EventsPanel() override;

    EventBuilder *eventBuilder() const { return m_builder; }

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
};

} // namespace Bullpen
