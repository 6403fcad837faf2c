// SPDX-License-Identifier: MIT
#include "engine/lessons/lesson.h"

#include "engine/core/uilanguage.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

#include <algorithm>

namespace Bullpen {

namespace {

const QString LessonRoot = QStringLiteral(":/lessons");

std::optional<QJsonObject> readObject(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        if (error)
            *error = QStringLiteral("%1 is not a JSON object: %2 (offset %3)")
                         .arg(path, parseError.errorString())
                         .arg(parseError.offset);
        return std::nullopt;
    }
    return document.object();
}

QJsonObject mergeTexts(QJsonObject english, const QJsonObject &translated)
{
    for (auto it = translated.begin(); it != translated.end(); ++it) {
        if (it.value().isObject())
            english.insert(it.key(), mergeTexts(english.value(it.key()).toObject(), it.value().toObject()));
        else if (!it.value().toString().isEmpty())
            english.insert(it.key(), it.value());
    }
    return english;
}

} // namespace

QStringList LessonCatalog::names()
{
    QStringList names = QDir(LessonRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QHash<QString, int> order;
    for (const QString &name : std::as_const(names)) {
        const auto script = readObject(LessonRoot + u'/' + name + QStringLiteral("/lesson.json"), nullptr);
        order.insert(name, script ? script->value(QStringLiteral("order")).toInt(1000) : 1000);
    }
    std::stable_sort(names.begin(), names.end(),
                     [&order](const QString &a, const QString &b) { return order.value(a) < order.value(b); });
    return names;
}

QStringList LessonCatalog::languages(const QString &name)
{
    QStringList result;
    const QStringList files = QDir(LessonRoot + u'/' + name + QStringLiteral("/text"))
                                  .entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &file : files)
        result.append(file.chopped(5));
    if (result.removeAll(QStringLiteral("en")) > 0)
        result.prepend(QStringLiteral("en"));
    return result;
}

std::optional<Lesson> LessonCatalog::load(const QString &name, const QString &language, QString *error)
{
    if (name.isEmpty() || !QFileInfo(LessonRoot + u'/' + name).isDir()) {
        if (error)
            *error = QStringLiteral("there is no lesson called \"%1\"; the lessons are: %2")
                         .arg(name, names().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return loadFrom(LessonRoot + u'/' + name, language, error);
}

std::optional<Lesson> LessonCatalog::loadFrom(const QString &directory, const QString &language, QString *error)
{
    const auto script = readObject(directory + QStringLiteral("/lesson.json"), error);
    if (!script)
        return std::nullopt;
    const auto english = readObject(directory + QStringLiteral("/text/en.json"), error);
    if (!english)
        return std::nullopt;
    Lesson lesson;
    lesson.name = QFileInfo(directory).fileName();
    lesson.order = script->value(QStringLiteral("order")).toInt();
    lesson.function = script->value(QStringLiteral("function")).toString();
    lesson.language = QStringLiteral("en");
    QJsonObject texts = *english;
    const QString wanted = language.isEmpty() ? uiLanguage() : language;
    if (wanted != u"en" && QFileInfo::exists(directory + QStringLiteral("/text/") + wanted + QStringLiteral(".json"))) {
        const auto translated
            = readObject(directory + QStringLiteral("/text/") + wanted + QStringLiteral(".json"), error);
        if (!translated)
            return std::nullopt;
        lesson.language = wanted;
        // Per key, at every depth: what the translation has, else the English text.
        texts = mergeTexts(texts, *translated);
    }
    lesson.title = texts.value(QStringLiteral("title")).toString();
    lesson.summary = texts.value(QStringLiteral("summary")).toString();
    const QJsonObject stepTexts = texts.value(QStringLiteral("steps")).toObject();
    auto fail = [&](const QString &message) -> std::optional<Lesson> {
        if (error)
            *error = QStringLiteral("%1/lesson.json: %2").arg(directory, message);
        return std::nullopt;
    };
    if (lesson.function.isEmpty())
        return fail(QStringLiteral("\"function\" names no function"));
    const QJsonArray steps = script->value(QStringLiteral("steps")).toArray();
    if (steps.isEmpty())
        return fail(QStringLiteral("it has no steps"));
    for (const QJsonValue &value : steps) {
        const QJsonObject o = value.toObject();
        LessonStep step;
        step.id = o.value(QStringLiteral("id")).toString();
        if (step.id.isEmpty())
            return fail(QStringLiteral("step %1 has no id").arg(lesson.steps.size() + 1));
        const QJsonObject text = stepTexts.value(step.id).toObject();
        step.text = text.value(QStringLiteral("text")).toString();
        step.notice = text.value(QStringLiteral("notice")).toString();
        if (step.text.isEmpty())
            return fail(QStringLiteral("step \"%1\" has no text in text/en.json").arg(step.id));
        for (const QJsonValue &a : o.value(QStringLiteral("actions")).toArray()) {
            QJsonObject parameters = a.toObject();
            const QString kind = parameters.take(QStringLiteral("do")).toString();
            if (kind.isEmpty())
                return fail(QStringLiteral("step \"%1\" has an action without \"do\"").arg(step.id));
            step.actions.append({ kind, parameters });
        }
        for (const QJsonValue &c : o.value(QStringLiteral("checks")).toArray()) {
            QJsonObject parameters = c.toObject();
            const QString kind = parameters.take(QStringLiteral("check")).toString();
            if (kind.isEmpty())
                return fail(QStringLiteral("step \"%1\" has a check without \"check\"").arg(step.id));
            step.checks.append({ kind, parameters });
        }
        lesson.steps.append(step);
    }
    return lesson;
}

QString LessonCatalog::projectDirectory(const QString &name, const QString &dataRoot)
{
    const QString root
        = dataRoot.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : dataRoot;
    return root + QStringLiteral("/lessons/") + name;
}

QString LessonCatalog::prepareProject(const QString &name, QString *error, const QString &dataRoot, bool reset)
{
    const QString source = LessonRoot + u'/' + name + QStringLiteral("/project");
    if (!QFileInfo(source).isDir()) {
        if (error)
            *error = QStringLiteral("there is no lesson called \"%1\"").arg(name);
        return {};
    }
    const QString target = projectDirectory(name, dataRoot);
    const QString templatePath = target + QStringLiteral("/template.yaml");
    if (QFileInfo::exists(templatePath) && !reset)
        return templatePath;
    if (reset)
        QDir(target).removeRecursively();
    if (!QDir().mkpath(target)) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(target);
        return {};
    }
    // Ordinary permissions: the container's unprivileged user reads the code.
    constexpr QFileDevice::Permissions file = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
        | QFileDevice::WriteUser | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    constexpr QFileDevice::Permissions folder
        = file | QFileDevice::ExeOwner | QFileDevice::ExeUser | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    QFile::setPermissions(target, folder);
    QDirIterator it(source, QDir::AllEntries | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info = it.nextFileInfo();
        const QString to = target + info.absoluteFilePath().mid(source.size());
        if (info.isDir()) {
            QDir().mkpath(to);
            QFile::setPermissions(to, folder);
            continue;
        }
        QDir().mkpath(QFileInfo(to).absolutePath());
        QFile::remove(to);
        if (!QFile::copy(info.absoluteFilePath(), to) || !QFile::setPermissions(to, file)) {
            if (error)
                *error = QStringLiteral("cannot copy the lesson's %1 to %2").arg(info.fileName(), to);
            return {};
        }
    }
    return templatePath;
}

} // namespace Bullpen
