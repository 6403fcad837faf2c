// SPDX-License-Identifier: MIT
#include "widgets/project/recentprojects.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace Bullpen {

namespace {
const QString SettingsKey = QStringLiteral("recentProjects");

QString normalized(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return QDir::cleanPath(canonical.isEmpty() ? info.absoluteFilePath() : canonical);
}
} // namespace

RecentProjects::RecentProjects(QObject *parent)
    : QObject(parent)
{ }

QStringList RecentProjects::stored() const
{
    return QSettings().value(SettingsKey).toStringList();
}

void RecentProjects::store(const QStringList &paths)
{
    QSettings settings;
    if (paths.isEmpty())
        settings.remove(SettingsKey);
    else
        settings.setValue(SettingsKey, paths);
    Q_EMIT changed();
}

void RecentProjects::add(const QString &path)
{
    if (path.isEmpty())
        return;
    const QString entry = normalized(path);
    QStringList paths = stored();
    paths.removeAll(entry);
    paths.prepend(entry);
    // Entries gone from disk make room first, so they never push out live ones.
    for (qsizetype i = paths.size() - 1; i > 0 && paths.size() > MaxCount; --i)
        if (!QFileInfo::exists(paths.at(i)))
            paths.removeAt(i);
    while (paths.size() > MaxCount)
        paths.removeLast();
    store(paths);
}

void RecentProjects::remove(const QString &path)
{
    QStringList paths = stored();
    if (paths.removeAll(normalized(path)) + paths.removeAll(path) > 0)
        store(paths);
}

QStringList RecentProjects::list() const
{
    QStringList result;
    const QStringList paths = stored();
    for (const QString &path : paths)
        if (QFileInfo::exists(path))
            result << path;
    return result;
}

void RecentProjects::clear()
{
    store({});
}

QMenu *RecentProjects::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("Open &Recent"), parent);
    auto rebuild = [this, menu]() {
        menu->clear();
        const QStringList paths = list();
        int number = 1;
        for (const QString &path : paths) {
            const QFileInfo info(path);
            const QString name = info.isDir() ? info.fileName() : info.dir().dirName() + u'/' + info.fileName();
            // "&1" .. "&9" as accelerators; "1&0" for the tenth.
            const QString label
                = number < 10 ? QStringLiteral("&%1 %2").arg(number).arg(name) : QStringLiteral("1&0 %1").arg(name);
            QAction *action = menu->addAction(label);
            action->setToolTip(path);
            action->setStatusTip(path);
            action->setData(path);
            connect(action, &QAction::triggered, this, [this, path]() { Q_EMIT projectChosen(path); });
            ++number;
        }
        if (paths.isEmpty()) {
            menu->addAction(tr("No recent projects"))->setEnabled(false);
            return;
        }
        menu->addSeparator();
        connect(menu->addAction(tr("&Clear Menu")), &QAction::triggered, this, &RecentProjects::clear);
    };
    menu->setToolTipsVisible(true);
    connect(menu, &QMenu::aboutToShow, menu, rebuild);
    rebuild();
    return menu;
}

} // namespace Bullpen
