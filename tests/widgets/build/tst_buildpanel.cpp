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

#include "tests/support/ciskip.h"

#include "engine/project/samtemplate.h"
#include "widgets/build/buildpanel.h"
#include "widgets/invoke/invocationcontroller.h"

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

    // The window's run button: the controller builds first (the Makefile
    // changed), streams the build log, then runs the built code; a failing
    // build is an engine error of its own kind with make's message.
    void invocationBuildsFirst()
    {
        QTemporaryDir dir;
        write(dir.filePath(u"template.yaml"_s), Template);
        write(dir.filePath(u"made/app.py"_s), "import made\ndef handler(e, c):\n    return made.VALUE\n");
        write(dir.filePath(u"made/Makefile"_s),
              "build-MadeFunction:\n\tcp app.py $(ARTIFACTS_DIR)/\n\techo 'VALUE = \"built first\"' > "
              "$(ARTIFACTS_DIR)/made.py\n");
        const auto sam = SamTemplate::load(dir.filePath(u"template.yaml"_s), nullptr);
        QVERIFY(sam);
        InvocationController controller;
        EngineSettings settings;
        settings.backend = qEnvironmentVariable("BULLPEN_TEST_BACKEND", u"oci"_s);
        settings.cacheDirectory = dir.filePath(u"engine"_s);
        controller.setEngineSettings(settings);
        if (!controller.ensureInvoker())
            BULLPEN_SKIP_UNLESS_CI(u"no container backend works here"_s);
        controller.setTemplatePath(dir.filePath(u"template.yaml"_s));
        QSignalSpy log(&controller, &InvocationController::buildLogLine);
        QSignalSpy finished(&controller, &InvocationController::finished);
        QVERIFY(controller.invoke(*sam->function(u"MadeFunction"_s), "{}", 0, u"{}"_s));
        QVERIFY(controller.isRunning());
        QVERIFY(finished.wait(120000));
        const auto result = finished.first().first().value<InvocationResult>();
        QVERIFY2(result.payload.contains("built first"), result.payload.constData());
        QVERIFY(!log.isEmpty());

        write(dir.filePath(u"made/Makefile"_s), "build-MadeFunction:\n\tcp missing-file.py $(ARTIFACTS_DIR)/\n");
        finished.clear();
        QVERIFY(controller.invoke(*sam->function(u"MadeFunction"_s), "{}", 0, u"{}"_s));
        QVERIFY(finished.wait(120000));
        const auto failed = finished.first().first().value<InvocationResult>();
        QCOMPARE(failed.engineErrorKind, EngineErrorKind::BuildFailed);
        QVERIFY2(failed.engineError.contains(u"make build-MadeFunction failed"_s), qPrintable(failed.engineError));
        QVERIFY2(failed.engineError.contains(u"missing-file.py"_s), qPrintable(failed.engineError));
    }
};

QTEST_MAIN(TestBuildPanel)
#include "tst_buildpanel.moc"
