// SPDX-License-Identifier: MIT
// The Runtime Images view: an import of a root tarball shows up in its list
// with its runtime and inputs, with progress while it runs; Remove takes it
// away again. The real daemon, a repository of the test's own.
#include "engine/sandbox/docker/dockerclient.h"
#include "tests/support/ciskip.h"
#include "widgets/images/imagesview.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Bullpen;
using namespace Qt::StringLiterals;

class TestImagesView : public QObject
{
    Q_OBJECT

    static int rowOf(const QStandardItemModel *model, const QString &tag)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->item(row, 0)->text().contains(tag))
                return row;
        }
        return -1;
    }

    static QString tarballWith(const QTemporaryDir &dir, const QString &name, const QByteArray &marker)
    {
        QDir(dir.path()).mkpath(name + u"/etc"_s);
        QFile file(dir.filePath(name + u"/etc/marker"_s));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(marker);
        file.close();
        const QString tarball = dir.filePath(name + u".tar"_s);
        if (QProcess::execute(u"tar"_s, { u"-C"_s, dir.filePath(name), u"-cf"_s, tarball, u"."_s }) != 0)
            return {};
        return tarball;
    }

    QTemporaryDir m_cache; // an image cache of the test's own: Prune must never touch the shared one

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("BULLPEN_IMAGE_CACHE", m_cache.path().toUtf8());
        QString error;
        if (DockerClient::probe(&error).socketPath.isEmpty())
            BULLPEN_SKIP_UNLESS_CI(u"no Docker daemon here: "_s + error);
    }

    void importListsAndRemoveTakesAway()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(u"root/etc"_s);
        QFile file(dir.filePath(u"root/etc/marker"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::number(QCoreApplication::applicationPid()));
        file.close();
        QCOMPARE(QProcess::execute(u"tar"_s,
                                   { u"-C"_s, dir.filePath(u"root"_s), u"-cf"_s, dir.filePath(u"root.tar"_s), u"."_s }),
                 0);

        ImagesView view;
        view.show();
        QSignalSpy refreshed(&view, &ImagesView::refreshed);
        QSignalSpy busy(&view, &ImagesView::busyChanged);
        view.importTarball(u"nodejs"_s, dir.filePath(u"root.tar"_s));
        QVERIFY(view.isBusy());
        QVERIFY(view.findChild<QProgressBar *>()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(view.model(), u"bullpen-test-imagesview:nodejs"_s) >= 0, 30000);
        const int row = rowOf(view.model(), u"bullpen-test-imagesview:nodejs"_s);
        QCOMPARE(view.model()->item(row, 1)->text(), u"nodejs"_s);
        QCOMPARE(view.model()->item(row, 2)->text().size(), 12);

        view.removeRuntime(u"nodejs"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(view.model(), u"bullpen-test-imagesview:nodejs"_s) < 0, 30000);
    }

    // Prune Stale: an image of earlier inputs goes, the current one stays.
    void pruneStaleRemovesTheEarlierImport()
    {
        QTemporaryDir dir;
        const QString first = tarballWith(dir, u"first"_s, "first");
        const QString second = tarballWith(dir, u"second"_s, "second");
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        ImagesView view;
        view.show();
        view.importTarball(u"nodejs"_s, first);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 60000);
        view.importTarball(u"nodejs"_s, second);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 60000);
        // Two images of the test's repository now: the current one (tagged
        // nodejs) and the first one's (only its own nodejs-<inputs> tag).
        auto ours = [&view] {
            QStringList rows;
            for (int row = 0; row < view.model()->rowCount(); ++row) {
                const QString text = view.model()->item(row, 0)->text();
                if (text.contains(u"bullpen-test-imagesview:nodejs"_s))
                    rows << text;
            }
            return rows;
        };
        QTRY_COMPARE_WITH_TIMEOUT(ours().size(), 2, 30000);
        QString stale;
        for (const QString &text : ours()) {
            if (!text.split(u", "_s).contains(u"bullpen-test-imagesview:nodejs"_s))
                stale = text;
        }
        QVERIFY2(stale.startsWith(u"bullpen-test-imagesview:nodejs-"_s), qPrintable(ours().join(u" | "_s)));

        auto *prune = view.findChild<QPushButton *>(u"pruneImages"_s);
        QVERIFY(prune && prune->isEnabled());
        QSignalSpy refreshed(&view, &ImagesView::refreshed);
        QTest::mouseClick(prune, Qt::LeftButton);
        QVERIFY(view.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 60000);
        QVERIFY(refreshed.wait(30000) || !refreshed.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(ours().size(), 1, 30000);
        QVERIFY(ours().constFirst().split(u", "_s).contains(u"bullpen-test-imagesview:nodejs"_s));
        QVERIFY(!ours().contains(stale));
        QVERIFY2(view.findChild<QLabel *>(u"imagesStatus"_s)->text().contains(u"Removed 1 stale image"_s),
                 qPrintable(view.findChild<QLabel *>(u"imagesStatus"_s)->text()));

        view.removeRuntime(u"nodejs"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 60000);
    }
};

QTEST_MAIN(TestImagesView)

#include "tst_imagesview.moc"
