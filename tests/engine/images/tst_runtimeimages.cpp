// SPDX-License-Identifier: MIT
// Bullpen's runtime images (engine/images), built for real with mmdebstrap and
// run with runc: their layout, the cache's rules (inputs hash, lock, partial
// builds, cancel), Bullpen's samples of every family on them through the
// pool, and the entrypoint's emulator on port 8080 when no Runtime API is set.
#include "engine/images/runtimeimagebuilder.h"
#include "engine/invoke/invoker.h"
#include "engine/project/samtemplate.h"
#include "engine/sandbox/ocibackend.h"
#include "engine/sandbox/ociconfig.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/ciskip.h"

#include <fcntl.h>
#include <memory>
#include <sys/file.h>
#include <unistd.h>

using namespace Bullpen;
using namespace Qt::StringLiterals;

class TestRuntimeImages : public QObject
{
    Q_OBJECT

private:
    QHash<QString, RuntimeImage> m_images;
    QTemporaryDir m_scratch { QDir::tempPath() + QStringLiteral("/bullpen-tst-images-XXXXXX") };

    // Builds (or finds) an image with a builder of this cache; empty on failure.
    static RuntimeImage buildIn(const QString &cache, const QString &runtime, QString *error, int timeoutMs)
    {
        RuntimeImageBuilder builder(cache, nullptr);
        QSignalSpy finished(&builder, &RuntimeImageBuilder::finished);
        QSignalSpy failed(&builder, &RuntimeImageBuilder::failed);
        connect(&builder, &RuntimeImageBuilder::progress, &builder,
                [](const QString &message, int percent) { qInfo("[%d%%] %s", percent, qPrintable(message)); });
        builder.build(runtime);
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, timeoutMs)) {
            *error = QStringLiteral("the %1 image was not built within %2 s").arg(runtime).arg(timeoutMs / 1000);
            return {};
        }
        if (!failed.isEmpty()) {
            *error = failed.first().first().toString();
            return {};
        }
        return finished.first().first().value<RuntimeImage>();
    }

    // Lists a tarball: "mode owner/group ... name" lines of tar -tv.
    static QStringList tarListing(const QString &tarball)
    {
        QProcess tar;
        tar.start(QStringLiteral("tar"), { QStringLiteral("-tvf"), tarball, QStringLiteral("--numeric-owner") });
        if (!tar.waitForFinished(60000))
            return {};
        return QString::fromUtf8(tar.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    }

    static void writeFile(const QString &path, const QByteArray &content, bool executable = false)
    {
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QFile::setPermissions(path,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                  | QFileDevice::ReadOther
                                  | (executable ? QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther
                                                : QFileDevice::Permissions()));
    }

    // A copy of a built image in another cache: its metadata, with the
    // tarball and the root linked (the caches may be on different mounts).
    static bool copyImage(const RuntimeImage &image, const QString &target)
    {
        const QString source = QFileInfo(image.rootfsDir).path();
        return QDir().mkpath(target)
            && QFile::copy(source + QStringLiteral("/image.json"), target + QStringLiteral("/image.json"))
            && QFile::link(image.tarballPath, target + QStringLiteral("/image.tar"))
            && QFile::link(image.rootfsDir, target + QStringLiteral("/rootfs"));
    }

    // Readable by the container's unprivileged user.
    static void openUp(const QString &dir)
    {
        QFile::setPermissions(dir,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                  | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                  | QFileDevice::ExeOther);
    }

    static FunctionConfig function(const QString &runtime, const QString &handler, const QString &code)
    {
        FunctionConfig f;
        f.logicalId = QStringLiteral("Image") + RuntimeImage::familyFor(runtime);
        f.functionName = f.logicalId;
        f.handler = handler;
        f.runtime = runtime;
        f.codeDirectory = code;
        f.memorySizeMb = 256;
        f.timeoutSeconds = 20;
        return f;
    }

    static InvocationResult invokeOnce(Invoker *invoker, const FunctionConfig &f, const QByteArray &payload)
    {
        Invocation *invocation = invoker->invoke(f, payload);
        QSignalSpy finished(invocation, &Invocation::finished);
        if (!finished.wait(120000) && finished.isEmpty())
            return {};
        return finished.first().first().value<InvocationResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        QString why;
        if (RuntimeImageBuilder::emulatorPath(&why).isEmpty())
            BULLPEN_SKIP_UNLESS_CI(why);
        if (QStandardPaths::findExecutable(QStringLiteral("mmdebstrap")).isEmpty())
            BULLPEN_SKIP_UNLESS_CI(
                QStringLiteral("mmdebstrap is not installed (it is in installer/devroot-packages.txt)"));
        // The shared cache: installer/dev test has built them already; if not,
        // this builds them (about a minute each), as the first invoke would.
        const QString cache = RuntimeImageBuilder::defaultCacheDirectory();
        qInfo("image cache %s", qPrintable(cache));
        for (const QString &family : RuntimeImage::families()) {
            QString error;
            const RuntimeImage image = buildIn(cache, family, &error, 20 * 60 * 1000);
            QVERIFY2(image.isValid(), qPrintable(error));
            qInfo("%s: %s, inputs %s", qPrintable(family), qPrintable(image.describe()),
                  qPrintable(image.inputsHash.left(12)));
            m_images.insert(family, image);
        }
    }

    void layout_data()
    {
        QTest::addColumn<QString>("family");
        for (const QString &family : RuntimeImage::families())
            QTest::newRow(qPrintable(family)) << family;
    }

    void layout()
    {
        QFETCH(QString, family);
        const RuntimeImage image = m_images.value(family);
        const QString root = image.rootfsDir;
        QCOMPARE(image.runtime, family);
        QCOMPARE(image.inputsHash.size(), 64);
        QVERIFY(QFileInfo(root + QStringLiteral("/lambda-entrypoint.sh")).isExecutable());
        QVERIFY(QFileInfo(root + QStringLiteral("/usr/local/bin/aws-lambda-rie")).isExecutable());
        QVERIFY(QFileInfo(root + QStringLiteral("/var/task")).isDir());
        QVERIFY(QFileInfo(root + QStringLiteral("/var/runtime")).isDir());
        QVERIFY(QFileInfo(root + QStringLiteral("/var/lang/bin")).isDir());
        QVERIFY(QFileInfo(root + QStringLiteral("/tmp")).isDir());
        QVERIFY(QFileInfo(root + QStringLiteral("/bin/sh")).exists()); // the output relay and the entrypoint
        QVERIFY(!QFileInfo::exists(root + QStringLiteral("/usr/share/doc/bash/README")));
        // The emulator is the one installer/go-tools built.
        QString why;
        const QString emulator = RuntimeImageBuilder::emulatorPath(&why);
        QFile built(emulator), inside(root + QStringLiteral("/usr/local/bin/aws-lambda-rie"));
        QVERIFY(built.open(QIODevice::ReadOnly) && inside.open(QIODevice::ReadOnly));
        QVERIFY(built.readAll() == inside.readAll());
        // The configuration an import gives the image.
        QCOMPARE(image.entrypoint, QStringList { QStringLiteral("/lambda-entrypoint.sh") });
        QCOMPARE(image.workingDirectory, QStringLiteral("/var/task"));
        QVERIFY(image.environment.contains(QStringLiteral("LAMBDA_TASK_ROOT=/var/task")));
        QVERIFY(image.environment.contains(QStringLiteral("LAMBDA_RUNTIME_DIR=/var/runtime")));
        QVERIFY(
            image.environment.contains(QStringLiteral("PATH=/var/lang/bin:/usr/local/bin:/usr/bin/:/bin:/opt/bin")));
        QVERIFY(image.versions.value(QStringLiteral("debian")).startsWith(u"13."));
        QVERIFY(!image.versions.value(QStringLiteral("glibc")).isEmpty());
        if (family == u"python") {
            QVERIFY(QFileInfo(root + QStringLiteral("/var/runtime/bootstrap.py")).isFile());
            QVERIFY(QFileInfo(root + QStringLiteral("/var/runtime/bootstrap")).isExecutable());
            // /var/lang/bin/python3 resolves inside the image (an absolute link).
            QCOMPARE(QFileInfo(root + QStringLiteral("/var/lang/bin/python3")).symLinkTarget(),
                     QStringLiteral("/usr/bin/python3"));
            QVERIFY(QFileInfo::exists(root + QStringLiteral("/usr/bin/python3")));
            QVERIFY(image.versions.value(QStringLiteral("python")).startsWith(u"3."));
        } else if (family == u"nodejs") {
            QVERIFY(QFileInfo(root + QStringLiteral("/var/runtime/bootstrap.cjs")).isFile());
            QVERIFY(QFileInfo(root + QStringLiteral("/var/runtime/bootstrap")).isExecutable());
            QVERIFY(QFileInfo::exists(root + QStringLiteral("/usr/bin/node")));
            QVERIFY(!image.versions.value(QStringLiteral("nodejs")).isEmpty());
            QVERIFY(image.environment.join(u'\n').contains(u"NODE_PATH="));
        } else {
            QVERIFY(!QFileInfo::exists(root + QStringLiteral("/usr/bin/python3")));
            QVERIFY(!QFileInfo::exists(root + QStringLiteral("/var/runtime/bootstrap")));
        }
        // The tarball holds the same tree, owned by root, for an image import.
        const QStringList listing = tarListing(image.tarballPath);
        QVERIFY(listing.size() > 100);
        bool entrypoint = false;
        for (const QString &line : listing) {
            const QStringList fields = line.simplified().split(u' ');
            QVERIFY2(fields.size() > 5, qPrintable(line));
            if (fields.last() == u"./lambda-entrypoint.sh") {
                entrypoint = true;
                QCOMPARE(fields.at(1), QStringLiteral("0/0"));
                QVERIFY(fields.at(0).startsWith(u"-rwxr-xr-x"));
            }
        }
        QVERIFY(entrypoint);
    }

    void inputsHashFollowsTheInputs()
    {
        QString error;
        const auto python = RuntimeImageBuilder::inputs(QStringLiteral("python3.12"), &error);
        QVERIFY2(python, qPrintable(error));
        // The AWS names of one family share its image; the hash is stable.
        const auto python313 = RuntimeImageBuilder::inputs(QStringLiteral("python3.13"), &error);
        QVERIFY(python313);
        QCOMPARE(python313->hash, python->hash);
        QCOMPARE(python->hash, m_images.value(QStringLiteral("python")).inputsHash);
        QVERIFY(python->packages.contains(QStringLiteral("python3")));
        const auto node = RuntimeImageBuilder::inputs(QStringLiteral("nodejs20.x"), &error);
        QVERIFY(node);
        QVERIFY(node->hash != python->hash);
        // Another emulator is another image: the cache no longer has it.
        const QString other = m_scratch.filePath(QStringLiteral("other-rie"));
        QVERIFY(QFile::copy(python->emulatorPath, other));
        QFile append(other);
        QVERIFY(append.open(QIODevice::Append));
        append.write("changed");
        append.close();
        QFile::setPermissions(other, QFile::permissions(other) | QFileDevice::ExeOwner);
        qputenv("BULLPEN_RIE", QFile::encodeName(other));
        const auto changed = RuntimeImageBuilder::inputs(QStringLiteral("python"), &error);
        RuntimeImageBuilder builder(RuntimeImageBuilder::defaultCacheDirectory(), nullptr);
        const auto stale = builder.cached(QStringLiteral("python"), &error);
        qunsetenv("BULLPEN_RIE");
        QVERIFY(changed);
        QVERIFY(changed->hash != python->hash);
        QVERIFY(!stale);
        QVERIFY2(error.contains(u"bullpen images build python"), qPrintable(error));
        // Runtimes without an image say which exist.
        QVERIFY(!RuntimeImageBuilder::inputs(QStringLiteral("java21"), &error));
        QVERIFY2(error.contains(u"java21") && error.contains(u"python, nodejs, provided"), qPrintable(error));
    }

    // The build images (python-build, nodejs-build) are their runtime images
    // with the build tools added, and the runtime images stay without them:
    // Debian's npm would bring node-* modules (semver, ...) that a handler
    // could require locally and not on Lambda, and pip a package a Python
    // handler could import.
    void buildImagesAddOnlyTheTools_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("tool"); // only in the build image
        QTest::addColumn<QString>("toolsModule"); // a module the tool brings, only in the build image
        QTest::newRow("python") << u"python"_s << u"usr/lib/python3/dist-packages/pip"_s
                                << u"usr/lib/python3/dist-packages/setuptools"_s;
        QTest::newRow("nodejs") << u"nodejs"_s << u"usr/bin/npm"_s << u"usr/share/nodejs/semver"_s;
    }

    void buildImagesAddOnlyTheTools()
    {
        QFETCH(QString, family);
        QFETCH(QString, tool);
        QFETCH(QString, toolsModule);
        const QString buildFamily = RuntimeImage::buildFamilyFor(family);
        QCOMPARE(buildFamily, family + u"-build"_s);
        QCOMPARE(RuntimeImage::buildFamilyFor(family == u"python" ? u"python3.12"_s : u"nodejs20.x"_s), buildFamily);
        QString error;
        const auto runtimeInputs = RuntimeImageBuilder::inputs(family, &error);
        const auto buildInputs = RuntimeImageBuilder::inputs(buildFamily, &error);
        QVERIFY2(runtimeInputs && buildInputs, qPrintable(error));
        QVERIFY(buildInputs->hash != runtimeInputs->hash);
        for (const QString &package : runtimeInputs->packages)
            QVERIFY2(buildInputs->packages.contains(package), qPrintable(package));
        QVERIFY(buildInputs->packages.contains(u"make"_s));
        QVERIFY(!runtimeInputs->packages.contains(u"make"_s));

        const RuntimeImage build
            = buildIn(RuntimeImageBuilder::defaultCacheDirectory(), buildFamily, &error, 20 * 60 * 1000);
        QVERIFY2(build.isValid(), qPrintable(error));
        QCOMPARE(build.runtime, buildFamily);
        const QString runtimeRoot = m_images.value(family).rootfsDir;
        QVERIFY(QFileInfo::exists(build.rootfsDir + u'/' + tool));
        QVERIFY(QFileInfo::exists(build.rootfsDir + u'/' + toolsModule));
        QVERIFY(QFileInfo::exists(build.rootfsDir + u"/usr/bin/make"_s));
        QVERIFY2(!QFileInfo::exists(runtimeRoot + u'/' + tool), qPrintable(runtimeRoot + u'/' + tool));
        QVERIFY2(!QFileInfo::exists(runtimeRoot + u'/' + toolsModule), qPrintable(runtimeRoot + u'/' + toolsModule));
        QVERIFY(!QFileInfo::exists(runtimeRoot + u"/usr/bin/make"_s));
        // The same runtime underneath: Bullpen's bootstrap and the same interpreter.
        QVERIFY(QFileInfo(build.rootfsDir + u"/var/runtime/bootstrap"_s).isExecutable());
        QCOMPARE(build.versions.value(family), m_images.value(family).versions.value(family));
    }

    void partialImagesAreNeverUsed()
    {
        // A copy of the python image in a cache of its own: complete, then
        // renamed to a partial build, then without its metadata.
        const RuntimeImage image = m_images.value(QStringLiteral("python"));
        const QString cache = m_scratch.filePath(QStringLiteral("partial-cache"));
        QVERIFY(QDir().mkpath(cache));
        const QString name = QStringLiteral("python-") + image.inputsHash.left(16);
        QVERIFY(copyImage(image, cache + u'/' + name));
        RuntimeImageBuilder builder(cache, nullptr);
        QVERIFY(builder.cached(QStringLiteral("python")));
        QCOMPARE(builder.list().size(), 1);
        QCOMPARE(builder.list().constFirst().inputsHash, image.inputsHash);
        QCOMPARE(builder.list().constFirst().versions, image.versions);
        QCOMPARE(builder.cached(QStringLiteral("python"))->rootfsDir, cache + u'/' + name + QStringLiteral("/rootfs"));
        QVERIFY(QDir().rename(cache + u'/' + name, cache + u'/' + name + QStringLiteral(".partial")));
        QVERIFY(!builder.cached(QStringLiteral("python")));
        QVERIFY(builder.list().isEmpty());
        QVERIFY(QDir().rename(cache + u'/' + name + QStringLiteral(".partial"), cache + u'/' + name));
        QVERIFY(QFile::remove(cache + u'/' + name + QStringLiteral("/image.json")));
        QString error;
        QVERIFY(!builder.cached(QStringLiteral("python"), &error));
        QVERIFY(QDir(cache + u'/' + name).removeRecursively());
    }

    void pruneRemovesOnlyStaleImages()
    {
        // The current python image (linked into a cache of its own), one of
        // earlier inputs beside it, and what an interrupted build left.
        const RuntimeImage image = m_images.value(QStringLiteral("python"));
        const QString cache = m_scratch.filePath(QStringLiteral("prune-cache"));
        QVERIFY(QDir().mkpath(cache));
        const QString current = cache + QStringLiteral("/python-") + image.inputsHash.left(16);
        QVERIFY(copyImage(image, current));
        const QString stale = cache + QStringLiteral("/python-0123456789abcdef");
        QVERIFY(copyImage(image, stale));
        QFile metadata(stale + QStringLiteral("/image.json"));
        QVERIFY(metadata.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(metadata.readAll()).object();
        metadata.close();
        json.insert(QStringLiteral("inputsHash"), QStringLiteral("0123456789abcdef0123"));
        writeFile(stale + QStringLiteral("/image.json"), QJsonDocument(json).toJson());
        QVERIFY(QDir().mkpath(cache + QStringLiteral("/nodejs-feedfeedfeedfeed.partial/rootfs")));
        RuntimeImageBuilder builder(cache, nullptr);
        QCOMPARE(builder.list().size(), 2);

        QString error;
        const QStringList removed = builder.prune(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(removed.size(), 2);
        QVERIFY(removed.contains(stale));
        QVERIFY(!QFileInfo::exists(stale));
        QVERIFY(!QFileInfo::exists(cache + QStringLiteral("/nodejs-feedfeedfeedfeed.partial")));
        // The current one stays, and so does what the stale copy linked to.
        QCOMPARE(builder.list().size(), 1);
        QCOMPARE(builder.cached(QStringLiteral("python"))->inputsHash, image.inputsHash);
        QVERIFY(QFileInfo(image.rootfsDir + QStringLiteral("/lambda-entrypoint.sh")).exists());
        QVERIFY(QFileInfo(image.tarballPath).isFile());
        QVERIFY(builder.prune(&error).isEmpty()); // nothing stale is left
    }

    void concurrentBuildsWaitForTheLock()
    {
        // Another builder holds the cache's lock: this one waits (and says
        // so), and when the other has put a complete image there and let go,
        // it takes that image instead of building its own.
        const RuntimeImage image = m_images.value(QStringLiteral("provided"));
        const QString cache = m_scratch.filePath(QStringLiteral("lock-cache"));
        QVERIFY(QDir().mkpath(cache));
        const int fd = ::open(QFile::encodeName(cache + QStringLiteral("/.build.lock")).constData(),
                              O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        QVERIFY(fd >= 0);
        QCOMPARE(::flock(fd, LOCK_EX | LOCK_NB), 0);
        RuntimeImageBuilder builder(cache, nullptr);
        QSignalSpy progress(&builder, &RuntimeImageBuilder::progress);
        QSignalSpy finished(&builder, &RuntimeImageBuilder::finished);
        QSignalSpy failed(&builder, &RuntimeImageBuilder::failed);
        builder.build(QStringLiteral("provided.al2023"));
        QVERIFY(progress.wait(10000));
        QVERIFY2(progress.first().first().toString().contains(u"waiting for another Bullpen"),
                 qPrintable(progress.first().first().toString()));
        // Still waiting after a few polls of the lock: nothing else happened.
        QTest::qWait(1000);
        QVERIFY(finished.isEmpty() && failed.isEmpty());
        QVERIFY(QDir(cache).entryList({ QStringLiteral("*.partial") }, QDir::Dirs).isEmpty());
        const QString name = QStringLiteral("provided-") + image.inputsHash.left(16);
        // Made beside and renamed, as a builder finishes.
        QVERIFY(copyImage(image, cache + u'/' + name + QStringLiteral(".partial")));
        QVERIFY(QDir().rename(cache + u'/' + name + QStringLiteral(".partial"), cache + u'/' + name));
        ::close(fd);
        QVERIFY(finished.wait(10000));
        QVERIFY(failed.isEmpty());
        const RuntimeImage found = finished.first().first().value<RuntimeImage>();
        QCOMPARE(found.rootfsDir, cache + u'/' + name + QStringLiteral("/rootfs"));
        QCOMPARE(found.inputsHash, image.inputsHash);
        QVERIFY(QDir(cache + u'/' + name).removeRecursively());
    }

    void cancelStopsTheBuild()
    {
        // A real build in an empty cache, cancelled once mmdebstrap runs:
        // nothing is left, neither a partial image nor mmdebstrap.
        const QString cache = m_scratch.filePath(QStringLiteral("cancel-cache"));
        RuntimeImageBuilder builder(cache, nullptr);
        QSignalSpy failed(&builder, &RuntimeImageBuilder::failed);
        QSignalSpy finished(&builder, &RuntimeImageBuilder::finished);
        bool running = false;
        connect(&builder, &RuntimeImageBuilder::progress, &builder, [&](const QString &, int percent) {
            if (percent >= 5)
                running = true;
        });
        builder.build(QStringLiteral("provided"));
        QVERIFY(builder.isBuilding());
        QVERIFY(QTest::qWaitFor([&] { return running || !failed.isEmpty(); }, 120000));
        QVERIFY(failed.isEmpty());
        QVERIFY(!QDir(cache).entryList({ QStringLiteral("provided-*.partial") }, QDir::Dirs).isEmpty());
        builder.cancel();
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.first().first().toString(), QStringLiteral("cancelled"));
        QVERIFY(finished.isEmpty());
        QVERIFY(!builder.isBuilding());
        QVERIFY(QDir(cache).entryList({ QStringLiteral("provided-*") }, QDir::Dirs).isEmpty());
        QVERIFY(!builder.cached(QStringLiteral("provided")));
    }

    void firstUseWaitsForTheImage()
    {
        // An instance whose runtime has no image yet waits for it (the
        // backend builds it; here another builder holds the lock, which the
        // backend reports as progress) and starts on it once it is there.
        OciBackend backend(QStringLiteral("runc"));
        QString why;
        if (!backend.isAvailable(&why))
            BULLPEN_SKIP_UNLESS_CI(QStringLiteral("runc unavailable: ") + why);
        const RuntimeImage image = m_images.value(QStringLiteral("provided"));
        const QString cache = m_scratch.filePath(QStringLiteral("first-use-cache"));
        QVERIFY(QDir().mkpath(cache));
        backend.setImageCacheDirectory(cache);
        const int fd = ::open(QFile::encodeName(cache + QStringLiteral("/.build.lock")).constData(),
                              O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        QVERIFY(fd >= 0);
        QCOMPARE(::flock(fd, LOCK_EX | LOCK_NB), 0);
        QSignalSpy progress(&backend, &ContainerBackend::runtimeImageProgress);

        const QString code = m_scratch.filePath(QStringLiteral("first-use-code"));
        QVERIFY(QDir().mkpath(code));
        openUp(code);
        InstanceSpec spec;
        spec.instanceId = QStringLiteral("tst-first-%1").arg(QCoreApplication::applicationPid());
        spec.codeDirectory = code;
        spec.runtime = QStringLiteral("provided.al2023");
        spec.command
            = { QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                QStringLiteral("test -x /lambda-entrypoint.sh && test ! -e /usr/bin/python3 && echo on-image") };
        spec.environment = { { QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin") } };
        std::unique_ptr<SandboxInstance> instance(backend.create(spec, nullptr));
        QList<QByteArray> out;
        QString failure;
        bool exited = false;
        InstanceExit exit;
        connect(instance.get(), &SandboxInstance::output, this,
                [&out](const QByteArray &line, bool) { out.append(line); });
        connect(instance.get(), &SandboxInstance::failed, this, [&failure](const QString &m) { failure = m; });
        connect(instance.get(), &SandboxInstance::exited, this, [&](const InstanceExit &e) {
            exit = e;
            exited = true;
        });
        QSignalSpy started(instance.get(), &SandboxInstance::started);
        instance->start();
        QVERIFY(progress.wait(10000));
        QCOMPARE(progress.first().at(0).toString(), QStringLiteral("provided"));
        QVERIFY2(progress.first().at(1).toString().contains(u"waiting for another Bullpen"),
                 qPrintable(progress.first().at(1).toString()));
        QTest::qWait(700);
        QVERIFY(started.isEmpty() && !exited && failure.isEmpty()); // still waiting for the image
        const QString name = QStringLiteral("provided-") + image.inputsHash.left(16);
        QVERIFY(copyImage(image, cache + u'/' + name + QStringLiteral(".partial")));
        QVERIFY(QDir().rename(cache + u'/' + name + QStringLiteral(".partial"), cache + u'/' + name));
        ::close(fd);
        QVERIFY(QTest::qWaitFor([&] { return exited || !failure.isEmpty(); }, 60000));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(exit.exitCode, 0);
        QCOMPARE(out, QList<QByteArray> { "on-image" });
        QCOMPARE(started.size(), 1);
        QVERIFY(backend.runtimeImageFor(QStringLiteral("provided.al2")));
        instance.reset();
        backend.shutdownNow(QDeadlineTimer(5000));
    }

    void aMissingEmulatorFailsTheInstanceClearly()
    {
        // No image and none can be built (no emulator): the instance fails
        // with what is missing and how to get it, nothing is left running.
        OciBackend backend(QStringLiteral("runc"));
        QString why;
        if (!backend.isAvailable(&why))
            BULLPEN_SKIP_UNLESS_CI(QStringLiteral("runc unavailable: ") + why);
        backend.setImageCacheDirectory(m_scratch.filePath(QStringLiteral("no-emulator-cache")));
        qputenv("BULLPEN_RIE", "/nonexistent/aws-lambda-rie");
        InstanceSpec spec;
        spec.instanceId = QStringLiteral("tst-norie-%1").arg(QCoreApplication::applicationPid());
        spec.codeDirectory = m_scratch.path();
        spec.runtime = QStringLiteral("nodejs22.x");
        spec.command = { QStringLiteral("/bin/true") };
        std::unique_ptr<SandboxInstance> instance(backend.create(spec, nullptr));
        QSignalSpy failed(instance.get(), &SandboxInstance::failed);
        QSignalSpy started(instance.get(), &SandboxInstance::started);
        instance->start();
        const bool gotFailure = failed.wait(10000);
        qunsetenv("BULLPEN_RIE");
        QVERIFY(gotFailure);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(u"nodejs runtime image could not be built") && message.contains(u"BULLPEN_RIE"),
                 qPrintable(message));
        QVERIFY(started.isEmpty());
        QVERIFY(!QFileInfo::exists(backend.bundleDirectory(QStringLiteral("bullpen-") + spec.instanceId)));
    }

    void samplesRunOnTheImagesWithRunc()
    {
        // Through the engine's front door on runc: each family's function
        // runs on its image (the image's own files are there, the host's are
        // not) with the interpreter the image reports.
        EngineSettings settings;
        settings.backend = QStringLiteral("runc");
        settings.cacheDirectory = m_scratch.filePath(QStringLiteral("engine-cache"));
        QString error;
        auto invoker = Invoker::create(settings, &error);
        if (!invoker)
            BULLPEN_SKIP_UNLESS_CI(QStringLiteral("runc unavailable: ") + error);
        const QString pythonCode = m_scratch.filePath(QStringLiteral("python"));
        // The lean start (issue 16): what the runtime had imported before the
        // handler's module (its first line), and whether the runtime's module
        // came from the bytecode the image carries, valid for the bound source.
        writeFile(pythonCode + QStringLiteral("/app.py"),
                  "import sys\n"
                  "AT_START = sorted(sys.modules)\n"
                  "import os, platform, importlib.util\n"
                  "def runtime_bytecode():\n"
                  "    runtime = sys.modules.get('bullpen_runtime')\n"
                  "    if runtime is None or not runtime.__spec__.cached:\n"
                  "        return 'no runtime module'\n"
                  "    try:\n"
                  "        data = open(runtime.__spec__.cached, 'rb').read()\n"
                  "    except OSError as e:\n"
                  "        return str(e)\n"
                  "    source = open(runtime.__spec__.origin, 'rb').read()\n"
                  "    return [runtime.__spec__.cached, data[:4] == importlib.util.MAGIC_NUMBER,\n"
                  "            int.from_bytes(data[4:8], 'little'), data[8:16] == importlib.util.source_hash(source)]\n"
                  "def handler(event, context):\n"
                  "    return {'python': platform.python_version(),\n"
                  "            'atStart': AT_START, 'runtimeBytecode': runtime_bytecode(),\n"
                  "            'entrypoint': os.path.exists('/lambda-entrypoint.sh'),\n"
                  "            'rie': os.access('/usr/local/bin/aws-lambda-rie', os.X_OK),\n"
                  "            'hostSource': os.path.exists('" BULLPEN_SOURCE_DIR "'),\n"
                  "            'debian': open('/etc/debian_version').read().strip(),\n"
                  "            'taskRoot': os.environ['LAMBDA_TASK_ROOT'], 'echo': event}\n");
        openUp(pythonCode);
        const QString nodeCode = m_scratch.filePath(QStringLiteral("nodejs"));
        // The lean start: the runtime came from the image's start-up snapshot
        // (node was started with it, and bootstrap.cjs was not loaded as a
        // file: the snapshot was of the bound one); an ES module handler
        // loads from it.
        writeFile(nodeCode + QStringLiteral("/index.mjs"),
                  "import fs from 'node:fs';\n"
                  "import { createRequire } from 'node:module';\n"
                  "const loaded = Object.keys(createRequire(import.meta.url).cache);\n"
                  "export const handler = async (event) => ({ node: process.versions.node,\n"
                  "  execArgv: process.execArgv, runtimeFileLoaded: loaded.includes('/var/runtime/bootstrap.cjs'),\n"
                  "  commandLine: fs.readFileSync('/proc/self/cmdline', 'utf8').split('\\0').filter(Boolean),\n"
                  "  entrypoint: fs.existsSync('/lambda-entrypoint.sh'),\n"
                  "  hostSource: fs.existsSync('" BULLPEN_SOURCE_DIR "'),\n"
                  "  debian: fs.readFileSync('/etc/debian_version', 'utf8').trim(), echo: event });\n");
        openUp(nodeCode);

        const RuntimeImage python = m_images.value(QStringLiteral("python"));
        InvocationResult r = invokeOnce(
            invoker.get(), function(QStringLiteral("python3.13"), QStringLiteral("app.handler"), pythonCode),
            R"({"n":1})");
        QVERIFY2(r.outcome == InvocationOutcome::Succeeded,
                 qPrintable(r.engineError + r.errorMessage + r.logs.join(u'\n')));
        QJsonObject answer = QJsonDocument::fromJson(r.payload).object();
        QCOMPARE(answer.value(QStringLiteral("python")).toString(), python.versions.value(QStringLiteral("python")));
        QCOMPARE(answer.value(QStringLiteral("entrypoint")).toBool(), true);
        QCOMPARE(answer.value(QStringLiteral("rie")).toBool(), true);
        QCOMPARE(answer.value(QStringLiteral("hostSource")).toBool(), false);
        QCOMPARE(answer.value(QStringLiteral("debian")).toString(), python.versions.value(QStringLiteral("debian")));
        QCOMPARE(answer.value(QStringLiteral("taskRoot")).toString(), QStringLiteral("/var/task"));
        QCOMPARE(answer.value(QStringLiteral("echo")).toObject().value(QStringLiteral("n")).toInt(), 1);
        // Checked-hash bytecode (flags 3) of the bound source, where the launcher looks.
        QCOMPARE(
            answer.value(QStringLiteral("runtimeBytecode")).toArray(),
            (QJsonArray { QStringLiteral("/var/lang/pycache/var/runtime/bullpen_runtime.cpython-%1.pyc")
                              .arg(python.versions.value(QStringLiteral("python")).section(u'.', 0, 1).remove(u'.')),
                          true, 3, true }));
        // Nothing the first request does not need: logging, traceback,
        // http.client (email), socket (selectors) come when asked for, and
        // JSON is json's C half (_json) without the package (re, enum, ...).
        const QJsonArray atStart = answer.value(QStringLiteral("atStart")).toArray();
        QVERIFY2(atStart.contains(QStringLiteral("_json")) && atStart.contains(QStringLiteral("_socket")),
                 QJsonDocument(atStart).toJson(QJsonDocument::Compact).constData());
        for (const char *unneeded : { "logging", "traceback", "http.client", "email", "socket", "selectors",
                                      "importlib.util", "inspect", "typing", "json", "re", "enum", "functools" })
            QVERIFY2(!atStart.contains(QLatin1String(unneeded)), unneeded);

        const RuntimeImage node = m_images.value(QStringLiteral("nodejs"));
        r = invokeOnce(invoker.get(), function(QStringLiteral("nodejs20.x"), QStringLiteral("index.handler"), nodeCode),
                       R"({"n":2})");
        QVERIFY2(r.outcome == InvocationOutcome::Succeeded,
                 qPrintable(r.engineError + r.errorMessage + r.logs.join(u'\n')));
        answer = QJsonDocument::fromJson(r.payload).object();
        QCOMPARE(answer.value(QStringLiteral("node")).toString(), node.versions.value(QStringLiteral("nodejs")));
        QCOMPARE(answer.value(QStringLiteral("entrypoint")).toBool(), true);
        QCOMPARE(answer.value(QStringLiteral("hostSource")).toBool(), false);
        QCOMPARE(answer.value(QStringLiteral("echo")).toObject().value(QStringLiteral("n")).toInt(), 2);
        QVERIFY(QFileInfo(node.rootfsDir + RuntimeImage::nodeSnapshotPath()).isFile());
        QCOMPARE(answer.value(QStringLiteral("commandLine")).toArray(),
                 (QJsonArray { QStringLiteral("node"), QStringLiteral("--snapshot-blob"),
                               RuntimeImage::nodeSnapshotPath(), QStringLiteral("/var/runtime/bootstrap.cjs") }));
        QCOMPARE(answer.value(QStringLiteral("runtimeFileLoaded")).toBool(), false);
        // Not handed on to a process the handler forks.
        QCOMPARE(answer.value(QStringLiteral("execArgv")).toArray(), QJsonArray());
        // NODE_OPTIONS with a V8 flag: node would refuse the snapshot (made
        // with other flags) and not start; the runtime starts without it.
        FunctionConfig withOptions = function(QStringLiteral("nodejs20.x"), QStringLiteral("index.handler"), nodeCode);
        withOptions.environment.insert(QStringLiteral("NODE_OPTIONS"), QStringLiteral("--max-old-space-size=256"));
        r = invokeOnce(invoker.get(), withOptions, R"({"n":4})");
        QVERIFY2(r.outcome == InvocationOutcome::Succeeded,
                 qPrintable(r.engineError + r.errorMessage + r.logs.join(u'\n')));
        answer = QJsonDocument::fromJson(r.payload).object();
        QCOMPARE(answer.value(QStringLiteral("commandLine")).toArray(),
                 (QJsonArray { QStringLiteral("node"), QStringLiteral("/var/runtime/bootstrap.cjs") }));
        QCOMPARE(answer.value(QStringLiteral("echo")).toObject().value(QStringLiteral("n")).toInt(), 4);

        // provided.al2023: the aws-lambda-go function installer/go-tools builds.
        const QString goTools = qEnvironmentVariable("BULLPEN_GO_TOOLS");
        if (goTools.isEmpty() || !QFileInfo(goTools + QStringLiteral("/fidelity-fn/bootstrap")).isExecutable())
            BULLPEN_SKIP_UNLESS_CI(QStringLiteral("BULLPEN_GO_TOOLS has no fidelity-fn (run through installer/dev)"));
        const QString goCode = m_scratch.filePath(QStringLiteral("go"));
        QDir().mkpath(goCode);
        QVERIFY(QFile::copy(goTools + QStringLiteral("/fidelity-fn/bootstrap"), goCode + QStringLiteral("/bootstrap")));
        QFile::setPermissions(goCode + QStringLiteral("/bootstrap"),
                              QFile::permissions(goCode + QStringLiteral("/bootstrap")) | QFileDevice::ExeOther
                                  | QFileDevice::ReadOther | QFileDevice::ExeGroup | QFileDevice::ReadGroup);
        openUp(goCode);
        r = invokeOnce(invoker.get(), function(QStringLiteral("provided.al2023"), QStringLiteral("bootstrap"), goCode),
                       R"({"action":"echo","data":{"n":3}})");
        QVERIFY2(r.outcome == InvocationOutcome::Succeeded,
                 qPrintable(r.engineError + r.errorMessage + r.logs.join(u'\n')));
        answer = QJsonDocument::fromJson(r.payload).object();
        QCOMPARE(answer.value(QStringLiteral("runtimeApiSet")).toBool(), true);
        QCOMPARE(answer.value(QStringLiteral("data")).toObject().value(QStringLiteral("n")).toInt(), 3);

        invoker->shutdown();
        QSignalSpy done(invoker.get(), &Invoker::shutdownFinished);
        QVERIFY(done.count() > 0 || done.wait(20000));
    }

    void entrypointServesTheEmulatorOn8080()
    {
        // The python image as the public images run without a Runtime API:
        // /lambda-entrypoint.sh starts the emulator on :8080, which starts
        // the runtime; a client inside the same container (its own network
        // namespace, so port 8080 is its own) posts an event and prints the
        // answer. runc driven with the backend's own bundle settings.
        OciBackend backend(QStringLiteral("runc"));
        QString why;
        if (!backend.isAvailable(&why))
            BULLPEN_SKIP_UNLESS_CI(QStringLiteral("runc unavailable: ") + why);
        const RuntimeImage image = m_images.value(QStringLiteral("python"));
        const QString code = m_scratch.filePath(QStringLiteral("rie-code"));
        writeFile(code + QStringLiteral("/app.py"),
                  "import os\n"
                  "def handler(event, context):\n"
                  "    return {'hello': event.get('name'), 'function': context.function_name,\n"
                  "            'api': os.environ.get('AWS_LAMBDA_RUNTIME_API')}\n");
        openUp(code);
        const QByteArray client = "import json, time, urllib.request\n"
                                  "url = 'http://127.0.0.1:8080/2015-03-31/functions/function/invocations'\n"
                                  "for attempt in range(200):\n"
                                  "    try:\n"
                                  "        body = urllib.request.urlopen(urllib.request.Request(url, data=b'{\"name\": "
                                  "\"rie\"}'), timeout=20).read()\n"
                                  "        print('ANSWER ' + body.decode(), flush=True)\n"
                                  "        break\n"
                                  "    except OSError:\n"
                                  "        time.sleep(0.05)\n";
        writeFile(code + QStringLiteral("/client.py"), client);

        InstanceSpec spec;
        spec.instanceId = QStringLiteral("tst-rie-%1").arg(QCoreApplication::applicationPid());
        spec.codeDirectory = code;
        spec.rootFilesystem = image.rootfsDir;
        spec.command = { QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                         QStringLiteral("/lambda-entrypoint.sh app.handler & exec python3 /var/task/client.py") };
        for (const QString &pair : image.environment)
            spec.environment.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
        const QString containerId = QStringLiteral("bullpen-") + spec.instanceId;
        OciOptions options = backend.options(containerId);
        options.cgroupsPath.clear();
        QJsonObject config = QJsonDocument::fromJson(OciConfig::build(spec, options)).object();
        QJsonObject linuxSection = config.value(QStringLiteral("linux")).toObject();
        QJsonArray namespaces = linuxSection.value(QStringLiteral("namespaces")).toArray();
        namespaces.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("network") } });
        linuxSection.insert(QStringLiteral("namespaces"), namespaces);
        config.insert(QStringLiteral("linux"), linuxSection);
        const QString bundle = m_scratch.filePath(QStringLiteral("rie-bundle"));
        writeFile(bundle + QStringLiteral("/config.json"), QJsonDocument(config).toJson());

        QProcess run;
        run.setWorkingDirectory(bundle);
        run.start(backend.binary(),
                  backend.runtimeArguments({ QStringLiteral("run"), QStringLiteral("--bundle"), bundle, containerId }));
        QVERIFY(run.waitForStarted());
        const bool ended = run.waitForFinished(90000);
        if (!ended) {
            QProcess::execute(
                backend.binary(),
                backend.runtimeArguments({ QStringLiteral("delete"), QStringLiteral("--force"), containerId }));
            run.waitForFinished(5000);
        }
        const QString out = QString::fromUtf8(run.readAllStandardOutput());
        const QString err = QString::fromUtf8(run.readAllStandardError());
        QVERIFY2(ended, qPrintable(out + err));
        const qsizetype at = out.indexOf(QStringLiteral("ANSWER "));
        QVERIFY2(at >= 0, qPrintable(out + u'\n' + err));
        const QJsonObject answer = QJsonDocument::fromJson(out.mid(at + 7).section(u'\n', 0, 0).toUtf8()).object();
        QCOMPARE(answer.value(QStringLiteral("hello")).toString(), QStringLiteral("rie"));
        // The emulator, not Bullpen, served the Runtime API (on its own 9001).
        QCOMPARE(answer.value(QStringLiteral("api")).toString(), QStringLiteral("127.0.0.1:9001"));
        QVERIFY(!answer.value(QStringLiteral("function")).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRuntimeImages)
#include "tst_runtimeimages.moc"
