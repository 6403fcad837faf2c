// SPDX-License-Identifier: MIT
#include "widgets/mainwindow/poolfeature.h"

#include "engine/project/project.h"
#include "widgets/invoke/historymodel.h"
#include "widgets/invoke/invocationcontroller.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/pool/poolpanel.h"
#include "widgets/project/functionsettingspanel.h"

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
    m_pool->setFunctionResolver([this](const QString &logicalId) -> std::optional<PoolFunction> {
        Project *project = this->window()->project();
        std::optional<FunctionConfig> function = project ? project->function(logicalId) : std::nullopt;
        if (!function)
            return std::nullopt;
        QString settingsError;
        if (auto edited = this->window()->settingsPanel()->editedFunction(logicalId, &settingsError))
            function = edited;
        return PoolFunction { *function, project->codeRevision(logicalId) };
    });
}

void PoolFeature::functionChanged(const QString &logicalId)
{
    m_pool->setCurrentFunction(logicalId);
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
