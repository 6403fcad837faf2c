// SPDX-License-Identifier: MIT
#include "engine/lessons/lessonrunner.h"

#include "engine/invocation/invocation.h"
#include "engine/invoke/invoker.h"
#include "engine/load/arrivals.h"
#include "engine/load/loadrunner.h"
#include "engine/project/samtemplate.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace Bullpen {

namespace {

// What the engine's note of a SnapStart function that started cold begins
// with when this machine cannot checkpoint at all (no root, no runc, no
// CRIU: SnapStart::unavailableReason, Instance::noteSnapStart), as opposed
// to a snapshot or a restore that failed, which is the function's failure.
const QString SnapStartUnavailable = QStringLiteral("SnapStart unavailable: ");

// Plays of lessons in this process: each play of a SnapStart function is a
// configuration of its own (see LessonRunner::resetLesson).
int playSerial = 0;

// How long an action that waits on the engine (provisioned instances to be
// ready, instances to stop) may take in real time before the step says so.
constexpr int ActionLimitMs = 120000;

QString ms(double value)
{
    return value < 10 ? QString::number(value, 'f', 1) + QStringLiteral(" ms")
                      : QString::number(value, 'f', 0) + QStringLiteral(" ms");
}

QString poolMinutes(qint64 poolMs)
{
    return QString::number(double(poolMs) / 60000.0, 'f', 1) + QStringLiteral(" min");
}

QJsonValue payloadValue(const InvocationResult &r, const QString &key)
{
    const QJsonDocument document = QJsonDocument::fromJson(r.payload);
    QJsonObject o = document.object();
    // An API Gateway-style response carries its JSON in "body".
    if (!o.contains(key) && o.value(QStringLiteral("body")).isString())
        o = QJsonDocument::fromJson(o.value(QStringLiteral("body")).toString().toUtf8()).object();
    return o.value(key);
}

QString show(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isUndefined())
        return QStringLiteral("(nothing)");
    return QString::fromUtf8(QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

} // namespace

QJsonObject LessonCheckOutcome::toJson() const
{
    QJsonObject o { { QStringLiteral("check"), kind },
                    { QStringLiteral("passed"), passed() },
                    { QStringLiteral("message"), message } };
    if (notShown())
        o.insert(QStringLiteral("notShown"), true);
    return o;
}

bool LessonStepReport::passed() const
{
    if (!error.isEmpty())
        return false;
    for (const LessonCheckOutcome &c : checks) {
        if (c.failed())
            return false;
    }
    return true;
}

int LessonStepReport::notShownCount() const
{
    return int(std::count_if(checks.cbegin(), checks.cend(), [](const LessonCheckOutcome &c) { return c.notShown(); }));
}

QJsonObject LessonStepReport::toJson() const
{
    QJsonArray array;
    for (const LessonCheckOutcome &c : checks)
        array.append(c.toJson());
    QJsonObject o { { QStringLiteral("step"), index + 1 },
                    { QStringLiteral("id"), id },
                    { QStringLiteral("passed"), passed() },
                    { QStringLiteral("calls"), calls },
                    { QStringLiteral("checks"), array } };
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    if (const int n = notShownCount())
        o.insert(QStringLiteral("notShown"), n);
    return o;
}

LessonRunner::LessonRunner(Invoker *invoker, QObject *parent)
    : QObject(parent)
    , m_invoker(invoker)
{
    qRegisterMetaType<Bullpen::LessonStepReport>();
    m_stream = connect(invoker, &Invoker::poolEvent, this, &LessonRunner::onPoolEvent);
}

LessonRunner::~LessonRunner() = default;

bool LessonRunner::setLesson(const Lesson &lesson, const QString &templatePath, QString *error)
{
    ProjectError projectError;
    const auto sam = SamTemplate::load(templatePath, &projectError);
    if (!sam) {
        if (error)
            *error = projectError.toString();
        return false;
    }
    const auto function = sam->function(lesson.function, &projectError);
    if (!function) {
        if (error)
            *error = QStringLiteral("the lesson's project %1 has no function %2").arg(templatePath, lesson.function);
        return false;
    }
    ++m_generation;
    m_lesson = lesson;
    m_function = *function;
    m_projectDirectory = QFileInfo(templatePath).absolutePath();
    m_state = State::Idle;
    m_current = -1;
    m_reports.clear();
    m_calls.clear();
    return true;
}

void LessonRunner::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

bool LessonRunner::allPassed() const
{
    if (m_reports.size() != m_lesson.steps.size())
        return false;
    for (const LessonStepReport &r : m_reports) {
        if (!r.passed())
            return false;
    }
    return true;
}

int LessonRunner::notShownCount() const
{
    int n = 0;
    for (const LessonStepReport &r : m_reports)
        n += r.notShownCount();
    return n;
}

QJsonObject LessonRunner::toJson() const
{
    QJsonArray steps;
    for (int i = 0; i < m_lesson.steps.size(); ++i) {
        const LessonStep &s = m_lesson.steps.at(i);
        QJsonObject o = i < m_reports.size()
            ? m_reports.at(i).toJson()
            : QJsonObject { { QStringLiteral("step"), i + 1 }, { QStringLiteral("id"), s.id } };
        o.insert(QStringLiteral("text"), s.text);
        o.insert(QStringLiteral("notice"), s.notice);
        steps.append(o);
    }
    return { { QStringLiteral("lesson"), m_lesson.name },
             { QStringLiteral("title"), m_lesson.title },
             { QStringLiteral("language"), m_lesson.language },
             { QStringLiteral("function"), m_function.logicalId },
             { QStringLiteral("passed"), allPassed() },
             { QStringLiteral("notShown"), notShownCount() },
             { QStringLiteral("steps"), steps } };
}

void LessonRunner::play()
{
    m_pauseAfterStep = false;
    if (m_state == State::Finished || m_state == State::Idle) {
        if (m_state == State::Finished || m_current >= 0) {
            replay();
            return;
        }
        setState(State::Running);
        resetLesson([this] { startStep(); });
        return;
    }
    setState(State::Running);
    if (!m_stepRunning)
        startStep();
}

void LessonRunner::pause()
{
    if (m_state != State::Running)
        return;
    m_pauseAfterStep = true;
    if (!m_stepRunning)
        setState(State::Paused);
}

void LessonRunner::step()
{
    if (m_stepRunning)
        return;
    m_pauseAfterStep = true;
    if (m_state == State::Finished || (m_state == State::Idle && m_current < 0)) {
        const bool again = m_state == State::Finished;
        if (again) {
            m_current = -1;
            m_reports.clear();
            m_calls.clear();
        }
        setState(State::Running);
        resetLesson([this] { startStep(); });
        return;
    }
    setState(State::Running);
    startStep();
}

void LessonRunner::replay()
{
    ++m_generation;
    m_stepRunning = false;
    m_waitUntil = nullptr;
    if (m_load) {
        m_load->disconnect(this);
        m_load->stop();
        m_load->deleteLater();
        m_load = nullptr;
    }
    m_current = -1;
    m_reports.clear();
    m_calls.clear();
    m_pauseAfterStep = false;
    setState(State::Running);
    resetLesson([this] { startStep(); });
}

void LessonRunner::stop()
{
    ++m_generation;
    m_stepRunning = false;
    m_waitUntil = nullptr;
    if (!m_invoker)
        return;
    m_runSettings = FunctionRunSettings();
    m_function.provisionedConcurrentExecutions = 0;
    m_invoker->setKeepWarm(m_function, false, m_runSettings.keepWarmRate);
    for (const ScheduleSource &schedule : std::as_const(m_function.schedules))
        m_invoker->setScheduleEnabled(m_function, schedule.name, false);
    m_invoker->configureFunction(m_function);
    m_invoker->setClockSpeed(1.0);
    if (m_state == State::Running)
        setState(State::Paused);
}

// A clean start: real-time clock, Lambda's defaults for the function, none of
// its instances left from before (a replay begins cold, as the lesson's text
// says), the template's own concurrency settings.
void LessonRunner::resetLesson(std::function<void()> then)
{
    if (!m_invoker)
        return;
    const quint64 generation = m_generation;
    m_runSettings = FunctionRunSettings();
    if (m_function.snapStart) {
        // A snapshot, and the copy restored from it ahead of need, live as
        // long as their configuration: a replay would find them and skip the
        // init the snapshot is taken of. So each play runs a configuration of
        // its own (on Lambda: a version published afresh), which leaves no
        // sandbox made ahead for $LATEST from before either.
        m_function.environment.insert(QStringLiteral("BULLPEN_LESSON_PLAY"), QString::number(++playSerial));
    }
    m_invoker->setClockSpeed(1.0);
    m_invoker->setKeepWarm(m_function, false, m_runSettings.keepWarmRate);
    for (const ScheduleSource &schedule : std::as_const(m_function.schedules))
        m_invoker->setScheduleEnabled(m_function, schedule.name, false);
    m_function.provisionedConcurrentExecutions = 0;
    m_invoker->configureFunction(m_function);
    m_invoker->applyFunctionSettings(m_function, m_runSettings);
    m_cost.clear();
    m_provisioned.clear();
    m_idleSince.clear();
    QSet<QString> ids;
    const QList<InstanceInfo> instances = m_invoker->instances();
    for (const InstanceInfo &info : instances) {
        if (info.functionId == m_function.logicalId && info.state != InstanceState::Expired
            && info.state != InstanceState::Failed)
            ids.insert(info.instanceId);
    }
    m_alive = ids;
    for (const QString &id : std::as_const(ids))
        m_invoker->stopInstance(id);
    if (ids.isEmpty()) {
        QTimer::singleShot(0, this, [this, generation, then] {
            if (generation == m_generation)
                then();
        });
        return;
    }
    m_waitUntil = [this, generation, then, ids]() {
        if (generation != m_generation)
            return true;
        for (const QString &id : ids) {
            if (m_alive.contains(id))
                return false;
        }
        QTimer::singleShot(0, this, [this, generation, then] {
            if (generation == m_generation)
                then();
        });
        return true;
    };
    // The pool may have told of the stops already, while they were asked for.
    if (m_waitUntil())
        m_waitUntil = nullptr;
}

void LessonRunner::startStep()
{
    if (m_stepRunning || !m_invoker)
        return;
    if (m_current + 1 >= m_lesson.steps.size()) {
        setState(State::Finished);
        return;
    }
    ++m_current;
    m_stepRunning = true;
    m_nextAction = 0;
    m_stepError.clear();
    m_stepEvents.clear();
    m_stepFirstCall = int(m_calls.size());
    m_costAtStepStart = m_cost.totalAt(m_invoker->poolNowMs());
    m_aliveAtStepStart = int(m_alive.size());
    Q_EMIT stepStarted(m_current);
    runNextAction();
}

QString LessonRunner::describe(const LessonAction &a) const
{
    const QJsonObject &p = a.parameters;
    if (a.kind == u"invoke") {
        const int count = p.value(QStringLiteral("count")).toInt(1);
        // Lambda's qualified name where the function has an alias: Hello:live, Hello:$LATEST.
        const QString name = m_function.autoPublishAlias.isEmpty() ? m_function.logicalId
                                                                   : m_function.logicalId + u':'
                + (p.value(QStringLiteral("alias")).toBool() ? m_function.autoPublishAlias : QStringLiteral("$LATEST"));
        if (count == 1)
            return tr("invoke %1").arg(name);
        return p.value(QStringLiteral("concurrent")).toBool()
            ? tr("invoke %1 %n times at once", nullptr, count).arg(name)
            : tr("invoke %1 %n times, one after another", nullptr, count).arg(name);
    }
    if (a.kind == u"wait")
        return tr("wait %1 of pool time")
            .arg(poolMinutes(qint64(p.value(QStringLiteral("poolMinutes")).toDouble() * 60000
                                    + p.value(QStringLiteral("poolSeconds")).toDouble() * 1000)));
    if (a.kind == u"clock")
        return tr("run the pool clock at ×%1").arg(p.value(QStringLiteral("speed")).toDouble());
    if (a.kind == u"keepAlive")
        return tr("set the keep-alive to %1 min").arg(p.value(QStringLiteral("minutes")).toDouble());
    if (a.kind == u"keepWarm")
        return tr("ping the function on %1").arg(p.value(QStringLiteral("rate")).toString());
    if (a.kind == u"schedule")
        return tr("turn on the schedule %1").arg(p.value(QStringLiteral("name")).toString());
    if (a.kind == u"reserved")
        return tr("reserve %1 concurrent executions").arg(p.value(QStringLiteral("count")).toInt());
    if (a.kind == u"provisioned")
        return tr("provision %n instances", nullptr, p.value(QStringLiteral("count")).toInt());
    if (a.kind == u"stop")
        return tr("stop every instance of %1").arg(m_function.logicalId);
    if (a.kind == u"expire")
        return tr("expire the idle instances now");
    if (a.kind == u"prepared") {
        if (nextCallIsSnapStart()) {
            const QString obstacle = snapStartObstacle();
            return obstacle.isEmpty()
                ? tr("wait for a copy restored from the snapshot ahead of need")
                : tr("wait for a copy restored from the snapshot ahead of need (none here: %1)").arg(obstacle);
        }
        return m_invoker && m_invoker->preparesSandboxes()
            ? tr("wait for a sandbox made ahead of need")
            : tr("wait for a sandbox made ahead of need (this backend makes none)");
    }
    if (a.kind == u"load")
        return tr("load: %1 for %2 s of pool time")
            .arg(p.value(QStringLiteral("shape")).toString())
            .arg(p.value(QStringLiteral("seconds")).toDouble());
    return a.kind;
}

void LessonRunner::runNextAction()
{
    if (!m_stepRunning || !m_invoker)
        return;
    const LessonStep &step = m_lesson.steps.at(m_current);
    if (m_nextAction >= step.actions.size()) {
        // Let the stream's last events (an instance going idle after its
        // result) arrive before the checks read them.
        const quint64 generation = m_generation;
        QTimer::singleShot(50, this, [this, generation] {
            if (generation == m_generation)
                finishStep();
        });
        return;
    }
    const LessonAction &action = step.actions.at(m_nextAction++);
    const QJsonObject &p = action.parameters;
    Q_EMIT actionStarted(m_current, describe(action));
    if (action.kind == u"invoke") {
        doInvoke(p);
    } else if (action.kind == u"load") {
        doLoad(p);
    } else if (action.kind == u"clock") {
        const double speed = p.value(QStringLiteral("speed")).toDouble();
        if (speed <= 0)
            return actionFailed(tr("clock: \"speed\" must be above 0"));
        m_invoker->setClockSpeed(speed);
        actionDone();
    } else if (action.kind == u"wait") {
        const qint64 poolMs = qint64(p.value(QStringLiteral("poolMinutes")).toDouble() * 60000.0
                                     + p.value(QStringLiteral("poolSeconds")).toDouble() * 1000.0);
        if (poolMs <= 0)
            return actionFailed(tr("wait: give \"poolMinutes\" or \"poolSeconds\""));
        const quint64 generation = m_generation;
        m_invoker->schedulePoolTimer(poolMs, this, [this, generation] {
            if (generation == m_generation)
                actionDone();
        });
    } else if (action.kind == u"keepAlive") {
        m_runSettings.keepAliveMs = qint64(p.value(QStringLiteral("minutes")).toDouble() * 60000.0);
        applyRunSettings();
        actionDone();
    } else if (action.kind == u"keepWarm") {
        m_runSettings.keepWarm = true;
        m_runSettings.keepWarmRate = p.value(QStringLiteral("rate")).toString(m_runSettings.keepWarmRate);
        QString error;
        if (!m_invoker->setKeepWarm(m_function, true, m_runSettings.keepWarmRate, &error))
            return actionFailed(QStringLiteral("keepWarm: ") + error);
        actionDone();
    } else if (action.kind == u"schedule") {
        const QString name = p.value(QStringLiteral("name")).toString();
        QString error;
        if (!m_invoker->setScheduleEnabled(m_function, name, true, &error))
            return actionFailed(tr("schedule %1: %2").arg(name, error));
        m_runSettings.enabledSchedules.append(name);
        actionDone();
    } else if (action.kind == u"reserved") {
        m_function.reservedConcurrentExecutions = p.value(QStringLiteral("count")).toInt(-1);
        actionDone();
    } else if (action.kind == u"provisioned") {
        doProvisioned(p);
    } else if (action.kind == u"stop" || action.kind == u"expire") {
        QSet<QString> ids;
        const QList<InstanceInfo> instances = m_invoker->instances();
        for (const InstanceInfo &info : instances) {
            if (info.functionId != m_function.logicalId)
                continue;
            if (action.kind == u"stop" && info.state != InstanceState::Expired && info.state != InstanceState::Failed) {
                ids.insert(info.instanceId);
                m_invoker->stopInstance(info.instanceId);
            } else if (action.kind == u"expire" && info.state == InstanceState::Idle && !info.provisioned) {
                ids.insert(info.instanceId);
            }
        }
        if (action.kind == u"expire")
            m_invoker->expireIdleInstances(m_function.logicalId);
        waitForStops(ids);
    } else if (action.kind == u"prepared") {
        waitForPreparedSandbox();
    } else {
        actionFailed(tr("unknown action \"%1\"").arg(action.kind));
    }
}

void LessonRunner::applyRunSettings()
{
    QString error;
    m_invoker->applyFunctionSettings(m_function, m_runSettings, &error);
}

void LessonRunner::waitForStops(const QSet<QString> &ids)
{
    if (ids.isEmpty()) {
        actionDone();
        return;
    }
    const quint64 generation = m_generation;
    m_waitUntil = [this, ids] {
        for (const QString &id : ids) {
            if (m_alive.contains(id))
                return false;
        }
        actionDone();
        return true;
    };
    // The pool may have told of the stops already, while they were asked for.
    if (m_waitUntil()) {
        m_waitUntil = nullptr;
        return;
    }
    QTimer::singleShot(ActionLimitMs, this, [this, generation] {
        if (generation == m_generation && m_waitUntil) {
            m_waitUntil = nullptr;
            actionFailed(tr("the instances did not stop within %1 s").arg(ActionLimitMs / 1000));
        }
    });
}

bool LessonRunner::nextCallIsSnapStart() const
{
    if (!m_function.snapStart || m_function.autoPublishAlias.isEmpty() || m_current < 0)
        return false;
    // Lambda applies SnapStart to published versions: the alias's calls, never $LATEST's.
    const QList<LessonAction> &actions = m_lesson.steps.at(m_current).actions;
    for (qsizetype i = m_nextAction; i < actions.size(); ++i) {
        if (actions.at(i).kind == u"invoke")
            return actions.at(i).parameters.value(QStringLiteral("alias")).toBool();
    }
    return false;
}

QString LessonRunner::snapStartObstacle() const
{
    if (m_invoker) {
        if (const QString why = m_invoker->snapStartUnavailableReason(); !why.isEmpty())
            return SnapStartUnavailable + why;
    }
    // What the engine said of the play's latest SnapStart start: unavailable
    // (`criu check` is asked on the first), or a snapshot that could not be taken.
    for (auto it = m_calls.crbegin(); it != m_calls.crend(); ++it) {
        if (it->done && !it->qualifier.isEmpty() && it->result.coldStart)
            return it->result.snapStartNote;
    }
    return {};
}

void LessonRunner::waitForPreparedSandbox()
{
    // The next call takes a copy restored from the snapshot, not a prepared
    // sandbox (SnapStartStore::replenish restores one after a copy has
    // started). Where SnapStart cannot run, nothing comes: the "cold" check
    // with "sandbox": "restored" says why.
    const bool restored = nextCallIsSnapStart();
    // A backend that makes none (the process backend, Docker): nothing to
    // wait for; the "cold" check with "sandbox": "prepared" says why.
    if (restored ? !snapStartObstacle().isEmpty() : !m_invoker->preparesSandboxes()) {
        actionDone();
        return;
    }
    auto ready = [this, restored] {
        return (restored ? m_invoker->restoredSpareCount() : m_invoker->preparedSandboxCount()) > 0;
    };
    if (ready()) {
        actionDone();
        return;
    }
    // The backend says nothing when one is ready: look every 20 ms.
    const quint64 generation = m_generation;
    QElapsedTimer elapsed;
    elapsed.start();
    auto *poll = new QTimer(this);
    poll->setInterval(20);
    connect(poll, &QTimer::timeout, this, [this, generation, elapsed, poll, ready, restored] {
        if (generation != m_generation || !m_invoker) {
            poll->deleteLater(); // stopped or replayed meanwhile
            return;
        }
        if (ready()) {
            poll->deleteLater();
            poll->stop();
            actionDone();
        } else if (elapsed.elapsed() > ActionLimitMs) {
            poll->deleteLater();
            poll->stop();
            actionFailed(
                restored
                    ? tr("no copy was restored from the snapshot ahead of need within %1 s").arg(ActionLimitMs / 1000)
                    : tr("no sandbox was made ahead of need within %1 s").arg(ActionLimitMs / 1000));
        }
    });
    poll->start();
}

void LessonRunner::doInvoke(const QJsonObject &p)
{
    const int count = p.value(QStringLiteral("count")).toInt(1);
    const bool concurrent = p.value(QStringLiteral("concurrent")).toBool();
    QByteArray payload = "{}";
    const QString event = p.value(QStringLiteral("event")).toString();
    if (!event.isEmpty()) {
        QFile file(m_projectDirectory + u'/' + event);
        if (!file.open(QIODevice::ReadOnly))
            return actionFailed(tr("invoke: cannot read the event %1: %2").arg(file.fileName(), file.errorString()));
        payload = file.readAll();
    }
    InvokeOptions options;
    if (p.value(QStringLiteral("alias")).toBool())
        options.qualifier = m_function.autoPublishAlias;
    const QString stepId = m_lesson.steps.at(m_current).id;
    const int first = int(m_calls.size());
    for (int i = 0; i < count; ++i)
        m_calls.append(
            { QStringLiteral("%1:%2").arg(stepId).arg(first - m_stepFirstCall + i + 1), options.qualifier, {}, false });
    const quint64 generation = m_generation;
    // Sequential calls start one after another's result; concurrent ones all at once.
    // The pending invocations hold the function that starts the next; it holds itself weakly.
    auto start = std::make_shared<std::function<void(int)>>();
    std::weak_ptr<std::function<void(int)>> weak = start;
    *start = [this, generation, first, count, concurrent, payload, options, weak](int i) {
        const auto self = weak.lock();
        if (generation != m_generation || !m_invoker || !self)
            return;
        Invocation *invocation = m_invoker->invoke(m_function, payload, options);
        connect(invocation, &Invocation::finished, this,
                [this, generation, first, count, concurrent, i, start = self](const InvocationResult &r) {
                    if (generation != m_generation)
                        return;
                    m_calls[first + i].result = r;
                    m_calls[first + i].done = true;
                    if (!concurrent && i + 1 < count) {
                        (*start)(i + 1);
                        return;
                    }
                    for (int k = first; k < first + count; ++k) {
                        if (!m_calls.at(k).done)
                            return;
                    }
                    actionDone();
                });
    };
    if (concurrent) {
        for (int i = 0; i < count; ++i)
            (*start)(i);
    } else {
        (*start)(0);
    }
}

void LessonRunner::doLoad(const QJsonObject &p)
{
    QString error;
    const auto shape = ArrivalShape::parse(p.value(QStringLiteral("shape")).toString(), &error);
    if (!shape)
        return actionFailed(QStringLiteral("load: ") + error);
    LoadPlan plan;
    plan.functions = { m_function };
    plan.durationMs = qint64(p.value(QStringLiteral("seconds")).toDouble(1) * 1000.0);
    plan.arrivals = generateArrivals(*shape, plan.durationMs);
    plan.description = shape->describe();
    m_load = new LoadRunner(m_invoker.data(), this);
    const quint64 generation = m_generation;
    const QString stepId = m_lesson.steps.at(m_current).id;
    connect(m_load, &LoadRunner::recordReady, this, [this, generation, stepId](const LoadRecord &record) {
        if (generation != m_generation)
            return;
        // The load's calls count as the step's calls (their results as the record has them).
        Call call;
        call.name = QStringLiteral("%1:%2").arg(stepId).arg(m_calls.size() - m_stepFirstCall + 1);
        call.result.requestId = record.requestId;
        call.result.functionId = record.functionId;
        call.result.instanceId = record.instanceId;
        call.result.outcome = record.outcome;
        call.result.coldStart = record.coldStart;
        call.result.durationMs = record.durationMs;
        call.result.errorType = record.errorType;
        call.done = true;
        m_calls.append(call);
    });
    connect(m_load, &LoadRunner::finished, this, [this, generation] {
        if (generation != m_generation)
            return;
        m_load->deleteLater();
        m_load = nullptr;
        actionDone();
    });
    if (!m_load->start(plan, &error)) {
        m_load->deleteLater();
        m_load = nullptr;
        actionFailed(QStringLiteral("load: ") + error);
    }
}

void LessonRunner::doProvisioned(const QJsonObject &p)
{
    const int count = p.value(QStringLiteral("count")).toInt();
    if (m_function.autoPublishAlias.isEmpty())
        return actionFailed(tr("provisioned: the function has no AutoPublishAlias; provisioned "
                               "concurrency applies to an alias"));
    m_function.provisionedConcurrentExecutions = count;
    m_invoker->configureFunction(m_function);
    const quint64 generation = m_generation;
    // Ready: that many provisioned instances of the function have finished their init.
    auto ready = [this, count] {
        int n = 0;
        const QList<InstanceInfo> instances = m_invoker->instances();
        for (const InstanceInfo &info : instances) {
            n += info.functionId == m_function.logicalId && info.provisioned
                && (info.state == InstanceState::Idle || info.state == InstanceState::Busy);
        }
        return n >= count;
    };
    if (ready()) {
        actionDone();
        return;
    }
    m_waitUntil = [this, ready] {
        if (!ready())
            return false;
        actionDone();
        return true;
    };
    QTimer::singleShot(ActionLimitMs, this, [this, generation] {
        if (generation == m_generation && m_waitUntil) {
            m_waitUntil = nullptr;
            actionFailed(tr("the provisioned instances were not ready within %1 s").arg(ActionLimitMs / 1000));
        }
    });
}

void LessonRunner::actionDone()
{
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation)
            runNextAction();
    });
}

void LessonRunner::actionFailed(const QString &message)
{
    m_stepError = message;
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation)
            finishStep();
    });
}

void LessonRunner::finishStep()
{
    if (!m_stepRunning)
        return;
    LessonStepReport report;
    report.index = m_current;
    report.id = m_lesson.steps.at(m_current).id;
    report.error = m_stepError;
    report.calls = int(m_calls.size()) - m_stepFirstCall;
    if (m_stepError.isEmpty()) {
        for (const LessonCheck &check : m_lesson.steps.at(m_current).checks)
            report.checks.append(evaluate(check));
    }
    m_stepRunning = false;
    m_reports.append(report);
    Q_EMIT stepFinished(m_current, report);
    const bool last = m_current + 1 >= m_lesson.steps.size();
    if (last || !report.error.isEmpty()) {
        // What the lesson switched on stops with it; its instances stay to be looked at.
        m_invoker->setKeepWarm(m_function, false, m_runSettings.keepWarmRate);
        for (const QString &name : std::as_const(m_runSettings.enabledSchedules))
            m_invoker->setScheduleEnabled(m_function, name, false);
        if (m_function.provisionedConcurrentExecutions > 0) {
            m_function.provisionedConcurrentExecutions = 0;
            m_invoker->configureFunction(m_function);
        }
        m_invoker->setClockSpeed(1.0);
        if (!last)
            m_current = int(m_lesson.steps.size()) - 1;
        setState(State::Finished);
        Q_EMIT finished(allPassed());
        return;
    }
    if (m_pauseAfterStep) {
        setState(State::Paused);
        return;
    }
    startStep();
}

void LessonRunner::onPoolEvent(const PoolEvent &event)
{
    if (event.functionId != m_function.logicalId || m_function.logicalId.isEmpty())
        return;
    m_cost.add(event);
    switch (event.type) {
    case PoolEventType::InstanceStarting:
        m_alive.insert(event.instanceId);
        if (event.provisioned)
            m_provisioned.insert(event.instanceId);
        break;
    case PoolEventType::InstanceStopped:
        m_alive.remove(event.instanceId);
        break;
    case PoolEventType::InstanceIdle:
        m_idleSince.insert(event.instanceId, event.poolTimeMs);
        break;
    default:
        break;
    }
    if (m_stepRunning)
        m_stepEvents.append(event);
    if (m_waitUntil) {
        auto wait = m_waitUntil;
        if (wait())
            m_waitUntil = nullptr;
    }
}

QList<const LessonRunner::Call *> LessonRunner::stepCalls() const
{
    QList<const Call *> list;
    for (int i = m_stepFirstCall; i < m_calls.size(); ++i)
        list.append(&m_calls.at(i));
    return list;
}

const LessonRunner::Call *LessonRunner::findCall(const QString &reference, QString *why) const
{
    // "n" is the step's n-th call; "step:n" another step's.
    const QString name = reference.contains(u':')
        ? reference
        : QStringLiteral("%1:%2").arg(m_lesson.steps.at(m_current).id, reference);
    for (const Call &call : m_calls) {
        if (call.name == name)
            return call.done ? &call : nullptr;
    }
    if (why)
        *why = tr("there is no call %1").arg(name);
    return nullptr;
}

LessonCheckOutcome LessonRunner::evaluate(const LessonCheck &check) const
{
    LessonCheckOutcome out;
    out.kind = check.kind;
    const QJsonObject &p = check.parameters;
    auto callRef = [&p](const QString &key) {
        const QJsonValue v = p.value(key);
        return v.isDouble() ? QString::number(v.toInt()) : v.toString();
    };
    auto verdict = [&out](LessonCheckOutcome::Verdict v, const QString &message) {
        out.verdict = v;
        out.message = message;
        return out;
    };
    auto fail = [&verdict](const QString &message) { return verdict(LessonCheckOutcome::Verdict::Failed, message); };
    auto pass = [&verdict](const QString &message) { return verdict(LessonCheckOutcome::Verdict::Passed, message); };
    auto notShown
        = [&verdict](const QString &message) { return verdict(LessonCheckOutcome::Verdict::NotShown, message); };
    auto ranOrSay = [](const Call *c) -> QString {
        if (c->result.ran())
            return {};
        return tr("call %1 did not run: %2 %3").arg(c->name, c->result.errorType, c->result.engineError);
    };
    auto reference = [](const QJsonValue &v) { return v.isDouble() ? QString::number(v.toInt()) : v.toString(); };

    // A claim that holds only where SnapStart ran: where the engine said that
    // it cannot run on this machine, the claim is not shown, with its reason.
    // A snapshot or a restore claimed for a call of $LATEST is false anywhere.
    const QString sandbox = p.value(QStringLiteral("sandbox")).toString();
    const bool snapStartKind = check.kind == u"cold" && (sandbox == u"snapshot" || sandbox == u"restored");
    if (snapStartKind) {
        const Call *c = findCall(callRef(QStringLiteral("call")), nullptr);
        if (c && c->qualifier.isEmpty())
            return fail(tr("call %1 invoked $LATEST, which SnapStart does not apply to: Lambda takes snapshots of "
                           "published versions only (invoke the alias)")
                            .arg(c->name));
    }
    if (snapStartKind || p.value(QStringLiteral("snapStart")).toBool()) {
        QList<const Call *> named;
        if (p.contains(QStringLiteral("call"))) {
            if (const Call *c = findCall(callRef(QStringLiteral("call")), nullptr))
                named.append(c);
        }
        for (const QJsonValue &v : p.value(QStringLiteral("calls")).toArray()) {
            if (const Call *c = findCall(reference(v), nullptr))
                named.append(c);
        }
        if (!p.contains(QStringLiteral("call")) && !p.contains(QStringLiteral("calls")))
            named = stepCalls();
        for (const Call *c : std::as_const(named)) {
            const InvocationResult &r = c->result;
            if (r.snapStartNote.startsWith(SnapStartUnavailable))
                return notShown(tr("this machine cannot show it. %1. Call %2 started instance %3 cold as usual "
                                   "instead: init %4, then %5 in the handler")
                                    .arg(r.snapStartNote, c->name, r.instanceId, ms(qMax(0.0, r.initDurationMs)),
                                         ms(r.durationMs)));
        }
    }

    if (check.kind == u"cold" || check.kind == u"warm" || check.kind == u"provisionedServed") {
        QString why;
        const Call *c = findCall(callRef(QStringLiteral("call")), &why);
        if (!c)
            return fail(why.isEmpty() ? tr("the call has no result") : why);
        if (const QString e = ranOrSay(c); !e.isEmpty())
            return fail(e);
        const InvocationResult &r = c->result;
        if (check.kind == u"cold") {
            if (!r.coldStart)
                return fail(tr("call %1 found instance %2 warm (%3): no cold start")
                                .arg(c->name, r.instanceId, ms(r.durationMs)));
            if (sandbox == u"snapshot" || sandbox == u"restored")
                return evaluateSnapStart(*c, sandbox, out);
            // A copy restored from a snapshot is neither kind of ordinary start.
            if (r.restoredFromSnapshot && (sandbox == u"prepared" || sandbox == u"onDemand"))
                return fail(tr("call %1 woke instance %2, restored from a snapshot: no init of its own")
                                .arg(c->name, r.instanceId));
            // Which kind of cold start: its sandbox made ahead of need, or on demand.
            const QString kind
                = r.preparedSandbox ? tr("from a sandbox prepared ahead of need") : tr("with a sandbox made on demand");
            if (sandbox == u"prepared" && !r.preparedSandbox) {
                if (m_invoker && !m_invoker->preparesSandboxes())
                    return notShown(tr("this machine cannot show it. The %1 backend makes no sandbox ahead of "
                                       "need (runc and crun do); call %2 made its sandbox on demand")
                                        .arg(m_invoker->backendInfo().id, c->name));
                return fail(tr("call %1 started instance %2 with a sandbox made on demand, not a prepared one")
                                .arg(c->name, r.instanceId));
            }
            if (sandbox == u"onDemand" && r.preparedSandbox)
                return fail(tr("call %1 started instance %2 from a prepared sandbox, not one made on demand")
                                .arg(c->name, r.instanceId));
            if (r.restoredFromSnapshot)
                return evaluateSnapStart(*c, QStringLiteral("restored"), out);
            return pass(tr("call %1 started a new instance, %2, %3: whole start %4, init %5, then %6 in the handler")
                            .arg(c->name, r.instanceId, kind,
                                 r.coldStartPhases.isKnown() ? ms(r.coldStartPhases.totalMs) : tr("not measured"),
                                 ms(qMax(0.0, r.initDurationMs)), ms(r.durationMs)));
        }
        if (check.kind == u"provisionedServed") {
            if (r.coldStart || !m_provisioned.contains(r.instanceId))
                return fail(tr("call %1 ran on %2, %3 instance%4")
                                .arg(c->name, r.instanceId,
                                     m_provisioned.contains(r.instanceId) ? tr("a provisioned") : tr("an on-demand"),
                                     r.coldStart ? tr(", cold") : QString()));
            return pass(tr("call %1 ran on provisioned instance %2, initialised before any call: no "
                           "cold start, %3 in the handler")
                            .arg(c->name, r.instanceId, ms(r.durationMs)));
        }
        if (r.coldStart)
            return fail(tr("call %1 started a new instance, %2 (init %3): it was cold")
                            .arg(c->name, r.instanceId, ms(qMax(0.0, r.initDurationMs))));
        const QString reuses = callRef(QStringLiteral("reuses"));
        if (!reuses.isEmpty()) {
            const Call *earlier = findCall(reuses, &why);
            if (!earlier)
                return fail(why);
            if (earlier->result.instanceId != r.instanceId)
                return fail(tr("call %1 ran warm on %2, not on %3 that served %4")
                                .arg(c->name, r.instanceId, earlier->result.instanceId, earlier->name));
            const double before = earlier->result.durationMs + qMax(0.0, earlier->result.initDurationMs);
            return pass(tr("call %1 reused instance %2: %3 instead of %4 (%5's init and handler)")
                            .arg(c->name, r.instanceId, ms(r.durationMs), ms(before), earlier->name));
        }
        return pass(tr("call %1 found instance %2 warm: %3 in the handler, no init")
                        .arg(c->name, r.instanceId, ms(r.durationMs)));
    }
    if (check.kind == u"payloadEquals") {
        QString why;
        const Call *c = findCall(callRef(QStringLiteral("call")), &why);
        if (!c)
            return fail(why);
        if (const QString e = ranOrSay(c); !e.isEmpty())
            return fail(e);
        const QString key = p.value(QStringLiteral("key")).toString();
        const QJsonValue got = payloadValue(c->result, key);
        const QJsonValue want = p.value(QStringLiteral("value"));
        if (got != want)
            return fail(tr("call %1 answered %2 = %3, not %4 (instance %5%6)")
                            .arg(c->name, key, show(got), show(want), c->result.instanceId,
                                 c->result.coldStart ? tr(", cold") : tr(", warm")));
        return pass(
            tr("call %1 answered %2 = %3 (instance %4%5)")
                .arg(c->name, key, show(got), c->result.instanceId, c->result.coldStart ? tr(", cold") : tr(", warm")));
    }
    if (check.kind == u"sameValue" || check.kind == u"differentValue") {
        const QJsonArray refs = p.value(QStringLiteral("calls")).toArray();
        const QString key = p.value(QStringLiteral("key")).toString();
        if (refs.size() != 2)
            return fail(tr("%1 needs two calls").arg(check.kind));
        QString why;
        const Call *a = findCall(reference(refs.at(0)), &why);
        const Call *b = findCall(reference(refs.at(1)), &why);
        if (!a || !b)
            return fail(why);
        const QJsonValue va = payloadValue(a->result, key), vb = payloadValue(b->result, key);
        const QString saw = tr("call %1 saw %2 = %3, call %4 saw %5").arg(a->name, key, show(va), b->name, show(vb));
        if (check.kind == u"differentValue") {
            if (va.isUndefined() || va.isNull() || vb.isUndefined() || vb.isNull() || va == vb)
                return fail(saw);
            return pass(
                saw + tr(": each drew its own (instances %1 and %2)").arg(a->result.instanceId, b->result.instanceId));
        }
        if (va.isUndefined() || va != vb)
            return fail(saw);
        if (a->result.instanceId != b->result.instanceId)
            return pass(tr("calls %1 and %2 both saw %3 = %4 on two instances (%5 and %6): made once, in the init "
                           "that both started from")
                            .arg(a->name, b->name, key, show(va), a->result.instanceId, b->result.instanceId));
        return pass(tr("calls %1 and %2 both saw %3 = %4: made once, kept in the instance's memory (%5)")
                        .arg(a->name, b->name, key, show(va), b->result.instanceId));
    }
    const QList<const Call *> calls = stepCalls();
    const int equals = p.value(QStringLiteral("equals")).toInt(-1);
    if (check.kind == u"distinctInstances" || check.kind == u"coldCount") {
        QStringList instances;
        int cold = 0, ran = 0;
        for (const Call *c : calls) {
            if (!c->result.ran())
                continue;
            ++ran;
            cold += c->result.coldStart;
            if (!instances.contains(c->result.instanceId))
                instances.append(c->result.instanceId);
        }
        const int got = check.kind == u"coldCount" ? cold : int(instances.size());
        const QString message = tr("%1 on %n instance(s) (%2); %3 of them cold", nullptr, int(instances.size()))
                                    .arg(tr("%n call(s) ran", nullptr, ran), instances.join(QStringLiteral(", ")))
                                    .arg(cold);
        return got == equals ? pass(message) : fail(message + tr("; expected %1").arg(equals));
    }
    if (check.kind == u"onDemandCold") {
        // Of the step's cold starts, at least this many made their sandbox on
        // demand (a backend keeps at most one made ahead per configuration,
        // so of two at once one makes its own).
        const int atLeast = p.value(QStringLiteral("atLeast")).toInt(1);
        int onDemand = 0, prepared = 0;
        for (const Call *c : calls) {
            if (!c->result.ran() || !c->result.coldStart)
                continue;
            (c->result.preparedSandbox ? prepared : onDemand) += 1;
        }
        const QString message = tr("%1 cold start(s) made their sandbox on demand, %2 took one prepared ahead of need")
                                    .arg(onDemand)
                                    .arg(prepared);
        return onDemand >= atLeast ? pass(message)
                                   : fail(message + tr("; expected at least %1 on demand").arg(atLeast));
    }
    if (check.kind == u"throttled") {
        int throttled = 0, ran = 0;
        QString reason;
        for (const Call *c : calls) {
            if (c->result.outcome == InvocationOutcome::Refused && c->result.errorType == u"TooManyRequestsException") {
                ++throttled;
                reason = QJsonDocument::fromJson(c->result.payload).object().value(QStringLiteral("Reason")).toString();
            }
            ran += c->result.ran();
        }
        const QString message
            = tr("%1 of %n call(s) ran, %2 refused with TooManyRequestsException%3", nullptr, int(calls.size()))
                  .arg(ran)
                  .arg(throttled)
                  .arg(reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(reason));
        return throttled == equals ? pass(message) : fail(message + tr("; expected %1 refused").arg(equals));
    }
    if (check.kind == u"expired" || check.kind == u"notExpired") {
        QStringList expired;
        for (const PoolEvent &e : m_stepEvents) {
            if (e.type == PoolEventType::InstanceStopped && e.stopReason == InstanceStopReason::Expired) {
                const qint64 since = m_idleSince.value(e.instanceId, -1);
                expired.append(
                    since >= 0 ? tr("%1 after %2 idle (pool time)").arg(e.instanceId, poolMinutes(e.poolTimeMs - since))
                               : e.instanceId);
            }
        }
        if (check.kind == u"expired") {
            const int min = p.value(QStringLiteral("min")).toInt(1);
            if (expired.size() < min)
                return fail(
                    tr("no instance expired during the step (%n alive at its end)", nullptr, int(m_alive.size())));
            return pass(QStringLiteral("expired: %1").arg(expired.join(QStringLiteral("; "))));
        }
        if (!expired.isEmpty())
            return fail(QStringLiteral("expired: %1").arg(expired.join(QStringLiteral("; "))));
        if (m_alive.isEmpty())
            return fail(tr("no instance of %1 is left").arg(m_function.logicalId));
        return pass(tr("no instance expired; %n still warm at the step's end", nullptr, int(m_alive.size())));
    }
    if (check.kind == u"scheduled") {
        int scheduled = 0, cold = 0;
        qint64 first = -1, last = -1;
        for (const PoolEvent &e : m_stepEvents) {
            if (e.type == PoolEventType::InvocationFinished && e.source == InvocationSource::Schedule) {
                ++scheduled;
                cold += e.coldStart;
                if (first < 0)
                    first = e.poolTimeMs;
                last = e.poolTimeMs;
            }
        }
        const int min = p.value(QStringLiteral("min")).toInt(1);
        const QString message
            = tr("%n scheduled invocation(s) ran%1, %2 of them cold", nullptr, scheduled)
                  .arg(scheduled > 1 ? tr(" over %1 of pool time").arg(poolMinutes(last - first)) : QString())
                  .arg(cold);
        return scheduled >= min ? pass(message) : fail(message + tr("; expected at least %1").arg(min));
    }
    if (check.kind == u"idleCost") {
        const CostTotals before = m_costAtStepStart;
        const CostTotals now = m_cost.totalAt(m_invoker ? m_invoker->poolNowMs() : 0);
        const qint64 requests = now.requests - before.requests;
        const double gbs = now.gbSeconds - before.gbSeconds;
        const double dollars = now.totalCost() - before.totalCost();
        const QString message = tr("during the step: %1 requests, %2 GB-s, $%3 billed, with %n instance(s) warm; the "
                                   "calls before it cost %4 GB-s and %5 requests ($%6)",
                                   nullptr, int(m_alive.size()))
                                    .arg(requests)
                                    .arg(gbs, 0, 'g', 4)
                                    .arg(dollars, 0, 'f', 8)
                                    .arg(before.gbSeconds, 0, 'g', 4)
                                    .arg(before.requests)
                                    .arg(before.totalCost(), 0, 'f', 8);
        if (requests != 0 || gbs != 0 || dollars != 0)
            return fail(message);
        if (m_alive.isEmpty() || m_aliveAtStepStart == 0)
            return fail(message + tr("; but no instance was warm, so nothing shows that idling is free"));
        return pass(message);
    }
    return fail(tr("unknown check \"%1\"").arg(check.kind));
}

// "cold" with "sandbox": "snapshot" or "restored", for a cold start that did
// not say SnapStart is unavailable here.
LessonCheckOutcome LessonRunner::evaluateSnapStart(const Call &c, const QString &sandbox, LessonCheckOutcome out) const
{
    const InvocationResult &r = c.result;
    out.verdict = LessonCheckOutcome::Verdict::Failed;
    if (!r.snapStartNote.isEmpty()) {
        // A snapshot or a restore that failed: the function's failure, not the machine's.
        out.message
            = tr("call %1 started instance %2 cold without SnapStart: %3").arg(c.name, r.instanceId, r.snapStartNote);
        return out;
    }
    if (!m_function.snapStart) {
        out.message = tr("%1 has no SnapStart (SnapStart: ApplyOn: PublishedVersions)").arg(m_function.logicalId);
        return out;
    }
    if (sandbox == u"snapshot") {
        if (r.restoredFromSnapshot) {
            out.message = tr("call %1 woke instance %2, restored from a snapshot taken before: the init did not run")
                              .arg(c.name, r.instanceId);
            return out;
        }
        out.verdict = LessonCheckOutcome::Verdict::Passed;
        out.message = tr("call %1 started instance %2 on demand and ran the init once, for the snapshot: Init "
                         "Duration %3 (the init, the before-snapshot hooks and the checkpoint), then %4 in the handler")
                          .arg(c.name, r.instanceId, ms(qMax(0.0, r.initDurationMs)), ms(r.durationMs));
        return out;
    }
    if (!r.restoredFromSnapshot) {
        out.message
            = tr("call %1 started instance %2 cold with an init of its own (%3), not restored from the snapshot")
                  .arg(c.name, r.instanceId, ms(qMax(0.0, r.initDurationMs)));
        return out;
    }
    out.verdict = LessonCheckOutcome::Verdict::Passed;
    out.message
        = tr("call %1 woke instance %2, %3: Restore Duration %4 (billed %5), no Init Duration, then %6 in the "
             "handler")
              .arg(c.name, r.instanceId,
                   r.preparedSandbox ? tr("a copy restored from the snapshot ahead of need")
                                     : tr("restored from the snapshot on demand"),
                   ms(qMax(0.0, r.restoreDurationMs)), ms(qMax(0.0, r.billedRestoreDurationMs)), ms(r.durationMs));
    return out;
}

} // namespace Bullpen
