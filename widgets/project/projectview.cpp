// SPDX-License-Identifier: MIT
#include "widgets/project/projectview.h"

#include "engine/project/project.h"
#include "widgets/project/projectmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace Bullpen {

ProjectView::ProjectView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ProjectModel(this))
    , m_tree(new QTreeView(this))
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setContentsMargins(6, 4, 6, 0);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_status->setContentsMargins(6, 0, 6, 2);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setVisible(false);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_tree, 1);

    m_tree->setObjectName(QStringLiteral("projectTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(false);
    m_tree->setExpandsOnDoubleClick(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ProjectModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setMinimumSectionSize(40);

    connect(m_tree, &QTreeView::activated, this, &ProjectView::onActivated);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &ProjectView::saveState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProjectView::restoreState);
    updateHeader();
}

ProjectView::~ProjectView() = default;

void ProjectView::setProject(Project *project)
{
    if (Project *old = m_model->project())
        disconnect(old, nullptr, this, nullptr);
    m_expandedPaths.clear();
    m_currentPath.clear();
    m_lastFunction.clear();
    m_model->setProject(project);
    if (project) {
        connect(project, &Project::templateChanged, this, &ProjectView::updateHeader);
        connect(project, &Project::loadFailed, this, &ProjectView::updateHeader);
        // Functions open, so the code is one click away.
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, 0);
            if (index.data(ProjectModel::KindRole).value<ProjectModel::Kind>() == ProjectModel::Kind::Function)
                m_tree->expand(index);
        }
        if (!project->functions().isEmpty())
            selectFunction(project->functions().constFirst().logicalId);
    }
    updateHeader();
}

Project *ProjectView::project() const
{
    return m_model->project();
}

void ProjectView::updateHeader()
{
    Project *project = m_model->project();
    if (!project) {
        m_title->setText(tr("No project"));
        m_title->setToolTip(QString());
        m_status->setVisible(false);
        return;
    }
    const int count = int(project->functions().size());
    m_title->setText(count == 1 ? tr("%1 — 1 function").arg(project->name())
                                : tr("%1 — %n functions", nullptr, count).arg(project->name()));
    m_title->setToolTip(project->directory());
    if (const auto error = project->loadError()) {
        m_status->setText(tr("<span style=\"color:#c0392b\">template.yaml does not load: %1</span><br>"
                             "<small>Showing the functions as last loaded.</small>")
                              .arg(error->toString().toHtmlEscaped()));
        m_status->setVisible(true);
    } else {
        m_status->setVisible(false);
    }
}

QString ProjectView::currentFunction() const
{
    return m_tree->currentIndex().data(ProjectModel::FunctionIdRole).toString();
}

void ProjectView::selectFunction(const QString &logicalId)
{
    const QModelIndex index = m_model->indexForFunction(logicalId);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}

void ProjectView::selectPath(const QString &path)
{
    const QModelIndex index = m_model->indexForPath(path);
    if (!index.isValid())
        return;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    m_tree->setCurrentIndex(index);
}

void ProjectView::onActivated(const QModelIndex &index)
{
    const auto kind = index.data(ProjectModel::KindRole).value<ProjectModel::Kind>();
    switch (kind) {
    case ProjectModel::Kind::File:
    case ProjectModel::Kind::Event:
        Q_EMIT fileActivated(index.data(ProjectModel::FilePathRole).toString());
        break;
    case ProjectModel::Kind::Template:
        Q_EMIT templateActivated();
        break;
    case ProjectModel::Kind::Function:
    case ProjectModel::Kind::Folder:
    case ProjectModel::Kind::EventsFolder:
    case ProjectModel::Kind::Layer:
        break;
    }
}

void ProjectView::onCurrentChanged(const QModelIndex &current)
{
    const QString function = current.data(ProjectModel::FunctionIdRole).toString();
    if (function.isEmpty() || function == m_lastFunction)
        return;
    m_lastFunction = function;
    Q_EMIT functionSelected(function);
}

void ProjectView::saveState()
{
    m_expandedPaths.clear();
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, 0, parent);
            if (!m_tree->isExpanded(index))
                continue;
            const bool isFunction
                = index.data(ProjectModel::KindRole).value<ProjectModel::Kind>() == ProjectModel::Kind::Function;
            m_expandedPaths << (isFunction
                                    ? QStringLiteral("function:") + index.data(ProjectModel::FunctionIdRole).toString()
                                    : index.data(ProjectModel::FilePathRole).toString());
            walk(index);
        }
    };
    walk({});
    const QModelIndex current = m_tree->currentIndex();
    const bool currentIsFunction
        = current.data(ProjectModel::KindRole).value<ProjectModel::Kind>() == ProjectModel::Kind::Function;
    m_currentPath = currentIsFunction ? QString() : current.data(ProjectModel::FilePathRole).toString();
    m_currentFunctionOnReset = current.data(ProjectModel::FunctionIdRole).toString();
}

void ProjectView::restoreState()
{
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, 0, parent);
            const bool isFunction
                = index.data(ProjectModel::KindRole).value<ProjectModel::Kind>() == ProjectModel::Kind::Function;
            const QString key = isFunction
                ? QStringLiteral("function:") + index.data(ProjectModel::FunctionIdRole).toString()
                : index.data(ProjectModel::FilePathRole).toString();
            if (m_expandedPaths.contains(key)) {
                m_tree->expand(index);
                walk(index);
            }
        }
    };
    walk({});
    QModelIndex current = m_currentPath.isEmpty() ? QModelIndex() : m_model->indexForPath(m_currentPath);
    if (!current.isValid() && !m_currentFunctionOnReset.isEmpty())
        current = m_model->indexForFunction(m_currentFunctionOnReset);
    // A function that disappeared moves the selection to the first one left.
    if (!current.isValid() && m_model->rowCount() > 0)
        current = m_model->index(0, 0);
    if (current.isValid())
        m_tree->setCurrentIndex(current);
    else
        m_lastFunction.clear();
}

} // namespace Bullpen
