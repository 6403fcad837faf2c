// SPDX-License-Identifier: MIT
#include "engine/images/runtimeimage.h"

#include <QFileInfo>
#include <QJsonArray>

namespace Bullpen {

QString RuntimeImage::describe() const
{
    QString text = runtime;
    const QString language = versions.value(baseFamily(runtime)); // python-build: python's
    if (!language.isEmpty())
        text += u' ' + language;
    else if (versions.contains(QStringLiteral("glibc")))
        text += QStringLiteral(" (glibc %1)").arg(versions.value(QStringLiteral("glibc")));
    if (versions.contains(QStringLiteral("debian")))
        text += QStringLiteral(" (Debian %1)").arg(versions.value(QStringLiteral("debian")));
    return text;
}

QJsonObject RuntimeImage::toJson() const
{
    QJsonObject versionObject;
    for (auto it = versions.cbegin(); it != versions.cend(); ++it)
        versionObject.insert(it.key(), it.value());
    return QJsonObject {
        { QStringLiteral("runtime"), runtime },
        { QStringLiteral("tarball"), tarballPath },
        { QStringLiteral("rootfs"), rootfsDir },
        { QStringLiteral("inputsHash"), inputsHash },
        { QStringLiteral("versions"), versionObject },
        { QStringLiteral("environment"), QJsonArray::fromStringList(environment) },
        { QStringLiteral("entrypoint"), QJsonArray::fromStringList(entrypoint) },
        { QStringLiteral("workingDirectory"), workingDirectory },
        { QStringLiteral("builtAt"), builtAt },
        { QStringLiteral("buildMs"), buildMs },
        { QStringLiteral("tarballBytes"), tarballBytes },
    };
}

RuntimeImage RuntimeImage::fromJson(const QJsonObject &json)
{
    auto strings = [](const QJsonValue &value) {
        QStringList list;
        for (const QJsonValue &v : value.toArray())
            list.append(v.toString());
        return list;
    };
    RuntimeImage image;
    image.runtime = json.value(QStringLiteral("runtime")).toString();
    image.tarballPath = json.value(QStringLiteral("tarball")).toString();
    image.rootfsDir = json.value(QStringLiteral("rootfs")).toString();
    image.inputsHash = json.value(QStringLiteral("inputsHash")).toString();
    const QJsonObject versionObject = json.value(QStringLiteral("versions")).toObject();
    for (auto it = versionObject.constBegin(); it != versionObject.constEnd(); ++it)
        image.versions.insert(it.key(), it.value().toString());
    image.environment = strings(json.value(QStringLiteral("environment")));
    image.entrypoint = strings(json.value(QStringLiteral("entrypoint")));
    image.workingDirectory = json.value(QStringLiteral("workingDirectory")).toString();
    image.builtAt = json.value(QStringLiteral("builtAt")).toString();
    image.buildMs = json.value(QStringLiteral("buildMs")).toInteger();
    image.tarballBytes = json.value(QStringLiteral("tarballBytes")).toInteger();
    return image;
}

namespace {
QString buildSuffix()
{
    return QStringLiteral("-build");
}
} // namespace

QString RuntimeImage::familyFor(const QString &runtime)
{
    if (runtime.endsWith(buildSuffix())) {
        const QString base = runtime.chopped(buildSuffix().size());
        return families().contains(base) ? runtime : QString();
    }
    if (runtime == u"python" || runtime.startsWith(u"python3."))
        return QStringLiteral("python");
    if (runtime.startsWith(u"nodejs"))
        return QStringLiteral("nodejs");
    if (runtime == u"provided" || runtime.startsWith(u"provided."))
        return QStringLiteral("provided");
    return {};
}

QStringList RuntimeImage::families()
{
    return { QStringLiteral("python"), QStringLiteral("nodejs"), QStringLiteral("provided") };
}

QString RuntimeImage::buildFamilyFor(const QString &runtime)
{
    const QString family = baseFamily(familyFor(runtime));
    return family.isEmpty() ? QString() : family + buildSuffix();
}

bool RuntimeImage::isBuildFamily(const QString &family)
{
    return family.endsWith(buildSuffix()) && !familyFor(family).isEmpty();
}

QString RuntimeImage::baseFamily(const QString &family)
{
    return family.endsWith(buildSuffix()) ? family.chopped(buildSuffix().size()) : family;
}

QStringList RuntimeImage::buildFamilies()
{
    QStringList out;
    for (const QString &family : families())
        out << family + buildSuffix();
    return out;
}

QString RuntimeImage::nodeSnapshotPath()
{
    return QStringLiteral("/var/lang/snapshot/bootstrap.blob");
}

QStringList RuntimeImage::withStartupSnapshot(const QStringList &command, const QString &rootfs,
                                              const QMap<QString, QString> &environment)
{
    // The runtime may follow the extensions' launcher: look for the pair.
    const qsizetype at = command.indexOf(QStringLiteral("/var/runtime/bootstrap.cjs"));
    // BULLPEN_NODE_SNAPSHOT=0: without it (to compare, or to rule it out).
    if (at < 1 || command.at(at - 1) != u"node" || rootfs.isEmpty()
        || qEnvironmentVariable("BULLPEN_NODE_SNAPSHOT") == u"0"
        || !environment.value(QStringLiteral("NODE_OPTIONS")).trimmed().isEmpty()
        || !QFileInfo(rootfs + nodeSnapshotPath()).isFile())
        return command;
    QStringList snapshotted = command;
    snapshotted.insert(at, nodeSnapshotPath());
    snapshotted.insert(at, QStringLiteral("--snapshot-blob"));
    return snapshotted;
}

} // namespace Bullpen
