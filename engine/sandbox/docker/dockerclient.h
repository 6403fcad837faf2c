// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;
class QNetworkAccessManager;
class QNetworkReply;

namespace Bullpen {

// What went wrong talking to a Docker (or Podman) daemon, in terms a user can act on.
enum class DockerErrorKind {
    None,
    NoDaemon, // no socket, nobody listening on it, or the daemon stopped answering
    PermissionDenied, // the socket is there but this user may not connect to it
    DaemonTooOld, // the daemon's API is older than 1.41
    ImageMissing, // "No such image": the image must be built or pulled first
    OutOfDisk, // "no space left on device" from the daemon
    NotFound, // another 404 (a container that has gone)
    Conflict, // 409 (a name in use, a container not running)
    Daemon, // any other error the daemon answered with
};

// Where a daemon listens, and what the ping said about it.
struct DockerEndpoint
{
    QString socketPath;
    QString origin; // "DOCKER_HOST", "Docker", "Podman (rootful)", "Podman (rootless)"
    QString apiVersion; // negotiated, e.g. "1.41"; empty until probed
    bool podman = false; // the ping carried Libpod-API-Version
};

// One answer of the daemon.
struct DockerResponse
{
    int status = 0; // the HTTP status; 0 when no answer came
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names (synchronous requests only)
    DockerErrorKind errorKind = DockerErrorKind::None;
    QString error; // what to tell the user (the daemon's message, plus advice); empty on success

    bool ok() const { return errorKind == DockerErrorKind::None; }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
};

// Splits Docker's multiplexed stream (logs, attach with Tty false): frames of an
// 8-byte header [stream, 0, 0, 0, size (big-endian)] and size payload bytes.
// Frames do not align with the chunks they arrive in, nor with lines.
class DockerStreamDemux
{
public:
    // stream: 0 stdin (written on stdout), 1 stdout, 2 stderr.
    using Sink = std::function<void(int stream, const QByteArray &payload)>;
    explicit DockerStreamDemux(Sink sink)
        : m_sink(std::move(sink))
    { }
    void feed(const QByteArray &chunk);
    // Bytes of an incomplete frame still waiting for the rest.
    qsizetype pending() const { return m_buffer.size(); }

private:
    Sink m_sink;
    QByteArray m_buffer;
};

// Splits a newline-delimited JSON progress stream (image import, pull, build)
// into objects. Docker reports failures inside a 200 stream as
// {"errorDetail":{"message":...},"error":...}: error() keeps the first.
class DockerJsonLines
{
public:
    using Sink = std::function<void(const QJsonObject &line)>;
    explicit DockerJsonLines(Sink sink)
        : m_sink(std::move(sink))
    { }
    void feed(const QByteArray &chunk);
    void finish();
    QString error() const { return m_error; }
    QJsonObject last() const { return m_last; }

private:
    Sink m_sink;
    QByteArray m_buffer;
    QString m_error;
    QJsonObject m_last;
};

// A client of the Docker Engine API (Docker, or Podman's compatible service)
// on a local unix socket: Qt's own HTTP (QNetworkAccessManager, `unix+http`
// URLs with QNetworkRequest::FullLocalServerNameAttribute, Qt >= 6.8).
//
// Everything is asynchronous: a request returns at once and its callback runs
// from the event loop (never inside the call). Requests that stay open for a
// long time (a container's wait, a log stream, a build) go through a
// connection of their own (`stream` set), so that they never hold up the short
// requests: Qt keeps at most six connections per host, and long polls would
// starve the rest.
//
// The synchronous functions (probe(), requestSync()) are bounded by a deadline
// and exist only for the backend's availability check (a ping, milliseconds)
// and for process exit, where no event loop runs any more.
class DockerClient final : public QObject
{
    Q_OBJECT
public:
    // The oldest API this client speaks; every path is prefixed /v1.41.
    static QString minimumApiVersion() { return QStringLiteral("1.41"); }

    // The sockets tried, in order: DOCKER_HOST (unix:// only) when set, else
    // /var/run/docker.sock, /run/docker.sock, Podman's rootful
    // /run/podman/podman.sock and rootless $XDG_RUNTIME_DIR/podman/podman.sock.
    static QList<DockerEndpoint> candidates();
    // Finds the first candidate a daemon answers on, pings it and negotiates
    // the API version (bounded, for availability checks). On failure the
    // endpoint's socketPath is empty and *error / *kind say why, with advice.
    static DockerEndpoint probe(QString *error, DockerErrorKind *kind = nullptr, int timeoutMs = 2000);
    // Pings one socket (the probe's second half); for a socket named explicitly.
    static DockerEndpoint probeSocket(const QString &socketPath, const QString &origin, QString *error,
                                      DockerErrorKind *kind = nullptr, int timeoutMs = 2000);
    // One request over a fresh connection, waiting at most until the deadline
    // (status 0 when it passed). path is versioned by the caller's endpoint.
    static DockerResponse requestSync(const DockerEndpoint &endpoint, const QByteArray &verb, const QString &path,
                                      QDeadlineTimer deadline, const QByteArray &body = {});
    // Turns a status and body into the kind and the message a user reads.
    static void classify(DockerResponse &response, const QString &socketPath);

    explicit DockerClient(const DockerEndpoint &endpoint, QObject *parent = nullptr);
    ~DockerClient() override;

    const DockerEndpoint &endpoint() const { return m_endpoint; }

    using Callback = std::function<void(const DockerResponse &)>;

    // An API call; path without the version ("/containers/create?name=x").
    // body: JSON (Content-Type application/json) unless contentType says else.
    // context: the callback is dropped when it is destroyed first.
    void call(const QByteArray &verb, const QString &path, const QByteArray &body, QObject *context, Callback done,
              const QByteArray &contentType = "application/json");
    // A long request on a connection of its own (wait, logs with follow,
    // build): onData gets the body as it arrives, done the status at the end.
    // Returns the reply so that the caller can abort it.
    QNetworkReply *stream(const QByteArray &verb, const QString &path, QIODevice *body, QObject *context,
                          std::function<void(const QByteArray &chunk)> onData, Callback done,
                          const QByteArray &contentType = "application/json",
                          const QList<std::pair<QByteArray, QByteArray>> &headers = {});

    // --- images ----------------------------------------------------------
    // Imports a root file system tarball as an image (POST /images/create?fromSrc=-),
    // streamed from the file, with Dockerfile-style changes (ENV, ENTRYPOINT,
    // CMD, WORKDIR, LABEL, USER). progress: bytes sent of total. done: on
    // success body holds the new image's id ("sha256:...").
    void importImage(const QString &tarballPath, const QString &repository, const QString &tag,
                     const QStringList &changes, QObject *context,
                     std::function<void(qint64 sent, qint64 total)> progress, Callback done);
    // Builds an image from a tar context (POST /build), streaming the log
    // lines ("stream" fields) as they come. query: t, dockerfile, buildargs, labels.
    void buildImage(const QString &contextTarPath, const QString &query, QObject *context,
                    std::function<void(const QString &line)> log, Callback done);

    // Pulls an image from its registry (POST /images/create?fromImage=),
    // reporting the daemon's progress lines as they come: per layer "id",
    // "status" (Pulling fs layer, Downloading, Extracting, ...) and
    // progressDetail {current, total}.
    void pullImage(const QString &image, const QString &tag, QObject *context,
                   std::function<void(const QJsonObject &line)> progress, Callback done);
    // Pushes a local image to its registry (POST /images/{name}/push); for
    // tests against a registry on loopback (no credentials).
    void pushImage(const QString &image, const QString &tag, QObject *context,
                   std::function<void(const QJsonObject &line)> progress, Callback done);

    static QString percentEncode(const QString &text);
    // The value of a list call's filters= parameter: {"name": ["value", ...], ...}
    // as compact JSON, percent-encoded.
    static QString filters(const QJsonObject &filters);
    // filters={"label":[...]} for list calls.
    static QString labelFilter(const QStringList &labels);

private:
    QString url(const QString &path, const QString &host) const;
    QString nextStreamHost();

    DockerEndpoint m_endpoint;
    QNetworkAccessManager *m_network = nullptr;
    quint64 m_streams = 0;
};

} // namespace Bullpen
