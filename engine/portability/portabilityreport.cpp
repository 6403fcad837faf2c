// SPDX-License-Identifier: MIT
#include "engine/portability/portabilityreport.h"

#include "engine/portability/codereferences.h"
#include "engine/portability/portabilitytext.h"
#include "engine/project/lambdalimits.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <functional>

namespace Bullpen {

QString portabilityVerdictName(PortabilityVerdict verdict)
{
    switch (verdict) {
    case PortabilityVerdict::Same:
        return QStringLiteral("same");
    case PortabilityVerdict::Differs:
        return QStringLiteral("differs");
    case PortabilityVerdict::Unknown:
        return QStringLiteral("unknown");
    case PortabilityVerdict::NotProbed:
        return QStringLiteral("notProbed");
    case PortabilityVerdict::LambdaOnly:
        return QStringLiteral("lambdaOnly");
    }
    return {};
}

QJsonObject PortabilityItem::toJson() const
{
    return { { QStringLiteral("id"), id },
             { QStringLiteral("category"), category },
             { QStringLiteral("title"), title },
             { QStringLiteral("lambda"), lambda },
             { QStringLiteral("sandbox"), sandbox },
             { QStringLiteral("target"), target },
             { QStringLiteral("sandboxEvidence"), sandboxEvidence },
             { QStringLiteral("targetEvidence"), targetEvidence },
             { QStringLiteral("verdict"), portabilityVerdictName(verdict) },
             { QStringLiteral("consequence"), consequence },
             { QStringLiteral("usedAt"), QJsonArray::fromStringList(usedAt) } };
}

QList<PortabilityItem> PortabilityReport::itemsWith(PortabilityVerdict verdict) const
{
    QList<PortabilityItem> list;
    for (const PortabilityItem &i : items) {
        if (i.verdict == verdict)
            list << i;
    }
    return list;
}

int PortabilityReport::breakingCount() const
{
    return int(std::count_if(items.cbegin(), items.cend(), [](const PortabilityItem &i) {
        return i.verdict == PortabilityVerdict::Differs && !i.usedAt.isEmpty();
    }));
}

const PortabilityItem *PortabilityReport::item(const QString &id) const
{
    for (const PortabilityItem &i : items) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

namespace {

QString megabytes(double bytes)
{
    return QStringLiteral("%1 MB").arg(QLocale::c().toString(bytes / (1024.0 * 1024.0), 'f', 0));
}

// 6,291,456: figures as Lambda's documentation writes them.
QString grouped(qint64 number)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(number);
}

QString clip(const QString &text, int length = 160)
{
    return text.size() > length ? QString(text.left(length - 1) + QChar(0x2026)) : text;
}

// A side of the comparison: one probe's answer, or nothing.
struct Side
{
    const ProbePlace &place;

    bool probed() const { return place.probed; }
    QJsonObject object(const char *key) const { return place.probe.value(QLatin1StringView(key)).toObject(); }
    QJsonObject environment() const { return object("environment"); }
    // How that side's probe read a value, in its own language's words.
    QString how(const char *python, const char *nodejs) const
    {
        return QLatin1StringView(place.probe.value(u"language").toString() == u"nodejs" ? nodejs : python);
    }
    bool hasVariable(const QString &name) const { return environment().contains(name); }
    QString variable(const QString &name) const { return environment().value(name).toString(); }
    QString variableShown(const QString &name) const
    {
        return hasVariable(name) ? (variable(name).isEmpty() ? PortabilityText::tr("(empty)") : clip(variable(name)))
                                 : PortabilityText::tr("missing");
    }
    QString variableEvidence(const QString &name) const
    {
        return hasVariable(name)
            ? PortabilityText::tr("%1=%2 in the handler's environment").arg(name, clip(variable(name)))
            : PortabilityText::tr("%1 is not in the handler's environment").arg(name);
    }
    // The writability record of one folder.
    QJsonObject path(const QString &folder) const
    {
        for (const QJsonValue &v : place.probe.value(u"paths").toArray()) {
            if (v.toObject().value(u"path").toString() == folder)
                return v.toObject();
        }
        return {};
    }
};

class Builder
{
public:
    Builder(const FunctionConfig &function, const ProbePlace &sandbox, const ProbePlace &target,
            const CodeReferences *references)
        : m_function(function)
        , m_sandbox { sandbox }
        , m_target { target }
        , m_references(references)
    { }

    const FunctionConfig &function() const { return m_function; }
    const Side &sandbox() const { return m_sandbox; }
    const Side &target() const { return m_target; }
    QString targetName() const { return m_target.place.name; }

    // Adds an item; where the target was not probed, its column says so.
    void add(PortabilityItem item, const QStringList &needles)
    {
        if (m_references) {
            for (const QString &needle : needles) {
                for (const QString &at : m_references->find(needle)) {
                    if (!item.usedAt.contains(at))
                        item.usedAt << at;
                }
            }
        }
        if (!m_target.probed() && item.verdict != PortabilityVerdict::LambdaOnly) {
            item.target = PortabilityText::tr("not probed");
            item.targetEvidence = m_target.place.note;
            item.verdict = PortabilityVerdict::NotProbed;
            item.consequence.clear();
        }
        m_items << item;
    }

    QList<PortabilityItem> take() { return std::move(m_items); }

private:
    const FunctionConfig &m_function;
    Side m_sandbox;
    Side m_target;
    const CodeReferences *m_references;
    QList<PortabilityItem> m_items;
};

PortabilityVerdict sameOrDiffers(bool equal)
{
    return equal ? PortabilityVerdict::Same : PortabilityVerdict::Differs;
}

// ---- environment --------------------------------------------------------

struct LambdaVariable
{
    QString name;
    QString lambda;
    bool perEnvironment; // its value differs between any two environments: only presence counts
};

QList<LambdaVariable> lambdaVariables(const FunctionConfig &f)
{
    const QString name = f.functionName.isEmpty() ? f.logicalId : f.functionName;
    const QString execution = f.runtime.startsWith(u"provided") ? PortabilityText::tr("not set for provided runtimes")
                                                                : QString(QStringLiteral("AWS_Lambda_") + f.runtime);
    const QString credentials = PortabilityText::tr("the execution role's credentials");
    QList<LambdaVariable> list {
        { QStringLiteral("_HANDLER"), PortabilityText::tr("the handler, as configured"), false },
        { QStringLiteral("_X_AMZN_TRACE_ID"), PortabilityText::tr("the X-Ray trace header, set per invocation"), true },
        { QStringLiteral("AWS_REGION"), PortabilityText::tr("the function's region"), false },
        { QStringLiteral("AWS_DEFAULT_REGION"), PortabilityText::tr("the function's region"), false },
        { QStringLiteral("AWS_EXECUTION_ENV"), execution, false },
        { QStringLiteral("AWS_LAMBDA_FUNCTION_NAME"), name, false },
        { QStringLiteral("AWS_LAMBDA_FUNCTION_VERSION"), PortabilityText::tr("$LATEST or the version number"), false },
        { QStringLiteral("AWS_LAMBDA_FUNCTION_MEMORY_SIZE"), QString::number(f.memorySizeMb), false },
        { QStringLiteral("AWS_LAMBDA_INITIALIZATION_TYPE"),
          PortabilityText::tr("on-demand, provisioned-concurrency or snap-start"), false },
        { QStringLiteral("AWS_LAMBDA_LOG_GROUP_NAME"), QStringLiteral("/aws/lambda/") + name, false },
        { QStringLiteral("AWS_LAMBDA_LOG_STREAM_NAME"),
          PortabilityText::tr("YYYY/MM/DD/[$LATEST]<id>, per environment"), true },
        { QStringLiteral("AWS_LAMBDA_RUNTIME_API"), PortabilityText::tr("host:port of the Runtime API"), true },
        { QStringLiteral("AWS_ACCESS_KEY_ID"), credentials, true },
        { QStringLiteral("AWS_SECRET_ACCESS_KEY"), credentials, true },
        { QStringLiteral("AWS_SESSION_TOKEN"), credentials, true },
        { QStringLiteral("AWS_ACCESS_KEY"), PortabilityText::tr("%1 (legacy name)").arg(credentials), true },
        { QStringLiteral("LAMBDA_TASK_ROOT"), QStringLiteral("/var/task"), false },
        { QStringLiteral("LAMBDA_RUNTIME_DIR"), QStringLiteral("/var/runtime"), false },
        { QStringLiteral("TZ"), QStringLiteral(":UTC"), false },
    };
    // Every name Lambda reserves is covered (LambdaLimits is the one list of them).
    for (const QString &reserved : LambdaLimits::reservedEnvironmentNames()) {
        if (std::none_of(list.cbegin(), list.cend(), [&](const LambdaVariable &v) { return v.name == reserved; }))
            list << LambdaVariable { reserved, PortabilityText::tr("reserved by Lambda"), false };
    }
    // Set by Lambda but not reserved.
    list << LambdaVariable { QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"), false }
         << LambdaVariable { QStringLiteral("PATH"),
                             QStringLiteral("/var/lang/bin:/usr/local/bin:/usr/bin/:/bin:/opt/bin"), false }
         << LambdaVariable { QStringLiteral("LD_LIBRARY_PATH"),
                             QStringLiteral("/var/lang/lib:/lib64:/usr/lib64:/var/runtime:/var/runtime/lib:/var/task:"
                                            "/var/task/lib:/opt/lib"),
                             false };
    return list;
}

void addVariable(Builder &b, const QString &name, const QString &lambda, bool perEnvironment, bool fromTemplate)
{
    const Side &s = b.sandbox();
    const Side &t = b.target();
    PortabilityItem item;
    item.id = QStringLiteral("env:") + name;
    item.category = QStringLiteral("Environment");
    item.title = name;
    item.lambda = lambda;
    item.sandbox = s.variableShown(name);
    item.target = t.variableShown(name);
    item.sandboxEvidence = s.variableEvidence(name);
    item.targetEvidence = t.variableEvidence(name);
    const bool samePresence = s.hasVariable(name) == t.hasVariable(name);
    if (perEnvironment && samePresence && s.hasVariable(name))
        item.sandbox = item.target = PortabilityText::tr("set (its value differs per environment)");
    item.verdict = sameOrDiffers(samePresence && (perEnvironment || s.variable(name) == t.variable(name)));
    if (item.verdict == PortabilityVerdict::Differs) {
        if (s.hasVariable(name) && !t.hasVariable(name))
            item.consequence = fromTemplate
                ? PortabilityText::tr("the template sets it, but %1 does not pass it on: code reading it gets nothing")
                      .arg(b.targetName())
                : PortabilityText::tr(
                      "Lambda sets it and %1 does not: code reading it gets nothing there (a KeyError for "
                      "os.environ[\"%2\"], undefined in Node.js)")
                      .arg(b.targetName(), name);
        else if (!s.hasVariable(name))
            item.consequence
                = PortabilityText::tr("only %1 sets it: code that depends on it works there and not on Lambda")
                      .arg(b.targetName());
        else
            item.consequence = PortabilityText::tr("code reading it sees another value on %1").arg(b.targetName());
    }
    b.add(item, { name });
}

void addEnvironment(Builder &b)
{
    QStringList covered;
    for (const LambdaVariable &v : lambdaVariables(b.function())) {
        addVariable(b, v.name, v.lambda, v.perEnvironment, false);
        covered << v.name;
    }
    for (auto it = b.function().environment.cbegin(); it != b.function().environment.cend(); ++it) {
        if (covered.contains(it.key()))
            continue;
        addVariable(b, it.key(), PortabilityText::tr("%1 (the template's Environment)").arg(clip(it.value(), 60)),
                    false, true);
        covered << it.key();
    }
    // Everything else, in one item: what only one place has.
    QStringList onlySandbox;
    QStringList onlyTarget;
    const QJsonObject se = b.sandbox().environment();
    const QJsonObject te = b.target().environment();
    for (auto it = se.begin(); it != se.end(); ++it) {
        if (!covered.contains(it.key()) && !te.contains(it.key()))
            onlySandbox << it.key();
    }
    for (auto it = te.begin(); it != te.end(); ++it) {
        if (!covered.contains(it.key()) && !se.contains(it.key()))
            onlyTarget << it.key();
    }
    PortabilityItem item;
    item.id = QStringLiteral("env:others");
    item.category = QStringLiteral("Environment");
    item.title = PortabilityText::tr("Other variables");
    auto only = [](const QStringList &names) {
        return names.isEmpty() ? PortabilityText::tr("none of its own")
                               : PortabilityText::tr("only here: %1").arg(names.join(QStringLiteral(", ")));
    };
    item.sandbox = only(onlySandbox);
    item.target = only(onlyTarget);
    item.sandboxEvidence = PortabilityText::tr("%n variable(s) in the handler's environment", nullptr, int(se.size()));
    item.targetEvidence = PortabilityText::tr("%n variable(s) in the handler's environment", nullptr, int(te.size()));
    item.verdict = sameOrDiffers(onlySandbox.isEmpty() && onlyTarget.isEmpty());
    if (item.verdict == PortabilityVerdict::Differs)
        item.consequence = PortabilityText::tr("code reading one of these behaves differently where it is missing");
    b.add(item, onlySandbox + onlyTarget);
}

// ---- user, files ----------------------------------------------------------

void addUser(Builder &b)
{
    auto shown = [](const Side &side) {
        const QJsonObject u = side.object("user");
        if (u.isEmpty())
            return PortabilityText::tr("unknown");
        const QString name = u.value(u"name").toString();
        return QStringLiteral("uid %1%2")
            .arg(u.value(u"euid").toInt())
            .arg(name.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(name));
    };
    PortabilityItem item;
    item.id = QStringLiteral("user");
    item.category = QStringLiteral("User");
    item.title = PortabilityText::tr("User the handler runs as");
    item.lambda = QStringLiteral("uid 993 (sbx_user1051), never root");
    item.sandbox = shown(b.sandbox());
    item.target = shown(b.target());
    item.sandboxEvidence = b.sandbox().object("user").value(u"evidence").toString();
    item.targetEvidence = b.target().object("user").value(u"evidence").toString();
    const int targetUid = b.target().object("user").value(u"euid").toInt(-1);
    item.verdict = sameOrDiffers(b.sandbox().object("user").value(u"euid").toInt(-1) == targetUid);
    if (item.verdict == PortabilityVerdict::Differs)
        item.consequence = targetUid == 0
            ? PortabilityText::tr(
                  "the handler is root on %1: files, ports and writes that Lambda's user may not touch work "
                  "there and fail on Lambda")
                  .arg(b.targetName())
            : PortabilityText::tr("files owned by one user are not the other's");
    b.add(
        item,
        { QStringLiteral("getuid"), QStringLiteral("geteuid"), QStringLiteral("getpass"), QStringLiteral("getpwuid") });
}

QString writableShown(const QJsonObject &record)
{
    if (record.isEmpty())
        return PortabilityText::tr("not probed");
    if (!record.value(u"exists").toBool())
        return PortabilityText::tr("does not exist");
    if (record.value(u"writable").toBool())
        return PortabilityText::tr("writable");
    const QString errnoName = record.value(u"errno").toString();
    return errnoName == u"EROFS" ? PortabilityText::tr("read-only (EROFS)")
                                 : PortabilityText::tr("not writable (%1)").arg(errnoName);
}

void addPaths(Builder &b)
{
    QStringList folders;
    for (const Side *side : { &b.sandbox(), &b.target() }) {
        for (const QJsonValue &v : side->place.probe.value(u"paths").toArray()) {
            const QString p = v.toObject().value(u"path").toString();
            if (!p.isEmpty() && !folders.contains(p))
                folders << p;
        }
    }
    for (const QString &folder : std::as_const(folders)) {
        const QJsonObject s = b.sandbox().path(folder);
        const QJsonObject t = b.target().path(folder);
        PortabilityItem item;
        item.id = QStringLiteral("path:") + folder;
        item.category = QStringLiteral("File system");
        item.title = PortabilityText::tr("%1 writable").arg(folder);
        item.lambda = folder == u"/tmp" ? PortabilityText::tr("writable: the only writable folder")
                                        : PortabilityText::tr("read-only: only /tmp is writable");
        item.sandbox = writableShown(s);
        item.target = writableShown(t);
        item.sandboxEvidence = s.value(u"evidence").toString();
        item.targetEvidence = t.value(u"evidence").toString();
        const bool sw = s.value(u"writable").toBool();
        const bool tw = t.value(u"writable").toBool();
        item.verdict = s.isEmpty() || t.isEmpty() ? PortabilityVerdict::Unknown : sameOrDiffers(sw == tw);
        if (item.verdict == PortabilityVerdict::Differs)
            item.consequence = tw
                ? PortabilityText::tr("writes to %1 succeed on %2 and fail on Lambda and in the local pool "
                                      "(%3)")
                      .arg(folder, b.targetName(), s.value(u"errno").toString())
                : PortabilityText::tr("writes to %1 fail on %2 (%3) and succeed in the local pool")
                      .arg(folder, b.targetName(), t.value(u"errno").toString());
        QStringList needles;
        if (folder != u"/")
            needles << folder;
        if (folder == u"/var/task")
            needles << QStringLiteral("LAMBDA_TASK_ROOT") << QStringLiteral("__file__") << QStringLiteral("__dirname");
        if (folder == u"/tmp")
            needles << QStringLiteral("tempfile") << QStringLiteral("tmpdir");
        b.add(item, needles);
    }
    auto rootShown = [](const Side &side) {
        const QJsonObject root = side.object("rootFilesystem");
        if (root.isEmpty())
            return PortabilityText::tr("unknown");
        return root.value(u"readOnly").toBool() ? PortabilityText::tr("read-only") : PortabilityText::tr("read-write");
    };
    auto rootEvidence = [](const Side &side) {
        const QJsonObject root = side.object("rootFilesystem");
        return QStringLiteral("/proc/self/mounts: / is %1 (%2)")
            .arg(root.value(u"type").toString(), root.value(u"options").toString());
    };
    PortabilityItem root;
    root.id = QStringLiteral("rootfs");
    root.category = QStringLiteral("File system");
    root.title = PortabilityText::tr("Root file system");
    root.lambda = PortabilityText::tr("read-only");
    root.sandbox = rootShown(b.sandbox());
    root.target = rootShown(b.target());
    root.sandboxEvidence = rootEvidence(b.sandbox());
    root.targetEvidence = rootEvidence(b.target());
    root.verdict = sameOrDiffers(root.sandbox == root.target);
    if (root.verdict == PortabilityVerdict::Differs)
        root.consequence = PortabilityText::tr("writes outside the mounted folders behave differently");
    b.add(root, {});
}

void addTmp(Builder &b)
{
    auto shown = [](const Side &side) {
        const QJsonObject tmp = side.object("tmp");
        if (tmp.contains(u"error"))
            return PortabilityText::tr("unknown");
        return PortabilityText::tr("%1 (%2 free, %3)")
            .arg(megabytes(tmp.value(u"totalBytes").toDouble()), megabytes(tmp.value(u"freeBytes").toDouble()),
                 tmp.value(u"mount").toObject().value(u"type").toString());
    };
    auto evidence = [](const Side &side) {
        const QJsonObject tmp = side.object("tmp");
        if (tmp.contains(u"error"))
            return PortabilityText::tr("statvfs(/tmp) failed: %1").arg(tmp.value(u"error").toString());
        const QJsonObject mount = tmp.value(u"mount").toObject();
        return PortabilityText::tr("statvfs(/tmp): %1 bytes in all, %2 free; mounted at %3 as %4 (%5)")
            .arg(qint64(tmp.value(u"totalBytes").toDouble()))
            .arg(qint64(tmp.value(u"freeBytes").toDouble()))
            .arg(mount.value(u"mountPoint").toString(), mount.value(u"type").toString(),
                 mount.value(u"options").toString());
    };
    PortabilityItem item;
    item.id = QStringLiteral("tmp");
    item.category = QStringLiteral("File system");
    item.title = PortabilityText::tr("/tmp size");
    item.lambda
        = PortabilityText::tr("EphemeralStorage: %1 MB (512 to 10,240 MB)").arg(b.function().ephemeralStorageMb);
    item.sandbox = shown(b.sandbox());
    item.target = shown(b.target());
    item.sandboxEvidence = evidence(b.sandbox());
    item.targetEvidence = evidence(b.target());
    const double s = b.sandbox().object("tmp").value(u"totalBytes").toDouble();
    const double t = b.target().object("tmp").value(u"totalBytes").toDouble();
    item.verdict = sameOrDiffers(std::abs(s - t) <= std::max(0.05 * std::max(s, t), 16.0 * 1024 * 1024));
    if (item.verdict == PortabilityVerdict::Differs)
        item.consequence = t > s
            ? PortabilityText::tr("a function that fills /tmp beyond %1 MB works on %2 and fails on "
                                  "Lambda (ENOSPC)")
                  .arg(b.function().ephemeralStorageMb)
                  .arg(b.targetName())
            : PortabilityText::tr("%1 has less room in /tmp than Lambda gives").arg(b.targetName());
    b.add(item, { QStringLiteral("/tmp"), QStringLiteral("tempfile"), QStringLiteral("tmpdir") });
}

// ---- limits ---------------------------------------------------------------

// "128 MB" / "no limit" / "not visible": a cgroup figure with its state.
struct Limit
{
    bool visible = false;
    std::optional<double> value; // nullopt: no limit
    QString evidence;
};

Limit memoryLimit(const Side &side)
{
    const QJsonObject m = side.object("memory");
    Limit limit;
    limit.evidence = m.value(u"evidence").toString();
    limit.visible = !m.value(u"source").isNull() && m.contains(u"source");
    if (!m.value(u"limitBytes").isNull() && m.contains(u"limitBytes"))
        limit.value = m.value(u"limitBytes").toDouble();
    return limit;
}

Limit cpuLimit(const Side &side)
{
    const QJsonObject c = side.object("cpu");
    Limit limit;
    limit.evidence = c.value(u"evidence").toString();
    if (c.contains(u"onlineCpus"))
        limit.evidence += PortabilityText::tr("; %n CPU(s) online", nullptr, c.value(u"onlineCpus").toInt());
    limit.visible = !c.value(u"source").isNull() && c.contains(u"source");
    if (!c.value(u"cpus").isNull() && c.contains(u"cpus"))
        limit.value = c.value(u"cpus").toDouble();
    return limit;
}

// Compares two limits against what Lambda would enforce (expected).
void addLimit(Builder &b, PortabilityItem item, const Limit &s, const Limit &t, double expected,
              const std::function<QString(double)> &format, double tolerance, const QStringList &needles)
{
    auto shown = [&](const Limit &l) {
        if (!l.visible)
            return PortabilityText::tr("not visible inside");
        return l.value ? format(*l.value) : PortabilityText::tr("no limit");
    };
    auto near = [tolerance](std::optional<double> a, std::optional<double> c) {
        if (!a || !c)
            return !a && !c;
        return std::abs(*a - *c) <= tolerance * std::max(std::abs(*a), std::abs(*c));
    };
    item.sandbox = shown(s);
    item.target = shown(t);
    item.sandboxEvidence = s.evidence;
    item.targetEvidence = t.evidence;
    if (s.visible && t.visible) {
        item.verdict = sameOrDiffers(near(s.value, t.value));
    } else if (t.visible) {
        // The sandbox cannot show it (no cgroup files inside): the target
        // against what Lambda enforces, which the sandbox is set up to do.
        item.verdict = near(t.value, expected) ? PortabilityVerdict::Unknown : PortabilityVerdict::Differs;
    } else {
        item.verdict = PortabilityVerdict::Unknown;
    }
    if (item.verdict == PortabilityVerdict::Differs)
        item.consequence = !t.value
            ? PortabilityText::tr("%1 enforces no limit where Lambda enforces %2").arg(b.targetName(), format(expected))
            : PortabilityText::tr("%1 enforces %2 where Lambda enforces %3")
                  .arg(b.targetName(), format(*t.value), format(expected));
    b.add(item, needles);
}

void addLimits(Builder &b)
{
    const FunctionConfig &f = b.function();
    PortabilityItem memory;
    memory.id = QStringLiteral("memory");
    memory.category = QStringLiteral("Limits");
    memory.title = PortabilityText::tr("Memory limit enforced");
    memory.lambda = PortabilityText::tr("MemorySize: %1 MB; past it the function is stopped (Runtime.OutOfMemory)")
                        .arg(f.memorySizeMb);
    addLimit(b, memory, memoryLimit(b.sandbox()), memoryLimit(b.target()), f.memorySizeMb * 1024.0 * 1024.0,
             [](double v) { return megabytes(v); }, 0.01, {});

    const double cpus = f.memorySizeMb / 1769.0;
    PortabilityItem cpu;
    cpu.id = QStringLiteral("cpu");
    cpu.category = QStringLiteral("Limits");
    cpu.title = PortabilityText::tr("CPU limit enforced");
    cpu.lambda = PortabilityText::tr("proportional to memory: %1 vCPU at %2 MB (1,769 MB = 1 vCPU)")
                     .arg(QLocale::c().toString(cpus, 'f', 2))
                     .arg(f.memorySizeMb);
    addLimit(b, cpu, cpuLimit(b.sandbox()), cpuLimit(b.target()), cpus,
             [](double v) { return QStringLiteral("%1 vCPU").arg(QLocale::c().toString(v, 'f', 2)); }, 0.02,
             { QStringLiteral("cpu_count"), QStringLiteral("availableParallelism"), QStringLiteral("cpus") });

    auto pids = [](const Side &side) {
        const QJsonObject p = side.object("pids");
        Limit l;
        l.evidence = p.value(u"evidence").toString();
        l.visible = p.contains(u"source");
        if (!p.value(u"limit").isNull() && p.contains(u"limit"))
            l.value = p.value(u"limit").toDouble();
        return l;
    };
    PortabilityItem processes;
    processes.id = QStringLiteral("pids");
    processes.category = QStringLiteral("Limits");
    processes.title = PortabilityText::tr("Processes and threads");
    processes.lambda = QStringLiteral("1,024");
    addLimit(b, processes, pids(b.sandbox()), pids(b.target()), 1024, [](double v) { return grouped(qint64(v)); }, 0,
             {});

    for (const auto &[name, title] :
         { std::pair { QStringLiteral("nofile"), PortabilityText::tr("Open files") },
           std::pair { QStringLiteral("nproc"), PortabilityText::tr("Processes of the user") } }) {
        const QString key = name; // a structured binding is not captured before C++20
        auto soft = [key](const Side &side) {
            const QJsonArray pair = side.object("rlimits").value(key).toArray();
            Limit l;
            l.visible = !pair.isEmpty();
            if (l.visible && !pair.at(0).isNull())
                l.value = pair.at(0).toDouble();
            l.evidence = l.visible ? QStringLiteral("getrlimit(RLIMIT_%1) = soft %2, hard %3")
                                         .arg(key.toUpper(),
                                              pair.at(0).isNull() ? QStringLiteral("unlimited")
                                                                  : QString::number(qint64(pair.at(0).toDouble())),
                                              pair.at(1).isNull() ? QStringLiteral("unlimited")
                                                                  : QString::number(qint64(pair.at(1).toDouble())))
                                   : PortabilityText::tr("not read");
            return l;
        };
        PortabilityItem item;
        item.id = QStringLiteral("rlimit:") + key;
        item.category = QStringLiteral("Limits");
        item.title = title + QStringLiteral(" (RLIMIT_%1)").arg(key.toUpper());
        item.lambda = QStringLiteral("1,024");
        addLimit(b, item, soft(b.sandbox()), soft(b.target()), 1024, [](double v) { return grouped(qint64(v)); }, 0,
                 {});
    }
}

// ---- platform, runtime, time ---------------------------------------------

QString normalisedArchitecture(const QString &machine)
{
    return machine == u"aarch64" ? QStringLiteral("arm64") : machine;
}

void addText(Builder &b, PortabilityItem item, const QString &sandbox, const QString &target,
             const QString &sandboxEvidence, const QString &targetEvidence, const QStringList &needles)
{
    item.sandbox = sandbox.isEmpty() ? PortabilityText::tr("unknown") : sandbox;
    item.target = target.isEmpty() ? PortabilityText::tr("unknown") : target;
    item.sandboxEvidence = sandboxEvidence;
    item.targetEvidence = targetEvidence;
    item.verdict = sameOrDiffers(sandbox == target);
    b.add(item, needles);
}

void addPlatform(Builder &b)
{
    const Side &s = b.sandbox();
    const Side &t = b.target();
    auto text
        = [](const Side &side, const char *key) { return side.place.probe.value(QLatin1StringView(key)).toString(); };

    PortabilityItem arch;
    arch.id = QStringLiteral("architecture");
    arch.category = QStringLiteral("Platform");
    arch.title = PortabilityText::tr("Architecture");
    arch.lambda = b.function().architectures.value(0, QStringLiteral("x86_64")) + QStringLiteral(" (Architectures)");
    const QString sa = normalisedArchitecture(text(s, "architecture"));
    const QString ta = normalisedArchitecture(text(t, "architecture"));
    arch.consequence = sa != ta
        ? PortabilityText::tr("native code (wheels, .node modules, binaries) built for one does not "
                              "run on the other")
        : QString();
    auto machine = [&](const Side &side) {
        return QStringLiteral("%1 = %2").arg(side.how("uname().machine", "os.machine()"), text(side, "architecture"));
    };
    addText(b, arch, sa, ta, machine(s), machine(t),
            { QStringLiteral("platform.machine"), QStringLiteral("process.arch"), QStringLiteral("os.arch") });

    PortabilityItem os;
    os.id = QStringLiteral("os");
    os.category = QStringLiteral("Platform");
    os.title = PortabilityText::tr("Operating system");
    os.lambda = b.function().runtime.contains(u"3.1") || b.function().runtime.startsWith(u"nodejs2")
            || b.function().runtime == u"provided.al2023"
        ? QStringLiteral("Amazon Linux 2023")
        : PortabilityText::tr("Amazon Linux 2 or 2023, by runtime");
    addText(b, os, text(s, "os"), text(t, "os"), QStringLiteral("/etc/os-release: ") + text(s, "os"),
            QStringLiteral("/etc/os-release: ") + text(t, "os"), {});

    auto runtime = [](const Side &side) { return side.object("runtime"); };
    auto version = [&](const Side &side) {
        const QJsonObject r = runtime(side);
        return r.isEmpty()
            ? QString()
            : QStringLiteral("%1 %2").arg(r.value(u"implementation").toString(), r.value(u"version").toString());
    };
    auto versionEvidence = [&](const Side &side) {
        const QJsonObject r = runtime(side);
        return QStringLiteral("%1 = %2 (%3)")
            .arg(side.how("platform.python_version()", "process.versions.node"), r.value(u"version").toString(),
                 r.value(u"executable").toString());
    };
    PortabilityItem interpreter;
    interpreter.id = QStringLiteral("runtime");
    interpreter.category = QStringLiteral("Runtime");
    interpreter.title = PortabilityText::tr("Interpreter version");
    const QString declared = b.function().runtime;
    interpreter.lambda = declared;
    // "3.12" of python3.12, "20" of nodejs20.x
    const bool node = declared.startsWith(u"nodejs");
    const QString wanted = declared.startsWith(u"python") ? declared.mid(6)
        : node                                            ? declared.mid(6).section(u'.', 0, 0)
                                                          : QString();
    const QString sv = runtime(s).value(u"version").toString();
    const QString tv = runtime(t).value(u"version").toString();
    if (!wanted.isEmpty()) {
        QStringList off;
        if (!sv.isEmpty() && !sv.startsWith(wanted + u'.'))
            off << PortabilityText::tr("the local pool runs %1").arg(sv);
        if (!tv.isEmpty() && !tv.startsWith(wanted + u'.'))
            off << PortabilityText::tr("%1 runs %2").arg(b.targetName(), tv);
        if (!off.isEmpty())
            interpreter.consequence = PortabilityText::tr("Lambda runs %1 %2.x; %3")
                                          .arg(node ? QStringLiteral("Node.js") : QStringLiteral("Python"), wanted,
                                               off.join(QStringLiteral("; ")));
    }
    addText(b, interpreter, version(s), version(t), versionEvidence(s), versionEvidence(t),
            { QStringLiteral("sys.version"), QStringLiteral("python_version"), QStringLiteral("process.version") });

    PortabilityItem libc;
    libc.id = QStringLiteral("libc");
    libc.category = QStringLiteral("Runtime");
    libc.title = PortabilityText::tr("C library");
    libc.lambda = QStringLiteral("glibc 2.34 (Amazon Linux 2023)");
    auto libcEvidence
        = [](const Side &side) { return side.how("platform.libc_ver()", "process.report: glibcVersionRuntime"); };
    addText(b, libc, runtime(s).value(u"libc").toString(), runtime(t).value(u"libc").toString(), libcEvidence(s),
            libcEvidence(t), {});

    PortabilityItem kernel;
    kernel.id = QStringLiteral("kernel");
    kernel.category = QStringLiteral("Platform");
    kernel.title = PortabilityText::tr("Kernel");
    kernel.lambda = PortabilityText::tr("Firecracker micro-VM's kernel (5.10 or later)");
    addText(b, kernel, text(s, "kernel"), text(t, "kernel"), s.how("uname().release", "os.release()"),
            t.how("uname().release", "os.release()"), {});

    PortabilityItem cwd;
    cwd.id = QStringLiteral("cwd");
    cwd.category = QStringLiteral("File system");
    cwd.title = PortabilityText::tr("Working folder");
    cwd.lambda = QStringLiteral("/var/task");
    if (text(s, "cwd") != text(t, "cwd"))
        cwd.consequence = PortabilityText::tr("relative paths name other files");
    addText(b, cwd, text(s, "cwd"), text(t, "cwd"),
            s.how("os.getcwd()", "process.cwd()") + QStringLiteral(" = ") + text(s, "cwd"),
            t.how("os.getcwd()", "process.cwd()") + QStringLiteral(" = ") + text(t, "cwd"),
            { QStringLiteral("getcwd"), QStringLiteral("process.cwd") });
}

void addTimezone(Builder &b)
{
    auto shown = [](const Side &side) {
        const QJsonObject tz = side.object("timezone");
        if (tz.isEmpty())
            return QString();
        const int offset = tz.value(u"utcOffsetSeconds").toInt();
        return QStringLiteral("%1, UTC%2%3")
            .arg(tz.value(u"tzname").toArray().at(0).toString(), offset < 0 ? QStringLiteral("-") : QStringLiteral("+"))
            .arg(QStringLiteral("%1:%2")
                     .arg(std::abs(offset) / 3600)
                     .arg(std::abs(offset) % 3600 / 60, 2, 10, QLatin1Char('0')));
    };
    PortabilityItem item;
    item.id = QStringLiteral("timezone");
    item.category = QStringLiteral("Time zone");
    item.title = PortabilityText::tr("Local time zone");
    item.lambda = QStringLiteral("UTC (TZ=:UTC)");
    const QString s = shown(b.sandbox());
    const QString t = shown(b.target());
    if (s != t)
        item.consequence = PortabilityText::tr("local times (datetime.now(), new Date().getHours()) differ");
    addText(b, item, s, t, b.sandbox().object("timezone").value(u"evidence").toString(),
            b.target().object("timezone").value(u"evidence").toString(),
            { QStringLiteral("localtime"), QStringLiteral("datetime.now"), QStringLiteral("tzname") });
}

// What the runtime hands the handler in its context object.
void addContext(Builder &b)
{
    const FunctionConfig &f = b.function();
    struct Field
    {
        QString key;
        QString title;
        QString lambda;
        QStringList needles;
    };
    const QString name = f.functionName.isEmpty() ? f.logicalId : f.functionName;
    const QList<Field> fields {
        { QStringLiteral("memory_limit_in_mb"),
          QStringLiteral("context.memory_limit_in_mb"),
          QString::number(f.memorySizeMb),
          { QStringLiteral("memory_limit_in_mb"), QStringLiteral("memoryLimitInMB") } },
        { QStringLiteral("function_name"),
          QStringLiteral("context.function_name"),
          name,
          { QStringLiteral("function_name"), QStringLiteral("functionName") } },
        { QStringLiteral("invoked_function_arn"),
          QStringLiteral("context.invoked_function_arn"),
          QStringLiteral("arn:aws:lambda:<region>:<account>:function:%1").arg(name),
          { QStringLiteral("invoked_function_arn"), QStringLiteral("invokedFunctionArn") } },
    };
    for (const Field &field : fields) {
        auto value = [&](const Side &side) {
            const QJsonValue v = side.object("context").value(field.key);
            return v.isUndefined() || v.isNull() ? QString() : v.toVariant().toString();
        };
        PortabilityItem item;
        item.id = QStringLiteral("context:") + field.key;
        item.category = QStringLiteral("Runtime");
        item.title = field.title;
        item.lambda = field.lambda;
        const QString s = value(b.sandbox());
        const QString t = value(b.target());
        if (s != t)
            item.consequence = PortabilityText::tr("code that reads it from the context sees another value on %1")
                                   .arg(b.targetName());
        addText(b, item, s, t, PortabilityText::tr("the context object given to the handler"),
                PortabilityText::tr("the context object given to the handler"), field.needles);
    }

    // The deadline in force: the time left when the probe started.
    auto remaining = [](const Side &side) {
        const QJsonValue v = side.object("context").value(u"remaining_time_ms");
        return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
    };
    const auto sr = remaining(b.sandbox());
    const auto tr = remaining(b.target());
    auto seconds = [](std::optional<double> ms) {
        return ms ? QStringLiteral("%1 s").arg(QLocale::c().toString(*ms / 1000.0, 'f', 1)) : QString();
    };
    PortabilityItem timeout;
    timeout.id = QStringLiteral("timeout");
    timeout.category = QStringLiteral("Limits");
    timeout.title = PortabilityText::tr("Deadline of an invocation");
    timeout.lambda = PortabilityText::tr("Timeout: %1 s (at most 900 s); the invocation ends with Sandbox.Timedout")
                         .arg(f.timeoutSeconds);
    auto left = [&](std::optional<double> ms) {
        return ms ? PortabilityText::tr("%1 left at the start").arg(seconds(ms)) : PortabilityText::tr("unknown");
    };
    timeout.sandbox = left(sr);
    timeout.target = left(tr);
    timeout.sandboxEvidence = QStringLiteral("context.get_remaining_time_in_millis() = %1").arg(sr ? qint64(*sr) : -1);
    timeout.targetEvidence = QStringLiteral("context.get_remaining_time_in_millis() = %1").arg(tr ? qint64(*tr) : -1);
    timeout.verdict = !sr || !tr ? PortabilityVerdict::Unknown
                                 : sameOrDiffers(std::abs(*sr - *tr) <= std::max(2000.0, 0.1 * std::max(*sr, *tr)));
    if (timeout.verdict == PortabilityVerdict::Differs)
        timeout.consequence
            = PortabilityText::tr(
                  "the function's deadline on %1 is %2, not %3 s: work that Lambda stops runs on there, "
                  "or the reverse")
                  .arg(b.targetName(), seconds(tr))
                  .arg(f.timeoutSeconds);
    b.add(timeout, { QStringLiteral("get_remaining_time_in_millis"), QStringLiteral("getRemainingTimeInMillis") });
}

// The limits only Lambda enforces, as documented: nothing to probe.
void addLambdaOnly(Builder &b)
{
    const FunctionConfig &f = b.function();
    auto documented = [&](const QString &id, const QString &title, const QString &lambda, const QString &consequence,
                          const QStringList &needles) {
        PortabilityItem item;
        item.id = id;
        item.category = QStringLiteral("Lambda only");
        item.title = title;
        item.lambda = lambda;
        item.sandbox = PortabilityText::tr("enforced by Bullpen as Lambda does");
        item.target = PortabilityText::tr("not probed (documented)");
        item.sandboxEvidence = PortabilityText::tr("AWS Lambda's documented quotas");
        item.targetEvidence = PortabilityText::tr("a limit of the Lambda service, not of the image");
        item.verdict = PortabilityVerdict::LambdaOnly;
        item.consequence = consequence;
        b.add(item, needles);
    };
    documented(QStringLiteral("lambda:timeout"), PortabilityText::tr("Timeout at most 15 minutes"),
               PortabilityText::tr("900 s at most; this function: %1 s").arg(f.timeoutSeconds),
               PortabilityText::tr("work longer than 15 minutes cannot move to Lambda in one invocation"), {});
    documented(
        QStringLiteral("lambda:payload"), PortabilityText::tr("Payloads at most 6 MB"),
        PortabilityText::tr("%1 bytes per request and %2 per response (synchronous); %3 bytes per asynchronous event")
            .arg(grouped(LambdaLimits::MaxRequestBytes))
            .arg(grouped(LambdaLimits::MaxResponseBytes))
            .arg(grouped(LambdaLimits::MaxAsyncRequestBytes)),
        PortabilityText::tr("larger events or responses pass a plain HTTP endpoint and are refused by Lambda (413 "
                            "RequestEntityTooLarge, Function.ResponseSizeTooLarge)"),
        {});
    documented(QStringLiteral("lambda:tmp"), PortabilityText::tr("/tmp between 512 MB and 10 GB"),
               PortabilityText::tr("EphemeralStorage 512 to 10,240 MB; this function: %1 MB").arg(f.ephemeralStorageMb),
               PortabilityText::tr("a target's disk may hold more; Lambda stops at EphemeralStorage"), {});
    documented(
        QStringLiteral("lambda:init"), PortabilityText::tr("Initialisation at most 10 s"),
        PortabilityText::tr("the init phase gets 10 s, then it is retried within the first invocation's timeout"),
        PortabilityText::tr("slow module-level start-up that works in a container times out on Lambda"), {});
}

int verdictRank(PortabilityVerdict v)
{
    switch (v) {
    case PortabilityVerdict::Differs:
        return 0;
    case PortabilityVerdict::Unknown:
        return 1;
    case PortabilityVerdict::NotProbed:
        return 2;
    case PortabilityVerdict::LambdaOnly:
        return 3;
    case PortabilityVerdict::Same:
        return 4;
    }
    return 5;
}

} // namespace

PortabilityReport comparePortability(const FunctionConfig &function, const ProbePlace &sandbox,
                                     const ProbePlace &target, const CodeReferences *references)
{
    PortabilityReport report;
    report.functionId = function.logicalId;
    report.runtime = function.runtime;
    report.memorySizeMb = function.memorySizeMb;
    report.generatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    report.sandbox = sandbox;
    report.target = target;
    report.sourceFilesScanned = references ? references->filesScanned() : 0;

    Builder b(function, sandbox, target, references);
    addEnvironment(b);
    addUser(b);
    addPaths(b);
    addTmp(b);
    addLimits(b);
    addPlatform(b);
    addTimezone(b);
    addContext(b);
    addLambdaOnly(b);
    report.items = b.take();
    // Differences first, those the function's code names before the rest.
    std::stable_sort(report.items.begin(), report.items.end(), [](const PortabilityItem &a, const PortabilityItem &c) {
        if (verdictRank(a.verdict) != verdictRank(c.verdict))
            return verdictRank(a.verdict) < verdictRank(c.verdict);
        return !a.usedAt.isEmpty() && c.usedAt.isEmpty();
    });
    return report;
}

} // namespace Bullpen
