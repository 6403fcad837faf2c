// SPDX-License-Identifier: MIT
#include "widgets/mainwindow/imagesfeature.h"

#include "widgets/images/imagesview.h"
#include "widgets/mainwindow/mainwindow.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>

namespace Bullpen {

ImagesFeature::ImagesFeature(MainWindow *window)
    : Panel(window)
    , m_view(new ImagesView(window))
{
    m_dock = makeDock(tr("Runtime Images"), QStringLiteral("imagesDock"), m_view);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && !std::exchange(m_listed, true))
            m_view->refresh();
    });
    m_action = new QAction(tr("Runtime &Images…"), this);
    m_action->setObjectName(QStringLiteral("runtimeImagesAction"));
    connect(m_action, &QAction::triggered, this, [this] {
        m_dock->show();
        m_dock->raise();
        m_view->refresh();
    });
}

ImagesFeature::~ImagesFeature() = default;

void ImagesFeature::contributeActions(const WindowMenus &menus)
{
    menus.tools->addAction(m_action);
}

} // namespace Bullpen
