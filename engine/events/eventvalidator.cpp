// SPDX-License-Identifier: MIT
#include "engine/events/eventvalidator.h"

#include "engine/core/jsondiff.h"
#include "engine/core/jsonvalue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "engine/events/eventtext.h"
#include "engine/events/jsonlocator.h"
#include "engine/project/lambdalimits.h"

namespace Bullpen {

namespace {

// JSON's type names, as the diff names them ("missing" for undefined).
QString typeOf(const QJsonValue &v)
{
    return JsonDifference::typeName(v);
}

bool hasType(const QJsonValue &v, const QStringList &types)
{
    for (const QString &t : types) {
        if (t == u"integer" ? (v.isDouble() && v.toDouble() == double(qint64(v.toDouble()))) : t == typeOf(v))
            return true;
    }
    return false;
}

// Expands "Records[].s3.bucket" against the document into concrete paths and
// checks each; a missing parent is reported once, at the parent.
void checkField(const QJsonValue &node, const QStringList &segments, qsizetype at, const QString &path,
                const EventSchemaField &field, const JsonLocator &locator, QList<ValidationIssue> *issues)
{
    if (at == segments.size()) {
        if (node.isUndefined()) {
            const auto pos = locator.positionOf(path);
            issues->append({ ValidationIssue::Severity::Error, pos.line, pos.column, path,
                             EventText::tr("required field \"%1\" is missing").arg(path) });
        } else if (!hasType(node, field.types)) {
            const auto pos = locator.positionOf(path);
            issues->append({ ValidationIssue::Severity::Error, pos.line, pos.column, path,
                             QStringLiteral("\"%1\" should be %2, not %3")
                                 .arg(path, field.types.join(QStringLiteral(" or ")), typeOf(node)) });
        }
        return;
    }
    QString segment = segments.at(at);
    const bool each = segment.endsWith(QLatin1StringView("[]"));
    if (each)
        segment.chop(2);
    const QString here = path.isEmpty() ? segment : path + u'.' + segment;
    const QJsonValue child = node.isObject() ? node.toObject().value(segment) : QJsonValue(QJsonValue::Undefined);
    if (!each) {
        checkField(child, segments, at + 1, here, field, locator, issues);
        return;
    }
    if (!child.isArray()) {
        checkField(child, { QStringLiteral("x") }, 1, here, { here, { QStringLiteral("array") } }, locator, issues);
        return;
    }
    const QJsonArray array = child.toArray();
    for (qsizetype i = 0; i < array.size(); ++i)
        checkField(array.at(i), segments, at + 1, here + u'[' + QString::number(i) + u']', field, locator, issues);
}

QString size(qsizetype bytes)
{
    if (bytes >= 1024 * 1024)
        return QStringLiteral("%1 MB").arg(double(bytes) / (1024 * 1024), 0, 'f', 2);
    return QStringLiteral("%1 KB").arg(double(bytes) / 1024, 0, 'f', 1);
}

} // namespace

// A schema path names nested keys joined by dots; a key that has a dot of
// its own (CodePipeline's "CodePipeline.job") writes it as "\\.".
static QStringList splitSchemaPath(const QString &path)
{
    QStringList segments { QString() };
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (path.at(i) == u'\\' && i + 1 < path.size() && path.at(i + 1) == u'.') {
            segments.last() += u'.';
            ++i;
        } else if (path.at(i) == u'.') {
            segments.append(QString());
        } else {
            segments.last() += path.at(i);
        }
    }
    return segments;
}

QList<ValidationIssue> EventValidator::validate(const QByteArray &payload, const EventTemplate *tmpl)
{
    QList<ValidationIssue> issues;
    using S = ValidationIssue::Severity;
    const qsizetype n = payload.size();
    if (n > LambdaLimits::MaxRequestBytes) {
        issues.append({ S::Error, 0, 0, QString(),
                        EventText::tr("payload is %1 (%2 bytes), over the 6 MB limit of a synchronous invocation")
                            .arg(size(n))
                            .arg(n) });
    } else if (n > LambdaLimits::MaxAsyncRequestBytes) {
        issues.append(
            { S::Warning, 0, 0, QString(),
              EventText::tr("payload is %1, over the 1 MB limit of an asynchronous (Event) invocation").arg(size(n)) });
    } else if (n > LambdaLimits::MaxAsyncRequestBytesBefore2025) {
        issues.append(
            { S::Info, 0, 0, QString(),
              EventText::tr("payload is %1, over the 256 KB asynchronous limit that applied before October 2025")
                  .arg(size(n)) });
    }

    if (payload.trimmed().isEmpty()) {
        issues.append({ S::Error, 1, 1, QString(),
                        EventText::tr("the payload is empty; Lambda needs a JSON value, at least {}") });
        return issues;
    }
    // Any JSON value ("text", 42) is a valid payload, as in Lambda.
    JsonValueError jsonError;
    const QJsonValue root = parseJsonValue(payload, &jsonError);
    if (root.isUndefined()) {
        issues.append({ S::Error, jsonError.line, jsonError.column, QString(),
                        EventText::tr("malformed JSON: %1").arg(jsonError.description) });
        return issues;
    }
    const JsonLocator locator(payload);

    static const QRegularExpression leftover(QStringLiteral(R"(\{\{[^{}"]{1,80}\}\})"));
    for (auto it = leftover.globalMatch(QString::fromUtf8(payload)); it.hasNext();) {
        const auto m = it.next();
        const auto pos
            = JsonLocator::lineColumn(payload, QString::fromUtf8(payload).left(m.capturedStart()).toUtf8().size());
        issues.append({ S::Warning, pos.line, pos.column, QString(),
                        EventText::tr("unfilled template placeholder %1").arg(m.captured()) });
    }

    if (tmpl) {
        for (const EventSchemaField &field : tmpl->schema) {
            const QStringList segments = splitSchemaPath(field.path);
            checkField(root, segments, 0, QString(), field, locator, &issues);
        }
    }
    return issues;
}

bool EventValidator::hasErrors(const QList<ValidationIssue> &issues)
{
    return std::any_of(issues.begin(), issues.end(),
                       [](const ValidationIssue &i) { return i.severity == ValidationIssue::Severity::Error; });
}

QString EventValidator::format(const ValidationIssue &issue)
{
    const QString kind = issue.severity == ValidationIssue::Severity::Error ? EventText::tr("error")
        : issue.severity == ValidationIssue::Severity::Warning              ? EventText::tr("warning")
                                                                            : EventText::tr("note");
    if (issue.line > 0)
        return EventText::tr("line %1, column %2: %3: %4").arg(issue.line).arg(issue.column).arg(kind, issue.message);
    return QStringLiteral("%1: %2").arg(kind, issue.message);
}

} // namespace Bullpen
