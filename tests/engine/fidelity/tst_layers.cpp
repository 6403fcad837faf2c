// SPDX-License-Identifier: MIT
// Layers as Lambda applies them: a function's layers merged under /opt in
// their order (a later layer's file replaces an earlier one's), read-only,
// with Lambda's search paths (PYTHONPATH, NODE_PATH, PATH, LD_LIBRARY_PATH);
// a layer's content is part of the function's identity. Real containers (the
// OCI backend) and plain processes, real Python and Node.js runtimes.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "engine/core/clock.h"
#include "engine/invocation/invocation.h"
#include "engine/pool/warmpool.h"
#include "engine/project/samtemplate.h"
#include "engine/sandbox/containerbackend.h"

#include "tests/support/ciskip.h"

using namespace Bullpen;

namespace {

void writeFile(const QString &path, const QByteArray &content, bool executable = false)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    f.write(content);
    f.close();
    if (executable)
        f.setPermissions(f.permissions() | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
}

QString describe(const InvocationResult &r)
{
    return QStringLiteral("engineError=%1 errorType=%2 payload=%3 logs:\n%4")
        .arg(r.engineError, r.errorType, QString::fromUtf8(r.payload.left(2000)), r.logs.join(u'\n'));
}

const QByteArray PythonHandler = R"PY(
import json, os, subprocess, sys

def handler(event, context):
    import shared, deep
    try:
        open("/opt/written-by-function", "w").write("x")
        opt_writable = True
    except OSError:
        opt_writable = False
    tool = subprocess.run(["layer-tool"], capture_output=True, text=True).stdout.strip()
    return {
        "shared": shared.VALUE,
        "deep": deep.VALUE,
        "tool": tool,
        "optWritable": opt_writable,
        "pythonPath": os.environ.get("PYTHONPATH", ""),
        "ldLibraryPath": os.environ.get("LD_LIBRARY_PATH", ""),
        "path": os.environ.get("PATH", ""),
        "sysPath0": sys.path[0],
    }
)PY";

const QByteArray NodeHandler = R"JS(
exports.handler = async () => {
  const m = require('layermod');
  const v = require('versioned');
  return { layermod: m.value, versioned: v.value, nodePath: process.env.NODE_PATH };
};
)JS";

} // namespace

class TestLayers : public QObject
{
    Q_OBJECT

    QString m_backendName;
    ContainerBackend *m_backend = nullptr;
    SystemClock *m_clock = nullptr;
    WarmPool *m_pool = nullptr;
    QTemporaryDir m_dir;
    QString m_project;

    InvocationResult invoke(const FunctionConfig &f, const QByteArray &payload = "{}")
    {
        Invocation *inv = m_pool->invoke(f, payload);
        QSignalSpy spy(inv, &Invocation::finished);
        if (!spy.wait(60000)) {
            InvocationResult timedOut;
            timedOut.outcome = InvocationOutcome::EngineError;
            timedOut.engineError = QStringLiteral("the test gave up waiting");
            return timedOut;
        }
        return spy.first().first().value<InvocationResult>();
    }

    // A project: a Python function with two layers (Globals' first) and a
    // Node.js function with one; the template is the one users write.
    void makeProject()
    {
        m_project = m_dir.filePath(QStringLiteral("project"));
        QDir(m_project).removeRecursively();
        writeFile(m_project + QStringLiteral("/template.yaml"), R"(
Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Timeout: 10
    Layers:
      - !Ref BaseLayer
Resources:
  BaseLayer:
    Type: AWS::Serverless::LayerVersion
    Properties:
      ContentUri: layers/base/
      CompatibleRuntimes: [python3.12, nodejs20.x]
  OverrideLayer:
    Type: AWS::Lambda::LayerVersion
    Properties:
      Content: layers/override
  NodeLayer:
    Type: AWS::Serverless::LayerVersion
    Properties:
      ContentUri: layers/node.zip
  PyFunction:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: src/py
      Handler: app.handler
      Runtime: python3.12
      Layers:
        - !Ref OverrideLayer
  NodeFunction:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: src/node
      Handler: index.handler
      Runtime: nodejs20.x
      Layers:
        - !Ref NodeLayer
)");
        writeFile(m_project + QStringLiteral("/src/py/app.py"), PythonHandler);
        writeFile(m_project + QStringLiteral("/src/node/index.js"), NodeHandler);
        const QString base = m_project + QStringLiteral("/layers/base");
        writeFile(base + QStringLiteral("/python/shared.py"), "VALUE = 'base'\n");
        writeFile(base + QStringLiteral("/python/lib/python3.12/site-packages/deep.py"), "VALUE = 'site-packages'\n");
        writeFile(base + QStringLiteral("/bin/layer-tool"), "#!/bin/sh\necho tool-from-base\n", true);
        writeFile(base + QStringLiteral("/nodejs/node_modules/versioned/index.js"), "exports.value = 'generic';\n");
        // The later layer replaces shared.py and the tool; deep.py stays the base's.
        const QString override = m_project + QStringLiteral("/layers/override");
        writeFile(override + QStringLiteral("/python/shared.py"), "VALUE = 'override'\n");
        writeFile(override + QStringLiteral("/bin/layer-tool"), "#!/bin/sh\necho tool-from-override\n", true);
        // A layer as a .zip, with Node's version-specific folder (first on NODE_PATH).
        const QString nodeSource = m_dir.filePath(QStringLiteral("nodesource"));
        writeFile(nodeSource + QStringLiteral("/nodejs/node_modules/layermod/index.js"), "exports.value = 'zipped';\n");
        writeFile(nodeSource + QStringLiteral("/nodejs/node20/node_modules/versioned/index.js"),
                  "exports.value = 'node20';\n");
        QProcess zip;
        zip.setWorkingDirectory(nodeSource);
        zip.start(QStringLiteral("python3"),
                  { QStringLiteral("-c"),
                    QStringLiteral("import shutil,sys; shutil.make_archive(sys.argv[1], 'zip', '.')"),
                    m_project + QStringLiteral("/layers/node") });
        QVERIFY(zip.waitForFinished(30000));
        QCOMPARE(zip.exitCode(), 0);
    }

    FunctionConfig function(const QString &id)
    {
        ProjectError error;
        const auto sam = SamTemplate::load(m_project, &error);
        if (!sam)
            qWarning() << error.toString();
        const auto f = sam ? sam->function(id, &error) : std::nullopt;
        if (!f)
            qWarning() << error.toString();
        return f.value_or(FunctionConfig());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_backendName = qEnvironmentVariable("BULLPEN_TEST_BACKEND", QStringLiteral("oci"));
        QString error;
        m_backend = createBackend(m_backendName, &error, this);
        if (!m_backend)
            BULLPEN_SKIP_UNLESS_CI(QStringLiteral("no container backend here: ") + error);
    }

    void init()
    {
        makeProject();
        m_clock = new SystemClock(1.0, this);
        m_pool = new WarmPool(m_backend, m_clock, m_clock, m_dir.filePath(QStringLiteral("cache")), this);
    }

    void cleanup()
    {
        delete m_pool;
        m_pool = nullptr;
        delete m_clock;
        m_clock = nullptr;
    }

    void template_resolvesLayersInLambdasOrder()
    {
        const FunctionConfig f = function(QStringLiteral("PyFunction"));
        QCOMPARE(f.layers, (QStringList { QStringLiteral("BaseLayer"), QStringLiteral("OverrideLayer") }));
        QCOMPARE(f.layerVersions.size(), 2);
        QCOMPARE(f.layerVersions.at(0).contentPath, QDir::cleanPath(m_project + QStringLiteral("/layers/base")));
        QCOMPARE(f.layerVersions.at(0).compatibleRuntimes,
                 (QStringList { QStringLiteral("python3.12"), QStringLiteral("nodejs20.x") }));
        QCOMPARE(f.layerVersions.at(1).contentUri, QStringLiteral("layers/override"));
    }

    // Python: /opt/python and its site-packages on the path, the later
    // layer's file wins, /opt/bin on PATH, /opt read-only.
    void python_layersMergedUnderOpt()
    {
        const FunctionConfig f = function(QStringLiteral("PyFunction"));
        QVERIFY(!f.logicalId.isEmpty());
        const InvocationResult r = invoke(f);
        QVERIFY2(r.succeeded(), qPrintable(describe(r)));
        const QJsonObject p = QJsonDocument::fromJson(r.payload).object();
        QCOMPARE(p[u"shared"].toString(), QStringLiteral("override"));
        QCOMPARE(p[u"deep"].toString(), QStringLiteral("site-packages"));
        QCOMPARE(p[u"tool"].toString(), QStringLiteral("tool-from-override"));
        QCOMPARE(p[u"sysPath0"].toString(),
                 m_backendName == u"process" ? f.codeDirectory : QStringLiteral("/var/task"));
        if (m_backendName == u"process") {
            // No /opt of its own: the paths name the merged folder.
            QVERIFY2(!p[u"pythonPath"].toString().contains(QStringLiteral(":/opt/")),
                     qPrintable(p[u"pythonPath"].toString()));
            QVERIFY2(p[u"pythonPath"].toString().contains(QStringLiteral("/python/lib/python3.12/site-packages")),
                     qPrintable(p[u"pythonPath"].toString()));
        } else {
            QVERIFY2(p[u"pythonPath"].toString().contains(
                         QStringLiteral("/opt/python/lib/python3.12/site-packages:/opt/python")),
                     qPrintable(p[u"pythonPath"].toString()));
            QVERIFY2(p[u"path"].toString().endsWith(QStringLiteral(":/opt/bin")), qPrintable(p[u"path"].toString()));
            QVERIFY2(p[u"ldLibraryPath"].toString().endsWith(QStringLiteral(":/opt/lib")),
                     qPrintable(p[u"ldLibraryPath"].toString()));
            QCOMPARE(p[u"optWritable"].toBool(), false);
        }
    }

    // Node.js: a .zip layer, NODE_PATH with /opt/nodejs/node20/node_modules first.
    void node_zipLayerAndVersionedPath()
    {
        const FunctionConfig f = function(QStringLiteral("NodeFunction"));
        QVERIFY(!f.logicalId.isEmpty());
        const InvocationResult r = invoke(f);
        QVERIFY2(r.succeeded(), qPrintable(describe(r)));
        const QJsonObject p = QJsonDocument::fromJson(r.payload).object();
        QCOMPARE(p[u"layermod"].toString(), QStringLiteral("zipped"));
        QCOMPARE(p[u"versioned"].toString(), QStringLiteral("node20"));
        if (m_backendName != u"process")
            QVERIFY2(p[u"nodePath"].toString().startsWith(
                         QStringLiteral("/opt/nodejs/node20/node_modules:/opt/nodejs/node_modules:")),
                     qPrintable(p[u"nodePath"].toString()));
    }

    // A changed layer is a new deployment: fresh instances, the new content.
    void changedLayerGivesFreshInstances()
    {
        FunctionConfig f = function(QStringLiteral("PyFunction"));
        const InvocationResult first = invoke(f);
        QVERIFY2(first.succeeded(), qPrintable(describe(first)));
        const InvocationResult warm = invoke(f);
        QVERIFY2(warm.succeeded(), qPrintable(describe(warm)));
        QCOMPARE(warm.instanceId, first.instanceId);
        QVERIFY(!warm.coldStart);

        writeFile(m_project + QStringLiteral("/layers/override/python/shared.py"), "VALUE = 'changed'\n");
        f = function(QStringLiteral("PyFunction")); // the same configuration: only the content changed
        const InvocationResult changed = invoke(f);
        QVERIFY2(changed.succeeded(), qPrintable(describe(changed)));
        QVERIFY(changed.coldStart);
        QVERIFY(changed.instanceId != first.instanceId);
        QCOMPARE(QJsonDocument::fromJson(changed.payload).object()[u"shared"].toString(), QStringLiteral("changed"));
    }

    // A layer whose content went away after the template was read: a clear error, no instance.
    void missingLayerContentIsAnError()
    {
        FunctionConfig f = function(QStringLiteral("PyFunction"));
        QDir(m_project + QStringLiteral("/layers/override")).removeRecursively();
        const InvocationResult r = invoke(f);
        QCOMPARE(r.outcome, InvocationOutcome::EngineError);
        QVERIFY2(r.engineError.contains(QStringLiteral("OverrideLayer")), qPrintable(r.engineError));
    }
};

QTEST_GUILESS_MAIN(TestLayers)
#include "tst_layers.moc"
