// SPDX-License-Identifier: MIT
#pragma once

#include "engine/aws/lambdainvokeclient.h"
#include "engine/targets/target.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace Bullpen {

class DockerClient;
struct DockerResponse;
class DockerSwarm;
struct FunctionImage;
class TargetImages;

// Labels on what the docker and swarm targets make (containers, services).
namespace TargetLabels {
inline constexpr char Target[] = "io.bullpen.target"; // the target's name
inline constexpr char Project[] = "io.bullpen.project"; // TargetContext::projectKey()
inline constexpr char Function[] = "io.bullpen.function"; // the function's logical id
inline constexpr char Image[] = "io.bullpen.image"; // the image id it runs
} // namespace TargetLabels

// What the docker and swarm targets share: the daemon (the spec's socket, or
// the one DockerClient finds), the function images (TargetImages), the names
// and labels of what they make, and the call: POST to the emulator's path on
// 127.0.0.1:<port>, then the container's or service's log lines since the call
// went out, up to its REPORT line (the emulator's figures; its Max Memory
// Used is the memory size, not a measurement, so it is left out).
class DockerTargetBase : public Target
{
    Q_OBJECT
public:
    ~DockerTargetBase() override;

    bool canProbe() const override { return true; }
    bool isDeployable() const override { return true; }
    quint64 invoke(const FunctionConfig &function, const QByteArray &payload,
                   const TargetCallOptions &options = {}) override;
    void cancelDeploy() override;

    // What a container or service of a function is called: bullpen-<target>-<function>-<project key>.
    QString resourceName(const FunctionConfig &function) const;

protected:
    DockerTargetBase(const TargetSpec &spec, const TargetContext &context, QObject *parent);

    // Where a function runs: its container or service, the host port of its
    // emulator, and the Engine API path of its logs.
    struct Placement
    {
        QString id;
        int port = 0;
        QString logsPath; // /containers/ID/logs or /services/ID/logs
        QList<int> ports; // a swarm service published in host mode: each replica's port, called in turn
    };
    // Looks up where a function runs now; done(placement, why not) with port 0 when nowhere.
    virtual void locate(const FunctionConfig &function,
                        std::function<void(const Placement &, const QString &whyNot)> done)
        = 0;

    // The daemon, probed on first use (bounded, 2 s); nullptr with *error.
    DockerClient *client(QString *error);
    // An Engine API call on the client (which client() has made), answered in this object's context.
    void clientCall(const QByteArray &verb, const QString &path, std::function<void(const DockerResponse &)> done,
                    const QByteArray &body = {});
    TargetImages *images();
    QJsonObject labels(const QString &functionId, const QString &imageId) const;
    // filters={"label":[...]} for this target and project (and function).
    QString labelFilter(const QString &functionId = {}) const;

    // Every deploy() starts with it: a cancelDeploy() before it no longer counts.
    void beginDeploy() { m_deployCancelled = false; }
    bool deployCancelled() const { return m_deployCancelled; }

    using Next = std::function<void(bool ok, const QString &message)>;
    // Runs one(function, next) for each function in order, then deployFinished().
    using DeployOne = std::function<void(const FunctionConfig &, Next)>;
    void deployEach(const QList<FunctionConfig> &functions, DeployOne one);
    // What runs of a function now, from the daemon's list of its containers or
    // services: kept as it is (inspect has called next), else what to remove first.
    struct Kept
    {
        bool kept = false;
        QStringList stale; // Engine API paths to DELETE
    };
    using Inspect = std::function<Kept(const QJsonArray &listed, const FunctionImage &image, int port, Next next)>;
    using Make = std::function<void(const FunctionImage &image, int port, Next next)>;
    // The shape of both deploys: the function's image (TargetImages), the
    // daemon's list at listPath, then keep what runs or replace it with make().
    // port: the spec's port for the index-th function, else 0 (a free one).
    void deployImage(const FunctionConfig &function, int index, const QString &listPath, Inspect inspect, Make make,
                     Next next);
    // Asks http://127.0.0.1:port/ until anything answers (the emulator's 404
    // included) or timeoutMs passes: done(answered, last error).
    void waitForAnswer(int port, int timeoutMs, std::function<void(bool, const QString &)> done);
    // Calls step(again) every intervalMs until step reports done or timeoutMs passes: then
    // expired() runs. step gets a function to call with true when finished.
    void pollUntil(int intervalMs, int timeoutMs, std::function<void(std::function<void(bool)>)> step,
                   std::function<void()> expired);
    // DELETE each path (containers, services) in turn; done(first error).
    void removeEach(const QStringList &paths, std::function<void(const QString &)> done);
    // After a tear-down: removes the images Bullpen built only for this
    // project's targets (tags bullpen-target-<project key>-..., TargetImages)
    // among imageIds (what the removed containers or services ran), with their
    // build contexts. The daemon keeps an image another container still uses
    // (another target, another function): 409, said, not an error. An Image
    // function's own image (SAM's <id>:<tag>, the local pool's too) stays.
    // done(what was removed and what was kept, in words).
    void removeTargetImages(const QStringList &imageIds, std::function<void(const QString &summary)> done);

    QHash<QString, Placement> m_placements; // logical id -> where it runs, as deploy or locate found it
    quint64 m_turn = 0; // the next replica of a host-mode service
    DockerClient *m_client = nullptr; // made by client()

private:
    struct Call
    {
        quint64 id = 0;
        TargetCallResult result;
        Placement placement;
        QDateTime sent;
    };
    LambdaInvokeClient *emulatorClient(int port);
    void onAnswer(LambdaInvokeClient *client, quint64 clientId, const LambdaInvokeResult &answer);
    void readLogs(const Call &call, int attempt);

    QString m_clientError;
    bool m_deployCancelled = false; // cancelDeploy() during the deploy under way
    TargetImages *m_images = nullptr;
    QNetworkAccessManager *m_http = nullptr;
    QHash<int, LambdaInvokeClient *> m_emulators; // port -> client
    QHash<std::pair<LambdaInvokeClient *, quint64>, Call> m_calls;
};

// The function's image run standalone through the Engine API, as `docker run
// -p 127.0.0.1::8080 -m <MemorySize>m IMAGE` would: one container per
// function, its port 8080 (the emulator) published on 127.0.0.1 (the spec's
// port, else a free one the daemon picks), no restart policy.
class DockerContainerTarget final : public DockerTargetBase
{
    Q_OBJECT
public:
    DockerContainerTarget(const TargetSpec &spec, const TargetContext &context, QObject *parent = nullptr);

    void deploy(const QList<FunctionConfig> &functions) override;
    void checkHealth(const QList<FunctionConfig> &functions = {}) override;
    void tearDown() override;

protected:
    void locate(const FunctionConfig &function,
                std::function<void(const Placement &, const QString &whyNot)> done) override;

private:
    void startContainer(const FunctionConfig &function, const FunctionImage &image, int hostPort, Next next);
    static int publishedPort(const QJsonObject &summary);
};

// The function's image as a Docker Swarm service: N replicas, memory limit =
// MemorySize, restart on failure, port 8080 published through the routing
// mesh (the spec's port, else one the swarm picks), so that calls to
// 127.0.0.1:<port> are spread over the replicas. With `publish: host` each
// replica publishes a port of its own and Bullpen calls them in turn: for
// hosts where the mesh does not work (docs/architecture.md). Where the kernel
// has no IPVS (the mesh cannot work at all) ingress falls back to host mode
// with a message saying so. Deploy waits until every
// replica runs; the health check lists each replica (task) with its state.
// The daemon must be a swarm manager: where it is in no swarm, the target is
// down until the user asks for a single-node one (setMayInitSwarm, `bullpen
// targets up --init-swarm`), which leaveSwarm() leaves again.
class SwarmServiceTarget final : public DockerTargetBase
{
    Q_OBJECT
public:
    SwarmServiceTarget(const TargetSpec &spec, const TargetContext &context, QObject *parent = nullptr);

    void deploy(const QList<FunctionConfig> &functions) override;
    void checkHealth(const QList<FunctionConfig> &functions = {}) override;
    void tearDown() override;

    // deploy() may create a single-node swarm where the daemon is in none.
    void setMayInitSwarm(bool may) { m_mayInitSwarm = may; }
    // Leaves the swarm if Bullpen created it and it runs nothing of anyone else's.
    void leaveSwarm(std::function<void(bool left, const QString &message)> done);
    DockerSwarm *swarm(QString *error);
    // How a service as the daemon lists it publishes port 8080: "ingress" or "host".
    static QString publishModeOf(const QJsonObject &service);

protected:
    void locate(const FunctionConfig &function,
                std::function<void(const Placement &, const QString &whyNot)> done) override;

private:
    void createService(const FunctionConfig &function, const FunctionImage &image, int publishedPort, Next next);
    void waitForReplicas(const FunctionConfig &function, const QString &serviceId, int replicas, Next next);
    static int publishedPort(const QJsonObject &service);
    // "ingress" or "host": how a service of this target publishes port 8080.
    // The spec's, except that ingress falls back to host (saying why once on
    // progress()) where the routing mesh cannot work (DockerSwarm::routingMeshAvailable).
    QString publishMode();
    // Where a service is called: its mesh port, or (host mode) each running replica's port.
    void placementOf(const QString &serviceId, const QJsonObject &service,
                     std::function<void(const Placement &, const QString &whyNot)> done);
    // Waits until every port of the placement answers, then records it.
    void waitForPlacement(const FunctionConfig &function, const Placement &placement, Next next);
    static TargetUnit unitOf(const QString &function, const QJsonObject &task);

    DockerSwarm *m_swarm = nullptr;
    bool m_mayInitSwarm = false;
    bool m_meshFallbackSaid = false;
};

} // namespace Bullpen
