// SPDX-License-Identifier: MIT
#include "engine/portability/portabilityrun.h"

#include "engine/portability/codereferences.h"
#include "engine/portability/portabilityprobe.h"
#include "engine/targets/target.h"

#include <QTimer>

#include <utility>

namespace Bullpen {

PortabilityRun::PortabilityRun(const TargetSpec &target, const TargetContext &context, QObject *parent)
    : QObject(parent)
    , m_spec(target)
    , m_context(context)
{ }

PortabilityRun::~PortabilityRun()
{
    // A run destroyed before its end leaves the local pool's instances to the
    // pool's own shutdown (the Target's), and a deployed probe behind.
    delete m_local.target.data();
    delete m_target.target.data();
}

QString PortabilityRun::probeId(const QString &logicalId)
{
    return logicalId + QStringLiteral("BullpenProbe");
}

QString PortabilityRun::probeTargetName(const QString &target)
{
    return target + QStringLiteral("-probe");
}

void PortabilityRun::start(const FunctionConfig &function, const QString &sourceDirectory)
{
    m_function = function;
    m_sourceDirectory = sourceDirectory.isEmpty() ? function.codeDirectory : sourceDirectory;
    auto fail = [this](const QString &error) {
        m_finished = true;
        QTimer::singleShot(0, this, [this, error] { Q_EMIT failed(error); });
    };
    m_staging = std::make_unique<QTemporaryDir>();
    if (!m_staging->isValid()) {
        fail(tr("cannot make a staging folder for the probe: %1").arg(m_staging->errorString()));
        return;
    }
    QString error;
    const auto staged = PortabilityProbe::stage(function, m_staging->filePath(QStringLiteral("code")), &error);
    if (!staged) {
        fail(error);
        return;
    }
    m_probe = *staged;
    m_probe.logicalId = probeId(function.logicalId);
    if (m_probe.functionName.isEmpty())
        m_probe.functionName = function.logicalId; // the function's name, as Lambda would see it

    // The local pool with the project's engine settings; the target under a
    // name of the probe's own, so that its deployment and tear-down touch
    // nothing the user deployed through the target.
    TargetSpec localSpec;
    localSpec.name = QStringLiteral("local pool");
    localSpec.kind = TargetKind::LocalPool;
    TargetSpec probeSpec = m_spec;
    probeSpec.name = probeTargetName(m_spec.name);
    probeSpec.port = 0; // the user's deployment may hold the spec's port
    probeSpec.replicas = 1; // one replica answers for all
    m_local.target = Target::create(localSpec, m_context, this);
    m_target.target = Target::create(probeSpec, m_context, this);
    m_local.place.name = QStringLiteral("local pool");
    m_local.place.kind = targetKindTitle(TargetKind::LocalPool);
    m_target.place.name = m_spec.name;
    m_target.place.kind = targetKindTitle(m_spec.kind);
    for (Side *side : { &m_local, &m_target }) {
        Target *t = side->target;
        const QString name = side->place.name;
        connect(t, &Target::progress, this,
                [this, name](const QString &line) { Q_EMIT progress(QStringLiteral("[%1] %2").arg(name, line)); });
        connect(t, &Target::callFinished, this, [this, side](quint64 id, const TargetCallResult &result) {
            if (id == side->callId && !side->done)
                called(*side, result);
        });
    }
    QTimer::singleShot(0, this, [this] {
        if (m_cancelled)
            return;
        probe(m_local);
        probe(m_target);
    });
}

void PortabilityRun::probe(Side &side)
{
    Target *t = side.target;
    if (!t->canProbe()) {
        side.place.note = tr("Bullpen did not deploy what runs on %1 (%2), so its probe cannot run there; "
                             "the items below come from the local pool and Lambda's documentation.")
                              .arg(side.place.name, side.place.kind);
        sideDone(side);
        return;
    }
    Q_EMIT progress(tr("[%1] deploying the probe").arg(side.place.name));
    side.started = true;
    side.deploying = true;
    // Torn down however the deploy ends: a failed one may have made a container.
    side.deployed = t->isDeployable();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(t, &Target::deployFinished, this, [this, &side, connection](bool ok, const QString &message) {
        disconnect(*connection);
        side.deploying = false;
        if (m_cancelled) {
            sideDone(side);
            return;
        }
        if (!ok) {
            side.place.note = tr("the probe could not be deployed: %1").arg(message);
            sideDone(side);
            return;
        }
        Q_EMIT progress(tr("[%1] running the probe").arg(side.place.name));
        TargetCallOptions options;
        options.tailLogs = false;
        side.callId = side.target->invoke(m_probe, QByteArrayLiteral("{}"), options);
    });
    t->deploy({ m_probe });
}

void PortabilityRun::called(Side &side, const TargetCallResult &result)
{
    side.callId = 0;
    if (!result.succeeded()) {
        QString why = result.message;
        if (why.isEmpty())
            why = result.networkError;
        if (why.isEmpty())
            why = QStringLiteral("%1: %2").arg(result.errorType, result.errorMessage);
        side.place.note = tr("the probe did not answer (%1): %2").arg(targetCallStatusName(result.status), why);
    } else {
        QString error;
        if (const auto answer = PortabilityProbe::parse(result.payload, &error)) {
            side.place.probe = *answer;
            side.place.probed = true;
        } else {
            side.place.note = error;
        }
    }
    sideDone(side);
}

bool PortabilityRun::cancel()
{
    if (m_finished || m_cancelled)
        return false;
    m_cancelled = true;
    if (!m_local.target) { // start() has not run
        m_finished = true;
        QTimer::singleShot(0, this, [this] { Q_EMIT stopped(); });
        return true;
    }
    for (Side *side : { &m_local, &m_target }) {
        if (side->done || side->tearingDown)
            continue;
        side->callId = 0; // its answer no longer counts
        if (side->deploying)
            side->target->cancelDeploy(); // the deploy's end tears down
        else
            sideDone(*side);
    }
    return true;
}

void PortabilityRun::sideDone(Side &side)
{
    // Stopped: the local pool's instances go now too, not with the process.
    if (m_cancelled && side.started && !side.deployed && side.target && !side.tearingDown
        && side.target->kind() == TargetKind::LocalPool) {
        side.tearingDown = true;
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(side.target, &Target::tearDownFinished, this, [this, &side, connection] {
            disconnect(*connection);
            side.done = true;
            if (m_local.done && m_target.done)
                finish();
        });
        side.target->tearDown();
        return;
    }
    if (side.deployed && side.target) {
        // Only the probe's deployment goes; what the user deployed stays. The
        // report waits for it, so that a command line run leaves nothing behind.
        side.deployed = false;
        side.tearingDown = true;
        Q_EMIT progress(tr("[%1] removing the probe").arg(side.place.name));
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(
            side.target, &Target::tearDownFinished, this, [this, &side, connection](bool ok, const QString &message) {
                disconnect(*connection);
                if (!ok)
                    Q_EMIT progress(tr("[%1] the probe could not be removed: %2").arg(side.place.name, message));
                side.done = true;
                if (m_local.done && m_target.done)
                    finish();
            });
        side.target->tearDown();
        return;
    }
    side.done = true;
    if (m_local.done && m_target.done)
        finish();
}

void PortabilityRun::finish()
{
    if (std::exchange(m_finished, true))
        return;
    if (m_cancelled) {
        Q_EMIT stopped();
        return;
    }
    if (!m_local.place.probed) {
        Q_EMIT failed(tr("the probe did not run in the local pool, which the report compares against: %1")
                          .arg(m_local.place.note));
        return;
    }
    const CodeReferences references(m_sourceDirectory);
    Q_EMIT finished(comparePortability(m_function, m_local.place, m_target.place, &references));
}

} // namespace Bullpen
