// SPDX-License-Identifier: MIT
#include "widgets/project/recentprojects.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Bullpen;

class tst_RecentProjects : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BullpenTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_recentprojects"));
    }

    void init() { RecentProjects().clear(); }

    void mostRecentFirstWithoutDuplicates()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a"));
        const QString b = dir.filePath(QStringLiteral("b"));
        QVERIFY(QDir().mkpath(a) && QDir().mkpath(b));
        RecentProjects recent;
        QSignalSpy changed(&recent, &RecentProjects::changed);
        recent.add(a);
        recent.add(b);
        recent.add(a + QStringLiteral("/../a/")); // the same folder, spelled differently
        QCOMPARE(recent.list(), (QStringList { QFileInfo(a).canonicalFilePath(), QFileInfo(b).canonicalFilePath() }));
        QCOMPARE(changed.size(), 3);
        // Another instance (another window) sees the same list.
        QCOMPARE(RecentProjects().list().size(), 2);
        recent.remove(b);
        QCOMPARE(recent.list(), QStringList { QFileInfo(a).canonicalFilePath() });
        recent.clear();
        QVERIFY(recent.list().isEmpty());
    }

    void keepsTenAndSkipsMissing()
    {
        QTemporaryDir dir;
        RecentProjects recent;
        QStringList added;
        for (int i = 0; i < 12; ++i) {
            const QString path = dir.filePath(QStringLiteral("p%1").arg(i));
            QVERIFY(QDir().mkpath(path));
            recent.add(path);
            added.prepend(QFileInfo(path).canonicalFilePath());
        }
        QCOMPARE(recent.list(), added.mid(0, RecentProjects::MaxCount));
        QVERIFY(QDir(added.at(3)).removeRecursively());
        QStringList expected = added.mid(0, RecentProjects::MaxCount);
        expected.removeAt(3);
        QCOMPARE(recent.list(), expected);
        // The missing one makes room before a live one is dropped.
        const QString extra = dir.filePath(QStringLiteral("extra"));
        QVERIFY(QDir().mkpath(extra));
        recent.add(extra);
        QCOMPARE(recent.list().size(), RecentProjects::MaxCount);
        QCOMPARE(recent.list().constFirst(), QFileInfo(extra).canonicalFilePath());
        QCOMPARE(recent.list().constLast(), added.at(RecentProjects::MaxCount - 1));
    }

    void menuEmitsTheChoice()
    {
        QTemporaryDir dir;
        RecentProjects recent;
        QWidget parent;
        QMenu *menu = recent.createMenu(&parent);
        QCOMPARE(menu->actions().size(), 1);
        QVERIFY(!menu->actions().constFirst()->isEnabled());

        recent.add(dir.path());
        QMetaObject::invokeMethod(menu, "aboutToShow");
        const QList<QAction *> actions = menu->actions();
        QCOMPARE(actions.size(), 3); // the project, a separator, Clear Menu
        QCOMPARE(actions.constFirst()->data().toString(), QFileInfo(dir.path()).canonicalFilePath());
        QSignalSpy chosen(&recent, &RecentProjects::projectChosen);
        actions.constFirst()->trigger();
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.constFirst().constFirst().toString(), QFileInfo(dir.path()).canonicalFilePath());
        actions.constLast()->trigger();
        QVERIFY(recent.list().isEmpty());
    }
};

QTEST_MAIN(tst_RecentProjects)
#include "tst_recentprojects.moc"
