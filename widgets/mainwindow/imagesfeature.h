// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/mainwindow/panel.h"

class QAction;

namespace Bullpen {

class ImagesView;

// Tools > Runtime Images: the Docker backend's runtime images in a dock
// (widgets/images/ImagesView): listed, imported with progress, removed.
// The dock lists them when it is first shown, not at start: the window does
// not talk to a daemon the user may not use.
class ImagesFeature final : public Panel
{
    Q_OBJECT
public:
    explicit ImagesFeature(MainWindow *window);
    ~ImagesFeature() override;

    ImagesView *view() const { return m_view; }
    QAction *showAction() const { return m_action; }
    QList<QDockWidget *> docks() const override { return { m_dock }; }
    void contributeActions(const WindowMenus &menus) override;

private:
    ImagesView *m_view;
    QDockWidget *m_dock = nullptr;
    QAction *m_action = nullptr;
    bool m_listed = false;
};

} // namespace Bullpen
