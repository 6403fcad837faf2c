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
#include <QUrl>

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

// What pip leaves in a local package's folder when it builds it there (in-tree,
// as pip does since 21.3): outputs, not inputs of the package.
bool pipBuildOutput(const QString &name)
{
    return name == u"build" || name.endsWith(u".egg-info");
}

// Every input file under a folder, relative and sorted so the hash is stable.
QStringList inputFiles(const QString &directory, bool localPackage = false)
{
    QStringList files;
    QStringList pending { QString() };
    while (!pending.isEmpty()) {
        const QString relative = pending.takeLast();
        const QDir dir(relative.isEmpty() ? directory : directory + u'/' + relative);
        const QFileInfoList entries
            = dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
        for (const QFileInfo &entry : entries) {
            if (skippedName(entry.fileName()) || (localPackage && pipBuildOutput(entry.fileName())))
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

// A path a requirement or option names, absolute; empty when it is not a local path.
QString localPath(QString spec, const QString &base)
{
    spec = spec.trimmed();
    if (spec.startsWith(u"file://"))
        return QUrl(spec).toLocalFile();
    if (spec.startsWith(u"file:"))
        spec = spec.mid(5);
    if (spec.contains(u"://"))
        return {};
    if (spec.startsWith(u"~/"))
        spec = QDir::homePath() + spec.mid(1);
    const bool pathLike = spec == u"." || spec == u".." || spec.startsWith(u"./") || spec.startsWith(u"../")
        || spec.startsWith(u'/')
        || (spec.contains(u'/')
            && (spec.endsWith(u".whl") || spec.endsWith(u".zip") || spec.contains(QStringLiteral(".tar"))));
    if (!pathLike)
        return {};
    return QDir::cleanPath(QDir(base).absoluteFilePath(spec));
}

// pip's requirements file: the local paths it names, following -r and -c.
void requirementPaths(const QString &file, const QString &workingDirectory, QStringList *paths, int depth)
{
    QFile in(file);
    if (depth > 8 || !in.open(QIODevice::ReadOnly))
        return;
    const QString fileDir = QFileInfo(file).absolutePath();
    QString text = QString::fromUtf8(in.readAll());
    text.replace(QStringLiteral("\\\n"), QStringLiteral(" "));
    static const QRegularExpression comment(QStringLiteral(R"((^|\s)#.*$)"));
    auto add = [paths](const QString &path) {
        if (!path.isEmpty() && QFileInfo::exists(path) && !paths->contains(path))
            paths->append(path);
    };
    const QStringList lines = text.split(u'\n');
    for (QString line : lines) {
        line.remove(comment);
        line = line.section(u';', 0, 0).trimmed(); // environment markers
        QStringList tokens = line.split(QRegularExpression(QStringLiteral(R"(\s+)")), Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            QString token = tokens.at(i);
            QString option;
            QString value;
            for (const char *name : { "-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-f",
                                      "--find-links" }) {
                const QString n = QLatin1String(name);
                if (token == n) {
                    option = n;
                    value = tokens.value(++i);
                } else if (token.startsWith(n + u'=') && n.startsWith(u"--")) {
                    option = n;
                    value = token.mid(n.size() + 1);
                } else if (token.startsWith(n) && !n.startsWith(u"--") && token.size() > 2) {
                    option = n;
                    value = token.mid(2);
                }
                if (!option.isEmpty())
                    break;
            }
            if (option == u"-r" || option == u"--requirement" || option == u"-c" || option == u"--constraint") {
                const QString nested = QDir::cleanPath(QDir(fileDir).absoluteFilePath(value));
                add(nested);
                requirementPaths(nested, workingDirectory, paths, depth + 1);
            } else if (option == u"-f" || option == u"--find-links") {
                // pip takes a relative folder from the requirements file's folder when it is there.
                const QString beside = localPath(value, fileDir);
                add(QFileInfo::exists(beside) ? beside : localPath(value, workingDirectory));
            } else if (!option.isEmpty()) {
                add(localPath(value, workingDirectory));
            } else if (token.startsWith(u'-')) {
                continue; // another option (--index-url URL, --hash=...): not a path
            } else if (token == u"@" && i + 1 < tokens.size()) {
                add(localPath(tokens.at(++i), workingDirectory)); // name @ file:///path
            } else {
                add(localPath(token, workingDirectory));
            }
        }
    }
}

} // namespace

QStringList localDependencyPaths(const BuildTarget &target)
{
    QStringList paths;
    const QString manifest = target.manifestPath();
    if (manifest.isEmpty() || !QFileInfo::exists(manifest))
        return paths;
    if (target.workflow() == u"python") {
        requirementPaths(manifest, target.sourceDirectory, &paths, 0);
        return paths;
    }
    QFile in(manifest);
    if (!in.open(QIODevice::ReadOnly))
        return paths;
    const QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
    for (const char *section : { "dependencies", "optionalDependencies" }) {
        const QJsonObject deps = root.value(QLatin1String(section)).toObject();
        for (auto it = deps.begin(); it != deps.end(); ++it) {
            const QString spec = it.value().toString();
            if (!spec.startsWith(u"file:"))
                continue;
            const QString path = QDir::cleanPath(QDir(target.sourceDirectory).absoluteFilePath(spec.mid(5)));
            if (QFileInfo::exists(path) && !paths.contains(path))
                paths.append(path);
        }
    }
    return paths;
}

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

QByteArray dependencyHash(const BuildTarget &target, const QString &toolchain)
{
    const QString manifest = target.manifestPath();
    if (manifest.isEmpty() || !QFileInfo::exists(manifest))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray(target.workflow().toUtf8() + '\0' + target.runtime.toUtf8() + '\0'));
    if (!toolchain.isEmpty())
        hash.addData(QByteArray("toolchain\0" + toolchain.toUtf8() + '\0'));
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
    // What the manifest names by path is an input as well: a change inside a
    // local package (or a rebuilt wheel) installs again.
    const QStringList locals = localDependencyPaths(target);
    for (const QString &path : locals) {
        hash.addData(path.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
        if (!QFileInfo(path).isDir()) {
            addFile(hash, path);
            continue;
        }
        const QStringList files = inputFiles(path, true);
        for (const QString &relativeFile : files) {
            hash.addData(relativeFile.toUtf8());
            hash.addData(QByteArrayView("\0", 1));
            addFile(hash, path + u'/' + relativeFile);
        }
    }
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
