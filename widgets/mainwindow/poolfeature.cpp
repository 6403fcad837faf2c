// SPDX-License-Identifier: MIT
#include "widgets/mainwindow/poolfeature.h"

#include "widgets/invoke/historymodel.h"
#include "widgets/invoke/invocationcontroller.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/pool/poolpanel.h"

#include <QMenu>
#include <QMenuBar>

namespace Bullpen {

PoolFeature::PoolFeature(MainWindow *window)
    : Panel(window)
    , m_pool(new PoolPanel(window, window->controller()))
{
    connect(m_pool, &PoolPanel::invocationActivated, this, [this](const QByteArray &requestId) {
        HistoryModel *history = this->window()->controller()->history();
        for (int row = history->rowCount() - 1; row >= 0; --row) {
            if (history->entry(row).result.requestId == requestId)
                return this->window()->showHistoryEntry(row);
        }
        showStatus(tr("That invocation was not run from this window; it has no history entry."));
    });
}

PoolFeature::~PoolFeature() = default;

QList<QDockWidget *> PoolFeature::docks() const
{
    return m_pool->docks();
}

void PoolFeature::contributeActions(const WindowMenus &menus)
{
    window()->menuBar()->insertMenu(menus.help->menuAction(), m_pool->menu());
}

} // namespace Bullpen
