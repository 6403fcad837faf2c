# SPDX-License-Identifier: MIT
# The mutation check's list (see tests/mutation/run and docs/mutation.md): small,
# deliberate bugs of the kind the suite once let through. Each is one exact
# snippet of a file and its replacement; "tests" is the ctest -R regex of the
# tests that must catch it, "targets" the build targets those tests need.
#
# The snippets are written against the code as it is after "One front door,
# settled results, two time domains" (h1a) and the Lambda-fidelity merge of
# issue 18 (h4: an instance is Idle only once its runtime asks for the next
# event, and the deadline is fixed when the timeout starts). When a change moves
# or rewrites a snippet, the run reports "snippet not found" (and fails): update
# the snippet here in the same change.

MUTATIONS = [
    # ---- the table -------------------------------------------------
    dict(
        id="clock-rearm",
        what="the system clock no longer re-arms for an earlier deadline",
        file="engine/core/clock.cpp",
        original="    if (m_armedNs < 0 || dueNs < m_armedNs)\n        arm();",
        replacement="    if (m_armedNs < 0)\n        arm();",
        tests="^tst_clock$",
        targets=["tst_clock"],
    ),
    dict(
        id="timeout-half",
        what="the handler timeout scheduled at half the configured time",
        file="engine/pool/instance.cpp",
        original="m_timeoutTimer = m_realClock->schedule(timeoutMs, this,",
        replacement="m_timeoutTimer = m_realClock->schedule(timeoutMs / 2, this,",
        tests="^tst_deadlines$",
        targets=["tst_deadlines"],
    ),
    dict(
        id="timeout-on-pool-clock",
        what="the handler timeout runs on the pool clock (a fast clock cuts it short)",
        file="engine/pool/instance.cpp",
        original="m_timeoutTimer = m_realClock->schedule(timeoutMs, this,",
        replacement="m_timeoutTimer = m_poolClock->schedule(timeoutMs, this,",
        tests="^tst_deadlines$",
        targets=["tst_deadlines"],
    ),
    dict(
        id="keepalive-late",
        what="keep-alive one minute late",
        file="engine/pool/instance.cpp",
        original="m_keepAliveTimer = m_poolClock->schedule(m_keepAliveMs, this,",
        replacement="m_keepAliveTimer = m_poolClock->schedule(m_keepAliveMs + 60000, this,",
        tests="^tst_deadlines$",
        targets=["tst_deadlines"],
    ),
    dict(
        id="deadline-early",
        what="the deadline given to the runtime 4 s early",
        file="engine/pool/instance.cpp",
        original="request.deadlineEpochMs = m_deadlineEpochMs;",
        replacement="request.deadlineEpochMs = m_deadlineEpochMs - 4000;",
        tests="^tst_deadlines$",
        targets=["tst_deadlines"],
    ),
    dict(
        id="chunked-cap-doubled",
        what="the response cap doubled on the chunked path",
        file="engine/runtimeapi/runtimeapiserver.cpp",
        original="    if (body.size() > LambdaLimits::MaxResponseBytes) {",
        replacement="    if (body.size() > 2 * LambdaLimits::MaxResponseBytes) {",
        tests="^tst_runtimeapilimits$",
        targets=["tst_runtimeapilimits"],
    ),
    dict(
        id="request-boundary",
        what="the 6 MB request boundary off by one",
        file="engine/pool/warmpool.cpp",
        original="    if (payload.size() > LambdaLimits::MaxRequestBytes) {",
        replacement="    if (payload.size() >= LambdaLimits::MaxRequestBytes) {",
        tests="^tst_poolboundaries$",
        targets=["tst_poolboundaries"],
    ),
    dict(
        id="oom-log-dropped",
        what="the OOM log line dropped",
        file="engine/pool/instance.cpp",
        original="        if (exit.oomKilled)\n            m_result->logs.append(",
        replacement="        if (exit.oomKilled && false)\n            m_result->logs.append(",
        tests="^tst_poolboundaries$",
        targets=["tst_poolboundaries"],
    ),
    dict(
        id="own-save-filter",
        what="the own-save filter removed",
        file="widgets/mainwindow/editortabs.cpp",
        original="        if (exists && now == m_onDisk.value(editor))\n            continue; // our own save, or touched without a change\n",
        replacement="",
        tests="^tst_workbench$",
        targets=["tst_workbench"],
    ),
    # ---- the warm pool's dispatch ------------------------------------------
    dict(
        id="dispatch-least-recent",
        what="a warm invocation lands on the least recently used idle instance",
        file="engine/pool/warmpool.cpp",
        original="(i->isIdle() == best->isIdle() && serial >= bestSerial)",
        replacement="(i->isIdle() == best->isIdle() && serial < bestSerial)",
        tests="^tst_deadlines$",
        targets=["tst_deadlines"],
    ),
    dict(
        id="dispatch-busy",
        what="a busy (or starting) instance can be chosen for a new invocation",
        file="engine/pool/warmpool.cpp",
        original="if (i->isAvailable() && m_keys.value(i) == key) {",
        replacement="if (i->state() != InstanceState::Failed && i->state() != InstanceState::Expired && m_keys.value(i) == key) {",
        tests="^tst_deadlines$",
        targets=["tst_deadlines"],
    ),
    dict(
        id="instance-cap",
        what="the per-function instance cap lets one more instance start",
        file="engine/pool/warmpool.cpp",
        original="    if (m_maxInstances > 0 && countFor(key) >= m_maxInstances)\n        return false;",
        replacement="    if (m_maxInstances > 0 && countFor(key) > m_maxInstances)\n        return false;",
        tests="^tst_poolboundaries$",
        targets=["tst_poolboundaries"],
    ),
    dict(
        id="queue-cancel-ignored",
        what="cancelling an invocation while it waits in the queue does nothing",
        file="engine/pool/warmpool.cpp",
        original="pending.onCancel = connect(invocation, &Invocation::cancelRequested, this,",
        replacement="pending.onCancel = connect(invocation, &Invocation::destroyed, this,",
        tests="^tst_poolboundaries$",
        targets=["tst_poolboundaries"],
    ),
    # ---- the instance's state transitions ------------------------------------
    dict(
        id="state-no-busy",
        what="an instance running an invocation never says it is busy",
        file="engine/pool/instance.cpp",
        original="    } else {\n        setState(InstanceState::Busy);\n    }\n    if (!m_timeoutTimer)",
        replacement="    }\n    if (!m_timeoutTimer)",
        tests="^tst_deadlines$",
        targets=["tst_deadlines"],
    ),
    dict(
        id="state-no-idle-after-response",
        what="an instance stays busy after its response (never warm again)",
        file="engine/pool/instance.cpp",
        # An instance goes Idle when its runtime asks for the next event after
        # answering (not at the response itself): that is the step to break.
        original="    m_awaitingNext = false;\n    if (m_job)\n        deliver();\n    else\n        becomeIdle();",
        replacement="    m_awaitingNext = false;\n    if (m_job)\n        deliver();",
        tests="^tst_deadlines$",
        targets=["tst_deadlines"],
    ),
    dict(
        id="state-timeout-expired",
        what="a timed-out instance is reported as expired, not failed",
        file="engine/pool/instance.cpp",
        original='stop(InstanceState::Failed, QStringLiteral("timed out"), InstanceStopReason::TimedOut);',
        replacement='stop(InstanceState::Expired, QStringLiteral("timed out"), InstanceStopReason::TimedOut);',
        tests="^tst_deadlines$",
        targets=["tst_deadlines"],
    ),
    dict(
        id="state-keepalive-failed",
        what="an instance whose keep-alive ran out is reported as failed",
        file="engine/pool/instance.cpp",
        original='stop(InstanceState::Expired, QStringLiteral("idle for the whole keep-alive"), InstanceStopReason::Expired);',
        replacement='stop(InstanceState::Failed, QStringLiteral("idle for the whole keep-alive"), InstanceStopReason::Expired);',
        tests="^tst_deadlines$",
        targets=["tst_deadlines"],
    ),
    # ---- the real clock --------------------------------------------------------
    dict(
        id="clock-context-death",
        what="the system clock fires timers whose context object died",
        file="engine/core/clock.cpp",
        original="        if (it->context == context) {\n            const qint64 dueNs = it->dueNs;",
        replacement="        if (false) {\n            const qint64 dueNs = it->dueNs;",
        tests="^tst_clock$",
        targets=["tst_clock"],
    ),
    dict(
        id="clock-speed-ignored",
        what="the system clock ignores its speed factor",
        file="engine/core/clock.cpp",
        original="    , m_speed(speed > 0 ? speed : 1.0)",
        replacement="    , m_speed(1.0)",
        tests="^tst_clock$",
        targets=["tst_clock"],
    ),
]
