// SPDX-License-Identifier: MIT
#pragma once

#include "engine/invocation/invocationresult.h"
#include "engine/lessons/lesson.h"
#include "engine/pool/costmeter.h"
#include "engine/pool/poolevent.h"
#include "engine/project/functionconfig.h"
#include "engine/project/projectsettings.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace Bullpen {

class Invoker;
class LoadRunner;

// One check's verdict, with the figures it was decided on. A check that this
// machine cannot show (SnapStart without root, runc and CRIU; a prepared
// sandbox on a backend that makes none) is neither passed nor failed: it is
// "not shown here", and its message says why, in the engine's words.
struct LessonCheckOutcome
{
    enum class Verdict { Failed, Passed, NotShown };
    QString kind;
    Verdict verdict = Verdict::Failed;
    QString message; // "call again:1 reused instance fn-2: 0.9 ms instead of 140.3 ms"
    bool passed() const { return verdict == Verdict::Passed; }
    bool failed() const { return verdict == Verdict::Failed; }
    bool notShown() const { return verdict == Verdict::NotShown; }
    QJsonObject toJson() const;
};

// What one step did and whether its checks held.
struct LessonStepReport
{
    int index = 0;
    QString id;
    QList<LessonCheckOutcome> checks;
    QString error; // an action could not run (the checks were not evaluated)
    int calls = 0;
    // It ran and none of its checks failed (some may not be shown here).
    bool passed() const;
    int notShownCount() const;
    QJsonObject toJson() const;
};

// Plays a lesson's script through the Invoker (the engine's one front door),
// step by step, and checks each step's claims against what actually happened:
// the results of the step's calls and the pool's event stream (instances
// started, reused, expired; throttles; scheduled pings; the cost meter fed by
// the same stream). Play runs the steps one after another; pause stops after
// the step in progress; step runs the next one and pauses; replay stops the
// lesson's instances and settings and starts again from the first step. Owns
// the lesson's copy of the function's configuration and its run settings
// (keep-alive, keep-warm, schedules); the Invoker stays the caller's.
//
// The checks' rules:
//  cold {call}: the call ran on a new instance (a cold start).
//  warm {call, reuses?}: it ran on a warm instance (the same one as "reuses").
//  payloadEquals {call, key, value}: its JSON response has key = value.
//  sameValue {calls: [a, b], key}: both responses have the same key's value.
//  distinctInstances {equals}: the step's calls ran on that many instances.
//  coldCount {equals}: that many of the step's calls were cold.
//  throttled {equals}: that many were refused (TooManyRequestsException).
//  expired {min}: at least that many instances expired during the step.
//  notExpired: none expired and one is still warm at its end.
//  scheduled {min}: at least that many scheduled invocations ran during it.
//  provisionedServed {call}: a provisioned instance served the call, warm.
//  idleCost: nothing was billed during the step while an instance stayed warm.
//  differentValue {calls: [a, b], key}: both responses have the key, with different values.
// "cold" takes "sandbox": "onDemand", "prepared" (a sandbox made ahead of
// need), "snapshot" (the first start of a SnapStart version: its init is the
// one the snapshot is taken of) or "restored" (a copy restored from the
// snapshot). Any check takes "snapStart": true to say that it holds only where
// SnapStart ran; "snapshot" and "restored" imply it. Where the engine said
// that SnapStart is unavailable for the calls the check names (or the step's
// calls), or the backend makes no sandbox ahead for "prepared", the check is
// not shown here, with the engine's reason, instead of failing.
class LessonRunner final : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Running, Paused, Finished };
    Q_ENUM(State)

    explicit LessonRunner(Invoker *invoker, QObject *parent = nullptr);
    ~LessonRunner() override;

    // The lesson, and its project's template (the learner's copy). False with
    // *error when the template cannot be read or lacks the lesson's function.
    bool setLesson(const Lesson &lesson, const QString &templatePath, QString *error);
    const Lesson &lesson() const { return m_lesson; }
    const FunctionConfig &function() const { return m_function; }
    QString projectDirectory() const { return m_projectDirectory; }

    void play();
    void pause();
    void step();
    void replay();
    // Stops what the lesson switched on (keep-warm, schedules, provisioned
    // concurrency) and sets the clock back to real time; the instances stay.
    void stop();

    State state() const { return m_state; }
    bool isStepRunning() const { return m_stepRunning; }
    // The step that runs or ran last (-1 before the first).
    int currentStep() const { return m_current; }
    const QList<LessonStepReport> &reports() const { return m_reports; }
    // Every step ran and no check failed (some may not be shown here).
    bool allPassed() const;
    int notShownCount() const;
    // The whole run as `bullpen lesson run --json` prints it.
    QJsonObject toJson() const;

Q_SIGNALS:
    void stateChanged(Bullpen::LessonRunner::State state);
    void stepStarted(int index);
    // An action of the step in progress, as a person reads it ("invoke 4 at once").
    void actionStarted(int index, const QString &description);
    void stepFinished(int index, const Bullpen::LessonStepReport &report);
    void finished(bool passed);

private:
    struct Call
    {
        QString name; // "step:n"
        QString qualifier; // the alias it invoked; empty: $LATEST
        InvocationResult result;
        bool done = false;
    };
    void setState(State state);
    void startStep();
    void runNextAction();
    void actionDone();
    void actionFailed(const QString &message);
    void finishStep();
    void resetLesson(std::function<void()> then);
    void onPoolEvent(const PoolEvent &event);
    void applyRunSettings();
    void waitForStops(const QSet<QString> &ids);
    // "prepared": until the backend has a sandbox made ahead of need (runc,
    // crun), at once where it makes none; when the step's next call invokes a
    // SnapStart version, until a copy restored from its snapshot is parked
    // instead, at once where SnapStart is unavailable.
    void waitForPreparedSandbox();
    // Whether the step's next invoke action calls a version that SnapStart applies to.
    bool nextCallIsSnapStart() const;
    // Why this play cannot restore from a snapshot: the engine's reason, or
    // the note of the play's latest SnapStart call; empty when it may.
    QString snapStartObstacle() const;
    QString describe(const LessonAction &action) const;

    // The actions.
    void doInvoke(const QJsonObject &p);
    void doLoad(const QJsonObject &p);
    void doProvisioned(const QJsonObject &p);

    // The checks.
    LessonCheckOutcome evaluate(const LessonCheck &check) const;
    LessonCheckOutcome evaluateSnapStart(const Call &call, const QString &sandbox, LessonCheckOutcome out) const;
    const Call *findCall(const QString &reference, QString *why) const;
    QList<const Call *> stepCalls() const;

    QPointer<Invoker> m_invoker;
    Lesson m_lesson;
    FunctionConfig m_function;
    QString m_projectDirectory;
    FunctionRunSettings m_runSettings;
    State m_state = State::Idle;
    bool m_stepRunning = false;
    bool m_pauseAfterStep = false;
    int m_current = -1;
    int m_nextAction = 0;
    quint64 m_generation = 0; // a replay makes the callbacks of the old run stale
    QString m_stepError;
    QList<LessonStepReport> m_reports;

    // What happened.
    QList<Call> m_calls; // every call of the run, in the order asked
    int m_stepFirstCall = 0;
    QList<PoolEvent> m_stepEvents;
    CostMeter m_cost; // the lesson's function, since the run began
    CostTotals m_costAtStepStart;
    QSet<QString> m_alive; // the function's instances now
    QSet<QString> m_provisioned; // those started as provisioned concurrency
    QHash<QString, qint64> m_idleSince; // pool time an instance last went idle
    int m_aliveAtStepStart = 0;
    // A waiting action: done when this says so (checked on each pool event).
    std::function<bool()> m_waitUntil;
    LoadRunner *m_load = nullptr;
    QMetaObject::Connection m_stream;
};

} // namespace Bullpen

Q_DECLARE_METATYPE(Bullpen::LessonStepReport)
