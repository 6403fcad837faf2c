// SPDX-License-Identifier: MIT
#include "engine/sandbox/docker/dockerclient.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>
#include <QVersionNumber>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace Bullpen {

namespace {

QString dockerHostSocket(QString *unsupported)
{
    const QString host = qEnvironmentVariable("DOCKER_HOST");
    if (host.isEmpty())
        return {};
    if (host.startsWith(u"unix://"))
        return host.mid(7);
    *unsupported = QStringLiteral("DOCKER_HOST is %1, but Bullpen talks to a daemon only on a local unix socket "
                                  "(unix:///path/to/docker.sock)")
                       .arg(host);
    return {};
}

// connect(2) to a unix socket, with the errno when it fails.
int connectUnix(const QString &path, int *error)
{
    const QByteArray native = QFile::encodeName(path);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    if (size_t(native.size()) >= sizeof address.sun_path) {
        *error = ENAMETOOLONG;
        return -1;
    }
    std::memcpy(address.sun_path, native.constData(), size_t(native.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *error = errno;
        return -1;
    }
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        *error = errno;
        ::close(fd);
        return -1;
    }
    return fd;
}

QString permissionAdvice(const QString &path)
{
    return QStringLiteral("permission denied on the Docker socket %1: add your user to the \"docker\" group "
                          "(sudo usermod -aG docker $USER, then log in again), or use rootless Podman "
                          "(systemctl --user enable --now podman.socket)")
        .arg(path);
}

QByteArray dechunk(const QByteArray &body)
{
    QByteArray out;
    qsizetype at = 0;
    while (at < body.size()) {
        const qsizetype lineEnd = body.indexOf("\r\n", at);
        if (lineEnd < 0)
            break;
        bool ok = false;
        const qsizetype size = body.mid(at, lineEnd - at).split(';').first().trimmed().toLongLong(&ok, 16);
        if (!ok || size == 0)
            break;
        out += body.mid(lineEnd + 2, size);
        at = lineEnd + 2 + size + 2;
    }
    return out;
}

} // namespace

void DockerStreamDemux::feed(const QByteArray &chunk)
{
    m_buffer += chunk;
    qsizetype at = 0;
    while (m_buffer.size() - at >= 8) {
        const auto *header = reinterpret_cast<const uchar *>(m_buffer.constData() + at);
        const quint32 size
            = (quint32(header[4]) << 24) | (quint32(header[5]) << 16) | (quint32(header[6]) << 8) | quint32(header[7]);
        if (m_buffer.size() - at - 8 < qsizetype(size))
            break;
        m_sink(int(header[0]), m_buffer.mid(at + 8, size));
        at += 8 + qsizetype(size);
    }
    m_buffer.remove(0, at);
}

void DockerJsonLines::feed(const QByteArray &chunk)
{
    m_buffer += chunk;
    qsizetype newline;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(newline).trimmed();
        m_buffer.remove(0, newline + 1);
        if (line.isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.isEmpty())
            continue;
        if (m_error.isEmpty()) {
            const QString message = object.value(u"errorDetail").toObject().value(u"message").toString();
            if (!message.isEmpty())
                m_error = message;
            else if (object.contains(u"error"))
                m_error = object.value(u"error").toString();
        }
        m_last = object;
        if (m_sink)
            m_sink(object);
    }
}

void DockerJsonLines::finish()
{
    if (!m_buffer.trimmed().isEmpty())
        feed(QByteArrayLiteral("\n"));
}

QList<DockerEndpoint> DockerClient::candidates()
{
    QList<DockerEndpoint> list;
    QString unsupported;
    const QString fromEnv = dockerHostSocket(&unsupported);
    if (!fromEnv.isEmpty() || !unsupported.isEmpty()) {
        list << DockerEndpoint { fromEnv, QStringLiteral("DOCKER_HOST"), {}, false };
        return list;
    }
    list << DockerEndpoint { QStringLiteral("/var/run/docker.sock"), QStringLiteral("Docker"), {}, false };
    list << DockerEndpoint { QStringLiteral("/run/docker.sock"), QStringLiteral("Docker"), {}, false };
    list << DockerEndpoint { QStringLiteral("/run/podman/podman.sock"), QStringLiteral("Podman (rootful)"), {}, true };
    const QString xdg = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!xdg.isEmpty())
        list << DockerEndpoint {
            xdg + QStringLiteral("/podman/podman.sock"), QStringLiteral("Podman (rootless)"), {}, true
        };
    return list;
}

DockerEndpoint DockerClient::probe(QString *error, DockerErrorKind *kind, int timeoutMs)
{
    QString unsupported;
    dockerHostSocket(&unsupported);
    if (!unsupported.isEmpty()) {
        *error = unsupported;
        if (kind)
            *kind = DockerErrorKind::NoDaemon;
        return {};
    }
    const QList<DockerEndpoint> list = candidates();
    QStringList tried;
    QString firstFailure;
    DockerErrorKind firstKind = DockerErrorKind::NoDaemon;
    for (const DockerEndpoint &candidate : list) {
        if (!QFileInfo::exists(candidate.socketPath) && candidate.origin != u"DOCKER_HOST") {
            tried << candidate.socketPath;
            continue;
        }
        QString why;
        DockerErrorKind whyKind = DockerErrorKind::None;
        DockerEndpoint found = probeSocket(candidate.socketPath, candidate.origin, &why, &whyKind, timeoutMs);
        if (!found.socketPath.isEmpty())
            return found;
        tried << candidate.socketPath;
        if (firstFailure.isEmpty()) {
            firstFailure = why;
            firstKind = whyKind;
        }
    }
    if (kind)
        *kind = firstKind;
    if (!firstFailure.isEmpty())
        *error = firstFailure;
    else
        *error = QStringLiteral("no Docker or Podman daemon: none of %1 exists. Start Docker (systemctl start docker), "
                                "or Podman's service (systemctl --user enable --now podman.socket), or set "
                                "DOCKER_HOST=unix:///path/to/socket")
                     .arg(tried.join(QStringLiteral(", ")));
    return {};
}

DockerEndpoint DockerClient::probeSocket(const QString &socketPath, const QString &origin, QString *error,
                                         DockerErrorKind *kind, int timeoutMs)
{
    auto failWith = [&](DockerErrorKind k, const QString &message) {
        *error = message;
        if (kind)
            *kind = k;
        return DockerEndpoint {};
    };
    int connectError = 0;
    const int fd = connectUnix(socketPath, &connectError);
    if (fd < 0) {
        if (connectError == EACCES || connectError == EPERM)
            return failWith(DockerErrorKind::PermissionDenied, permissionAdvice(socketPath));
        if (connectError == ENOENT)
            return failWith(DockerErrorKind::NoDaemon,
                            QStringLiteral("no Docker daemon: %1 does not exist (%2)").arg(socketPath, origin));
        return failWith(DockerErrorKind::NoDaemon,
                        QStringLiteral("no Docker daemon answers on %1: %2")
                            .arg(socketPath, QString::fromLocal8Bit(std::strerror(connectError))));
    }
    ::close(fd);
    DockerEndpoint endpoint { socketPath, origin, {}, false };
    const DockerResponse ping = requestSync(endpoint, "GET", QStringLiteral("/_ping"), QDeadlineTimer(timeoutMs));
    if (ping.status != 200)
        return failWith(DockerErrorKind::NoDaemon,
                        QStringLiteral("the daemon on %1 did not answer its ping%2")
                            .arg(socketPath, ping.error.isEmpty() ? QString() : QStringLiteral(": ") + ping.error));
    endpoint.podman = ping.headers.contains("libpod-api-version");
    const QString server = QString::fromLatin1(ping.headers.value("api-version"));
    const QVersionNumber serverVersion = QVersionNumber::fromString(server);
    const QVersionNumber minimum = QVersionNumber::fromString(minimumApiVersion());
    // Podman's compatible service says 1.40 but serves what 1.41 asks of it and
    // rejects no version; Docker below 1.41 lacks what this client uses.
    if (!endpoint.podman && (server.isEmpty() || serverVersion < minimum))
        return failWith(
            DockerErrorKind::DaemonTooOld,
            QStringLiteral("the Docker daemon on %1 speaks API %2, and Bullpen needs %3 or later "
                           "(Docker Engine 20.10 or later): update Docker")
                .arg(socketPath, server.isEmpty() ? QStringLiteral("(unknown)") : server, minimumApiVersion()));
    endpoint.apiVersion = minimumApiVersion();
    return endpoint;
}

DockerResponse DockerClient::requestSync(const DockerEndpoint &endpoint, const QByteArray &verb, const QString &path,
                                         QDeadlineTimer deadline, const QByteArray &body)
{
    DockerResponse response;
    int connectError = 0;
    const int fd = connectUnix(endpoint.socketPath, &connectError);
    if (fd < 0) {
        response.errorKind = connectError == EACCES ? DockerErrorKind::PermissionDenied : DockerErrorKind::NoDaemon;
        response.error = connectError == EACCES ? permissionAdvice(endpoint.socketPath)
                                                : QString::fromLocal8Bit(std::strerror(connectError));
        return response;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    const QString versioned
        = endpoint.apiVersion.isEmpty() || path.startsWith(u"/_ping") ? path : u"/v" + endpoint.apiVersion + path;
    QByteArray request = verb + ' ' + versioned.toUtf8() + " HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n";
    if (!body.isEmpty())
        request += "Content-Type: application/json\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    QByteArray received;
    qsizetype written = 0;
    bool timedOut = false;
    for (;;) {
        pollfd p { fd, short(written < request.size() ? POLLOUT : POLLIN), 0 };
        const int wait = int(qBound(qint64(0), deadline.remainingTime(), qint64(60000)));
        const int n = ::poll(&p, 1, deadline.isForever() ? -1 : wait);
        if (n == 0) {
            timedOut = true;
            break;
        }
        if (n < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        if (written < request.size()) {
            const ssize_t w = ::write(fd, request.constData() + written, size_t(request.size() - written));
            if (w < 0 && errno != EAGAIN && errno != EINTR)
                break;
            if (w > 0)
                written += w;
            continue;
        }
        char buffer[16384];
        const ssize_t r = ::read(fd, buffer, sizeof buffer);
        if (r == 0)
            break;
        if (r < 0) {
            if (errno == EAGAIN || errno == EINTR)
                continue;
            break;
        }
        received.append(buffer, r);
        // A ping's answer is complete with its Content-Length; do not wait for the close.
        const qsizetype headerEnd = received.indexOf("\r\n\r\n");
        if (headerEnd > 0) {
            const QByteArray head = received.left(headerEnd).toLower();
            const qsizetype cl = head.indexOf("content-length:");
            if (cl >= 0) {
                const qsizetype lineEnd = head.indexOf("\r\n", cl);
                const qsizetype length = head.mid(cl + 15, lineEnd < 0 ? -1 : lineEnd - cl - 15).trimmed().toLongLong();
                if (received.size() - headerEnd - 4 >= length)
                    break;
            } else if (head.startsWith("http/1.1 204") || head.startsWith("http/1.1 304")) {
                break;
            }
        }
    }
    ::close(fd);
    const qsizetype headerEnd = received.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        response.errorKind = DockerErrorKind::NoDaemon;
        response.error = timedOut ? QStringLiteral("no answer from %1 in time").arg(endpoint.socketPath)
                                  : QStringLiteral("no answer from %1").arg(endpoint.socketPath);
        return response;
    }
    const QList<QByteArray> lines = received.left(headerEnd).split('\n');
    response.status = lines.value(0).split(' ').value(1).toInt();
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = lines.at(i).left(colon).trimmed().toLower();
        const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
        response.headers.insert(name, value);
        if (name == "transfer-encoding" && value.toLower().contains("chunked"))
            chunked = true;
    }
    response.body = received.mid(headerEnd + 4);
    if (chunked)
        response.body = dechunk(response.body);
    classify(response, endpoint.socketPath);
    return response;
}

void DockerClient::classify(DockerResponse &response, const QString &socketPath)
{
    if (response.status >= 200 && response.status < 400) {
        response.errorKind = DockerErrorKind::None;
        response.error.clear();
        return;
    }
    if (response.status == 0) {
        response.errorKind = DockerErrorKind::NoDaemon;
        if (response.error.isEmpty())
            response.error = QStringLiteral("the daemon on %1 did not answer").arg(socketPath);
        return;
    }
    QString message = QJsonDocument::fromJson(response.body).object().value(u"message").toString();
    if (message.isEmpty())
        message = QString::fromUtf8(response.body.trimmed().left(500));
    const QString lower = message.toLower();
    if (lower.contains(u"no space left on device")) {
        response.errorKind = DockerErrorKind::OutOfDisk;
        message += QStringLiteral(" (the daemon's disk is full: remove unused images and containers, for example "
                                  "`docker system prune`, or `bullpen images remove`)");
    } else if (response.status == 404 && lower.contains(u"no such image")) {
        response.errorKind = DockerErrorKind::ImageMissing;
    } else if (response.status == 404) {
        response.errorKind = DockerErrorKind::NotFound;
    } else if (response.status == 409) {
        response.errorKind = DockerErrorKind::Conflict;
    } else if (response.status == 400 && lower.contains(u"client version") && lower.contains(u"too")) {
        response.errorKind = DockerErrorKind::DaemonTooOld;
    } else {
        response.errorKind = DockerErrorKind::Daemon;
    }
    response.error = message.isEmpty() ? QStringLiteral("the daemon answered %1").arg(response.status) : message;
}

DockerClient::DockerClient(const DockerEndpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_network(new QNetworkAccessManager(this))
{
    // Responses of a local daemon are never cached, and no proxy applies.
    m_network->setProxy(QNetworkProxy::NoProxy);
}

DockerClient::~DockerClient() = default;

QString DockerClient::url(const QString &path, const QString &host) const
{
    return QStringLiteral("unix+http://") + host + QStringLiteral("/v") + m_endpoint.apiVersion + path;
}

QString DockerClient::nextStreamHost()
{
    // Qt pools connections per host: a host name of its own gives a long
    // request a connection of its own (the daemon ignores the Host header).
    return QStringLiteral("stream-%1.docker").arg(++m_streams);
}

QString DockerClient::percentEncode(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString DockerClient::filters(const QJsonObject &filters)
{
    return percentEncode(QString::fromUtf8(QJsonDocument(filters).toJson(QJsonDocument::Compact)));
}

QString DockerClient::labelFilter(const QStringList &labels)
{
    return filters(QJsonObject { { QStringLiteral("label"), QJsonArray::fromStringList(labels) } });
}

void DockerClient::call(const QByteArray &verb, const QString &path, const QByteArray &body, QObject *context,
                        Callback done, const QByteArray &contentType)
{
    QNetworkRequest request { QUrl(url(path, QStringLiteral("docker"))) };
    request.setAttribute(QNetworkRequest::FullLocalServerNameAttribute, m_endpoint.socketPath);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
    const QString socket = m_endpoint.socketPath;
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done), guard, context, socket] {
        reply->deleteLater();
        if (context && !guard)
            return;
        DockerResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        if (response.status == 0)
            response.error = QStringLiteral("the daemon on %1 did not answer: %2").arg(socket, reply->errorString());
        classify(response, socket);
        if (done)
            done(response);
    });
}

QNetworkReply *DockerClient::stream(const QByteArray &verb, const QString &path, QIODevice *body, QObject *context,
                                    std::function<void(const QByteArray &)> onData, Callback done,
                                    const QByteArray &contentType,
                                    const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request { QUrl(url(path, nextStreamHost())) };
    request.setAttribute(QNetworkRequest::FullLocalServerNameAttribute, m_endpoint.socketPath);
    if (body)
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    // A connection used once: nothing of it is kept for reuse.
    request.setRawHeader("Connection", "close");
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = body ? m_network->sendCustomRequest(request, verb, body)
                                : m_network->sendCustomRequest(request, verb, QByteArray());
    const QString socket = m_endpoint.socketPath;
    QPointer<QObject> guard(context);
    auto collected = std::make_shared<QByteArray>();
    connect(reply, &QNetworkReply::readyRead, this, [reply, onData, guard, context, collected] {
        if (context && !guard)
            return;
        const QByteArray chunk = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 400 || !onData) {
            *collected += chunk; // an error's body, for the message, or a body nobody streams
            return;
        }
        onData(chunk);
    });
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done), guard, context, socket, collected] {
        reply->deleteLater();
        if (context && !guard)
            return;
        DockerResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = *collected + (reply->isOpen() ? reply->readAll() : QByteArray());
        if (response.status == 0)
            response.error = reply->error() == QNetworkReply::OperationCanceledError
                ? QStringLiteral("cancelled")
                : QStringLiteral("the daemon on %1 did not answer: %2").arg(socket, reply->errorString());
        classify(response, socket);
        if (done)
            done(response);
    });
    return reply;
}

void DockerClient::importImage(const QString &tarballPath, const QString &repository, const QString &tag,
                               const QStringList &changes, QObject *context,
                               std::function<void(qint64, qint64)> progress, Callback done)
{
    auto *file = new QFile(tarballPath);
    if (!file->open(QIODevice::ReadOnly)) {
        DockerResponse response;
        response.errorKind = DockerErrorKind::Daemon;
        response.error = QStringLiteral("cannot read the image tarball %1: %2").arg(tarballPath, file->errorString());
        delete file;
        QMetaObject::invokeMethod(this, [done, response] { done(response); }, Qt::QueuedConnection);
        return;
    }
    QString query
        = QStringLiteral("/images/create?fromSrc=-&repo=%1&tag=%2").arg(percentEncode(repository), percentEncode(tag));
    for (const QString &change : changes)
        query += QStringLiteral("&changes=") + percentEncode(change);
    auto lines = std::make_shared<DockerJsonLines>(nullptr);
    QNetworkReply *reply = stream(
        "POST", query, file, context, [lines](const QByteArray &chunk) { lines->feed(chunk); },
        [lines, done](const DockerResponse &answer) {
            lines->finish();
            DockerResponse response = answer;
            if (response.ok() && !lines->error().isEmpty()) {
                response.errorKind = lines->error().contains(u"no space left on device", Qt::CaseInsensitive)
                    ? DockerErrorKind::OutOfDisk
                    : DockerErrorKind::Daemon;
                response.error = lines->error();
            } else if (response.ok()) {
                response.body = lines->last().value(u"status").toString().toUtf8();
            }
            done(response);
        },
        "application/x-tar");
    file->setParent(reply);
    if (progress) {
        QPointer<QObject> guard(context);
        connect(reply, &QNetworkReply::uploadProgress, this, [progress, guard, context](qint64 sent, qint64 total) {
            if (!context || guard)
                progress(sent, total);
        });
    }
}

void DockerClient::buildImage(const QString &contextTarPath, const QString &query, QObject *context,
                              std::function<void(const QString &)> log, Callback done)
{
    auto *file = new QFile(contextTarPath);
    if (!file->open(QIODevice::ReadOnly)) {
        DockerResponse response;
        response.errorKind = DockerErrorKind::Daemon;
        response.error
            = QStringLiteral("cannot read the build context %1: %2").arg(contextTarPath, file->errorString());
        delete file;
        QMetaObject::invokeMethod(this, [done, response] { done(response); }, Qt::QueuedConnection);
        return;
    }
    auto lines = std::make_shared<DockerJsonLines>([log](const QJsonObject &line) {
        const QString text = line.value(u"stream").toString();
        if (!text.isEmpty() && log) {
            for (const QString &each : text.split(u'\n', Qt::SkipEmptyParts))
                log(each);
        }
        const QString error = line.value(u"errorDetail").toObject().value(u"message").toString();
        if (!error.isEmpty() && log)
            log(error);
    });
    QNetworkReply *reply = stream(
        "POST", QStringLiteral("/build?") + query, file, context,
        [lines](const QByteArray &chunk) { lines->feed(chunk); },
        [lines, done](const DockerResponse &answer) {
            lines->finish();
            DockerResponse response = answer;
            if (response.ok() && !lines->error().isEmpty()) {
                response.errorKind = lines->error().contains(u"no space left on device", Qt::CaseInsensitive)
                    ? DockerErrorKind::OutOfDisk
                    : DockerErrorKind::Daemon;
                response.error = lines->error();
            } else if (response.ok()) {
                response.body = lines->last().value(u"aux").toObject().value(u"ID").toString().toUtf8();
            }
            done(response);
        },
        "application/x-tar");
    file->setParent(reply);
}

namespace {

// A progress stream's end: an error line inside a 200 is the failure.
DockerResponse progressOutcome(const DockerResponse &answer, const DockerJsonLines &lines)
{
    DockerResponse response = answer;
    if (response.ok() && !lines.error().isEmpty()) {
        response.errorKind = lines.error().contains(u"no space left on device", Qt::CaseInsensitive)
            ? DockerErrorKind::OutOfDisk
            : (lines.error().contains(u"not found", Qt::CaseInsensitive)
                       || lines.error().contains(u"manifest unknown", Qt::CaseInsensitive)
                   ? DockerErrorKind::ImageMissing
                   : DockerErrorKind::Daemon);
        response.error = lines.error();
    }
    return response;
}

} // namespace

void DockerClient::pullImage(const QString &image, const QString &tag, QObject *context,
                             std::function<void(const QJsonObject &)> progress, Callback done)
{
    auto lines = std::make_shared<DockerJsonLines>([progress](const QJsonObject &line) {
        if (progress)
            progress(line);
    });
    stream(
        "POST", QStringLiteral("/images/create?fromImage=%1&tag=%2").arg(percentEncode(image), percentEncode(tag)),
        nullptr, context, [lines](const QByteArray &chunk) { lines->feed(chunk); },
        [lines, done](const DockerResponse &answer) {
            lines->finish();
            done(progressOutcome(answer, *lines));
        });
}

void DockerClient::pushImage(const QString &image, const QString &tag, QObject *context,
                             std::function<void(const QJsonObject &)> progress, Callback done)
{
    auto lines = std::make_shared<DockerJsonLines>([progress](const QJsonObject &line) {
        if (progress)
            progress(line);
    });
    // The daemon insists on an X-Registry-Auth header, even an empty one.
    stream(
        "POST", QStringLiteral("/images/%1/push?tag=%2").arg(image, percentEncode(tag)), nullptr, context,
        [lines](const QByteArray &chunk) { lines->feed(chunk); },
        [lines, done](const DockerResponse &answer) {
            lines->finish();
            done(progressOutcome(answer, *lines));
        },
        "application/json", { { "X-Registry-Auth", QByteArray("{}").toBase64() } });
}

} // namespace Bullpen
