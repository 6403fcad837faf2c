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
#include <QProcess>
#include <QProgressBar>
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

private Q_SLOTS:
    void initTestCase()
    {
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
};

QTEST_MAIN(TestImagesView)

#include "tst_imagesview.moc"
