// SPDX-License-Identifier: MIT
#include "engine/targets/comparerun.h"

#include <algorithm>
#include <utility>

namespace Bullpen {

CompareRun::CompareRun(const QString &function, const QByteArray &event, const QList<CompareSubject *> &subjects,
                       int repeat, const CompareOptions &options, QObject *parent)
    : QObject(parent)
    , m_function(function)
    , m_event(event)
    , m_subjects(subjects)
    , m_repeat(std::max(1, repeat))
    , m_options(options)
{
    for (int i = 0; i < m_subjects.size(); ++i) {
        CompareSubject *s = m_subjects.at(i);
        s->setParent(this);
        CompareTargetRuns r;
        r.name = s->name();
        r.kind = s->kind();
        m_results.append(r);
        m_done.append(false);
        connect(s, &CompareSubject::checked, this, [this, i](const QString &down) {
            if (!m_running || m_done.at(i))
                return;
            Q_EMIT targetChecked(i, down);
            if (!down.isEmpty()) {
                m_results[i].down = down;
                finishTarget(i);
                return;
            }
            next(i);
        });
        connect(s, &CompareSubject::called, this, [this, i](const CompareCall &received) {
            if (!m_running || m_done.at(i))
                return;
            CompareCall call = received;
            call.run = int(m_results.at(i).calls.size());
            m_results[i].calls.append(call);
            Q_EMIT callFinished(i, call);
            // A first call that cannot reach the target: the target is down,
            // and K - 1 more timeouts would tell nothing new.
            if (call.run == 0 && !call.unreachable.isEmpty()) {
                m_results[i].down = call.unreachable;
                finishTarget(i);
                return;
            }
            next(i);
        });
    }
}

CompareRun::~CompareRun()
{
    cancel();
}

void CompareRun::start()
{
    if (m_running)
        return;
    m_running = true;
    if (m_subjects.isEmpty()) {
        m_running = false;
        Q_EMIT finished(CompareReport(m_function, m_event, m_results, m_options));
        return;
    }
    for (CompareSubject *s : std::as_const(m_subjects))
        s->check();
}

void CompareRun::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    for (CompareSubject *s : std::as_const(m_subjects))
        s->cancel();
}

void CompareRun::next(int target)
{
    if (m_results.at(target).calls.size() >= m_repeat) {
        finishTarget(target);
        return;
    }
    // Queued: a subject that answers synchronously must not recurse K deep.
    QMetaObject::invokeMethod(
        this,
        [this, target] {
            if (m_running && !m_done.at(target))
                m_subjects.at(target)->call(m_event);
        },
        Qt::QueuedConnection);
}

void CompareRun::finishTarget(int target)
{
    m_done[target] = true;
    if (m_done.contains(false))
        return;
    m_running = false;
    Q_EMIT finished(CompareReport(m_function, m_event, m_results, m_options));
}

} // namespace Bullpen
