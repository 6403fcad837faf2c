// SPDX-License-Identifier: MIT
#include "engine/sandbox/docker/functionimages.h"

#include "engine/core/toolprocess.h"
#include "engine/sandbox/docker/dockerbackend.h"
#include "engine/sandbox/sandboxfiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryFile>

#include <algorithm>

namespace Bullpen {

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

QString versionString()
{
    const QString version = QCoreApplication::applicationVersion();
    return version.isEmpty() ? QStringLiteral("unknown") : version;
}

} // namespace

QStringList FunctionImage::argv(const ImagePackage &package) const
{
    const QStringList entry = package.entryPoint.isEmpty() ? entrypoint : package.entryPoint;
    // Docker's rule: a new ENTRYPOINT drops the image's CMD.
    const QStringList command
        = !package.command.isEmpty() ? package.command : (package.entryPoint.isEmpty() ? cmd : QStringList());
    return entry + command;
}

QString FunctionImage::workingDirectoryFor(const ImagePackage &package) const
{
    if (!package.workingDirectory.isEmpty())
        return package.workingDirectory;
    return workingDirectory.isEmpty() ? QStringLiteral("/") : workingDirectory;
}

FunctionImages::FunctionImages(DockerClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

QString FunctionImages::inputsHash(const ImagePackage &package, QString *error)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray(package.dockerfile.toUtf8() + '\0'));
    for (auto it = package.buildArgs.cbegin(); it != package.buildArgs.cend(); ++it)
        hash.addData(QByteArray(it.key().toUtf8() + '=' + it.value().toUtf8() + '\0'));
    const QDir base(package.contextDirectory);
    QStringList files;
    QDirIterator it(package.contextDirectory, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << base.relativeFilePath(it.next());
    std::sort(files.begin(), files.end());
    for (const QString &relative : std::as_const(files)) {
        QFile file(base.absoluteFilePath(relative));
        hash.addData(QByteArray(relative.toUtf8() + '\0'));
        hash.addData(QByteArray(QByteArray::number(int(file.permissions())) + '\0'));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString());
            return {};
        }
        hash.addData(&file);
    }
    return QString::fromLatin1(hash.result().toHex());
}

void FunctionImages::ensure(const ImagePackage &package, QObject *context, Log log, Done done)
{
    const QString reference = package.reference();
    const bool first = !m_waiting.contains(reference);
    m_waiting[reference].append(Waiter { context, context != nullptr, std::move(log), std::move(done) });
    if (!first)
        return; // a check or build of the same image is on its way: this caller waits for it
    QString error;
    const QString inputs = inputsHash(package, &error);
    if (inputs.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, reference, error] { finish(reference, {}, error); }, Qt::QueuedConnection);
        return;
    }
    inspect(reference, inputs, [this, package, reference, inputs](const FunctionImage &image, bool found) {
        if (found && image.inputs == inputs) {
            logTo(reference, QStringLiteral("%1 is up to date (inputs %2)").arg(reference, inputs.left(12)));
            finish(reference, image, {});
            return;
        }
        build(package, inputs);
    });
}

void FunctionImages::inspect(const QString &reference, const QString &inputs,
                             std::function<void(const FunctionImage &, bool)> done)
{
    Q_UNUSED(inputs);
    m_client->call("GET", QStringLiteral("/images/%1/json").arg(reference), {}, this,
                   [reference, done](const DockerResponse &response) {
                       if (!response.ok()) {
                           done({}, false);
                           return;
                       }
                       const QJsonObject object = response.object();
                       const QJsonObject config = object.value(u"Config").toObject();
                       FunctionImage image;
                       image.reference = reference;
                       image.id = object.value(u"Id").toString();
                       image.inputs
                           = config.value(u"Labels").toObject().value(QLatin1String(DockerLabels::Inputs)).toString();
                       image.entrypoint = stringList(config.value(u"Entrypoint"));
                       image.cmd = stringList(config.value(u"Cmd"));
                       image.environment = stringList(config.value(u"Env"));
                       image.workingDirectory = config.value(u"WorkingDir").toString();
                       done(image, true);
                   });
}

void FunctionImages::build(const ImagePackage &package, const QString &inputs)
{
    const QString reference = package.reference();
    ++m_builds;
    // The context goes to the daemon as a tar stream, as `docker build` sends it.
    auto tarball = std::make_shared<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/bullpen-context-XXXXXX.tar"));
    if (!tarball->open()) {
        finish(reference, {},
               QStringLiteral("cannot write a temporary file for the build context: %1").arg(tarball->errorString()));
        return;
    }
    tarball->close();
    logTo(reference,
          QStringLiteral("building %1 from %2 (%3)")
              .arg(reference, QDir(package.contextDirectory).absoluteFilePath(package.dockerfile), inputs.left(12)));
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    runTool(
        QStringLiteral("tar"),
        { QStringLiteral("-C"), package.contextDirectory, QStringLiteral("-cf"), tarball->fileName(),
          QStringLiteral(".") },
        this, [this, package, inputs, reference, tarball, timer](bool ok, const QString &output) {
            if (!ok) {
                finish(reference, {},
                       QStringLiteral("cannot pack the build context %1: %2").arg(package.contextDirectory, output));
                return;
            }
            QJsonObject args;
            for (auto it = package.buildArgs.cbegin(); it != package.buildArgs.cend(); ++it)
                args.insert(it.key(), it.value());
            const QJsonObject labels {
                { QLatin1String(DockerLabels::Kind), QStringLiteral("function-image") },
                { QLatin1String(DockerLabels::Inputs), inputs },
                { QLatin1String(DockerLabels::Version), versionString() },
                { QLatin1String(DockerLabels::BuiltBy), SandboxFiles::ownerIdentity() },
            };
            auto json = [](const QJsonObject &o) {
                return DockerClient::percentEncode(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
            };
            const QString query = QStringLiteral("t=%1&dockerfile=%2&buildargs=%3&labels=%4&rm=1&forcerm=1")
                                      .arg(DockerClient::percentEncode(reference),
                                           DockerClient::percentEncode(package.dockerfile), json(args), json(labels));
            m_client->buildImage(
                tarball->fileName(), query, this, [this, reference](const QString &line) { logTo(reference, line); },
                [this, reference, inputs, tarball, timer](const DockerResponse &built) {
                    if (!built.ok()) {
                        finish(reference, {}, QStringLiteral("the build of %1 failed: %2").arg(reference, built.error));
                        return;
                    }
                    logTo(reference,
                          QStringLiteral("built %1 in %2 s").arg(reference).arg(timer->elapsed() / 1000.0, 0, 'f', 1));
                    inspect(reference, inputs, [this, reference](const FunctionImage &image, bool found) {
                        finish(reference, image,
                               found ? QString()
                                     : QStringLiteral("the daemon built %1 but does not show it").arg(reference));
                    });
                });
        });
}

void FunctionImages::logTo(const QString &reference, const QString &line)
{
    const QList<Waiter> waiters = m_waiting.value(reference);
    for (const Waiter &waiter : waiters) {
        if ((!waiter.hasContext || waiter.context) && waiter.log)
            waiter.log(line);
    }
}

void FunctionImages::finish(const QString &reference, const FunctionImage &image, const QString &error)
{
    const QList<Waiter> waiters = m_waiting.take(reference);
    for (const Waiter &waiter : waiters) {
        if ((!waiter.hasContext || waiter.context) && waiter.done)
            waiter.done(image, error);
    }
}

void FunctionImages::exportRootfs(const FunctionImage &image, const QString &cacheDirectory, QObject *context, Log log,
                                  std::function<void(const QString &, const QString &)> done)
{
    const QString key = image.id.section(u':', -1).left(24);
    const QString folder = cacheDirectory + u'/' + key;
    const QString rootfs = folder + QStringLiteral("/rootfs");
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto reply = [guard, hasContext, done](const QString &path, const QString &error) {
        if (!hasContext || guard)
            done(path, error);
    };
    // Complete folders only: an export is unpacked beside and renamed at the end.
    if (QFileInfo::exists(folder + QStringLiteral("/complete"))) {
        QMetaObject::invokeMethod(this, [reply, rootfs] { reply(rootfs, {}); }, Qt::QueuedConnection);
        return;
    }
    const bool first = !m_exports.contains(key);
    m_exports[key].append(reply);
    if (!first)
        return;
    auto finishExport = [this, key](const QString &path, const QString &error) {
        const auto waiters = m_exports.take(key);
        for (const auto &waiter : waiters)
            waiter(path, error);
    };
    if (log)
        log(QStringLiteral("exporting the file system of %1 for the OCI runtime").arg(image.reference));
    const QJsonObject create {
        { QStringLiteral("Image"), image.id },
        { QStringLiteral("Cmd"), QJsonArray { QStringLiteral("true") } },
        { QStringLiteral("Labels"),
          QJsonObject { { QLatin1String(DockerLabels::Kind), QStringLiteral("export") },
                        { QLatin1String(DockerLabels::Engine), SandboxFiles::ownerIdentity() } } },
    };
    m_client->call(
        "POST", QStringLiteral("/containers/create"), QJsonDocument(create).toJson(QJsonDocument::Compact), this,
        [this, folder, rootfs, finishExport, image](const DockerResponse &created) {
            if (!created.ok()) {
                finishExport({},
                             QStringLiteral("cannot create a container of %1 to export it: %2")
                                 .arg(image.reference, created.error));
                return;
            }
            const QString id = created.object().value(u"Id").toString();
            const QString partial = folder + QStringLiteral(".partial");
            QDir(partial).removeRecursively();
            QDir().mkpath(partial + QStringLiteral("/rootfs"));
            auto file = std::make_shared<QFile>(partial + QStringLiteral("/export.tar"));
            if (!file->open(QIODevice::WriteOnly)) {
                m_client->call("DELETE", QStringLiteral("/containers/%1?force=1").arg(id), {}, nullptr, {});
                finishExport({}, QStringLiteral("cannot write %1: %2").arg(file->fileName(), file->errorString()));
                return;
            }
            m_client->stream(
                "GET", QStringLiteral("/containers/%1/export").arg(id), nullptr, this,
                [file](const QByteArray &chunk) { file->write(chunk); },
                [this, id, file, folder, partial, rootfs, finishExport](const DockerResponse &exported) {
                    file->close();
                    m_client->call("DELETE", QStringLiteral("/containers/%1?force=1").arg(id), {}, nullptr, {});
                    if (!exported.ok()) {
                        QDir(partial).removeRecursively();
                        finishExport({}, QStringLiteral("the export failed: %1").arg(exported.error));
                        return;
                    }
                    // Without /dev: the OCI runtime makes it. Owners kept (root unpacks).
                    runTool(QStringLiteral("tar"),
                            { QStringLiteral("-xf"), file->fileName(), QStringLiteral("-C"),
                              partial + QStringLiteral("/rootfs"), QStringLiteral("--numeric-owner"),
                              QStringLiteral("--exclude=dev/*") },
                            this, [file, folder, partial, rootfs, finishExport](bool ok, const QString &output) {
                                QFile::remove(file->fileName());
                                QFile complete(partial + QStringLiteral("/complete"));
                                if (!ok || !complete.open(QIODevice::WriteOnly)) {
                                    QDir(partial).removeRecursively();
                                    finishExport({},
                                                 QStringLiteral("cannot unpack the exported image: %1").arg(output));
                                    return;
                                }
                                complete.close();
                                QDir(folder).removeRecursively();
                                if (!QDir().rename(partial, folder)) {
                                    finishExport({}, QStringLiteral("cannot move %1 into place").arg(partial));
                                    return;
                                }
                                finishExport(rootfs, {});
                            });
                });
        });
}

} // namespace Bullpen
