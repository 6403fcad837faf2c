// SPDX-License-Identifier: MIT
// The registry of container backends: its ids and names, what each isolates,
// availability here with the reason when not, and the factory. Real backends:
// runc and crun are probed on this machine, not imitated.
#include "engine/sandbox/backendregistry.h"
#include "engine/sandbox/containerbackend.h"
#include "engine/sandbox/sandboxfiles.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Bullpen;
using namespace Qt::StringLiterals;

class TestBackendRegistry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void idsAndNames()
    {
        QCOMPARE(BackendRegistry::ids(), QStringList({ u"oci"_s, u"runc"_s, u"crun"_s, u"docker"_s, u"process"_s }));
        QCOMPARE(BackendRegistry::defaultId(), u"oci"_s);
        QVERIFY(BackendRegistry::isKnown(u"process"_s));
        QVERIFY(BackendRegistry::isKnown(u"docker"_s));
        QCOMPARE(BackendRegistry::isolation(u"docker"_s), Isolation::Container);
        QVERIFY(!BackendRegistry::isKnown(u"OCI"_s));
        QCOMPARE(BackendRegistry::displayName(u"oci"_s), u"Containers (automatic: crun or runc)"_s);
        QCOMPARE(BackendRegistry::displayName(u"process"_s), u"Plain processes (no isolation)"_s);
        QCOMPARE(BackendRegistry::displayName(u"nonsense"_s), u"nonsense"_s);
        QCOMPARE(BackendRegistry::isolation(u"runc"_s), Isolation::Container);
        QCOMPARE(BackendRegistry::isolation(u"process"_s), Isolation::None);
    }

    void availabilityHere()
    {
        const QList<BackendInfo> backends = BackendRegistry::backends();
        QCOMPARE(backends.size(), 5);
        for (const BackendInfo &info : backends) {
            // Available exactly when it has no reason not to be.
            QCOMPARE(info.available, info.unavailableReason.isEmpty());
            QCOMPARE(info.displayName, BackendRegistry::displayName(info.id));
        }
        const BackendInfo process = BackendRegistry::info(u"process"_s);
        QVERIFY(process.available);

        const BackendInfo runc = BackendRegistry::info(u"runc"_s);
        if (QStandardPaths::findExecutable(u"runc"_s).isEmpty()) {
            QVERIFY(!runc.available);
            QVERIFY2(runc.unavailableReason.contains(u"not installed"_s), qPrintable(runc.unavailableReason));
        }
        // "oci" is available when one of its candidates is.
        const BackendInfo crun = BackendRegistry::info(u"crun"_s);
        QCOMPARE(BackendRegistry::info(u"oci"_s).available, runc.available || crun.available);

        // This machine's hybrid cgroup layout: crun refuses it, and says so.
        if (!QStandardPaths::findExecutable(u"crun"_s).isEmpty() && SandboxFiles::cgroupHybrid()) {
            QVERIFY(!crun.available);
            QVERIFY2(crun.unavailableReason.contains(u"hybrid cgroup"_s), qPrintable(crun.unavailableReason));
        } else if (QStandardPaths::findExecutable(u"crun"_s).isEmpty()) {
            QVERIFY(!crun.available);
            QVERIFY2(crun.unavailableReason.contains(u"crun is not installed"_s), qPrintable(crun.unavailableReason));
        }
    }

    void factory()
    {
        QString error = u"stale"_s;
        std::unique_ptr<ContainerBackend> process(BackendRegistry::create(u"process"_s, &error));
        QVERIFY(process);
        QVERIFY(error.isEmpty());
        QCOMPARE(process->name(), u"process"_s); // a concrete backend names itself by its registry id
        QVERIFY(BackendRegistry::isKnown(process->name()));
        QCOMPARE(process->runtimeApiReach().hostAddress, u"127.0.0.1"_s);

        QVERIFY(!BackendRegistry::create(u"kubernetes"_s, &error));
        QVERIFY2(error.contains(u"unknown container backend \"kubernetes\""_s)
                     && error.contains(u"oci, runc, crun, docker, process"_s),
                 qPrintable(error));
        // Docker's reason names the sockets it looked for, or the one that failed.
        const BackendInfo docker = BackendRegistry::info(u"docker"_s);
        if (!docker.available)
            QVERIFY2(docker.unavailableReason.contains(u".sock"_s)
                         || docker.unavailableReason.contains(u"DOCKER_HOST"_s),
                     qPrintable(docker.unavailableReason));

        const BackendInfo oci = BackendRegistry::info(u"oci"_s);
        std::unique_ptr<ContainerBackend> automatic(BackendRegistry::create(u"oci"_s, &error));
        QCOMPARE(bool(automatic), oci.available);
        if (automatic) {
            // The automatic choice is one of its candidates, preferring crun where it works.
            QVERIFY(automatic->name() == u"crun"_s || automatic->name() == u"runc"_s);
            if (BackendRegistry::info(u"crun"_s).available)
                QCOMPARE(automatic->name(), u"crun"_s);
            QCOMPARE(automatic->instanceSource(), InstanceSource::RootFilesystem);
        } else {
            QCOMPARE(error, oci.unavailableReason);
        }
    }

    void idleBackendSignalsAfterReturning()
    {
        std::unique_ptr<ContainerBackend> backend(BackendRegistry::create(u"process"_s, nullptr));
        QSignalSpy cleaned(backend.get(), &ContainerBackend::staleCleanupFinished);
        QSignalSpy finished(backend.get(), &ContainerBackend::shutdownFinished);
        backend->cleanupStale();
        backend->shutdown();
        // Nothing to do, yet both signals come from the event loop, not from inside the calls.
        QVERIFY(cleaned.isEmpty());
        QVERIFY(finished.isEmpty());
        QTRY_COMPARE(cleaned.size(), 1);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!backend->isBusy());
    }
};

QTEST_GUILESS_MAIN(TestBackendRegistry)
#include "tst_backendregistry.moc"
