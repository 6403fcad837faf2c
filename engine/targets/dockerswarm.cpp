// SPDX-License-Identifier: MIT
#include "engine/targets/dockerswarm.h"

#include "engine/sandbox/docker/dockerbackend.h"
#include "engine/sandbox/docker/dockerclient.h"
#include "engine/sandbox/sandboxfiles.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

namespace Bullpen {

using namespace Qt::StringLiterals;

bool DockerSwarm::routingMeshAvailable(QString *whyNot)
{
    // /proc/net/ip_vs once ip_vs is up (built in or loaded), /sys/module/ip_vs
    // for the module itself.
    if (QFileInfo::exists(u"/proc/net/ip_vs"_s) || QFileInfo::exists(u"/sys/module/ip_vs"_s))
        return true;
    if (!QFileInfo::exists(u"/proc/modules"_s)) {
        if (whyNot)
            *whyNot = u"this kernel (%1) has no IPVS, which Docker's ingress needs: ip_vs is not built in, and the "
                      "kernel loads no modules"_s.arg(QSysInfo::kernelVersion());
        return false;
    }
    // Loadable: the daemon loads it when it makes the ingress network.
    QDirIterator modules(u"/lib/modules/%1"_s.arg(QSysInfo::kernelVersion()), { u"ip_vs.ko*"_s }, QDir::Files,
                         QDirIterator::Subdirectories);
    if (modules.hasNext())
        return true;
    if (whyNot)
        *whyNot = u"this kernel (%1) has no IPVS, which Docker's ingress needs: ip_vs is neither loaded nor among "
                  "its modules"_s.arg(QSysInfo::kernelVersion());
    return false;
}

DockerSwarm::DockerSwarm(DockerClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void DockerSwarm::state(std::function<void(const SwarmState &)> done)
{
    m_client->call("GET", u"/info"_s, {}, this, [this, done](const DockerResponse &info) {
        SwarmState state;
        if (!info.ok()) {
            state.error = info.error;
            done(state);
            return;
        }
        const QJsonObject swarm = info.object().value(u"Swarm"_s).toObject();
        state.localNodeState = swarm.value(u"LocalNodeState"_s).toString();
        state.manager = swarm.value(u"ControlAvailable"_s).toBool();
        state.nodeId = swarm.value(u"NodeID"_s).toString();
        if (!state.manager) {
            done(state);
            return;
        }
        // Only a manager answers /swarm: its spec says who made it.
        m_client->call("GET", u"/swarm"_s, {}, this, [state, done](const DockerResponse &answer) mutable {
            if (answer.ok()) {
                const QJsonObject swarm = answer.object();
                state.swarmId = swarm.value(u"ID"_s).toString();
                state.createdAt = QDateTime::fromString(swarm.value(u"CreatedAt"_s).toString(), Qt::ISODateWithMs);
                state.createdByBullpen = swarm.value(u"Spec"_s)
                                             .toObject()
                                             .value(u"Labels"_s)
                                             .toObject()
                                             .value(QLatin1StringView(CreatedLabel))
                                             .toString()
                    == u"created";
            }
            done(state);
        });
    });
}

void DockerSwarm::initSingleNode(std::function<void(bool, const QString &)> done)
{
    const QJsonObject request {
        { u"ListenAddr"_s, u"127.0.0.1:2377"_s },
        { u"AdvertiseAddr"_s, u"127.0.0.1"_s },
        { u"Spec"_s,
          QJsonObject {
              { u"Labels"_s,
                QJsonObject { { QLatin1StringView(CreatedLabel), u"created"_s },
                              { QLatin1StringView(DockerLabels::BuiltBy), SandboxFiles::ownerIdentity() } } } } },
    };
    m_client->call("POST", u"/swarm/init"_s, QJsonDocument(request).toJson(QJsonDocument::Compact), this,
                   [done](const DockerResponse &answer) {
                       if (!answer.ok()) {
                           done(false, u"cannot create a single-node swarm: %1"_s.arg(answer.error));
                           return;
                       }
                       done(true,
                            u"created a single-node swarm (node %1), advertised on 127.0.0.1"_s.arg(
                                QString::fromUtf8(answer.body).remove(u'"').trimmed()));
                   });
}

void DockerSwarm::leaveIfCreatedByBullpen(std::function<void(bool, const QString &)> done)
{
    state([this, done](const SwarmState &swarm) {
        if (!swarm.error.isEmpty()) {
            done(false, swarm.error);
            return;
        }
        if (!swarm.isActive()) {
            done(false, u"the Docker daemon is not in a swarm"_s);
            return;
        }
        if (!swarm.createdByBullpen) {
            done(false, u"the daemon's swarm was not created by Bullpen: it stays"_s);
            return;
        }
        const QDateTime swarmCreated = swarm.createdAt;
        m_client->call("GET", u"/services"_s, {}, this, [this, done, swarmCreated](const DockerResponse &services) {
            if (!services.ok()) {
                done(false, services.error);
                return;
            }
            QStringList foreign;
            for (const QJsonValue &service : QJsonDocument::fromJson(services.body).array()) {
                const QJsonObject spec = service.toObject().value(u"Spec"_s).toObject();
                if (!spec.value(u"Labels"_s).toObject().contains(QLatin1StringView(DockerLabels::Kind)))
                    foreign << spec.value(u"Name"_s).toString();
            }
            if (!foreign.isEmpty()) {
                done(false,
                     u"the swarm Bullpen created runs services Bullpen did not make (%1): it stays; "
                     "leave it yourself with `docker swarm leave --force`"_s.arg(foreign.join(u", "_s)));
                return;
            }
            m_client->call("POST", u"/swarm/leave?force=1"_s, {}, this,
                           [this, done, swarmCreated](const DockerResponse &left) {
                               if (!left.ok()) {
                                   done(false, u"cannot leave the swarm: %1"_s.arg(left.error));
                                   return;
                               }
                               removeGatewayBridgeMadeSince(swarmCreated, [done](const QString &note) {
                                   done(true, u"left the single-node swarm Bullpen created"_s + note);
                               });
                           });
        });
    });
}

void DockerSwarm::removeGatewayBridgeMadeSince(const QDateTime &swarmCreated, std::function<void(const QString &)> done)
{
    // Docker makes docker_gwbridge when a node joins a swarm and keeps it
    // after it leaves. Made with this swarm (not before it: a user may have
    // made it with a subnet of their own, which Docker then uses), it goes
    // with it; a network in use or already gone is left as it is.
    if (!swarmCreated.isValid()) {
        done({});
        return;
    }
    m_client->call(
        "GET", u"/networks/docker_gwbridge"_s, {}, this, [this, done, swarmCreated](const DockerResponse &network) {
            if (!network.ok()) {
                done({});
                return;
            }
            const QDateTime made
                = QDateTime::fromString(network.object().value(u"Created"_s).toString(), Qt::ISODateWithMs);
            // Docker makes the bridge just after the swarm; a second's slack for clocks.
            if (!made.isValid() || made < swarmCreated.addSecs(-1)) {
                done({});
                return;
            }
            m_client->call("DELETE", u"/networks/docker_gwbridge"_s, {}, this, [done](const DockerResponse &removed) {
                done(removed.ok() ? u", and the docker_gwbridge network made with it"_s
                                  : u"; its docker_gwbridge network stays: %1"_s.arg(removed.error));
            });
        });
}

} // namespace Bullpen
