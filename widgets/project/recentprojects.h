// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;
class QWidget;

namespace Bullpen {

// The projects opened lately, most recent first, kept in QSettings (key
// "recentProjects") for File > Open Recent. It owns no state of its own beyond
// the settings key: every call reads and writes QSettings, so several windows
// agree. Folders that no longer exist are skipped when listing.
class RecentProjects final : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxCount = 10;

    explicit RecentProjects(QObject *parent = nullptr);

    // Moves (or puts) the folder or template to the top; the list keeps at most MaxCount.
    void add(const QString &path);
    void remove(const QString &path);
    QStringList list() const;
    void clear();

    // A menu rebuilt each time it opens: one entry per project (its folder name,
    // the full path as tooltip), then "Clear Menu". Choosing one emits projectChosen.
    QMenu *createMenu(QWidget *parent);

Q_SIGNALS:
    void projectChosen(const QString &path);
    void changed();

private:
    QStringList stored() const;
    void store(const QStringList &paths);
};

} // namespace Bullpen
