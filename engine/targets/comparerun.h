// SPDX-License-Identifier: MIT
#pragma once

#include "engine/targets/comparereport.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace Bullpen {

// One target as a comparison drives it: a health check, then calls one at a
// time. The adapter over a deployment target (engine/targets) implements it;
// the comparison knows nothing else of targets.
class CompareSubject : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QString name() const = 0;
    virtual QString kind() const = 0;
    // Answers checked() once: empty when the target can be called, else why not.
    virtual void check() = 0;
    // Sends the event once; answers called() once. Never called while a call is out.
    virtual void call(const QByteArray &event) = 0;
    // Stops what is out; no signal follows.
    virtual void cancel() { }

Q_SIGNALS:
    void checked(const QString &down);
    void called(const Bullpen::CompareCall &call);
};

// Sends one event K times to each subject: the subjects in parallel, the calls
// of one subject one after the other (so the first meets a cold target and the
// next ones can be warm). A subject that is down, or whose first call cannot
// reach it, is reported down and never holds the others back. When every
// subject is done, finished() carries the CompareReport.
class CompareRun : public QObject
{
    Q_OBJECT
public:
    // Takes the subjects (reparented to the run).
    CompareRun(const QString &function, const QByteArray &event, const QList<CompareSubject *> &subjects, int repeat,
               const CompareOptions &options, QObject *parent = nullptr);
    ~CompareRun() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    int repeat() const { return m_repeat; }
    const QList<CompareTargetRuns> &results() const { return m_results; }

Q_SIGNALS:
    void targetChecked(int target, const QString &down);
    void callFinished(int target, const Bullpen::CompareCall &call);
    void finished(const Bullpen::CompareReport &report);

private:
    void next(int target);
    void finishTarget(int target);

    QString m_function;
    QByteArray m_event;
    QList<CompareSubject *> m_subjects;
    int m_repeat;
    CompareOptions m_options;
    QList<CompareTargetRuns> m_results;
    QList<bool> m_done;
    bool m_running = false;
};

} // namespace Bullpen
