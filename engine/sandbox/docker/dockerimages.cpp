// SPDX-License-Identifier: MIT
#include "engine/sandbox/docker/dockerimages.h"

#include "engine/sandbox/docker/dockerbackend.h"
#include "engine/sandbox/sandboxfiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QMap>

namespace Bullpen {

DockerImages::DockerImages(DockerClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

QString DockerImages::fileSha256(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

void DockerImages::importRuntime(const RuntimeImageInput &input)
{
    const QString family = DockerBackend::runtimeFamily(input.runtime);
    QString inputs = input.inputsHash;
    if (!QFileInfo(input.tarballPath).isFile()) {
        QMetaObject::invokeMethod(
            this,
            [this, input] {
                Q_EMIT finished(
                    false, QStringLiteral("the root file system tarball %1 does not exist").arg(input.tarballPath));
            },
            Qt::QueuedConnection);
        return;
    }
    if (inputs.isEmpty()) {
        QString error;
        Q_EMIT progress(QStringLiteral("hashing %1").arg(input.tarballPath), -1);
        inputs = fileSha256(input.tarballPath, &error);
        if (inputs.isEmpty()) {
            QMetaObject::invokeMethod(this, [this, error] { Q_EMIT finished(false, error); }, Qt::QueuedConnection);
            return;
        }
    }
    QStringList changes;
    for (const QString &env : input.environment)
        changes << QStringLiteral("ENV ") + env;
    if (!input.entrypoint.isEmpty())
        changes << QStringLiteral("ENTRYPOINT ")
                + QString::fromUtf8(
                       QJsonDocument(QJsonArray::fromStringList(input.entrypoint)).toJson(QJsonDocument::Compact));
    if (!input.workingDirectory.isEmpty())
        changes << QStringLiteral("WORKDIR ") + input.workingDirectory;
    const QMap<QString, QString> labels {
        { QLatin1String(DockerLabels::Kind), QStringLiteral("runtime-image") },
        { QLatin1String(DockerLabels::Runtime), family },
        { QLatin1String(DockerLabels::Inputs), inputs },
    };
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        changes << QStringLiteral("LABEL %1=\"%2\"").arg(it.key(), it.value());
    for (auto it = input.versions.cbegin(); it != input.versions.cend(); ++it)
        changes << QStringLiteral("LABEL io.bullpen.versions.%1=\"%2\"").arg(it.key(), it.value());
    // The tag names the inputs and the image's configuration: either changing
    // makes a new image; neither changing imports nothing.
    const QString key = QString::fromLatin1(
        QCryptographicHash::hash(QString(inputs + u'\n' + changes.join(u'\n')).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(12));
    const QString version = QCoreApplication::applicationVersion().isEmpty() ? QStringLiteral("unknown")
                                                                             : QCoreApplication::applicationVersion();
    changes << QStringLiteral("LABEL %1=\"%2\"").arg(QLatin1String(DockerLabels::Version), version);
    changes
        << QStringLiteral("LABEL %1=\"%2\"").arg(QLatin1String(DockerLabels::BuiltBy), SandboxFiles::ownerIdentity());
    const QString repository = DockerBackend::runtimeRepository();
    const QString versionTag = family + u'-' + key;
    const QString reference = repository + u':' + versionTag;
    // Rebuilt only when the inputs change: the same inputs are the same image.
    m_client->call(
        "GET", QStringLiteral("/images/%1/json").arg(reference), {}, this,
        [this, input, family, inputs, repository, versionTag, reference, changes](const DockerResponse &found) {
            if (found.ok()) {
                tagCurrent(reference, family,
                           QStringLiteral("%1 is up to date (inputs %2)").arg(reference, inputs.left(12)));
                return;
            }
            const qint64 size = QFileInfo(input.tarballPath).size();
            Q_EMIT progress(QStringLiteral("importing %1 (%2 MB) as %3")
                                .arg(input.tarballPath)
                                .arg(size / (1024 * 1024))
                                .arg(reference),
                            0);
            auto timer = std::make_shared<QElapsedTimer>();
            timer->start();
            auto lastPercent = std::make_shared<int>(-1);
            m_client->importImage(
                input.tarballPath, repository, versionTag, changes, this,
                [this, lastPercent](qint64 sent, qint64 total) {
                    const int percent = total > 0 ? int(sent * 100 / total) : -1;
                    if (percent != *lastPercent) {
                        *lastPercent = percent;
                        Q_EMIT progress(
                            QStringLiteral("sent %1 of %2 MB").arg(sent / (1024 * 1024)).arg(total / (1024 * 1024)),
                            percent);
                    }
                },
                [this, reference, family, timer, repository, versionTag](const DockerResponse &imported) {
                    if (!imported.ok()) {
                        Q_EMIT finished(false,
                                        QStringLiteral("the import of %1 failed: %2").arg(reference, imported.error));
                        return;
                    }
                    // Tagged by the new image's id: Podman's compatible import
                    // ignores repo and tag (it names the image
                    // docker.io/library/<repo>:latest), Docker's honours them.
                    const QString id = QString::fromUtf8(imported.body).trimmed();
                    const QString source = id.startsWith(u"sha256:") ? id : reference;
                    const QString message = QStringLiteral("imported %1 in %2 s")
                                                .arg(reference)
                                                .arg(timer->elapsed() / 1000.0, 0, 'f', 1);
                    m_client->call("POST",
                                   QStringLiteral("/images/%1/tag?repo=%2&tag=%3")
                                       .arg(source, DockerClient::percentEncode(repository),
                                            DockerClient::percentEncode(versionTag)),
                                   {}, this, [this, source, family, message, repository](const DockerResponse &tagged) {
                                       if (!tagged.ok()) {
                                           Q_EMIT finished(
                                               false, QStringLiteral("cannot tag %1: %2").arg(source, tagged.error));
                                           return;
                                       }
                                       if (!m_client->endpoint().podman) {
                                           tagCurrent(source, family, message);
                                           return;
                                       }
                                       // The name Podman gave it is not Bullpen's: untagged first, and
                                       // only then the family's tag added. At once, Podman could lose
                                       // one of the two (each writes the image's whole list of names:
                                       // a nodejs image ended up without its tag, CI of 30 Nov 2026).
                                       m_client->call("DELETE", QStringLiteral("/images/%1:latest").arg(repository), {},
                                                      this, [this, source, family, message](const DockerResponse &) {
                                                          tagCurrent(source, family, message);
                                                      });
                                   });
                });
        });
}

QString DockerImages::defaultRegistry()
{
    const QString registry = qEnvironmentVariable("BULLPEN_RUNTIME_REGISTRY");
    return registry.isEmpty() ? QStringLiteral("public.ecr.aws/lambda") : registry;
}

std::pair<QString, QString> DockerImages::officialImage(const QString &runtime, const QString &registry)
{
    const QString family = DockerBackend::runtimeFamily(runtime);
    QString tag;
    if (runtime.startsWith(u"python") && runtime.size() > 6)
        tag = runtime.mid(6); // python3.12 -> 3.12
    else if (runtime.startsWith(u"nodejs") && runtime.size() > 6)
        tag = runtime.mid(6).section(u'.', 0, 0); // nodejs20.x -> 20
    else if (runtime.startsWith(u"provided."))
        tag = runtime.section(u'.', 1); // provided.al2023 -> al2023
    if (tag.isEmpty()) // a family alone: the newest Lambda runtime of it Bullpen knows
        tag = family == u"python" ? QStringLiteral("3.13")
            : family == u"nodejs" ? QStringLiteral("22")
                                  : QStringLiteral("al2023");
    QString base = registry;
    while (base.endsWith(u'/'))
        base.chop(1);
    return { base + u'/' + family, tag };
}

void DockerImages::pullOfficial(const QString &runtime, const QString &registry)
{
    const QString family = DockerBackend::runtimeFamily(runtime);
    const auto [name, tag] = officialImage(runtime, registry);
    const QString reference = name + u':' + tag;
    Q_EMIT progress(QStringLiteral("pulling %1").arg(reference), 0);
    // Per layer: bytes downloaded of its size; the percent is their sum.
    struct Layer
    {
        qint64 current = 0;
        qint64 total = 0;
    };
    auto layers = std::make_shared<QMap<QString, Layer>>();
    auto lastPercent = std::make_shared<int>(-1);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_client->pullImage(
        name, tag, this,
        [this, layers, lastPercent](const QJsonObject &line) {
            const QString id = line.value(u"id").toString();
            const QString status = line.value(u"status").toString();
            const QJsonObject detail = line.value(u"progressDetail").toObject();
            if (!id.isEmpty() && status == u"Downloading") {
                (*layers)[id] = Layer { detail.value(u"current").toInteger(), detail.value(u"total").toInteger() };
            } else if (!id.isEmpty()
                       && (status == u"Download complete" || status == u"Pull complete"
                           || status == u"Already exists")) {
                Layer &layer = (*layers)[id];
                layer.current = layer.total;
            }
            qint64 current = 0;
            qint64 total = 0;
            for (const Layer &layer : std::as_const(*layers)) {
                current += layer.current;
                total += layer.total;
            }
            const int percent = total > 0 ? int(current * 100 / total) : -1;
            const QString message = id.isEmpty() ? status : QStringLiteral("%1: %2").arg(id, status);
            if (percent != *lastPercent || !status.startsWith(u"Downloading")) {
                *lastPercent = percent;
                Q_EMIT progress(message, percent);
            }
        },
        [this, reference, family, tag, timer](const DockerResponse &pulled) {
            if (!pulled.ok()) {
                Q_EMIT finished(false, QStringLiteral("cannot pull %1: %2").arg(reference, pulled.error));
                return;
            }
            Q_EMIT progress(
                QStringLiteral("pulled %1 in %2 s").arg(reference).arg(timer->elapsed() / 1000.0, 0, 'f', 1), 100);
            labelPulled(reference, family, tag);
        });
}

void DockerImages::labelPulled(const QString &reference, const QString &family, const QString &version)
{
    // Labels need a new image: a container of the pulled one, never started,
    // committed with them (no build context, no layer of its own).
    m_client->call(
        "GET", QStringLiteral("/images/%1/json").arg(reference), {}, this,
        [this, reference, family, version](const DockerResponse &inspected) {
            if (!inspected.ok()) {
                Q_EMIT finished(
                    false,
                    QStringLiteral("the daemon does not show the pulled %1: %2").arg(reference, inspected.error));
                return;
            }
            const QString id = inspected.object().value(u"Id").toString();
            const QJsonObject create {
                { QStringLiteral("Image"), reference },
                { QStringLiteral("Labels"),
                  QJsonObject { { QLatin1String(DockerLabels::Kind), QStringLiteral("export") },
                                { QLatin1String(DockerLabels::Engine), SandboxFiles::ownerIdentity() } } }
            };
            m_client->call(
                "POST", QStringLiteral("/containers/create"), QJsonDocument(create).toJson(QJsonDocument::Compact),
                this, [this, reference, family, version, id](const DockerResponse &created) {
                    if (!created.ok()) {
                        Q_EMIT finished(false, QStringLiteral("cannot label %1: %2").arg(reference, created.error));
                        return;
                    }
                    const QString container = created.object().value(u"Id").toString();
                    const QString version12 = id.section(u':', -1).left(12);
                    const QStringList changes {
                        QStringLiteral("LABEL %1=\"runtime-image\"").arg(QLatin1String(DockerLabels::Kind)),
                        QStringLiteral("LABEL %1=\"%2\"").arg(QLatin1String(DockerLabels::Runtime), family),
                        QStringLiteral("LABEL %1=\"%2\"").arg(QLatin1String(DockerLabels::Inputs), id),
                        QStringLiteral("LABEL io.bullpen.source=\"%1\"").arg(reference),
                        QStringLiteral("LABEL io.bullpen.versions.%1=\"%2\"").arg(family, version),
                        QStringLiteral("LABEL %1=\"%2\"")
                            .arg(QLatin1String(DockerLabels::BuiltBy), SandboxFiles::ownerIdentity()),
                        // A commit keeps the container's labels: the engine's must not
                        // reach containers that others make from the image.
                        QStringLiteral("LABEL %1=\"\"").arg(QLatin1String(DockerLabels::Engine)),
                    };
                    QString query
                        = QStringLiteral("/commit?container=%1&repo=%2&tag=%3")
                              .arg(container, DockerClient::percentEncode(DockerBackend::runtimeRepository()),
                                   DockerClient::percentEncode(family + QStringLiteral("-official-") + version12));
                    for (const QString &change : changes)
                        query += QStringLiteral("&changes=") + DockerClient::percentEncode(change);
                    // A body, even an empty one: Podman's compatible commit decodes one.
                    m_client->call("POST", query, QByteArrayLiteral("{}"), this,
                                   [this, reference, family, container](const DockerResponse &committed) {
                                       m_client->call("DELETE", QStringLiteral("/containers/%1?force=1").arg(container),
                                                      {}, nullptr, {});
                                       if (!committed.ok()) {
                                           Q_EMIT finished(
                                               false,
                                               QStringLiteral("cannot label %1: %2").arg(reference, committed.error));
                                           return;
                                       }
                                       tagCurrent(committed.object().value(u"Id").toString(), family,
                                                  QStringLiteral("%1 is the %2 runtime image (%3:%2)")
                                                      .arg(reference, family, DockerBackend::runtimeRepository()));
                                   });
                });
        });
}

void DockerImages::tagCurrent(const QString &source, const QString &family, const QString &doneMessage)
{
    m_client->call("POST",
                   QStringLiteral("/images/%1/tag?repo=%2&tag=%3")
                       .arg(source, DockerClient::percentEncode(DockerBackend::runtimeRepository()), family),
                   {}, this, [this, doneMessage, source](const DockerResponse &tagged) {
                       if (!tagged.ok())
                           Q_EMIT finished(false, QStringLiteral("cannot tag %1: %2").arg(source, tagged.error));
                       else
                           Q_EMIT finished(true, doneMessage);
                   });
}

void DockerImages::list(std::function<void(const QList<DockerImageInfo> &, const QString &)> done)
{
    m_client->call("GET",
                   QStringLiteral("/images/json?filters=")
                       + DockerClient::labelFilter({ QLatin1String(DockerLabels::Kind) }),
                   {}, this, [done](const DockerResponse &response) {
                       QList<DockerImageInfo> images;
                       if (!response.ok()) {
                           done(images, response.error);
                           return;
                       }
                       for (const QJsonValue &value : QJsonDocument::fromJson(response.body).array()) {
                           const QJsonObject o = value.toObject();
                           const QJsonObject labels = o.value(u"Labels").toObject();
                           DockerImageInfo info;
                           info.id = o.value(u"Id").toString();
                           for (const QJsonValue &tag : o.value(u"RepoTags").toArray()) {
                               // Podman names local images localhost/<name> (or, imported,
                               // docker.io/library/<name>); Docker, <name>.
                               QString name = tag.toString();
                               for (const QLatin1String prefix :
                                    { QLatin1String("localhost/"), QLatin1String("docker.io/library/") }) {
                                   if (name.startsWith(prefix))
                                       name.remove(0, prefix.size());
                               }
                               if (name != u"<none>:<none>")
                                   info.tags << name;
                           }
                           info.kind = labels.value(QLatin1String(DockerLabels::Kind)).toString();
                           info.runtime = labels.value(QLatin1String(DockerLabels::Runtime)).toString();
                           info.inputs = labels.value(QLatin1String(DockerLabels::Inputs)).toString();
                           info.version = labels.value(QLatin1String(DockerLabels::Version)).toString();
                           info.sizeBytes = o.value(u"Size").toInteger();
                           info.createdSecs = o.value(u"Created").toInteger();
                           images << info;
                       }
                       done(images, {});
                   });
}

void DockerImages::pruneRuntimes(std::function<void(const QStringList &, const QString &)> done)
{
    list([this, done](const QList<DockerImageInfo> &images, const QString &error) {
        if (!error.isEmpty()) {
            done({}, error);
            return;
        }
        const QString prefix = DockerBackend::runtimeRepository() + u':';
        QList<DockerImageInfo> stale;
        for (const DockerImageInfo &image : images) {
            if (image.kind != u"runtime-image")
                continue;
            const bool ours = std::any_of(image.tags.cbegin(), image.tags.cend(),
                                          [&prefix](const QString &tag) { return tag.startsWith(prefix); });
            const bool current = image.tags.contains(prefix + image.runtime);
            if (ours && !current)
                stale << image;
        }
        if (stale.isEmpty()) {
            done({}, {});
            return;
        }
        auto left = std::make_shared<int>(int(stale.size()));
        auto removed = std::make_shared<QStringList>();
        auto errors = std::make_shared<QStringList>();
        for (const DockerImageInfo &image : std::as_const(stale)) {
            const QString name = image.tags.value(0, image.id);
            // By its tag: the image goes with its last tag, and without force
            // an image a container uses (or another repository tags) stays.
            m_client->call("DELETE", QStringLiteral("/images/%1").arg(name), {}, this,
                           [left, removed, errors, done, name](const DockerResponse &answer) {
                               if (answer.ok())
                                   *removed << name;
                               else
                                   *errors << QStringLiteral("%1: %2").arg(name, answer.error);
                               if (--*left == 0)
                                   done(*removed, errors->join(QStringLiteral("; ")));
                           });
        }
    });
}

void DockerImages::removeRuntimes(const QStringList &families, std::function<void(int, const QString &)> done)
{
    list([this, families, done](const QList<DockerImageInfo> &images, const QString &error) {
        if (!error.isEmpty()) {
            done(0, error);
            return;
        }
        const QString prefix = DockerBackend::runtimeRepository() + u':';
        QStringList ids;
        for (const DockerImageInfo &image : images) {
            if (image.kind != u"runtime-image" || (!families.isEmpty() && !families.contains(image.runtime)))
                continue;
            // Only images of this repository (tests use one of their own).
            if (std::any_of(image.tags.cbegin(), image.tags.cend(),
                            [&prefix](const QString &tag) { return tag.startsWith(prefix); }))
                ids << image.id;
        }
        if (ids.isEmpty()) {
            done(0, {});
            return;
        }
        auto left = std::make_shared<int>(int(ids.size()));
        auto removed = std::make_shared<int>(0);
        auto errors = std::make_shared<QStringList>();
        for (const QString &id : ids) {
            m_client->call("DELETE", QStringLiteral("/images/%1?force=1").arg(id), {}, this,
                           [left, removed, errors, done](const DockerResponse &answer) {
                               if (answer.ok())
                                   ++*removed;
                               else
                                   *errors << answer.error;
                               if (--*left == 0)
                                   done(*removed, errors->join(QStringLiteral("; ")));
                           });
        }
    });
}

} // namespace Bullpen
