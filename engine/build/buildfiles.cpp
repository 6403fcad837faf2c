// SPDX-License-Identifier: MIT
#include "engine/build/buildfiles.h"

#include "engine/project/samtemplateeditor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <filesystem>
#include <system_error>

namespace Bullpen {

namespace fs = std::filesystem;

namespace {

bool isSkipped(const fs::path &name)
{
    const std::string n = name.filename().string();
    return n == ".aws-sam" || n == "node_modules" || n == "__pycache__" || n == ".git";
}

// fs::copy, again where a signal interrupted it (a file copy on some file
// systems is interruptible: "Interrupted system call" was seen under load).
void copyRetrying(const fs::path &from, const fs::path &to, fs::copy_options options, std::error_code &ec)
{
    for (int attempt = 0; attempt < 5; ++attempt) {
        ec.clear();
        fs::copy(from, to, options | fs::copy_options::overwrite_existing, ec);
        if (ec != std::errc::interrupted)
            return;
    }
}

} // namespace

bool copyTree(const QString &from, const QString &to, QString *error)
{
    std::error_code ec;
    copyRetrying(from.toStdString(), to.toStdString(), fs::copy_options::recursive | fs::copy_options::copy_symlinks,
                 ec);
    if (ec && error)
        *error = QStringLiteral("cannot copy %1 to %2: %3").arg(from, to, QString::fromStdString(ec.message()));
    return !ec;
}

// Copies a function's code: every file but build outputs and caches.
bool copyCode(const QString &from, const QString &to, QString *error)
{
    std::error_code ec;
    fs::create_directories(to.toStdString(), ec);
    for (const fs::directory_entry &entry : fs::directory_iterator(from.toStdString(), ec)) {
        if (isSkipped(entry.path()))
            continue;
        copyRetrying(entry.path(), fs::path(to.toStdString()) / entry.path().filename(),
                     fs::copy_options::recursive | fs::copy_options::copy_symlinks, ec);
        if (ec)
            break;
    }
    if (ec)
        *error = QStringLiteral("cannot copy %1 to %2: %3").arg(from, to, QString::fromStdString(ec.message()));
    return !ec;
}

// Links cached dependencies into a build: hard links, so a code-only change
// costs no copy of them; a copy where the cache lives on another file system.
bool linkTree(const QString &from, const QString &to, QString *error)
{
    std::error_code ec;
    fs::create_directories(to.toStdString(), ec);
    const auto options
        = fs::copy_options::recursive | fs::copy_options::copy_symlinks | fs::copy_options::skip_existing;
    fs::copy(from.toStdString(), to.toStdString(), options | fs::copy_options::create_hard_links, ec);
    if (ec) {
        ec.clear();
        fs::copy(from.toStdString(), to.toStdString(), options, ec);
    }
    if (ec)
        *error = QStringLiteral("cannot link %1 into %2: %3").arg(from, to, QString::fromStdString(ec.message()));
    return !ec;
}

void removeTree(const QString &path)
{
    std::error_code ec;
    fs::remove_all(path.toStdString(), ec);
}

// npm resolves file: dependencies against package.json's folder; the install
// runs in a scratch folder, so relative ones are made absolute first.
QByteArray absoluteFileDependencies(const QByteArray &packageJson, const QString &sourceDirectory, bool *changed)
{
    QJsonObject root = QJsonDocument::fromJson(packageJson).object();
    *changed = false;
    for (const char *section : { "dependencies", "optionalDependencies" }) {
        QJsonObject deps = root.value(QLatin1String(section)).toObject();
        for (auto it = deps.begin(); it != deps.end(); ++it) {
            const QString spec = it.value().toString();
            if (spec.startsWith(u"file:") && !spec.mid(5).startsWith(u'/')) {
                it.value() = QString(QStringLiteral("file:")
                                     + QDir::cleanPath(QDir(sourceDirectory).absoluteFilePath(spec.mid(5))));
                *changed = true;
            }
        }
        if (!deps.isEmpty())
            root.insert(QLatin1String(section), deps);
    }
    return QJsonDocument(root).toJson();
}

QString networkHint(const QString &output)
{
    static const QStringList offline { QStringLiteral("Failed to establish a new connection"),
                                       QStringLiteral("Temporary failure in name resolution"),
                                       QStringLiteral("Network is unreachable"),
                                       QStringLiteral("No matching distribution found"),
                                       QStringLiteral("ENOTFOUND"),
                                       QStringLiteral("EAI_AGAIN"),
                                       QStringLiteral("ENETUNREACH"),
                                       QStringLiteral("ECONNREFUSED"),
                                       QStringLiteral("ETIMEDOUT") };
    for (const QString &sign : offline) {
        if (output.contains(sign))
            return QStringLiteral("\nThe package could not be fetched: is there network access, or a local index "
                                  "(pip's --find-links, an npm cache) with it? Nothing in the dependency cache "
                                  "matches this manifest.");
    }
    return {};
}

bool writeBuiltTemplate(const QString &templatePath, const QList<BuildTarget> &targets, QString *error)
{
    const QString build = buildDirectory(templatePath);
    QFile source(templatePath);
    if (!source.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(templatePath, source.errorString());
        return false;
    }
    QByteArray text = source.readAll();
    SamTemplateEditor editor(text);
    editor.setFileName(templatePath);
    for (const BuildTarget &t : targets) {
        if (!QFileInfo(build + u'/' + t.logicalId).isDir())
            continue;
        if (t.kind == BuildTarget::Kind::Function) {
            ProjectError e;
            if (!editor.setFunctionProperty(t.logicalId, QStringLiteral("CodeUri"), t.logicalId, &e)) {
                *error = e.toString();
                return false;
            }
            continue;
        }
        // Layers: the ContentUri line inside the layer's resource block.
        QList<QByteArray> lines = editor.text().split('\n');
        int indent = -1;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QByteArray trimmed = lines[i].trimmed();
            int own = 0;
            while (own < lines[i].size() && lines[i].at(own) == ' ')
                ++own;
            if (indent < 0) {
                if (trimmed == t.logicalId.toUtf8() + ':')
                    indent = own;
                continue;
            }
            if (!trimmed.isEmpty() && !trimmed.startsWith('#') && own <= indent)
                break;
            if (trimmed.startsWith("ContentUri:")) {
                lines[i] = lines[i].left(own) + "ContentUri: " + t.logicalId.toUtf8();
                break;
            }
        }
        editor = SamTemplateEditor(lines.join('\n'));
        editor.setFileName(templatePath);
    }
    QSaveFile out(build + QStringLiteral("/template.yaml"));
    if (!out.open(QIODevice::WriteOnly) || out.write(editor.text()) < 0 || !out.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(out.fileName(), out.errorString());
        return false;
    }
    return true;
}

} // namespace Bullpen
