// SPDX-License-Identifier: MIT
// `bullpen build` with the real tools and no registry: a Python function whose
// requirements.txt names a wheel the test builds, a Node.js function with a
// file: dependency, a makefile build, an esbuild bundle, a Python layer in
// /opt's layout, and a project built by `sam build` (a committed fixture).
// Each built function is invoked through the pool. Counters prove what was
// rebuilt and what was installed; a broken requirement fails with pip's own
// message and leaves the last good build in place.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "engine/build/functionpreparer.h"
#include "engine/build/projectbuilder.h"
#include "engine/invocation/invocation.h"
#include "engine/invoke/invoker.h"
#include "engine/project/samtemplate.h"

#include <filesystem>

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {

void write(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(text);
}

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QByteArray Template = R"(AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Timeout: 20
    MemorySize: 256
Resources:
  PyFunction:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: py/
      Handler: app.handler
      Runtime: python3.12
  NodeFunction:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: node/
      Handler: app.handler
      Runtime: nodejs20.x
  MakeFunction:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: make/
      Handler: app.handler
      Runtime: python3.12
    Metadata:
      BuildMethod: makefile
  BundleFunction:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: bundle/
      Handler: app.handler
      Runtime: nodejs20.x
    Metadata:
      BuildMethod: esbuild
      BuildProperties:
        Minify: false
        Target: es2020
        EntryPoints:
          - app.js
  LayerUserFunction:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: layeruser/
      Handler: app.handler
      Runtime: python3.12
      Layers:
        - !Ref DepsLayer
  DepsLayer:
    Type: AWS::Serverless::LayerVersion
    Properties:
      ContentUri: layer/
      CompatibleRuntimes:
        - python3.12
    Metadata:
      BuildMethod: python3.12
)";

} // namespace

class TestProjectBuilder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;
    QString m_cache;
    QString m_wheel;
    std::unique_ptr<Invoker> m_invoker;
    QTemporaryDir m_engineCache;
    int m_revision = 0;

    QString templatePath() const { return m_project + u"/template.yaml"_s; }

    // Builds; returns the builder's error ("" on success).
    QString build(ProjectBuilder &builder, const QStringList &ids = {})
    {
        QSignalSpy done(&builder, &ProjectBuilder::finished);
        QString error;
        if (!builder.start(ids, &error))
            return error;
        if (!done.wait(300000))
            return u"the test gave up waiting for the build"_s;
        return done.first().first().toBool() ? QString() : builder.errorString();
    }

    BuildOptions options() const
    {
        BuildOptions o;
        o.dependencyCache = m_cache;
        // No registry here: pip must not wait on one.
        o.environment.insert(u"PIP_NO_INDEX"_s, u"1"_s);
        o.environment.insert(u"npm_config_offline"_s, u"true"_s);
        return o;
    }

    QByteArray invoke(const QString &logicalId)
    {
        if (!m_invoker)
            return "no engine";
        ProjectError error;
        const auto sam = SamTemplate::load(templatePath(), &error);
        if (!sam)
            return error.toString().toUtf8();
        FunctionPreparer preparer(options());
        QSignalSpy ready(&preparer, &FunctionPreparer::ready);
        QSignalSpy failed(&preparer, &FunctionPreparer::failed);
        preparer.prepare(*sam->function(logicalId), templatePath());
        if (!ready.wait(300000))
            return "not prepared: " + (failed.isEmpty() ? QByteArray() : failed.first().first().toString().toUtf8());
        const FunctionConfig f = ready.first().first().value<FunctionConfig>();
        // A new revision for each build, as the window gives an edited function: warm instances recycle.
        Invocation *invocation = m_invoker->invoke(f, "{}", ++m_revision);
        QSignalSpy finished(invocation, &Invocation::finished);
        if (!finished.wait(120000))
            return "no result";
        const InvocationResult r = finished.first().first().value<InvocationResult>();
        if (r.outcome != InvocationOutcome::Succeeded)
            return "failed: " + r.errorType.toUtf8() + ' ' + r.errorMessage.toUtf8() + ' ' + r.engineError.toUtf8();
        return r.payload;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (QStandardPaths::findExecutable(u"python3"_s).isEmpty())
            QSKIP("python3 is not installed");
        m_project = m_dir.path() + u"/project"_s;
        m_cache = m_dir.path() + u"/deps"_s;
        write(templatePath(), Template);
        // A local package, as a wheel built here with Debian's setuptools and wheel.
        const QString pkg = m_dir.path() + u"/greetlib"_s;
        write(pkg + u"/setup.py"_s,
              "from setuptools import setup\nsetup(name='greetlib', version='1.0', packages=['greetlib'])\n");
        write(pkg + u"/greetlib/__init__.py"_s, "def greet():\n    return 'hello from greetlib'\n");
        QProcess wheel;
        wheel.setWorkingDirectory(pkg);
        wheel.setProcessChannelMode(QProcess::MergedChannels);
        wheel.start(u"python3"_s,
                    { u"-m"_s, u"pip"_s, u"wheel"_s, u"--no-deps"_s, u"--no-build-isolation"_s, u"--no-index"_s,
                      u"-w"_s, m_dir.path() + u"/wheels"_s, u"."_s });
        QVERIFY(wheel.waitForFinished(120000));
        QVERIFY2(wheel.exitCode() == 0, wheel.readAll().constData());
        m_wheel = m_dir.path() + u"/wheels/greetlib-1.0-py3-none-any.whl"_s;
        QVERIFY(QFileInfo::exists(m_wheel));

        write(
            m_project + u"/py/app.py"_s,
            "import greetlib\ndef handler(event, context):\n    return {'greeting': greetlib.greet(), 'code': 'v1'}\n");
        write(m_project + u"/py/requirements.txt"_s, m_wheel.toUtf8() + '\n');
        write(m_project + u"/layer/requirements.txt"_s, m_wheel.toUtf8() + '\n');
        write(m_project + u"/layer/layerinfo.py"_s, "NAME = 'deps layer'\n");
        write(m_project + u"/layeruser/app.py"_s,
              "import greetlib, layerinfo\ndef handler(event, context):\n"
              "    return {'greeting': greetlib.greet(), 'layer': layerinfo.NAME}\n");

        write(m_dir.path() + u"/nodelib/package.json"_s,
              R"({"name": "nodelib", "version": "1.0.0", "main": "index.js"})");
        write(m_dir.path() + u"/nodelib/index.js"_s, "exports.greet = () => 'hello from nodelib';\n");
        write(m_project + u"/node/package.json"_s,
              R"({"name": "nodefn", "version": "1.0.0", "dependencies": {"nodelib": "file:../../nodelib"}})");
        write(m_project + u"/node/app.js"_s,
              "const lib = require('nodelib');\nexports.handler = async () => ({greeting: lib.greet()});\n");
        write(m_project + u"/bundle/package.json"_s,
              R"({"name": "bundlefn", "version": "1.0.0", "dependencies": {"nodelib": "file:../../nodelib"}})");
        write(m_project + u"/bundle/app.js"_s,
              "const lib = require('nodelib');\nexports.handler = async () => ({bundled: lib.greet()});\n");

        write(m_project + u"/make/app.py"_s,
              "import made\ndef handler(event, context):\n    return {'made': made.VALUE}\n");
        write(m_project + u"/make/Makefile"_s,
              "build-MakeFunction:\n\tcp app.py $(ARTIFACTS_DIR)/\n\techo 'VALUE = \"made by make\"' > "
              "$(ARTIFACTS_DIR)/made.py\n");

        EngineSettings settings;
        settings.backend = qEnvironmentVariable("BULLPEN_TEST_BACKEND", u"oci"_s);
        settings.cacheDirectory = m_engineCache.path();
        QString error;
        m_invoker = Invoker::create(settings, &error);
        if (!m_invoker)
            qWarning("no engine, builds are tested without invocations: %s", qPrintable(error));
    }

    void cleanupTestCase()
    {
        if (m_invoker) {
            QSignalSpy down(m_invoker.get(), &Invoker::shutdownFinished);
            m_invoker->shutdown();
            down.wait(30000);
        }
    }

    void pythonWithALocalWheel()
    {
        ProjectBuilder builder(templatePath(), options());
        QCOMPARE(build(builder, { u"PyFunction"_s }), QString());
        QCOMPARE(builder.rebuiltCount(), 1);
        QCOMPARE(builder.dependencyInstallCount(), 1);
        const QString built = m_project + u"/.aws-sam/build/PyFunction"_s;
        QVERIFY(QFileInfo::exists(built + u"/greetlib/__init__.py"_s));
        QVERIFY(QFileInfo::exists(built + u"/app.py"_s));
        // SAM's layout: the built template names the build folder.
        const auto builtTemplate = SamTemplate::load(m_project + u"/.aws-sam/build/template.yaml"_s, nullptr);
        QVERIFY(builtTemplate);
        QCOMPARE(builtTemplate->function(u"PyFunction"_s)->codeDirectory, built);
        if (!m_invoker)
            QSKIP("no container backend to invoke with");
        const QByteArray payload = invoke(u"PyFunction"_s);
        QVERIFY2(payload.contains("hello from greetlib") && payload.contains("v1"), payload.constData());
    }

    void unchangedInputsAreNotRebuilt()
    {
        const QString marker = m_project + u"/.aws-sam/build/PyFunction/app.py"_s;
        const QDateTime before = QFileInfo(marker).lastModified();
        ProjectBuilder builder(templatePath(), options());
        QCOMPARE(build(builder, { u"PyFunction"_s }), QString());
        QCOMPARE(builder.rebuiltCount(), 0);
        QCOMPARE(builder.upToDateCount(), 1);
        QCOMPARE(builder.dependencyInstallCount(), 0);
        QCOMPARE(QFileInfo(marker).lastModified(), before);
    }

    void codeOnlyChangeReusesTheDependencies()
    {
        write(
            m_project + u"/py/app.py"_s,
            "import greetlib\ndef handler(event, context):\n    return {'greeting': greetlib.greet(), 'code': 'v2'}\n");
        ProjectBuilder builder(templatePath(), options());
        QCOMPARE(build(builder, { u"PyFunction"_s }), QString());
        QCOMPARE(builder.rebuiltCount(), 1);
        QCOMPARE(builder.dependencyInstallCount(), 0);
        // Hard links into the cache: no copy of the dependencies either.
        const auto links = std::filesystem::hard_link_count(
            QString(m_project + u"/.aws-sam/build/PyFunction/greetlib/__init__.py"_s).toStdString());
        QVERIFY(links >= 2);
        if (!m_invoker)
            QSKIP("no container backend to invoke with");
        const QByteArray payload = invoke(u"PyFunction"_s);
        QVERIFY2(payload.contains("v2"), payload.constData());
    }

    void changedManifestReinstalls()
    {
        write(m_project + u"/py/requirements.txt"_s, "# pinned\n" + m_wheel.toUtf8() + '\n');
        ProjectBuilder builder(templatePath(), options());
        QCOMPARE(build(builder, { u"PyFunction"_s }), QString());
        QCOMPARE(builder.rebuiltCount(), 1);
        QCOMPARE(builder.dependencyInstallCount(), 1);
    }

    void brokenRequirementKeepsTheLastGoodBuild()
    {
        write(m_project + u"/py/requirements.txt"_s, "bullpen-no-such-package==9.9\n");
        ProjectBuilder builder(templatePath(), options());
        const QString error = build(builder, { u"PyFunction"_s });
        QVERIFY2(error.contains(u"pip install failed"_s), qPrintable(error));
        // pip's own words.
        QVERIFY2(error.contains(u"No matching distribution found for bullpen-no-such-package"_s), qPrintable(error));
        QVERIFY2(error.contains(u"network access"_s), qPrintable(error));
        QVERIFY(QFileInfo::exists(m_project + u"/.aws-sam/build/PyFunction/greetlib/__init__.py"_s));
        QVERIFY(!QFileInfo::exists(m_project + u"/.aws-sam/build/.staging/PyFunction"_s));
        write(m_project + u"/py/requirements.txt"_s, "# pinned\n" + m_wheel.toUtf8() + '\n');
        ProjectBuilder again(templatePath(), options());
        QCOMPARE(build(again, { u"PyFunction"_s }), QString());
        // The manifest is the one cached before the failure: no reinstall.
        QCOMPARE(again.dependencyInstallCount(), 0);
    }

    void nodeWithAFileDependency()
    {
        if (QStandardPaths::findExecutable(u"npm"_s).isEmpty())
            QSKIP("npm is not installed (installer/devroot-packages.txt has it)");
        ProjectBuilder builder(templatePath(), options());
        QCOMPARE(build(builder, { u"NodeFunction"_s }), QString());
        const QString lib = m_project + u"/.aws-sam/build/NodeFunction/node_modules/nodelib/index.js"_s;
        QVERIFY(QFileInfo::exists(lib));
        QVERIFY(!QFileInfo(m_project + u"/.aws-sam/build/NodeFunction/node_modules/nodelib"_s).isSymLink());
        if (!m_invoker)
            QSKIP("no container backend to invoke with");
        const QByteArray payload = invoke(u"NodeFunction"_s);
        QVERIFY2(payload.contains("hello from nodelib"), payload.constData());
    }

    void makefileBuild()
    {
        ProjectBuilder builder(templatePath(), options());
        QCOMPARE(build(builder, { u"MakeFunction"_s }), QString());
        QVERIFY(QFileInfo::exists(m_project + u"/.aws-sam/build/MakeFunction/made.py"_s));
        QVERIFY(!QFileInfo::exists(m_project + u"/.aws-sam/build/MakeFunction/Makefile"_s));
        if (!m_invoker)
            QSKIP("no container backend to invoke with");
        const QByteArray payload = invoke(u"MakeFunction"_s);
        QVERIFY2(payload.contains("made by make"), payload.constData());
    }

    void esbuildBundle()
    {
        ProjectBuilder builder(templatePath(), options());
        const QString error = build(builder, { u"BundleFunction"_s });
        if (QStandardPaths::findExecutable(u"esbuild"_s).isEmpty()) {
            QVERIFY2(error.contains(u"needs esbuild, which is not installed"_s), qPrintable(error));
            return;
        }
        QCOMPARE(error, QString());
        const QString bundle = m_project + u"/.aws-sam/build/BundleFunction/app.js"_s;
        QVERIFY2(read(bundle).contains("hello from nodelib"), read(bundle).constData());
        QVERIFY(!QFileInfo::exists(m_project + u"/.aws-sam/build/BundleFunction/node_modules"_s));
        if (!m_invoker)
            QSKIP("no container backend to invoke with");
        const QByteArray payload = invoke(u"BundleFunction"_s);
        QVERIFY2(payload.contains("hello from nodelib"), payload.constData());
    }

    void layerInOptLayout()
    {
        ProjectBuilder builder(templatePath(), options());
        QCOMPARE(build(builder, { u"DepsLayer"_s }), QString());
        const QString layer = m_project + u"/.aws-sam/build/DepsLayer"_s;
        QVERIFY(QFileInfo::exists(layer + u"/python/greetlib/__init__.py"_s));
        QVERIFY(QFileInfo::exists(layer + u"/python/layerinfo.py"_s));
        // The same manifest as the function's: one install served both.
        QCOMPARE(builder.dependencyInstallCount(), 0);
        const QByteArray built = read(m_project + u"/.aws-sam/build/template.yaml"_s);
        QVERIFY2(built.contains("ContentUri: DepsLayer"), built.constData());
    }

    // A function's layer with a BuildMethod runs as built (.aws-sam/build/DepsLayer
    // under /opt, with its dependencies), as sam does: the layer's sources
    // alone have no greetlib.
    void functionRunsItsBuiltLayer()
    {
        if (!m_invoker)
            QSKIP("no container backend to invoke with");
        const QByteArray payload = invoke(u"LayerUserFunction"_s);
        QVERIFY2(payload.contains("hello from greetlib") && payload.contains("deps layer"), payload.constData());
    }

    void samBuildOutputRuns()
    {
        // `sam build`'s output as committed; copied so its times can be set.
        const QString copy = m_dir.path() + u"/samproject"_s;
        std::filesystem::copy(BULLPEN_TEST_DATA_DIR "/data/samproject", copy.toStdString(),
                              std::filesystem::copy_options::recursive);
        const QString tpl = copy + u"/template.yaml"_s;
        const QString builtTemplate = copy + u"/.aws-sam/build/template.yaml"_s;
        const QDateTime old = QDateTime::currentDateTime().addSecs(-3600);
        for (const QString &source :
             QStringList { tpl, copy + u"/hello_world/app.py"_s, copy + u"/hello_world/requirements.txt"_s }) {
            QFile f(source);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(old, QFileDevice::FileModificationTime));
        }
        const auto sam = SamTemplate::load(tpl, nullptr);
        QVERIFY(sam);
        const FunctionConfig f = *sam->function(u"HelloWorldFunction"_s);
        QCOMPARE(withBuiltCode(f, tpl).codeDirectory, copy + u"/.aws-sam/build/HelloWorldFunction"_s);
        // A source edited after the build runs from the sources again.
        QFile app(copy + u"/hello_world/app.py"_s);
        QVERIFY(app.open(QIODevice::ReadWrite));
        QVERIFY(app.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
        app.close();
        QCOMPARE(withBuiltCode(f, tpl).codeDirectory, f.codeDirectory);
        QVERIFY(app.open(QIODevice::ReadWrite));
        QVERIFY(app.setFileTime(old, QFileDevice::FileModificationTime));
        app.close();
        if (!m_invoker)
            QSKIP("no container backend to invoke with");
        FunctionPreparer preparer(options());
        QSignalSpy ready(&preparer, &FunctionPreparer::ready);
        preparer.prepare(f, tpl);
        QVERIFY(ready.wait(10000));
        const FunctionConfig run = ready.first().first().value<FunctionConfig>();
        Invocation *invocation = m_invoker->invoke(run, "{}");
        QSignalSpy finished(invocation, &Invocation::finished);
        QVERIFY(finished.wait(120000));
        const InvocationResult r = finished.first().first().value<InvocationResult>();
        QVERIFY2(r.payload.contains("hello from sam build"), r.payload.constData());
        Q_UNUSED(builtTemplate);
    }
};

QTEST_GUILESS_MAIN(TestProjectBuilder)
#include "tst_projectbuilder.moc"
