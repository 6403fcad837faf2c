// SPDX-License-Identifier: MIT
// `bullpen build` with the real tools and no registry, pip, npm and make
// running in the function's sandbox shape (a runc container of its runtime
// image, or the Docker backend's when BULLPEN_TEST_BACKEND=docker): a Python
// function whose requirements.txt names a wheel the test builds, one that
// names a local package folder by path (a change inside it is seen), a
// Node.js function with a file: dependency (with and without a lock file), a
// makefile build that reports what its sandbox lets it see, an esbuild bundle,
// a Python layer in /opt's layout, the process backend's host build, and a
// project built by `sam build` (a committed fixture). Each built function is
// invoked through the pool. Counters prove what was rebuilt and what was
// installed; a broken requirement fails with pip's own message and leaves the
// last good build in place.
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "engine/build/buildfiles.h"
#include "engine/build/functionpreparer.h"
#include "engine/build/projectbuilder.h"
#include "engine/invocation/invocation.h"
#include "engine/invoke/invoker.h"
#include "engine/project/samtemplate.h"
#include "tests/support/ciskip.h"

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
  PathFunction:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: pathfn/
      Handler: app.handler
      Runtime: python3.12
  NodeLockFunction:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: nodelock/
      Handler: app.handler
      Runtime: nodejs20.x
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
    QString m_pipConfig = m_dir.path() + u"/pip.conf"_s;
    std::unique_ptr<Invoker> m_invoker;
    QTemporaryDir m_engineCache;
    int m_revision = 0;

    QString templatePath() const { return m_project + u"/template.yaml"_s; }

    // Builds; returns the builder's error ("" on success), its log lines in *log.
    QString build(ProjectBuilder &builder, const QStringList &ids = {}, QStringList *log = nullptr)
    {
        if (log)
            connect(&builder, &ProjectBuilder::logLine, this, [log](const QString &, const QString &line) { *log << line; });
        QSignalSpy done(&builder, &ProjectBuilder::finished);
        QString error;
        if (!builder.start(ids, &error))
            return error;
        if (!done.wait(300000))
            return u"the test gave up waiting for the build"_s;
        return done.first().first().toBool() ? QString() : builder.errorString();
    }

    QString backend() const { return qEnvironmentVariable("BULLPEN_TEST_BACKEND", u"oci"_s); }

    BuildOptions options() const
    {
        BuildOptions o;
        o.backend = backend();
        o.dependencyCache = m_cache;
        // No registry here: pip must not wait on one.
        o.environment.insert(u"PIP_NO_INDEX"_s, u"1"_s);
        o.environment.insert(u"npm_config_offline"_s, u"true"_s);
        return o;
    }

    QByteArray invoke(const QString &logicalId) { return invoke(logicalId, options()); }

    QByteArray invoke(const QString &logicalId, const BuildOptions &buildOptions)
    {
        if (!m_invoker)
            return "no engine";
        ProjectError error;
        const auto sam = SamTemplate::load(templatePath(), &error);
        if (!sam)
            return error.toString().toUtf8();
        FunctionPreparer preparer(buildOptions);
        QSignalSpy ready(&preparer, &FunctionPreparer::ready);
        QSignalSpy failed(&preparer, &FunctionPreparer::failed);
        QEventLoop loop;
        connect(&preparer, &FunctionPreparer::ready, &loop, &QEventLoop::quit);
        connect(&preparer, &FunctionPreparer::failed, &loop, &QEventLoop::quit);
        QTimer::singleShot(300000, &loop, &QEventLoop::quit);
        preparer.prepare(*sam->function(logicalId), templatePath());
        loop.exec();
        if (ready.isEmpty())
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
            BULLPEN_SKIP_UNLESS_CI(u"python3 is not installed (the test builds its wheel with it)"_s);
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

        // A local package by path (a folder with setup.py): pip builds it in
        // the sandbox with the image's setuptools, told by the pip.conf the
        // build is given explicitly (no index, no build isolation: offline).
        write(m_dir.path() + u"/pathpkg/setup.py"_s,
              "from setuptools import setup\nsetup(name='pathpkg', version='1.0', packages=['pathpkg'])\n");
        write(m_dir.path() + u"/pathpkg/pathpkg/__init__.py"_s, "VALUE = 'path package v1'\n");
        write(m_project + u"/pathfn/requirements.txt"_s, "../../pathpkg\n");
        write(m_project + u"/pathfn/app.py"_s,
              "import pathpkg\ndef handler(event, context):\n    return {'value': pathpkg.VALUE}\n");
        write(m_pipConfig, "[global]\nno-index = true\n[install]\n# pip's inverted switch: false turns build "
                           "isolation off\nno-build-isolation = false\n");

        write(m_dir.path() + u"/nodelib/package.json"_s,
              R"({"name": "nodelib", "version": "1.0.0", "main": "index.js"})");
        write(m_dir.path() + u"/nodelib/index.js"_s, "exports.greet = () => 'hello from nodelib';\n");
        write(m_project + u"/node/package.json"_s,
              R"({"name": "nodefn", "version": "1.0.0", "dependencies": {"nodelib": "file:../../nodelib"}})");
        write(m_project + u"/node/app.js"_s,
              "const lib = require('nodelib');\nexports.handler = async () => ({greeting: lib.greet()});\n");
        write(m_project + u"/nodelock/package.json"_s,
              R"({"name": "nodelockfn", "version": "1.0.0", "dependencies": {"nodelib": "file:../../nodelib"}})");
        write(m_project + u"/nodelock/app.js"_s,
              "const lib = require('nodelib');\nexports.handler = async () => ({locked: lib.greet()});\n");
        write(m_project + u"/bundle/package.json"_s,
              R"({"name": "bundlefn", "version": "1.0.0", "dependencies": {"nodelib": "file:../../nodelib"}})");
        write(m_project + u"/bundle/app.js"_s,
              "const lib = require('nodelib');\nexports.handler = async () => ({bundled: lib.greet()});\n");

        write(m_project + u"/make/app.py"_s,
              "import made\ndef handler(event, context):\n    return {'made': made.VALUE}\n");
        // The Makefile reports what its sandbox lets it see: the runtime
        // image's root (its /lambda-entrypoint.sh), a read-only source folder,
        // and nothing of the host that no mount names (a file beside the project).
        write(m_dir.path() + u"/outside/secret.txt"_s, "not for the build\n");
        write(m_project + u"/make/Makefile"_s,
              "build-MakeFunction:\n\tcp app.py $(ARTIFACTS_DIR)/\n\techo 'VALUE = \"made by make\"' > "
              "$(ARTIFACTS_DIR)/made.py\n"
              "\tif test -e /lambda-entrypoint.sh; then echo 'IMAGE = True'; else echo 'IMAGE = False'; fi >> "
              "$(ARTIFACTS_DIR)/made.py\n"
              "\tif touch probe 2>/dev/null; then rm -f probe; echo 'SOURCE_WRITABLE = True'; else echo "
              "'SOURCE_WRITABLE = False'; fi >> $(ARTIFACTS_DIR)/made.py\n"
              "\tif test -e "
              + m_dir.path().toUtf8()
              + "/outside/secret.txt; then echo 'SEES_HOST = True'; else echo 'SEES_HOST = False'; fi >> "
                "$(ARTIFACTS_DIR)/made.py\n");

        EngineSettings settings;
        settings.backend = backend();
        settings.cacheDirectory = m_engineCache.path();
        QString error;
        m_invoker = Invoker::create(settings, &error);
        if (!m_invoker)
            BULLPEN_SKIP_UNLESS_CI(u"no %1 backend to build and invoke with: %2"_s.arg(backend(), error));
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
        QStringList log;
        QCOMPARE(build(builder, { u"PyFunction"_s }, &log), QString());
        QCOMPARE(builder.rebuiltCount(), 1);
        QCOMPARE(builder.dependencyInstallCount(), 1);
        // pip of the python build image, in a container of the test's backend.
        const QString text = log.join(u'\n');
        QVERIFY2(text.contains(u"$ python3 -m pip install"_s) && text.contains(u"container of the python-build image"_s),
                 qPrintable(text));
        const QString built = m_project + u"/.aws-sam/build/PyFunction"_s;
        QVERIFY(QFileInfo::exists(built + u"/greetlib/__init__.py"_s));
        QVERIFY(QFileInfo::exists(built + u"/app.py"_s));
        // SAM's layout: the built template names the build folder.
        const auto builtTemplate = SamTemplate::load(m_project + u"/.aws-sam/build/template.yaml"_s, nullptr);
        QVERIFY(builtTemplate);
        QCOMPARE(builtTemplate->function(u"PyFunction"_s)->codeDirectory, built);
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
        const QByteArray payload = invoke(u"PyFunction"_s);
        QVERIFY2(payload.contains("v2"), payload.constData());
    }

    void changedManifestReinstalls()
    {
        write(m_project + u"/py/requirements.txt"_s, "# pinned\n" + m_wheel.toUtf8() + '\n');
        ProjectBuilder builder(templatePath(), options());
        QStringList log;
        QCOMPARE(build(builder, { u"PyFunction"_s }, &log), QString());
        QCOMPARE(builder.rebuiltCount(), 1);
        QCOMPARE(builder.dependencyInstallCount(), 1);
        // pip of the python build image, in a container of the test's backend.
        const QString text = log.join(u'\n');
        QVERIFY2(text.contains(u"$ python3 -m pip install"_s) && text.contains(u"container of the python-build image"_s),
                 qPrintable(text));
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
        ProjectBuilder builder(templatePath(), options());
        QStringList log;
        QCOMPARE(build(builder, { u"NodeFunction"_s }, &log), QString());
        // npm of the nodejs image, without a lock file: npm install.
        QVERIFY2(log.join(u'\n').contains(u"$ npm install"_s), qPrintable(log.join(u'\n')));
        const QString lib = m_project + u"/.aws-sam/build/NodeFunction/node_modules/nodelib/index.js"_s;
        QVERIFY(QFileInfo::exists(lib));
        QVERIFY(!QFileInfo(m_project + u"/.aws-sam/build/NodeFunction/node_modules/nodelib"_s).isSymLink());
        const QByteArray payload = invoke(u"NodeFunction"_s);
        QVERIFY2(payload.contains("hello from nodelib"), payload.constData());
    }

    // A relative file: dependency with a lock file: npm ci, with the lock
    // file as it is (the install runs where the function's folder is).
    void nodeLockFileWithARelativeFileDependency()
    {
        if (QStandardPaths::findExecutable(u"npm"_s).isEmpty())
            BULLPEN_SKIP_UNLESS_CI(u"npm is not installed here to write the test's lock file "
                                   "(installer/devroot-packages.txt has it)"_s);
        QProcess npm;
        npm.setWorkingDirectory(m_project + u"/nodelock"_s);
        npm.setProcessChannelMode(QProcess::MergedChannels);
        npm.start(u"npm"_s, { u"install"_s, u"--package-lock-only"_s, u"--install-links"_s, u"--offline"_s,
                              u"--no-audit"_s, u"--no-fund"_s, u"--cache"_s, m_dir.path() + u"/npmcache"_s });
        QVERIFY(npm.waitForFinished(120000));
        QVERIFY2(npm.exitCode() == 0, npm.readAll().constData());
        const QByteArray lock = read(m_project + u"/nodelock/package-lock.json"_s);
        QVERIFY2(lock.contains("../../nodelib"), lock.constData());

        ProjectBuilder builder(templatePath(), options());
        QStringList log;
        QCOMPARE(build(builder, { u"NodeLockFunction"_s }, &log), QString());
        QVERIFY2(log.join(u'\n').contains(u"$ npm ci"_s), qPrintable(log.join(u'\n')));
        const QString lib = m_project + u"/.aws-sam/build/NodeLockFunction/node_modules/nodelib"_s;
        QVERIFY(QFileInfo::exists(lib + u"/index.js"_s));
        QVERIFY(!QFileInfo(lib).isSymLink());
        // The source folder is as it was: the install ran in a copy in its place.
        QVERIFY(!QFileInfo::exists(m_project + u"/nodelock/node_modules"_s));
        QCOMPARE(read(m_project + u"/nodelock/package-lock.json"_s), lock);
        const QByteArray payload = invoke(u"NodeLockFunction"_s);
        QVERIFY2(payload.contains("hello from nodelib"), payload.constData());
    }

    void makefileBuild()
    {
        ProjectBuilder builder(templatePath(), options());
        QCOMPARE(build(builder, { u"MakeFunction"_s }), QString());
        const QByteArray made = read(m_project + u"/.aws-sam/build/MakeFunction/made.py"_s);
        QVERIFY(!QFileInfo::exists(m_project + u"/.aws-sam/build/MakeFunction/Makefile"_s));
        // The sandbox shape: the runtime image's root, the source read-only,
        // nothing of the host beyond the mounts.
        QVERIFY2(made.contains("IMAGE = True"), made.constData());
        QVERIFY2(made.contains("SOURCE_WRITABLE = False"), made.constData());
        QVERIFY2(made.contains("SEES_HOST = False"), made.constData());
        const QByteArray payload = invoke(u"MakeFunction"_s);
        QVERIFY2(payload.contains("made by make"), payload.constData());
    }

    // A package requirements.txt names by path: a change inside it installs
    // again (its files are part of the dependency hash); pip's own outputs in
    // its folder (build/, *.egg-info) are not, so an unchanged one does not.
    void pathPackageChangeIsSeen()
    {
        BuildOptions o = options();
        o.pipConfigFile = m_pipConfig; // by file, bound read-only into the sandbox
        o.environment.remove(u"PIP_NO_INDEX"_s);
        ProjectBuilder first(templatePath(), o);
        QCOMPARE(build(first, { u"PathFunction"_s }), QString());
        QCOMPARE(first.dependencyInstallCount(), 1);
        QByteArray payload = invoke(u"PathFunction"_s, o);
        QVERIFY2(payload.contains("path package v1"), payload.constData());

        ProjectBuilder same(templatePath(), o);
        QCOMPARE(build(same, { u"PathFunction"_s }), QString());
        QCOMPARE(same.rebuiltCount(), 0);
        QCOMPARE(same.dependencyInstallCount(), 0);

        write(m_dir.path() + u"/pathpkg/pathpkg/__init__.py"_s, "VALUE = 'path package v2'\n");
        ProjectBuilder changed(templatePath(), o);
        QCOMPARE(build(changed, { u"PathFunction"_s }), QString());
        QCOMPARE(changed.rebuiltCount(), 1);
        QCOMPARE(changed.dependencyInstallCount(), 1);
        payload = invoke(u"PathFunction"_s, o);
        QVERIFY2(payload.contains("path package v2"), payload.constData());
    }

    // The process backend's build: the host's tools, saying that it isolates nothing.
    void processBackendBuildsOnTheHost()
    {
        BuildOptions o = options();
        o.backend = u"process"_s;
        o.dependencyCache = m_dir.path() + u"/hostdeps"_s;
        const QString copy = m_dir.path() + u"/hostproject"_s;
        write(copy + u"/template.yaml"_s, Template);
        QString error;
        QVERIFY2(copyTree(m_project + u"/py"_s, copy + u"/py"_s, &error), qPrintable(error));
        ProjectBuilder builder(copy + u"/template.yaml"_s, o);
        QStringList log;
        QCOMPARE(build(builder, { u"PyFunction"_s }, &log), QString());
        QVERIFY2(log.join(u'\n').contains(u"process backend: isolates nothing"_s), qPrintable(log.join(u'\n')));
        QVERIFY(QFileInfo::exists(copy + u"/.aws-sam/build/PyFunction/greetlib/__init__.py"_s));
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
        const QByteArray payload = invoke(u"LayerUserFunction"_s);
        QVERIFY2(payload.contains("hello from greetlib") && payload.contains("deps layer"), payload.constData());
    }

    void samBuildOutputRuns()
    {
        // `sam build`'s output as committed; copied so its times can be set.
        const QString copy = m_dir.path() + u"/samproject"_s;
        QString error;
        QVERIFY2(copyTree(QStringLiteral(BULLPEN_TEST_DATA_DIR "/data/samproject"), copy, &error), qPrintable(error));
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
