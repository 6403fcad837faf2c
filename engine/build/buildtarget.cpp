// SPDX-License-Identifier: MIT
#include "engine/build/buildtarget.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace Bullpen {

namespace {

QString scalar(const YAML::Node &node)
{
    if (!node || !node.IsScalar())
        return {};
    return QString::fromStdString(node.Scalar());
}

QVariant toVariant(const YAML::Node &node)
{
    if (!node)
        return {};
    if (node.IsScalar())
        return QString::fromStdString(node.Scalar());
    if (node.IsSequence()) {
        QVariantList list;
        for (const YAML::Node &item : node)
            list.append(toVariant(item));
        return list;
    }
    if (node.IsMap()) {
        QVariantMap map;
        for (const auto &item : node)
            map.insert(QString::fromStdString(item.first.Scalar()), toVariant(item.second));
        return map;
    }
    return {};
}

// Folders that are outputs or caches, never inputs: hashing or copying them
// would make every build look changed (or copy the build into itself).
bool skippedName(const QString &name)
{
    static const QStringList skipped { QStringLiteral(".aws-sam"), QStringLiteral("node_modules"),
                                       QStringLiteral("__pycache__"), QStringLiteral(".git") };
    return skipped.contains(name);
}

// Every input file under a folder, relative and sorted so the hash is stable.
QStringList inputFiles(const QString &directory)
{
    QStringList files;
    QStringList pending { QString() };
    while (!pending.isEmpty()) {
        const QString relative = pending.takeLast();
        const QDir dir(relative.isEmpty() ? directory : directory + u'/' + relative);
        const QFileInfoList entries
            = dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
        for (const QFileInfo &entry : entries) {
            if (skippedName(entry.fileName()))
                continue;
            const QString path = relative.isEmpty() ? entry.fileName() : relative + u'/' + entry.fileName();
            if (entry.isDir() && !entry.isSymLink())
                pending.append(path);
            else
                files.append(path);
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

void addFile(QCryptographicHash &hash, const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        hash.addData(&file);
    hash.addData(QByteArrayView("\0", 1));
}

} // namespace

QString BuildTarget::workflow() const
{
    if (buildMethod == u"makefile")
        return QStringLiteral("makefile");
    if (buildMethod == u"esbuild")
        return QStringLiteral("esbuild");
    const QString r = buildMethod.isEmpty() ? runtime : buildMethod;
    if (r.startsWith(u"python"))
        return QStringLiteral("python");
    if (r.startsWith(u"nodejs"))
        return QStringLiteral("nodejs");
    return {};
}

QString BuildTarget::manifestPath() const
{
    const QString w = workflow();
    if (w == u"python")
        return sourceDirectory + QStringLiteral("/requirements.txt");
    if (w == u"nodejs" || w == u"esbuild")
        return sourceDirectory + QStringLiteral("/package.json");
    return {};
}

bool readBuildTargets(const QString &templatePath, QList<BuildTarget> *targets, QString *error)
{
    YAML::Node root;
    try {
        root = YAML::LoadFile(templatePath.toStdString());
    } catch (const YAML::Exception &e) {
        *error = QStringLiteral("%1: %2").arg(templatePath, QString::fromStdString(e.what()));
        return false;
    }
    const QString base = QFileInfo(templatePath).absolutePath();
    const YAML::Node globals = root["Globals"] ? root["Globals"]["Function"] : YAML::Node();
    const YAML::Node resources = root["Resources"];
    if (!resources || !resources.IsMap()) {
        *error = QStringLiteral("%1: the template has no Resources").arg(templatePath);
        return false;
    }
    for (const auto &item : resources) {
        const YAML::Node resource = item.second;
        if (!resource.IsMap())
            continue;
        const QString type = scalar(resource["Type"]);
        const YAML::Node properties = resource["Properties"];
        const YAML::Node metadata = resource["Metadata"];
        BuildTarget t;
        t.logicalId = QString::fromStdString(item.first.Scalar());
        if (metadata && metadata.IsMap()) {
            t.buildMethod = scalar(metadata["BuildMethod"]);
            t.buildProperties = toVariant(metadata["BuildProperties"]).toMap();
        }
        auto property = [&](const char *name) {
            if (properties && properties.IsMap() && properties[name])
                return scalar(properties[name]);
            return globals && globals.IsMap() ? scalar(globals[name]) : QString();
        };
        QString uri;
        if (type == u"AWS::Serverless::Function") {
            if (property("PackageType") == u"Image")
                continue;
            t.runtime = property("Runtime");
            uri = property("CodeUri");
        } else if (type == u"AWS::Serverless::LayerVersion") {
            if (t.buildMethod.isEmpty())
                continue;
            t.kind = BuildTarget::Kind::Layer;
            t.runtime = t.buildMethod.startsWith(u"python") || t.buildMethod.startsWith(u"nodejs") ? t.buildMethod
                                                                                                   : QString();
            uri = properties && properties.IsMap() ? scalar(properties["ContentUri"]) : QString();
        } else {
            continue;
        }
        // An S3 location or an intrinsic is nothing to build locally.
        if (uri.startsWith(u"s3://"))
            continue;
        t.sourceDirectory = QDir::cleanPath(uri.isEmpty() ? base : QDir(base).absoluteFilePath(uri));
        targets->append(t);
    }
    return true;
}

QString buildDirectory(const QString &templatePath)
{
    return QFileInfo(templatePath).absolutePath() + QStringLiteral("/.aws-sam/build");
}

QByteArray inputsHash(const BuildTarget &target)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QJsonObject header { { QStringLiteral("runtime"), target.runtime },
                         { QStringLiteral("method"), target.buildMethod },
                         { QStringLiteral("properties"), QJsonObject::fromVariantMap(target.buildProperties) },
                         { QStringLiteral("kind"), target.kind == BuildTarget::Kind::Layer ? 1 : 0 } };
    hash.addData(QJsonDocument(header).toJson(QJsonDocument::Compact));
    const QStringList files = inputFiles(target.sourceDirectory);
    for (const QString &relative : files) {
        hash.addData(relative.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
        addFile(hash, target.sourceDirectory + u'/' + relative);
    }
    return hash.result().toHex();
}

QByteArray dependencyHash(const BuildTarget &target)
{
    const QString manifest = target.manifestPath();
    if (manifest.isEmpty() || !QFileInfo::exists(manifest))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray(target.workflow().toUtf8() + '\0' + target.runtime.toUtf8() + '\0'));
    addFile(hash, manifest);
    if (target.workflow() != u"python")
        addFile(hash, target.sourceDirectory + QStringLiteral("/package-lock.json"));
    // Relative paths (pip's ./pkg, npm's file:../lib) resolve against the
    // function's folder: only then does the same manifest elsewhere name
    // other packages, and only then is the folder part of the hash.
    QFile text(manifest);
    const QByteArray content = text.open(QIODevice::ReadOnly) ? text.readAll() : QByteArray();
    static const QRegularExpression relative(QStringLiteral(R"((^|\s|"|file:|-e\s*)\.\.?/)"));
    if (QString::fromUtf8(content).contains(relative))
        hash.addData(target.sourceDirectory.toUtf8());
    return hash.result().toHex().left(32);
}

QHash<QString, QString> readBuildState(const QString &templatePath)
{
    QHash<QString, QString> state;
    QFile file(buildDirectory(templatePath) + QStringLiteral("/bullpen-build.json"));
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        for (auto it = o.begin(); it != o.end(); ++it)
            state.insert(it.key(), it.value().toString());
    }
    return state;
}

FunctionConfig withBuiltCode(const FunctionConfig &function, const QString &templatePath)
{
    const QString build = buildDirectory(templatePath);
    const QFileInfo builtTemplate(build + QStringLiteral("/template.yaml"));
    const QString builtCode = build + u'/' + function.logicalId;
    if (!builtTemplate.exists() || !QFileInfo(builtCode).isDir())
        return function;
    // Newer than every source it was built from (and the template itself),
    // else the user edited since and the sources run until the next build.
    const QDateTime built = builtTemplate.lastModified();
    if (QFileInfo(templatePath).lastModified() > built)
        return function;
    const QStringList files = inputFiles(function.codeDirectory);
    for (const QString &relative : files) {
        if (QFileInfo(function.codeDirectory + u'/' + relative).lastModified() > built)
            return function;
    }
    FunctionConfig result = function;
    result.codeDirectory = builtCode;
    return result;
}

} // namespace Bullpen
