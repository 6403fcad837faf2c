// SPDX-License-Identifier: MIT
#pragma once

#include "engine/sandbox/containerbackend.h"
#include "engine/sandbox/docker/dockerbackend.h"

#include <QElapsedTimer>
#include <QPointer>

class QNetworkReply;

namespace Bullpen {

class DirectOutput;

// One instance as a Docker container. start(): take the function's spare
// container (or create one), write the environment file, open the output
// FIFOs, start it; started() when the daemon says it runs and its pid and
// start time are known. The end comes from
// the daemon's wait (condition not-running) on a connection of its own: then
// inspect (exit code, OOMKilled), the container's own log stream (anything
// that did not go through the FIFOs), removal, exited().
class DockerInstance final : public SandboxInstance
{
    Q_OBJECT
public:
    DockerInstance(DockerBackend *backend, const InstanceSpec &spec, QObject *parent = nullptr);
    ~DockerInstance() override;

    void start() override;
    void kill() override;
    qint64 maxMemoryUsedBytes() const override;
    qint64 currentMemoryBytes() const override;
    bool memoryLimitEnforced() const override;
    QString limitationNote() const override;
    void drainOutput() override;

    QString containerId() const { return m_containerId; }
    // What the start cost, for the benchmark: the create call (0 when a spare
    // was taken) and the start call, in milliseconds; -1 until known.
    double createMs() const { return m_createMs; }
    double startMs() const { return m_startMs; }
    bool usedSpare() const { return m_usedSpare; }
    // Gives the container to a teardown of the backend; emits nothing afterwards.
    void handOver();

private:
    void begin();
    void startContainer();
    void onStarted();
    void onInspected(const DockerResponse &response);
    // In the container's own network namespace: the Runtime API's listener,
    // then the line on the gate FIFO that lets the runtime start.
    void openGate();
    void closeGate();
    void onWaitEnded(const DockerResponse &response);
    void finishExit(int statusCode, bool oomKilled);
    void fail(const QString &message);
    QString cgroupFile(const char *v1, const char *v2) const;

    QPointer<DockerBackend> m_backend;
    InstanceSpec m_spec;
    QJsonObject m_config;
    QString m_sparesKey;
    QString m_containerId;
    DockerIoFolder m_io;
    DirectOutput *m_output = nullptr;
    QNetworkReply *m_wait = nullptr;
    QString m_cgroupMemory; // the container's memory cgroup folder, when this engine can see it
    QStringList m_warnings;
    QElapsedTimer m_timer;
    mutable qint64 m_maxMemory = -1;
    double m_createMs = -1;
    double m_startMs = -1;
    bool m_usedSpare = false;
    bool m_startRequested = false;
    bool m_lookedUpImage = false; // the runtime image's labels were asked for once
    int m_gateFd = -1; // the gate FIFO, held open until the container ends
    bool m_gateOpened = false;
    bool m_started = false;
    bool m_done = false;
    bool m_killRequested = false;
    bool m_handedOver = false;
};

} // namespace Bullpen
