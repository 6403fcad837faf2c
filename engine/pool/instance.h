// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/awsaccount.h"
#include "engine/core/clock.h"
#include "engine/invocation/invocationresult.h"
#include "engine/pool/layerstore.h"
#include "engine/pool/poolevent.h"
#include "engine/pool/runtimecatalog.h"
#include "engine/project/samtemplate.h"
#include "engine/runtimeapi/runtimeapiserver.h"

#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>
#include <QPointer>

#include <optional>

namespace Bullpen {

class ContainerBackend;
class Invocation;
class SandboxInstance;
struct InstanceExit;

enum class InstanceState {
    Starting, // cold start: container and runtime initialising
    Idle, // warm, waiting for work (keep-alive running)
    Busy, // running one invocation
    Expired, // stopped after the keep-alive ran out (or the pool shut down)
    Failed, // crashed, timed out, killed, or failed to initialise
};

QString instanceStateName(InstanceState state);

// What the views see of one execution environment: published on every change.
struct InstanceInfo
{
    QString instanceId;
    QString functionId;
    InstanceState state = InstanceState::Starting;
    qint64 changedAtMs = 0; // pool-clock time of the last state change
    qint64 expiresAtMs = -1; // pool-clock time the keep-alive runs out (Idle only)
    int invocations = 0;
    double initDurationMs = -1;
    qint64 maxMemoryUsedBytes = -1;
    int memorySizeMb = 0;
    QString detail; // why it failed or expired
    InstanceStopReason stopReason = InstanceStopReason::None; // Expired and Failed: why, for the pool's events
    QByteArray lastRequestId; // the invocation it runs or ran last
    bool provisioned = false; // a provisioned-concurrency instance: initialised ahead, never expires
    qint64 pid = -1; // the runtime's process (host pid) once its sandbox is made
    double sandboxDurationMs = -1; // from asking for the sandbox to the runtime's process starting
    ColdStartPhases coldStartPhases; // its start phase by phase, once its init is over
    bool preparedSandbox = false; // its sandbox was made ahead of need (a prepared one)
    // SnapStart: restored from a snapshot (initDurationMs is then its Restore
    // Duration, billedRestoreDurationMs the after-restore hooks'); or why not.
    bool restoredFromSnapshot = false;
    double billedRestoreDurationMs = -1;
    QString snapStartNote;
    qint64 timeoutMs = 0; // the function's timeout (real time)
};

// One execution environment of one function: its own Runtime API listener and
// the sandbox (container or process) running the runtime. It serves one
// invocation at a time and never comes back from Expired or Failed. It lives in
// two time domains: the pool clock (which may run fast) governs its keep-alive
// and its state timestamps; the real clock, never scaled, governs the handler's
// timeout, as the deadline the runtime sees is real time too. It builds each
// invocation's result in its own job state and hands it over once.
class Instance final : public QObject
{
    Q_OBJECT
public:
    Instance(const FunctionConfig &function, const QString &instanceId, const RuntimeLaunch &launch,
             ContainerBackend *backend, Clock *poolClock, Clock *realClock, QObject *parent = nullptr);
    ~Instance() override;

    const InstanceInfo &info() const { return m_info; }
    const FunctionConfig &function() const { return m_function; }
    InstanceState state() const { return m_info.state; }
    // Whether run() may be called: the runtime waits for work (Idle), or it has
    // answered its invocation and will ask for the next one (Lambda hands it a
    // new event only when it calls /next, so the invocation waits for that).
    bool isAvailable() const
    {
        return !m_job
            && (m_info.state == InstanceState::Idle
                || (m_info.state == InstanceState::Busy && m_awaitingNext && m_keepAliveMs > 0));
    }
    // Ready at once (Idle), as opposed to available once its runtime asks again.
    bool isIdle() const { return !m_job && m_info.state == InstanceState::Idle; }

    // How long an idle instance stays warm; 0 stops it after each invocation.
    void setKeepAliveMs(qint64 ms);
    // A provisioned-concurrency instance: its environment says so and it
    // stays warm whatever the keep-alive (it is stopped only on purpose).
    void setProvisioned(bool provisioned) { m_info.provisioned = provisioned; }
    // The pool's key of the function's configuration: a backend may keep a
    // sandbox made ahead for it (InstanceSpec::configurationKey).
    void setConfigurationKey(const QString &key) { m_configurationKey = key; }
    // A root file system for the container instead of the host's.
    void setRootFilesystem(const QString &path) { m_rootFilesystem = path; }
    // Why this instance of a SnapStart function starts without SnapStart
    // (its invocations run $LATEST: SnapStartUse::note); its first
    // invocation's result says so. The sandbox's own note (SnapStart
    // unavailable, a failed restore) comes instead where SnapStart applies.
    void setSnapStartNote(const QString &note) { m_info.snapStartNote = note; }
    // The version its invocations run: "$LATEST" (the default) or "1", the
    // published version its alias points at (WarmPool keeps the two apart,
    // as Lambda runs them in execution environments of their own). Its
    // environment (AWS_LAMBDA_FUNCTION_VERSION, the log stream's [1]), its
    // START lines and the Extensions API's functionVersion say it.
    void setVersion(const QString &version) { m_version = version; }
    // The region and account of its ARN and environment (AWS_REGION, invoked_function_arn).
    void setAccount(const AwsAccount &account) { m_account = account; }
    // The function's layers, merged: bound at /opt; its extensions start with the runtime.
    void setOpt(const PreparedOpt &opt) { m_opt = opt; }
    // Lambda's limit on the init phase (10 s; real time): an init in the init
    // phase that runs longer is stopped, and the invocation waiting for it is
    // handed back (invocationReturned) to be initialised again in its own
    // invoke phase, within its timeout ("suppressed init"). 0: no limit.
    void setInitLimitMs(qint64 ms) { m_initLimitMs = ms; }

    // Starts the cold start; the invocation (if any) runs once init is done.
    // With InitPhase::Invoke the init belongs to that invocation (a re-init
    // after its runtime died, as Lambda's "INIT_START ... phase: invoke"):
    // its timeout covers the init too.
    enum class InitPhase { Init, Invoke };
    // earlierLogs: lines of an earlier init of the same invocation, put first.
    void start(Invocation *first, InitPhase phase = InitPhase::Init, const QStringList &earlierLogs = {});
    // Runs an invocation on an idle instance.
    void run(Invocation *invocation);
    // Stops the instance for good (keep-alive ran out, shutdown, cancel).
    void stop(InstanceState finalState, const QString &detail, InstanceStopReason reason = InstanceStopReason::Stopped);

    qint64 currentMemoryBytes() const;

    // Lines printed by the runtime outside any invocation (for the pool view).
    const QStringList &instanceLog() const { return m_instanceLog; }

Q_SIGNALS:
    void changed(const Bullpen::InstanceInfo &info);
    void invocationDone(Bullpen::Invocation *invocation);
    // The runtime exited before it took the invocation it was given (it had
    // answered the previous one but never asked for the next), or its init ran
    // past the init limit: the invocation is handed back untouched, to be run
    // with a fresh init in its invoke phase. earlierLogs: what the abandoned
    // init said (its INIT_START ... INIT_REPORT), to come before the new init's.
    void invocationReturned(Bullpen::Invocation *invocation, const QStringList &earlierLogs);
    void gone(); // the sandbox has exited and everything is cleaned up
    // Its sandbox is made and the runtime's process runs (info's pid and
    // sandboxDurationMs): the runtime's init begins. Said once, while starting,
    // and always before the change that ends the init.
    void sandboxReady(const Bullpen::InstanceInfo &info);

private:
    void setState(InstanceState state, const QString &detail = {});
    void deliver();
    void onNextRequested();
    void onResponse(const QByteArray &requestId, const QByteArray &body, const QByteArray &contentType);
    void onError(const QByteArray &requestId, const RuntimeError &error);
    void onInitError(const RuntimeError &error);
    void startTimeout(); // the job's timeout on the real clock, and the deadline the runtime is told
    void answered(); // the runtime posted its result; it is released at its next /next
    void initFailed(const QString &errorType, const QString &message, const QByteArray &payload,
                    const QStringList &stackTrace);
    void takeInitInto(InvocationResult &r);
    double initDurationUntil(qint64 endNs, bool *exact) const;
    void settleInitDuration();
    void initPhaseOver(); // the runtime and every extension have asked for work: init is done
    bool extensionsInitDone() const;
    void onExtensionsChanged();
    void onExtensionExited(const QString &name, int status);
    void onExtensionInitError(const QString &name, const QByteArray &errorType);
    void extensionFailure(const QString &errorType, const QString &message);
    // SnapStart: the sandbox's restore (RESTORE_START, RESTORE_REPORT) or why it started cold.
    void noteSnapStart();
    void initSettled(); // the process start is known (or will not be): the init is over
    void afterInit();
    void announceSandbox();
    void notePhases(); // the start's phases into m_info, once the init is over
    QString initStartLine() const;
    // Learns from the backend which image this runtime runs on (once built);
    // false while that is not known (the host's files, or not built yet).
    bool noteRuntimeImage();
    void onResponseTooLarge(const QByteArray &requestId, qsizetype size);
    void onStreamStarted(const QByteArray &requestId, const QByteArray &contentType);
    void onResponseChunk(const QByteArray &requestId, const QByteArray &chunk);
    void onStreamFinished(const QByteArray &requestId);
    void onOutput(const QByteArray &line, bool isStderr);
    void onExited(const InstanceExit &exit);
    void onTimeout();
    void onInitLimit(); // the init phase ran past m_initLimitMs
    void cancelInitLimit();
    QString initReportLine(const QString &status, const QString &errorType = {});
    void onCancel();
    void becomeIdle();
    void engineFailure(EngineErrorKind kind, const QString &message);
    void drainSandboxOutput();
    void takeJob(Invocation *invocation);
    // afterExtensions: the runtime has answered; the invocation ends once every
    // extension subscribed to INVOKE has asked for its next event (Lambda's rule).
    void finishJob(bool afterExtensions = false);
    void failJob(const QString &errorType, const QString &message, const QByteArray &payload = {},
                 InvocationOutcome outcome = InvocationOutcome::FunctionError, bool afterExtensions = false);
    void recordMemory();

    FunctionConfig m_function;
    RuntimeLaunch m_launch;
    ContainerBackend *m_backend;
    Clock *m_poolClock; // keep-alive, state timestamps
    Clock *m_realClock; // the handler's timeout
    RuntimeApiServer m_server;
    SandboxInstance *m_sandbox = nullptr;
    InstanceInfo m_info;
    QPointer<Invocation> m_job;
    // The running job's result, built here until it is handed to m_job once.
    std::optional<InvocationResult> m_result;
    bool m_initDone = false;
    bool m_awaitingNext = false; // answered; the runtime has not called /next again yet
    bool m_jobDelivered = false; // m_job's event went to the runtime
    InitPhase m_initPhase = InitPhase::Init;
    bool m_exited = false;
    bool m_pendingInitLogsTaken = false;
    std::optional<RuntimeError> m_initError;
    QStringList m_pendingLogs; // init output, handed to the first invocation
    QStringList m_instanceLog;
    QElapsedTimer m_initTimer; // from the request for a sandbox
    qint64 m_startWallNs = 0; // wall clock of the request for a sandbox
    bool m_sandboxAnnounced = false;
    bool m_sandboxStarted = false; // its started() came: no other will
    qint64 m_initEndNs = 0; // wall clock of the first /next (or of the failure)
    bool m_initDurationPending = false; // the process start was not known yet at m_initEndNs
    QElapsedTimer m_invokeTimer;
    Clock::TimerId m_timeoutTimer = 0;
    Clock::TimerId m_settleTimer = 0;
    qint64 m_initLimitMs = 10000;
    Clock::TimerId m_initLimitTimer = 0;
    qint64 m_deadlineEpochMs = 0;
    Clock::TimerId m_keepAliveTimer = 0;
    qint64 m_keepAliveMs = 45 * 60 * 1000;
    QString m_rootFilesystem;
    QString m_configurationKey;
    AwsAccount m_account;
    PreparedOpt m_opt;
    // Extensions (the Extensions API is m_server's): the phase rules.
    bool m_runtimeInitReady = false; // the runtime's first /next came; init waits for extensions
    bool m_finishAfterExtensions = false; // answered; the job ends when the extensions have asked again
    bool m_runtimeAskedAgain = false; // ... and meanwhile the runtime asked for its next event
    bool m_shuttingDown = false; // SHUTDOWN delivered; killed when the extensions are done or at the deadline
    Clock::TimerId m_shutdownTimer = 0;
    bool m_extensionExiting = false; // an extension's end is being handled
    QHash<QString, QByteArray> m_extensionExitErrors; // exit/error reported, by extension name
    QString m_runtimeVersion; // the image's, once known ("python 3.13.5 (Debian 13.8)")
    QString m_imageVersion; // the same for INIT_START ("python:3.13.5.bullpen-debian13.8")
    QString m_arn;
    QString m_version = QStringLiteral("$LATEST");
};

} // namespace Bullpen

Q_DECLARE_METATYPE(Bullpen::InstanceInfo)
