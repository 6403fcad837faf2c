// SPDX-License-Identifier: MIT
#include "engine/sandbox/containerbackend.h"
#include "engine/sandbox/processbackend.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Bullpen;

class TestProcessBackend : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_code;
    QTemporaryDir m_runtime;

    InstanceSpec spec(const QStringList &command)
    {
        InstanceSpec s;
        s.instanceId = QStringLiteral("proc");
        s.codeDirectory = m_code.path();
        s.runtimeDirectory = m_runtime.path();
        s.command = command;
        s.environment = { { QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin") },
                          { QStringLiteral("LAMBDA_TASK_ROOT"), QStringLiteral("/var/task") },
                          { QStringLiteral("LAMBDA_RUNTIME_DIR"), QStringLiteral("/var/runtime") },
                          { QStringLiteral("PYTHONPATH"), QStringLiteral("/var/runtime:/var/task:/opt/python") } };
        return s;
    }

private Q_SLOTS:
    void createByName()
    {
        QString error;
        std::unique_ptr<ContainerBackend> backend(createBackend(QStringLiteral("process"), &error));
        QVERIFY(backend);
        QCOMPARE(backend->name(), QStringLiteral("process"));
        QVERIFY(!createBackend(QStringLiteral("nonsense"), &error));
        QVERIFY(error.contains(QLatin1String("nonsense")));
    }

    void pathsAreRewritten()
    {
        const InstanceSpec s = ProcessInstance::hostPaths(
            spec({ QStringLiteral("/var/runtime/bootstrap"), QStringLiteral("/var/taskforce") }));
        QCOMPARE(s.command,
                 (QStringList { m_runtime.path() + QStringLiteral("/bootstrap"), QStringLiteral("/var/taskforce") }));
        QCOMPARE(s.environment.value(QStringLiteral("LAMBDA_TASK_ROOT")), m_code.path());
        QCOMPARE(s.environment.value(QStringLiteral("PYTHONPATH")),
                 m_runtime.path() + QLatin1Char(':') + m_code.path() + QStringLiteral(":/opt/python"));
        QCOMPARE(s.workingDirectory, m_code.path());
    }

    void runsWithEnvironmentAndCwd()
    {
        ProcessBackend backend;
        std::unique_ptr<SandboxInstance> instance(
            backend.create(spec({ QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                                  QStringLiteral("pwd; echo $LAMBDA_TASK_ROOT; echo err >&2; printf tail; exit 4") }),
                           nullptr));
        QSignalSpy output(instance.get(), &SandboxInstance::output);
        QSignalSpy exited(instance.get(), &SandboxInstance::exited);
        QSignalSpy started(instance.get(), &SandboxInstance::started);
        QVERIFY(!instance->memoryLimitEnforced());
        QVERIFY(instance->limitationNote().contains(QLatin1String("isolates nothing")));
        instance->start();
        QVERIFY(exited.wait(10000));
        QCOMPARE(started.size(), 1);
        QList<QByteArray> out;
        QList<QByteArray> err;
        for (const QList<QVariant> &args : std::as_const(output))
            (args.at(1).toBool() ? err : out).append(args.at(0).toByteArray());
        QCOMPARE(out,
                 (QList<QByteArray> { QDir(m_code.path()).canonicalPath().toUtf8(), m_code.path().toUtf8(), "tail" }));
        QCOMPARE(err, QList<QByteArray> { "err" });
        const auto exit = exited.first().first().value<InstanceExit>();
        QCOMPARE(exit.exitCode, 4);
        QCOMPARE(exit.reason, QStringLiteral("exit status 4"));
        QVERIFY(!exit.crashed);
    }

    void killAndMemory()
    {
        ProcessBackend backend;
        std::unique_ptr<SandboxInstance> instance(backend.create(
            spec({ QStringLiteral("python3"), QStringLiteral("-c"),
                   QStringLiteral("import time; b = b'x' * (40 << 20); print('ready', flush=True); time.sleep(60)") }),
            nullptr));
        QSignalSpy output(instance.get(), &SandboxInstance::output);
        QSignalSpy exited(instance.get(), &SandboxInstance::exited);
        instance->start();
        QVERIFY(output.wait(20000));
        QVERIFY(instance->pid() > 0);
        const qint64 peak = instance->maxMemoryUsedBytes();
        QVERIFY2(peak > 40 * 1024 * 1024, qPrintable(QString::number(peak)));
        instance->kill();
        QVERIFY(exited.wait(10000));
        const auto exit = exited.first().first().value<InstanceExit>();
        QCOMPARE(exit.signal, 9);
        QCOMPARE(exit.reason, QStringLiteral("signal: killed"));
        QVERIFY(!exit.crashed);
        QCOMPARE(instance->maxMemoryUsedBytes(), peak);
    }

    void crashIsReported()
    {
        ProcessBackend backend;
        std::unique_ptr<SandboxInstance> instance(backend.create(
            spec({ QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("kill -SEGV $$") }), nullptr));
        QSignalSpy exited(instance.get(), &SandboxInstance::exited);
        instance->start();
        QVERIFY(exited.wait(10000));
        const auto exit = exited.first().first().value<InstanceExit>();
        QCOMPARE(exit.reason, QStringLiteral("signal: segmentation fault"));
        QVERIFY(exit.crashed);
    }

    void missingProgramFails()
    {
        ProcessBackend backend;
        std::unique_ptr<SandboxInstance> instance(
            backend.create(spec({ QStringLiteral("/var/task/nothing") }), nullptr));
        QSignalSpy failed(instance.get(), &SandboxInstance::failed);
        instance->start();
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().toString().contains(m_code.path() + QStringLiteral("/nothing")));
    }

    void shutdownKillsEverything()
    {
        ProcessBackend backend;
        SandboxInstance *instance = backend.create(spec({ QStringLiteral("sleep"), QStringLiteral("60") }), &backend);
        QSignalSpy started(instance, &SandboxInstance::started);
        instance->start();
        QVERIFY(started.wait(10000));
        const qint64 pid = instance->pid();
        QVERIFY(QFile::exists(QStringLiteral("/proc/%1").arg(pid)));
        QSignalSpy finished(&backend, &ContainerBackend::shutdownFinished);
        backend.shutdown();
        // Asynchronous: the process is reaped on its exit signal, with this event loop running.
        QVERIFY(finished.isEmpty());
        QVERIFY(finished.wait(10000));
        QVERIFY(!QFile::exists(QStringLiteral("/proc/%1").arg(pid)));
        QVERIFY(!backend.isBusy());
    }

    void deletingARunningInstanceDoesNotWait()
    {
        ProcessBackend backend;
        auto *instance = backend.create(spec({ QStringLiteral("sleep"), QStringLiteral("60") }), nullptr);
        QSignalSpy started(instance, &SandboxInstance::started);
        instance->start();
        QVERIFY(started.wait(10000));
        const qint64 pid = instance->pid();
        delete instance; // the backend takes the process over
        QVERIFY(backend.isBusy());
        QSignalSpy finished(&backend, &ContainerBackend::shutdownFinished);
        backend.shutdown();
        QVERIFY(finished.wait(10000));
        QVERIFY(!QFile::exists(QStringLiteral("/proc/%1").arg(pid)));
    }

    void shutdownNowIsSynchronous()
    {
        ProcessBackend backend;
        SandboxInstance *instance = backend.create(spec({ QStringLiteral("sleep"), QStringLiteral("60") }), &backend);
        QSignalSpy started(instance, &SandboxInstance::started);
        instance->start();
        QVERIFY(started.wait(10000));
        const qint64 pid = instance->pid();
        backend.shutdownNow(QDeadlineTimer(5000));
        QVERIFY(!QFile::exists(QStringLiteral("/proc/%1").arg(pid)));
        QVERIFY(!backend.isBusy());
    }
};

QTEST_GUILESS_MAIN(TestProcessBackend)
#include "tst_processbackend.moc"
