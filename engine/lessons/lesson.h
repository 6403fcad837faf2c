// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Bullpen {

// One thing a lesson's script does, in order: "invoke" (count, concurrent,
// event), "load" (shape, seconds), "clock" (speed), "wait" (poolMinutes or
// poolSeconds, on the pool clock), "keepAlive" (minutes), "keepWarm" (rate),
// "schedule" (name: a Schedule event of the lesson's template), "reserved"
// (count), "provisioned" (count: waits until they are ready), "stop" (every
// instance of the function), "expire" (the idle ones, now), "prepared" (waits
// for a sandbox made ahead of need, where the backend makes them). The parameters
// stay in the JSON object; LessonRunner reads them and says which is wrong.
struct LessonAction
{
    QString kind;
    QJsonObject parameters;
};

// What a step claims, checked against what actually happened (the step's
// results and pool events), never against numbers written in the lesson:
// "cold", "warm", "sameValue", "payloadEquals", "distinctInstances",
// "coldCount", "throttled", "expired", "notExpired", "scheduled",
// "provisionedServed", "idleCost", "onDemandCold"; "cold" takes "sandbox":
// "prepared" or "onDemand" to claim its kind. See LessonRunner for each one's rule.
struct LessonCheck
{
    QString kind;
    QJsonObject parameters;
};

struct LessonStep
{
    QString id; // "first", "again", ...: calls are named "id:n" (n from 1)
    QString text; // what happens, in the reader's language
    QString notice; // what to notice
    QList<LessonAction> actions;
    QList<LessonCheck> checks;
};

// A lesson: its script (lesson.json, language-neutral), its texts (one
// text/<language>.json per language; lupdate does not read data files, so
// translators edit these: a missing text falls back to English), and its own
// SAM project (project/: template, code, events) that the learner may edit
// once it is copied into the data folder.
struct Lesson
{
    QString name; // the folder's name: "cold-vs-warm"
    int order = 0;
    QString language; // the language the texts were taken from ("en", "de", "pl")
    QString title;
    QString summary;
    QString function; // the logical id of the function the script drives
    QList<LessonStep> steps;
};

// The lessons shipped in the engine's resources (:/lessons/<name>/), and
// their projects in the user's data folder.
class LessonCatalog final
{
public:
    // In teaching order.
    static QStringList names();
    // The lesson with its texts in language ("de", "pl", "en"; empty: the system's), English where a text is missing.
    static std::optional<Lesson> load(const QString &name, const QString &language, QString *error);
    // Reads a lesson from a folder laid out as resources/lessons/<name>/ (tests, and load()).
    static std::optional<Lesson> loadFrom(const QString &directory, const QString &language, QString *error);
    // Languages with texts for the lesson ("en" first).
    static QStringList languages(const QString &name);

    // Where the learner's copy of a lesson's project lives:
    // <AppDataLocation>/lessons/<name> unless dataRoot is given.
    static QString projectDirectory(const QString &name, const QString &dataRoot = {});
    // Copies the lesson's project there unless a copy exists (the learner's
    // edits stay); reset replaces it with the original. Returns the
    // template's path, or empty with *error.
    static QString prepareProject(const QString &name, QString *error, const QString &dataRoot = {},
                                  bool reset = false);
};

} // namespace Bullpen
