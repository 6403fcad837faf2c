// SPDX-License-Identifier: MIT
#include "engine/targets/targetsfile.h"

#include "engine/project/intrinsics.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <string>

namespace Bullpen {

using namespace Qt::StringLiterals;
using Yaml::qs;

namespace {

int lineOf(const YAML::Node &node)
{
    return node.IsDefined() && node.Mark().line >= 0 ? node.Mark().line + 1 : 0;
}

int columnOf(const YAML::Node &node)
{
    return node.IsDefined() && node.Mark().column >= 0 ? node.Mark().column + 1 : 0;
}

// The settings each kind takes, as the file spells them.
QStringList keysOf(TargetKind kind)
{
    QStringList keys { u"kind"_s, u"description"_s };
    switch (kind) {
    case TargetKind::LocalPool:
        keys << u"backend"_s;
        break;
    case TargetKind::DockerContainer:
        keys << u"dockerHost"_s << u"port"_s;
        break;
    case TargetKind::SwarmService:
        keys << u"dockerHost"_s << u"port"_s << u"replicas"_s << u"publish"_s;
        break;
    case TargetKind::Endpoint:
        keys << u"url"_s << u"sign"_s << u"profile"_s << u"region"_s << u"qualifier"_s << u"functions"_s
             << u"timeout"_s;
        break;
    case TargetKind::AwsLambda:
        keys << u"url"_s << u"profile"_s << u"region"_s << u"qualifier"_s << u"functions"_s << u"timeout"_s;
        break;
    }
    return keys;
}

const QRegularExpression &namePattern()
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"_s);
    return pattern;
}

// Reads one target's map, remembering the first fault with its position.
class SpecReader
{
public:
    SpecReader(const QString &path, ProjectError *error)
        : m_path(path)
        , m_error(error)
    { }

    bool fail(const YAML::Node &at, const QString &message, const QString &hint = {})
    {
        *m_error = ProjectError { m_path, lineOf(at), columnOf(at), message, hint };
        return false;
    }

    bool scalar(const YAML::Node &key, const YAML::Node &value, QString *out)
    {
        if (!value.IsScalar())
            return fail(value.IsDefined() ? value : key,
                        u"'%1' takes a single value, not a list or a map"_s.arg(qs(key.Scalar())));
        *out = qs(value.Scalar());
        return true;
    }

    bool integer(const YAML::Node &key, const YAML::Node &value, int min, int max, int *out)
    {
        QString text;
        if (!scalar(key, value, &text))
            return false;
        bool ok = false;
        const int number = text.toInt(&ok);
        if (!ok || number < min || number > max)
            return fail(value,
                        u"'%1' takes a whole number from %2 to %3; found '%4'"_s.arg(qs(key.Scalar()))
                            .arg(min)
                            .arg(max)
                            .arg(text));
        *out = number;
        return true;
    }

    bool boolean(const YAML::Node &key, const YAML::Node &value, bool *out)
    {
        QString text;
        if (!scalar(key, value, &text))
            return false;
        const QString lower = text.toLower();
        if (lower == u"true" || lower == u"yes" || lower == u"on") {
            *out = true;
            return true;
        }
        if (lower == u"false" || lower == u"no" || lower == u"off") {
            *out = false;
            return true;
        }
        return fail(value, u"'%1' takes true or false; found '%2'"_s.arg(qs(key.Scalar()), text));
    }

    bool read(const YAML::Node &nameNode, const YAML::Node &body, TargetSpec *spec)
    {
        spec->name = qs(nameNode.Scalar());
        spec->line = lineOf(nameNode);
        if (!namePattern().match(spec->name).hasMatch())
            return fail(nameNode, u"'%1' is not a usable target name"_s.arg(spec->name),
                        u"use letters, digits, '.', '_' and '-' (at most 63), starting with a letter or digit"_s);
        if (!body.IsMap())
            return fail(body.IsDefined() && !body.IsNull() ? body : nameNode,
                        u"the target '%1' must be a map of settings"_s.arg(spec->name),
                        u"for example:  %1: {kind: docker}"_s.arg(spec->name));
        const YAML::Node kindNode = body["kind"];
        if (!kindNode.IsDefined())
            return fail(nameNode, u"the target '%1' has no kind"_s.arg(spec->name),
                        u"add kind: one of %1"_s.arg(targetKindNames().join(u", "_s)));
        QString kindText;
        if (!scalar(YAML::Node("kind"), kindNode, &kindText))
            return false;
        const auto kind = targetKindFromName(kindText);
        if (!kind)
            return fail(kindNode, u"unknown kind '%1'"_s.arg(kindText),
                        u"kind is one of %1"_s.arg(targetKindNames().join(u", "_s)));
        spec->kind = *kind;
        const QStringList allowed = keysOf(*kind);
        for (auto it = body.begin(); it != body.end(); ++it) {
            const QString key = qs(it->first.Scalar());
            // A copy of the handle: it->second lives in the iterator's proxy,
            // a temporary gone by the next line (ASan: stack-use-after-scope).
            const YAML::Node value = it->second;
            if (!allowed.contains(key))
                return fail(it->first, u"'%1' is not a setting of a %2 target"_s.arg(key, kindText),
                            u"a %1 target takes: %2"_s.arg(kindText, allowed.join(u", "_s)));
            bool ok = true;
            if (key == u"kind") {
                continue;
            } else if (key == u"description") {
                ok = scalar(it->first, value, &spec->description);
            } else if (key == u"backend") {
                ok = scalar(it->first, value, &spec->backend);
            } else if (key == u"dockerHost") {
                ok = scalar(it->first, value, &spec->dockerHost);
                if (ok && spec->dockerHost.startsWith(u"unix://"))
                    spec->dockerHost = spec->dockerHost.mid(7);
            } else if (key == u"port") {
                ok = integer(it->first, value, 0, 65535, &spec->port);
            } else if (key == u"replicas") {
                ok = integer(it->first, value, 1, 100, &spec->replicas);
            } else if (key == u"publish") {
                ok = scalar(it->first, value, &spec->publishMode);
                if (ok && spec->publishMode != u"ingress" && spec->publishMode != u"host")
                    return fail(
                        value,
                        u"'publish' is ingress (the routing mesh) or host (a port per replica); found '%1'"_s.arg(
                            spec->publishMode));
            } else if (key == u"url") {
                QString text;
                ok = scalar(it->first, value, &text);
                if (ok) {
                    spec->url = QUrl(text, QUrl::StrictMode);
                    if (!spec->url.isValid() || (spec->url.scheme() != u"http" && spec->url.scheme() != u"https")
                        || spec->url.host().isEmpty())
                        return fail(value, u"'%1' is not an http or https URL"_s.arg(text),
                                    u"for example url: http://10.0.0.7:8080"_s);
                }
            } else if (key == u"sign") {
                ok = boolean(it->first, value, &spec->sign);
            } else if (key == u"profile") {
                ok = scalar(it->first, value, &spec->profile);
            } else if (key == u"region") {
                ok = scalar(it->first, value, &spec->region);
            } else if (key == u"qualifier") {
                ok = scalar(it->first, value, &spec->qualifier);
            } else if (key == u"timeout") {
                int seconds = 0;
                ok = integer(it->first, value, 1, 3600, &seconds);
                spec->timeoutMs = seconds * 1000;
            } else if (key == u"functions") {
                if (!value.IsMap())
                    return fail(value.IsDefined() ? value : it->first,
                                u"'functions' maps a function's logical id to its name on the target"_s,
                                u"for example functions: {Hello: my-hello-function}"_s);
                for (auto f = value.begin(); f != value.end() && ok; ++f) {
                    QString name;
                    ok = scalar(f->first, f->second, &name);
                    spec->functionNames.insert(qs(f->first.Scalar()), name);
                }
            }
            if (!ok)
                return false;
        }
        const QString problem = TargetsFile::validate(*spec);
        if (!problem.isEmpty())
            return fail(nameNode, problem);
        return true;
    }

private:
    QString m_path;
    ProjectError *m_error;
};

} // namespace

QString TargetsFile::pathFor(const QString &templatePath)
{
    const QFileInfo info(templatePath);
    const QString directory = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    return QDir(directory).filePath(fileName());
}

TargetsFile TargetsFile::defaults()
{
    TargetsFile file;
    TargetSpec local;
    local.name = u"local"_s;
    local.kind = TargetKind::LocalPool;
    file.m_targets << local;
    return file;
}

QString TargetsFile::validate(const TargetSpec &spec)
{
    if (!namePattern().match(spec.name).hasMatch())
        return u"'%1' is not a usable target name (letters, digits, '.', '_', '-')"_s.arg(spec.name);
    switch (spec.kind) {
    case TargetKind::Endpoint:
        if (spec.url.isEmpty())
            return u"the endpoint target '%1' needs a url (where the invoke path is served)"_s.arg(spec.name);
        break;
    case TargetKind::SwarmService:
        if (spec.replicas < 1)
            return u"the swarm target '%1' needs at least one replica"_s.arg(spec.name);
        if (spec.publishMode == u"host" && spec.port > 0 && spec.replicas > 1)
            return u"the swarm target '%1' publishes in host mode: its replicas cannot share port %2 (leave port out)"_s
                .arg(spec.name)
                .arg(spec.port);
        break;
    case TargetKind::LocalPool:
    case TargetKind::DockerContainer:
    case TargetKind::AwsLambda:
        break;
    }
    if (!spec.url.isEmpty() && (spec.url.scheme() != u"http" && spec.url.scheme() != u"https"))
        return u"the url of '%1' is not http or https"_s.arg(spec.name);
    return {};
}

std::optional<TargetsFile> TargetsFile::parse(const QByteArray &yaml, const QString &path, ProjectError *error)
{
    ProjectError scratch;
    if (!error)
        error = &scratch;
    YAML::Node root;
    try {
        root = YAML::Load(std::string(yaml.constData(), size_t(yaml.size())));
    } catch (const YAML::Exception &e) {
        *error = ProjectError { path, e.mark.line + 1, e.mark.column + 1, u"YAML syntax error: %1"_s.arg(qs(e.msg)),
                                u"fix the YAML at this position (indentation, quotes or a missing colon)"_s };
        return std::nullopt;
    }
    TargetsFile file;
    try {
        if (root.IsNull())
            return file; // an empty file: no targets
        if (!root.IsMap()) {
            *error = ProjectError { path, lineOf(root), columnOf(root), u"the targets file must be a map"_s,
                                    u"it starts with  targets:"_s };
            return std::nullopt;
        }
        SpecReader reader(path, error);
        for (auto it = root.begin(); it != root.end(); ++it) {
            if (qs(it->first.Scalar()) != u"targets") {
                reader.fail(it->first, u"unknown key '%1'"_s.arg(qs(it->first.Scalar())),
                            u"the file has one key, targets:"_s);
                return std::nullopt;
            }
            const YAML::Node targets = it->second; // a copy, see SpecReader::read
            if (targets.IsNull())
                continue;
            if (!targets.IsMap()) {
                reader.fail(targets, u"'targets' must map each target's name to its settings"_s,
                            u"for example:\ntargets:\n  docker:\n    kind: docker"_s);
                return std::nullopt;
            }
            QSet<QString> names;
            for (auto t = targets.begin(); t != targets.end(); ++t) {
                TargetSpec spec;
                if (!reader.read(t->first, t->second, &spec))
                    return std::nullopt;
                if (names.contains(spec.name)) {
                    reader.fail(t->first, u"the target name '%1' is used twice"_s.arg(spec.name),
                                u"give each target its own name"_s);
                    return std::nullopt;
                }
                names.insert(spec.name);
                file.m_targets << spec;
            }
        }
    } catch (const YAML::Exception &e) {
        *error = ProjectError {
            path, e.mark.line + 1, e.mark.column + 1, u"unexpected structure: %1"_s.arg(qs(e.msg)), {}
        };
        return std::nullopt;
    }
    return file;
}

std::optional<TargetsFile> TargetsFile::load(const QString &templatePath, ProjectError *error)
{
    const QString path = pathFor(templatePath);
    QFile file(path);
    if (!file.exists())
        return defaults();
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = ProjectError { path, 0, 0, u"cannot read the targets file: %1"_s.arg(file.errorString()), {} };
        return std::nullopt;
    }
    return parse(file.readAll(), path, error);
}

QByteArray TargetsFile::toYaml() const
{
    YAML::Emitter out;
    out << YAML::Comment("Bullpen's deployment targets of this project (bullpen targets list|check|up|down)");
    out << YAML::BeginMap << YAML::Key << "targets" << YAML::Value << YAML::BeginMap;
    auto text = [](const QString &value) { return value.toStdString(); };
    for (const TargetSpec &spec : m_targets) {
        out << YAML::Key << text(spec.name) << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "kind" << YAML::Value << text(targetKindName(spec.kind));
        if (!spec.description.isEmpty())
            out << YAML::Key << "description" << YAML::Value << text(spec.description);
        const QStringList keys = keysOf(spec.kind);
        auto has = [&keys](const char *key) { return keys.contains(QLatin1StringView(key)); };
        if (has("backend") && !spec.backend.isEmpty())
            out << YAML::Key << "backend" << YAML::Value << text(spec.backend);
        if (has("dockerHost") && !spec.dockerHost.isEmpty())
            out << YAML::Key << "dockerHost" << YAML::Value << text(spec.dockerHost);
        if (has("port") && spec.port != 0)
            out << YAML::Key << "port" << YAML::Value << spec.port;
        if (has("replicas"))
            out << YAML::Key << "replicas" << YAML::Value << spec.replicas;
        if (has("publish") && spec.publishMode != u"ingress")
            out << YAML::Key << "publish" << YAML::Value << text(spec.publishMode);
        if (has("url") && !spec.url.isEmpty())
            out << YAML::Key << "url" << YAML::Value << text(spec.url.toString());
        if (has("sign") && spec.sign)
            out << YAML::Key << "sign" << YAML::Value << true;
        if (has("profile") && !spec.profile.isEmpty())
            out << YAML::Key << "profile" << YAML::Value << text(spec.profile);
        if (has("region") && !spec.region.isEmpty())
            out << YAML::Key << "region" << YAML::Value << text(spec.region);
        if (has("qualifier") && !spec.qualifier.isEmpty())
            out << YAML::Key << "qualifier" << YAML::Value << YAML::DoubleQuoted << text(spec.qualifier);
        if (has("timeout") && spec.timeoutMs > 0)
            out << YAML::Key << "timeout" << YAML::Value << spec.timeoutMs / 1000;
        if (has("functions") && !spec.functionNames.isEmpty()) {
            out << YAML::Key << "functions" << YAML::Value << YAML::BeginMap;
            for (auto it = spec.functionNames.cbegin(); it != spec.functionNames.cend(); ++it)
                out << YAML::Key << text(it.key()) << YAML::Value << YAML::DoubleQuoted << text(it.value());
            out << YAML::EndMap;
        }
        out << YAML::EndMap;
    }
    out << YAML::EndMap << YAML::EndMap;
    return QByteArray(out.c_str()) + '\n';
}

bool TargetsFile::save(const QString &templatePath, ProjectError *error) const
{
    const QString path = pathFor(templatePath);
    QSaveFile file(path);
    const QByteArray yaml = toYaml();
    if (!file.open(QIODevice::WriteOnly) || file.write(yaml) != yaml.size() || !file.commit()) {
        if (error)
            *error = ProjectError { path, 0, 0, u"cannot write the targets file: %1"_s.arg(file.errorString()), {} };
        return false;
    }
    return true;
}

std::optional<TargetSpec> TargetsFile::target(const QString &name) const
{
    for (const TargetSpec &spec : m_targets) {
        if (spec.name == name)
            return spec;
    }
    return std::nullopt;
}

bool TargetsFile::setTarget(const TargetSpec &spec, QString *error)
{
    const QString problem = validate(spec);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    for (TargetSpec &existing : m_targets) {
        if (existing.name == spec.name) {
            existing = spec;
            return true;
        }
    }
    m_targets << spec;
    return true;
}

bool TargetsFile::removeTarget(const QString &name)
{
    return m_targets.removeIf([&name](const TargetSpec &spec) { return spec.name == name; }) > 0;
}

} // namespace Bullpen
