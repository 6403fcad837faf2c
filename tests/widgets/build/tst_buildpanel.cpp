// SPDX-License-Identifier: MIT
// The window's Build action and log, with a real build (make, no registry):
// Ctrl+B's action builds the project, the log streams the tool's output, and
// a failing step is named in the status with the tool's own message.
#include <QAction>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "widgets/build/buildpanel.h"

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {

void write(const QString &path, const QByteArray &text)
{
    QDir().mkpath(path.section(u'/', 0, -2));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

const QByteArray Template = R"(AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  MadeFunction:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: made/
      Handler: app.handler
      Runtime: python3.12
    Metadata:
      BuildMethod: makefile
)";

} // namespace

class TestBuildPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsAndStreamsTheLog()
    {
        QTemporaryDir dir;
        write(dir.filePath(u"template.yaml"_s), Template);
        write(dir.filePath(u"made/app.py"_s), "def handler(e, c):\n    return 1\n");
        write(dir.filePath(u"made/Makefile"_s),
              "build-MadeFunction:\n\techo making it\n\tcp app.py $(ARTIFACTS_DIR)/\n");
        BuildPanel panel;
        QVERIFY(!panel.buildAction()->isEnabled());
        QCOMPARE(panel.buildAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_B));
        BuildOptions options;
        options.dependencyCache = dir.filePath(u"deps"_s);
        panel.setOptions(options);
        panel.setTemplatePath(dir.filePath(u"template.yaml"_s));
        QVERIFY(panel.buildAction()->isEnabled());
        QSignalSpy finished(&panel, &BuildPanel::buildFinished);
        panel.buildAction()->trigger();
        QVERIFY(panel.isBuilding());
        QVERIFY(!panel.buildAction()->isEnabled());
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().last().toString()));
        QVERIFY2(panel.logText().contains(u"making it"_s), qPrintable(panel.logText()));
        QVERIFY(QFile::exists(dir.filePath(u".aws-sam/build/MadeFunction/app.py"_s)));
        QVERIFY(panel.buildAction()->isEnabled());

        // A failing step: the status names it, the log has make's own words.
        write(dir.filePath(u"made/Makefile"_s), "build-MadeFunction:\n\tcp no-such-file.py $(ARTIFACTS_DIR)/\n");
        finished.clear();
        panel.buildAction()->trigger();
        QVERIFY(finished.wait(60000));
        QVERIFY(!finished.first().first().toBool());
        QVERIFY2(panel.statusText().contains(u"make build-MadeFunction failed"_s), qPrintable(panel.statusText()));
        QVERIFY2(panel.logText().contains(u"no-such-file.py"_s), qPrintable(panel.logText()));
        // The last good build stays.
        QVERIFY(QFile::exists(dir.filePath(u".aws-sam/build/MadeFunction/app.py"_s)));
    }
};

QTEST_MAIN(TestBuildPanel)
#include "tst_buildpanel.moc"
