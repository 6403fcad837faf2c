// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QModelIndex;
class QTreeView;

namespace Bullpen {

class Project;
class ProjectModel;

// The project dock: a header naming the project (and saying when the template
// failed to load) over a tree of its functions, their files, the saved events
// and the template. It owns its ProjectModel and tree view and keeps the
// expansion and the current item across the model's resets. Tells the window
// what the user picked; opens nothing itself.
class ProjectView final : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectView(QWidget *parent = nullptr);
    ~ProjectView() override;

    void setProject(Project *project);
    Project *project() const;
    ProjectModel *model() const { return m_model; }
    QTreeView *treeView() const { return m_tree; }

    // The function the current item belongs to, or an empty string.
    QString currentFunction() const;
    void selectFunction(const QString &logicalId);
    void selectPath(const QString &path);

Q_SIGNALS:
    // Double-click or Enter on a file (code or event).
    void fileActivated(const QString &path);
    // The current function changed (also when a file under a function becomes current).
    void functionSelected(const QString &logicalId);
    void templateActivated();

private:
    void onActivated(const QModelIndex &index);
    void onCurrentChanged(const QModelIndex &current);
    void saveState();
    void restoreState();
    void updateHeader();

    ProjectModel *m_model;
    QTreeView *m_tree;
    QLabel *m_title;
    QLabel *m_status;
    QStringList m_expandedPaths;
    QString m_currentPath;
    QString m_currentFunctionOnReset;
    QString m_lastFunction;
};

} // namespace Bullpen
