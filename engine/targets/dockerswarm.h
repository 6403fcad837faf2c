// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>

namespace Bullpen {

class DockerClient;

// The Docker daemon's swarm, as far as Bullpen touches it.
struct SwarmState
{
    QString error; // the daemon could not be asked; the rest is empty
    QString localNodeState; // "inactive", "pending", "active", "error", "locked"
    bool manager = false; // services can be created here (ControlAvailable)
    QString nodeId;
    QString swarmId;
    bool createdByBullpen = false; // the swarm's spec carries Bullpen's label (io.bullpen.swarm)
    QDateTime createdAt; // when the swarm was made (a manager's /swarm says)

    bool isActive() const { return localNodeState == QStringLiteral("active"); }
};

// The swarm of a Docker daemon through the Engine API only (no docker CLI).
// Bullpen never makes the daemon a swarm unless asked: initSingleNode() is the
// explicit "create a single-node swarm" (listening and advertising on
// 127.0.0.1 only, its spec labelled io.bullpen.swarm=created), and
// leaveIfCreatedByBullpen() leaves only a swarm with that label, and only when
// it runs no service Bullpen did not make; the docker_gwbridge network that
// Docker made with that swarm (and keeps after leaving it) goes too, one the
// user made before (perhaps with a subnet of their own) stays.
class DockerSwarm final : public QObject
{
    Q_OBJECT
public:
    explicit DockerSwarm(DockerClient *client, QObject *parent = nullptr);

    static constexpr char CreatedLabel[] = "io.bullpen.swarm";

    void state(std::function<void(const SwarmState &)> done);
    // POST /swarm/init (ListenAddr 127.0.0.1:2377, AdvertiseAddr 127.0.0.1);
    // refused when the daemon is in a swarm already. done(ok, message).
    void initSingleNode(std::function<void(bool, const QString &)> done);
    // POST /swarm/leave?force=1, only for a swarm Bullpen created that runs no
    // service of anyone else. done(left, message): why not when it did not leave.
    void leaveIfCreatedByBullpen(std::function<void(bool, const QString &)> done);

    // Whether this machine's kernel can carry the routing mesh: Docker's
    // ingress balances a published port over the replicas with IPVS, so a
    // kernel without it (no ip_vs built in, loaded or loadable) answers
    // nothing on an ingress port. false with the reason. The daemon is a
    // local one (a unix socket), so its kernel is this one.
    static bool routingMeshAvailable(QString *whyNot);

private:
    void removeGatewayBridgeMadeSince(const QDateTime &swarmCreated, std::function<void(const QString &)> done);

    DockerClient *m_client;
};

} // namespace Bullpen
