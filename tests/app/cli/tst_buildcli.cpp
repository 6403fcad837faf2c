// SPDX-License-Identifier: MIT
// `bullpen build` and `bullpen invoke`'s automatic build as users run them:
// the real executable, make for the build (no registry needed), its summary,
// exit codes and messages, and an invocation that runs the built code.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/ciskip.h"

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QByteArray Template = R"(AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  MadeFunction:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: made/
      Handler: app.handler
      Runtime: python3.12
      Timeout: 30
    Metadata:
      BuildMethod: makefile
)";

} // namespace

class TestBuildCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    void write(const QString &relative, const QByteArray &text)
    {
        const QString path = m_dir.filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }

    Run bullpen(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CACHE_HOME"_s, m_dir.filePath(u"cache"_s));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral(BULLPEN_EXECUTABLE), args);
        Run r;
        if (!p.waitForFinished(240000)) {
            p.kill();
            p.waitForFinished();
            r.err = u"timed out"_s;
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        write(u"template.yaml"_s, Template);
        write(u"made/app.py"_s, "import made\ndef handler(event, context):\n    return {'made': made.VALUE}\n");
        write(u"made/Makefile"_s,
              "build-MadeFunction:\n\tcp app.py $(ARTIFACTS_DIR)/\n"
              "\techo 'VALUE = \"made v1\"' > $(ARTIFACTS_DIR)/made.py\n");
    }

    void buildThenNothingToDo()
    {
        Run r = bullpen({ u"build"_s });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Built 1, 0 up to date"_s), qPrintable(r.out));
        QVERIFY2(r.err.contains(u"$ make"_s), qPrintable(r.err));
        QVERIFY(QFile::exists(m_dir.filePath(u".aws-sam/build/MadeFunction/made.py"_s)));
        QVERIFY(QFile::exists(m_dir.filePath(u".aws-sam/build/template.yaml"_s)));
        r = bullpen({ u"build"_s, u"MadeFunction"_s });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Built 0, 1 up to date"_s), qPrintable(r.out));
    }

    void unknownFunctionIsAUsageError()
    {
        const Run r = bullpen({ u"build"_s, u"NoSuchFunction"_s });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"no function or layer 'NoSuchFunction'"_s) && r.err.contains(u"MadeFunction"_s),
                 qPrintable(r.err));
    }

    void failingStepIsNamed()
    {
        write(u"made/Makefile"_s, "build-MadeFunction:\n\tfalse\n");
        const Run r = bullpen({ u"build"_s });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"MadeFunction: make build-MadeFunction failed"_s), qPrintable(r.err));
        // The last good build is still there.
        QVERIFY(QFile::exists(m_dir.filePath(u".aws-sam/build/MadeFunction/made.py"_s)));
        write(u"made/Makefile"_s,
              "build-MadeFunction:\n\tcp app.py $(ARTIFACTS_DIR)/\n"
              "\techo 'VALUE = \"made v2\"' > $(ARTIFACTS_DIR)/made.py\n");
    }

    void invokeBuildsFirst()
    {
        // The Makefile changed since the last good build: invoke rebuilds, then runs the built code.
        const Run r = bullpen({ u"invoke"_s, u"MadeFunction"_s });
        if (r.exitCode == 2 && r.err.contains(u"could not run"_s))
            BULLPEN_SKIP_UNLESS_CI(u"no container backend works here"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"[build MadeFunction] $ make"_s), qPrintable(r.err));
        QVERIFY2(r.out.contains(u"made v2"_s), qPrintable(r.out + r.err));
        const Run again = bullpen({ u"invoke"_s, u"--no-build"_s, u"MadeFunction"_s });
        // Without the build the sources run: they have no made.py.
        QVERIFY2(again.out.contains(u"ModuleNotFoundError"_s) || again.out.contains(u"ImportModuleError"_s)
                     || again.err.contains(u"ImportModuleError"_s),
                 qPrintable(again.out + again.err));
    }
};

QTEST_GUILESS_MAIN(TestBuildCli)
#include "tst_buildcli.moc"
