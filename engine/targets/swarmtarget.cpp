// SPDX-License-Identifier: MIT
#include "engine/sandbox/docker/dockerclient.h"
#include "engine/sandbox/docker/functionimages.h"
#include "engine/targets/dockerswarm.h"
#include "engine/targets/dockertargets.h"
#include "engine/targets/targetimages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>

#include <memory>
#include <utility>

namespace Bullpen {

using namespace Qt::StringLiterals;

namespace {

QString notInSwarm(const QString &target)
{
    return u"the Docker daemon is not in a swarm: `bullpen targets up %1 --init-swarm` creates a single-node one "
           "(and `bullpen targets down %1 --leave-swarm` leaves it)"_s.arg(target);
}

// The tasks of a service that are meant to run.
QString serviceFilter(const QString &serviceId)
{
    return DockerClient::filters(QJsonObject { { u"service"_s, QJsonArray { serviceId } },
                                               { u"desired-state"_s, QJsonArray { u"running"_s } } });
}

// The running containers of a service's replicas.
QString replicaFilter(const QString &serviceId)
{
    return DockerClient::filters(
        QJsonObject { { u"label"_s, QJsonArray { QString(u"com.docker.swarm.service.id="_s + serviceId) } },
                      { u"status"_s, QJsonArray { u"running"_s } } });
}

} // namespace

SwarmServiceTarget::SwarmServiceTarget(const TargetSpec &spec, const TargetContext &context, QObject *parent)
    : DockerTargetBase(spec, context, parent)
{ }

DockerSwarm *SwarmServiceTarget::swarm(QString *error)
{
    if (!m_swarm) {
        DockerClient *docker = client(error);
        if (!docker)
            return nullptr;
        m_swarm = new DockerSwarm(docker, this);
    }
    return m_swarm;
}

int SwarmServiceTarget::publishedPort(const QJsonObject &service)
{
    for (const QJsonValue &port : service.value(u"Endpoint"_s).toObject().value(u"Ports"_s).toArray()) {
        const QJsonObject p = port.toObject();
        if (p.value(u"TargetPort"_s).toInt() == 8080)
            return p.value(u"PublishedPort"_s).toInt();
    }
    return 0;
}

QString SwarmServiceTarget::publishMode()
{
    if (spec().publishMode == u"host")
        return u"host"_s;
    QString why;
    if (DockerSwarm::routingMeshAvailable(&why))
        return u"ingress"_s;
    if (!std::exchange(m_meshFallbackSaid, true))
        Q_EMIT progress(u"%1: the routing mesh cannot work here: %2. Publishing in host mode instead: each replica "
                        "publishes port 8080 on a host port of its own and Bullpen spreads the calls over them "
                        "(`publish: host` in bullpen-targets.yaml says so and silences this)"_s.arg(name(), why));
    return u"host"_s;
}

QString SwarmServiceTarget::publishModeOf(const QJsonObject &service)
{
    const QJsonArray ports
        = service.value(u"Spec"_s).toObject().value(u"EndpointSpec"_s).toObject().value(u"Ports"_s).toArray();
    for (const QJsonValue &port : ports) {
        const QJsonObject p = port.toObject();
        if (p.value(u"TargetPort"_s).toInt() == 8080)
            return p.value(u"PublishMode"_s).toString(u"ingress"_s); // Docker's default
    }
    return u"ingress"_s;
}

TargetUnit SwarmServiceTarget::unitOf(const QString &function, const QJsonObject &task)
{
    const QJsonObject status = task.value(u"Status"_s).toObject();
    TargetUnit unit;
    unit.function = function;
    unit.id = task.value(u"ID"_s).toString().left(12);
    unit.name = u"replica %1"_s.arg(task.value(u"Slot"_s).toInt());
    unit.state = status.value(u"State"_s).toString();
    unit.running = unit.state == u"running";
    unit.detail = status.value(u"Err"_s).toString();
    if (unit.detail.isEmpty())
        unit.detail = status.value(u"Message"_s).toString();
    return unit;
}

void SwarmServiceTarget::deploy(const QList<FunctionConfig> &functions)
{
    beginDeploy();
    QString error;
    DockerSwarm *daemonSwarm = swarm(&error);
    if (!daemonSwarm) {
        QTimer::singleShot(0, this, [this, error] { Q_EMIT deployFinished(false, u"no Docker daemon: "_s + error); });
        return;
    }
    auto go = [this, functions] {
        auto index = std::make_shared<int>(0);
        deployEach(functions, [this, index](const FunctionConfig &function, Next next) {
            deployImage(
                function, (*index)++, u"/services?filters=%1"_s.arg(labelFilter(function.logicalId)),
                [this, function](const QJsonArray &listed, const FunctionImage &image, int wantedPort, Next next) {
                    Kept found;
                    for (const QJsonValue &value : listed) {
                        const QJsonObject service = value.toObject();
                        const QJsonObject specObject = service.value(u"Spec"_s).toObject();
                        const QString id = service.value(u"ID"_s).toString();
                        const int replicas = specObject.value(u"Mode"_s)
                                                 .toObject()
                                                 .value(u"Replicated"_s)
                                                 .toObject()
                                                 .value(u"Replicas"_s)
                                                 .toInt();
                        const QString imageId = specObject.value(u"Labels"_s)
                                                    .toObject()
                                                    .value(QLatin1StringView(TargetLabels::Image))
                                                    .toString();
                        if (found.stale.isEmpty() && imageId == image.id && replicas == spec().replicas
                            && publishModeOf(service) == publishMode()
                            && (wantedPort == 0 || wantedPort == publishedPort(service)
                                || (publishModeOf(service) == u"host" && replicas > 1))) {
                            Q_EMIT progress(u"%1: the service of %2 is up to date"_s.arg(name(), function.logicalId));
                            waitForReplicas(function, id, replicas, next);
                            found.kept = true;
                            return found;
                        }
                        found.stale << u"/services/%1"_s.arg(id);
                    }
                    return found;
                },
                [this, function](const FunctionImage &image, int port, Next next) {
                    createService(function, image, port, next);
                },
                next);
        });
    };
    daemonSwarm->state([this, daemonSwarm, go](const SwarmState &state) {
        if (!state.error.isEmpty()) {
            Q_EMIT deployFinished(false, state.error);
            return;
        }
        if (state.isActive() && !state.manager) {
            Q_EMIT deployFinished(false, u"this Docker daemon is a swarm worker: services are made on a manager"_s);
            return;
        }
        if (state.isActive()) {
            go();
            return;
        }
        if (!m_mayInitSwarm) {
            Q_EMIT deployFinished(false, notInSwarm(name()));
            return;
        }
        daemonSwarm->initSingleNode([this, go](bool ok, const QString &message) {
            Q_EMIT progress(message);
            if (!ok)
                Q_EMIT deployFinished(false, message);
            else
                go();
        });
    });
}

void SwarmServiceTarget::createService(const FunctionConfig &function, const FunctionImage &image, int publishedPort,
                                       Next next)
{
    const QString mode = publishMode();
    QJsonObject port { { u"Protocol"_s, u"tcp"_s }, { u"TargetPort"_s, 8080 }, { u"PublishMode"_s, mode } };
    // In host mode replicas cannot share one port (the targets file refuses
    // that for `publish: host`; a fallback from ingress leaves the port out).
    if (publishedPort > 0 && mode == u"host" && spec().replicas > 1) {
        Q_EMIT progress(u"%1: port %2 is not published: in host mode each of the %3 replicas takes a port of "
                        "its own"_s.arg(name())
                            .arg(publishedPort)
                            .arg(spec().replicas));
    } else if (publishedPort > 0) {
        port.insert(u"PublishedPort"_s, publishedPort);
    }
    const QJsonObject labelObject = labels(function.logicalId, image.id);
    const QJsonObject service {
        { u"Name"_s, resourceName(function) },
        { u"Labels"_s, labelObject },
        { u"TaskTemplate"_s,
          QJsonObject {
              { u"ContainerSpec"_s, QJsonObject { { u"Image"_s, image.reference }, { u"Labels"_s, labelObject } } },
              { u"Resources"_s,
                QJsonObject { { u"Limits"_s,
                                QJsonObject { { u"MemoryBytes"_s, qint64(function.memorySizeMb) * 1024 * 1024 } } } } },
              { u"RestartPolicy"_s,
                QJsonObject { { u"Condition"_s, u"on-failure"_s },
                              { u"Delay"_s, qint64(1000000000) },
                              { u"MaxAttempts"_s, 3 } } },
          } },
        { u"Mode"_s, QJsonObject { { u"Replicated"_s, QJsonObject { { u"Replicas"_s, spec().replicas } } } } },
        { u"EndpointSpec"_s, QJsonObject { { u"Ports"_s, QJsonArray { port } } } },
    };
    clientCall(
        "POST", u"/services/create"_s,
        [this, function, next](const DockerResponse &created) {
            if (!created.ok()) {
                next(false, u"cannot create the service: "_s + created.error);
                return;
            }
            const QString id = created.object().value(u"ID"_s).toString();
            Q_EMIT progress(u"%1: created the service %2 of %3 with %4 replica(s)"_s
                                .arg(name(), resourceName(function), function.logicalId)
                                .arg(spec().replicas));
            waitForReplicas(function, id, spec().replicas, next);
        },
        QJsonDocument(service).toJson(QJsonDocument::Compact));
}

void SwarmServiceTarget::waitForReplicas(const FunctionConfig &function, const QString &serviceId, int replicas,
                                         Next next)
{
    auto lastErrors = std::make_shared<QStringList>();
    auto lastRunning = std::make_shared<int>(-1);
    pollUntil(
        500, 180000,
        [this, function, serviceId, replicas, next, lastErrors, lastRunning](std::function<void(bool)> finished) {
            clientCall("GET", u"/tasks?filters=%1"_s.arg(serviceFilter(serviceId)),
                       [this, function, serviceId, replicas, next, finished, lastErrors,
                        lastRunning](const DockerResponse &tasks) {
                           if (!tasks.ok()) {
                               finished(true);
                               next(false, tasks.error);
                               return;
                           }
                           int running = 0;
                           lastErrors->clear();
                           for (const QJsonValue &value : QJsonDocument::fromJson(tasks.body).array()) {
                               const TargetUnit unit = unitOf(function.logicalId, value.toObject());
                               if (unit.running)
                                   ++running;
                               else if (!unit.detail.isEmpty())
                                   lastErrors->append(u"%1: %2 (%3)"_s.arg(unit.name, unit.state, unit.detail));
                           }
                           if (running != *lastRunning) {
                               *lastRunning = running;
                               Q_EMIT progress(
                                   u"%1: %2 of %3 replicas of %4 running"_s.arg(name()).arg(running).arg(replicas).arg(
                                       function.logicalId));
                           }
                           if (running < replicas) {
                               finished(false);
                               return;
                           }
                           finished(true);
                           clientCall("GET", u"/services/%1"_s.arg(serviceId),
                                      [this, function, serviceId, next](const DockerResponse &inspected) {
                                          placementOf(serviceId, inspected.object(),
                                                      [this, function, next](const Placement &placement,
                                                                             const QString &whyNot) {
                                                          if (placement.port == 0) {
                                                              next(false, whyNot);
                                                              return;
                                                          }
                                                          waitForPlacement(function, placement, next);
                                                      });
                                      });
                       });
        },
        [replicas, next, lastErrors, lastRunning] {
            next(false,
                 u"only %1 of %2 replicas ran within 180 s%3"_s.arg(qMax(0, *lastRunning))
                     .arg(replicas)
                     .arg(lastErrors->isEmpty() ? QString() : u": "_s + lastErrors->join(u"; "_s)));
        });
}

void SwarmServiceTarget::placementOf(const QString &serviceId, const QJsonObject &service,
                                     std::function<void(const Placement &, const QString &)> done)
{
    const QString logs = u"/services/%1/logs"_s.arg(serviceId);
    if (publishModeOf(service) != u"host") {
        const int port = publishedPort(service);
        done(port > 0 ? Placement { serviceId, port, logs, {} } : Placement(),
             port > 0 ? QString() : u"the service publishes no port"_s);
        return;
    }
    // Each running replica's own IPv4 binding of 8080, from its container:
    // the task's PortStatus names one published port, and Docker 20.10 may
    // give a replica's IPv4 and IPv6 bindings different ports, so the task's
    // can be the IPv6 one, which 127.0.0.1 never answers on.
    clientCall("GET", u"/containers/json?filters=%1"_s.arg(replicaFilter(serviceId)),
               [serviceId, logs, done](const DockerResponse &containers) {
                   Placement placement { serviceId, 0, logs, {} };
                   for (const QJsonValue &container : QJsonDocument::fromJson(containers.body).array()) {
                       for (const QJsonValue &port : container.toObject().value(u"Ports"_s).toArray()) {
                           const QJsonObject p = port.toObject();
                           const QString ip = p.value(u"IP"_s).toString();
                           if (p.value(u"PrivatePort"_s).toInt() == 8080 && p.value(u"Type"_s).toString() == u"tcp"
                               && (ip == u"0.0.0.0" || ip == u"127.0.0.1"))
                               placement.ports << p.value(u"PublicPort"_s).toInt();
                       }
                   }
                   std::sort(placement.ports.begin(), placement.ports.end());
                   placement.port = placement.ports.value(0);
                   done(placement, placement.port > 0 ? QString() : u"no replica publishes a port yet"_s);
               });
}

void SwarmServiceTarget::waitForPlacement(const FunctionConfig &function, const Placement &placement, Next next)
{
    // The mesh (or each replica's own port) takes a moment after the tasks run.
    QList<int> ports = placement.ports.isEmpty() ? QList<int> { placement.port } : placement.ports;
    auto waiting = std::make_shared<int>(int(ports.size()));
    auto failure = std::make_shared<QString>();
    for (int port : std::as_const(ports)) {
        waitForAnswer(
            port, 60000, [this, function, placement, ports, next, waiting, failure](bool up, const QString &why) {
                if (!up && failure->isEmpty())
                    *failure = why;
                if (--*waiting > 0)
                    return;
                if (!failure->isEmpty()) {
                    next(false, *failure);
                    return;
                }
                m_placements.insert(function.logicalId, placement);
                QStringList where;
                for (int p : ports)
                    where << u"127.0.0.1:%1"_s.arg(p);
                next(true, u"%1: %2 runs as a service at %3"_s.arg(name(), function.logicalId, where.join(u", "_s)));
            });
    }
}

void SwarmServiceTarget::locate(const FunctionConfig &function,
                                std::function<void(const Placement &, const QString &)> done)
{
    if (const auto found = m_placements.constFind(function.logicalId); found != m_placements.cend()) {
        const Placement placement = *found;
        QTimer::singleShot(0, this, [placement, done] { done(placement, {}); });
        return;
    }
    clientCall("GET", u"/services?filters=%1"_s.arg(labelFilter(function.logicalId)),
               [this, function, done](const DockerResponse &listed) {
                   if (!listed.ok()) {
                       done({}, listed.error.contains(u"swarm") ? notInSwarm(name()) : listed.error);
                       return;
                   }
                   const QJsonArray services = QJsonDocument::fromJson(listed.body).array();
                   if (services.isEmpty()) {
                       done({}, u"%1 is not deployed on %2 (bullpen targets up %2)"_s.arg(function.logicalId, name()));
                       return;
                   }
                   const QJsonObject service = services.first().toObject();
                   placementOf(service.value(u"ID"_s).toString(), service,
                               [this, function, done](const Placement &placement, const QString &whyNot) {
                                   if (placement.port > 0)
                                       m_placements.insert(function.logicalId, placement);
                                   done(placement, whyNot);
                               });
               });
}

void SwarmServiceTarget::checkHealth(const QList<FunctionConfig> &functions)
{
    QString error;
    DockerSwarm *daemonSwarm = swarm(&error);
    if (!daemonSwarm) {
        TargetHealth health;
        health.state = TargetState::Down;
        health.reason = u"no Docker daemon: "_s + error;
        QTimer::singleShot(0, this, [this, health] { reportHealth(health); });
        return;
    }
    QStringList wanted;
    for (const FunctionConfig &function : functions)
        wanted << function.logicalId;
    daemonSwarm->state([this, wanted](const SwarmState &state) {
        TargetHealth health;
        if (!state.error.isEmpty() || !state.isActive() || !state.manager) {
            health.state = TargetState::Down;
            health.reason = !state.error.isEmpty() ? state.error
                : !state.isActive()                ? notInSwarm(name())
                                                   : u"this Docker daemon is a swarm worker, not a manager"_s;
            reportHealth(health);
            return;
        }
        clientCall("GET", u"/services?filters=%1"_s.arg(labelFilter()), [this, wanted](const DockerResponse &listed) {
            auto health = std::make_shared<TargetHealth>();
            if (!listed.ok()) {
                health->state = TargetState::Down;
                health->reason = listed.error;
                reportHealth(*health);
                return;
            }
            struct Service
            {
                QString id, function;
                int replicas = 0, port = 0;
            };
            QList<Service> services;
            for (const QJsonValue &value : QJsonDocument::fromJson(listed.body).array()) {
                const QJsonObject object = value.toObject();
                const QJsonObject specObject = object.value(u"Spec"_s).toObject();
                Service service;
                service.id = object.value(u"ID"_s).toString();
                service.function = specObject.value(u"Labels"_s)
                                       .toObject()
                                       .value(QLatin1StringView(TargetLabels::Function))
                                       .toString();
                service.replicas = specObject.value(u"Mode"_s)
                                       .toObject()
                                       .value(u"Replicated"_s)
                                       .toObject()
                                       .value(u"Replicas"_s)
                                       .toInt();
                service.port = publishedPort(object);
                if (wanted.isEmpty() || wanted.contains(service.function))
                    services << service;
            }
            QStringList missing;
            for (const QString &function : wanted) {
                if (std::none_of(services.cbegin(), services.cend(),
                                 [&function](const Service &s) { return s.function == function; }))
                    missing << function;
            }
            if (services.isEmpty() || !missing.isEmpty()) {
                health->state = TargetState::NotDeployed;
                health->reason = missing.isEmpty()
                    ? u"nothing deployed (bullpen targets up %1)"_s.arg(name())
                    : u"not deployed: %1 (bullpen targets up %2)"_s.arg(missing.join(u", "_s), name());
                if (services.isEmpty()) {
                    reportHealth(*health);
                    return;
                }
            }
            // Each service's replicas (tasks meant to run).
            auto waiting = std::make_shared<int>(int(services.size()));
            auto summaries = std::make_shared<QStringList>();
            auto short_ = std::make_shared<int>(0);
            auto none = std::make_shared<int>(0);
            for (const Service &service : std::as_const(services)) {
                clientCall("GET", u"/tasks?filters=%1"_s.arg(serviceFilter(service.id)),
                           [this, service, health, waiting, summaries, short_, none](const DockerResponse &tasks) {
                               int running = 0;
                               for (const QJsonValue &value : QJsonDocument::fromJson(tasks.body).array()) {
                                   const TargetUnit unit = unitOf(service.function, value.toObject());
                                   running += unit.running ? 1 : 0;
                                   health->units << unit;
                               }
                               summaries->append(u"%1 at 127.0.0.1:%2, %3/%4 replicas running"_s.arg(service.function)
                                                     .arg(service.port)
                                                     .arg(running)
                                                     .arg(service.replicas));
                               if (running < service.replicas)
                                   ++*short_;
                               if (running == 0)
                                   ++*none;
                               if (--*waiting > 0)
                                   return;
                               if (health->state != TargetState::NotDeployed) {
                                   health->state = *none > 0 ? TargetState::Down
                                       : *short_ > 0         ? TargetState::Degraded
                                                             : TargetState::Ready;
                                   health->reason = summaries->join(u"; "_s);
                               }
                               reportHealth(*health);
                           });
            }
        });
    });
}

void SwarmServiceTarget::tearDown()
{
    QString error;
    if (!swarm(&error)) {
        QTimer::singleShot(0, this, [this, error] { Q_EMIT tearDownFinished(false, u"no Docker daemon: "_s + error); });
        return;
    }
    m_swarm->state([this](const SwarmState &state) {
        if (!state.isActive() || !state.manager) {
            Q_EMIT tearDownFinished(true, u"%1: the daemon is in no swarm; nothing to remove"_s.arg(name()));
            return;
        }
        clientCall("GET", u"/services?filters=%1"_s.arg(labelFilter()), [this](const DockerResponse &listed) {
            if (!listed.ok()) {
                Q_EMIT tearDownFinished(false, listed.error);
                return;
            }
            QStringList paths;
            QStringList ids;
            QStringList images;
            for (const QJsonValue &value : QJsonDocument::fromJson(listed.body).array()) {
                ids << value.toObject().value(u"ID"_s).toString();
                paths << u"/services/%1"_s.arg(ids.constLast());
                images << value.toObject()
                              .value(u"Spec"_s)
                              .toObject()
                              .value(u"Labels"_s)
                              .toObject()
                              .value(QLatin1StringView(TargetLabels::Image))
                              .toString();
            }
            m_placements.clear();
            removeEach(paths, [this, ids, images](const QString &error) {
                if (!error.isEmpty()) {
                    Q_EMIT tearDownFinished(false, error);
                    return;
                }
                // The service is gone at once; its containers stop after it.
                auto remaining = std::make_shared<int>(0);
                pollUntil(
                    300, 60000,
                    [this, ids, images, remaining](std::function<void(bool)> finished) {
                        auto left = std::make_shared<int>(0);
                        auto waiting = std::make_shared<int>(int(ids.size()));
                        if (ids.isEmpty()) {
                            finished(true);
                            Q_EMIT tearDownFinished(true, u"%1: no service to remove"_s.arg(name()));
                            return;
                        }
                        for (const QString &id : ids) {
                            clientCall("GET",
                                       u"/containers/json?all=1&filters=%1"_s.arg(
                                           DockerClient::labelFilter({ u"com.docker.swarm.service.id=%1"_s.arg(id) })),
                                       [this, ids, images, left, waiting, remaining,
                                        finished](const DockerResponse &containers) {
                                           *left += int(QJsonDocument::fromJson(containers.body).array().size());
                                           if (--*waiting > 0)
                                               return;
                                           *remaining = *left;
                                           if (*left > 0) {
                                               finished(false);
                                               return;
                                           }
                                           finished(true);
                                           // The replicas are gone: their images can go too.
                                           removeTargetImages(images, [this, ids](const QString &summary) {
                                               QString message
                                                   = u"%1: removed %2 service(s) and their replicas"_s.arg(name()).arg(
                                                       ids.size());
                                               if (!summary.isEmpty())
                                                   message += u"; "_s + summary;
                                               Q_EMIT tearDownFinished(true, message);
                                           });
                                       });
                        }
                    },
                    [this, remaining] {
                        Q_EMIT tearDownFinished(false,
                                                u"%1: the services are removed, but %2 of their containers "
                                                "were still there after 60 s"_s.arg(name())
                                                    .arg(*remaining));
                    });
            });
        });
    });
}

void SwarmServiceTarget::leaveSwarm(std::function<void(bool, const QString &)> done)
{
    QString error;
    if (!swarm(&error)) {
        QTimer::singleShot(0, this, [done, error] { done(false, error); });
        return;
    }
    m_swarm->leaveIfCreatedByBullpen(std::move(done));
}

} // namespace Bullpen
