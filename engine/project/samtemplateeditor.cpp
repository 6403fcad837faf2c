// SPDX-License-Identifier: MIT
#include "engine/project/samtemplateeditor.h"

#include "engine/project/intrinsics.h"
#include "engine/project/lambdalimits.h"
#include "engine/project/yamltext.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <functional>

namespace Bullpen {

using namespace Yaml;

namespace {

struct Edit
{
    qsizetype start = 0;
    qsizetype end = 0;
    QByteArray replacement;
};

QByteArray applyEdits(QByteArray text, QList<Edit> edits)
{
    std::stable_sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) { return a.start > b.start; });
    for (const Edit &edit : std::as_const(edits))
        text.replace(edit.start, edit.end - edit.start, edit.replacement);
    return text;
}

// The document as data, order kept, quoting ignored: two texts with the same
// canonical form mean the same to any YAML reader.
QString canonical(const YAML::Node &node)
{
    if (!node.IsDefined() || node.IsNull())
        return QStringLiteral("~");
    const std::string &tag = node.Tag();
    const QString tagText = (tag.empty() || tag == "?" || tag == "!") ? QString() : qs(tag) + u' ';
    if (node.IsScalar())
        return tagText + u'<' + qs(node.Scalar()) + u'>';
    QStringList parts;
    if (node.IsSequence()) {
        for (const YAML::Node &item : node)
            parts << canonical(item);
        return tagText + u'[' + parts.join(u',') + u']';
    }
    for (auto it = node.begin(); it != node.end(); ++it)
        parts << canonical(it->first) + u':' + canonical(it->second);
    return tagText + u'{' + parts.join(u',') + u'}';
}

bool isFlow(const YAML::Node &node)
{
    return node.IsDefined() && (node.IsMap() || node.IsSequence()) && node.Style() == YAML::EmitterStyle::Flow;
}

// One edit session: the parsed text and the located function resource.
struct Session
{
    explicit Session(const QByteArray &bytes)
        : text(bytes)
    { }

    YamlText text;
    YAML::Node root;
    Entry resources;
    Entry resource;
    Entry properties;
    YAML::Node globals;
    bool serverless = true;
    int unit = 2;

    int lineOf(const YAML::Node &node) const { return node.Mark().line; }
    int columnOf(const YAML::Node &node) const { return node.Mark().column; }
    QByteArray spaces(int n) const { return QByteArray(qMax(0, n), ' '); }

    // The bytes of a one-line scalar or a flow collection value (tag included).
    std::optional<std::pair<qsizetype, qsizetype>> valueSpan(const YAML::Node &v, bool inFlow) const
    {
        if (v.IsNull() || !(v.IsScalar() || isFlow(v)))
            return std::nullopt;
        const qsizetype mark = text.offset(v.Mark());
        qsizetype start = mark;
        const QByteArray &t = text.text();
        if (start >= 0 && start < t.size() && t.at(start) == '!') {
            while (start < t.size() && t.at(start) != ' ' && t.at(start) != '\n')
                ++start;
            while (start < t.size() && t.at(start) == ' ')
                ++start;
        }
        qsizetype end = -1;
        if (start >= 0 && start < t.size() && (t.at(start) == '[' || t.at(start) == '{')) {
            end = text.flowEnd(start);
            end = end < 0 ? -1 : end + 1;
        } else {
            end = text.scalarEnd(start, inFlow);
        }
        if (mark < 0 || end <= mark)
            return std::nullopt;
        return std::pair { mark, end };
    }

    // Replaces the value of a key with one-line text (a scalar or a flow collection).
    std::optional<Edit> replaceValue(const Entry &e, const QByteArray &value, bool inFlow) const
    {
        if (const auto span = valueSpan(e.value, inFlow))
            return Edit { span->first, span->second, value };
        if (inFlow)
            return std::nullopt;
        return replaceBlock(e, QByteArray(" ") + value);
    }

    // A non-empty flow map rewritten as entries (name, value): kept entries keep
    // their bytes, changed ones their key, and the original separators are reused.
    std::optional<Edit> rebuildFlowMap(const YAML::Node &map, const QList<std::pair<QString, QString>> &entries,
                                       const QMap<QString, QByteArray> &keptText) const
    {
        if (!isFlow(map) || map.size() == 0)
            return std::nullopt;
        const QByteArray &t = text.text();
        const qsizetype open = text.offset(map.Mark());
        const qsizetype close = open >= 0 ? text.flowEnd(open) : -1;
        if (close < 0)
            return std::nullopt;
        struct Piece
        {
            qsizetype keyStart, valueStart, valueEnd;
        };
        QMap<QString, Piece> pieces;
        QList<Piece> order;
        for (auto it = map.begin(); it != map.end(); ++it) {
            const auto span = valueSpan(it->second, true);
            const qsizetype keyStart = text.offset(it->first.Mark());
            if (!span || keyStart < 0)
                return std::nullopt;
            const Piece piece { keyStart, span->first, span->second };
            pieces.insert(qs(it->first.Scalar()), piece);
            order << piece;
        }
        const QByteArray lead = t.mid(open + 1, order.constFirst().keyStart - open - 1);
        const QByteArray separator = order.size() > 1
            ? t.mid(order.at(0).valueEnd, order.at(1).keyStart - order.at(0).valueEnd)
            : QByteArray(", ");
        const QByteArray trail = t.mid(order.constLast().valueEnd, close - order.constLast().valueEnd);
        QList<QByteArray> parts;
        for (const auto &[name, value] : entries) {
            const auto it = pieces.constFind(name);
            const QByteArray fresh = formatScalar(value, QuoteStyle::Double, false);
            if (it == pieces.cend())
                parts << formatScalar(name, QuoteStyle::Double, false) + ": " + fresh;
            else if (keptText.contains(name))
                parts << t.mid(it->keyStart, it->valueEnd - it->keyStart);
            else
                parts << t.mid(it->keyStart, it->valueStart - it->keyStart) + fresh;
        }
        const QByteArray rebuilt
            = parts.isEmpty() ? QByteArray("{}") : '{' + lead + parts.join(separator) + trail + '}';
        return Edit { open, close + 1, rebuilt };
    }

    // Replaces everything after "key:" up to the end of the key's block.
    std::optional<Edit> replaceBlock(const Entry &e, const QByteArray &replacement) const
    {
        const qsizetype colon = text.afterColon(text.offset(e.key.Mark()));
        if (colon < 0)
            return std::nullopt;
        const int endLine = text.blockEndLine(lineOf(e.key), columnOf(e.key));
        return Edit { colon, qMax(colon, text.lineEnd(endLine)), replacement };
    }

    // Removes the key's lines (the key line and its block).
    Edit removeLines(const Entry &e) const
    {
        const int line = lineOf(e.key);
        return Edit { text.lineStart(line), text.lineBreakEnd(text.blockEndLine(line, columnOf(e.key))), QByteArray() };
    }

    // Lines (depth, content) rendered at base indentation, inserted after the block of line.
    Edit insertAfterBlock(int line, int keyIndent, int baseIndent, const QList<std::pair<int, QByteArray>> &lines) const
    {
        const qsizetype at = text.lineBreakEnd(text.blockEndLine(line, keyIndent));
        QByteArray out;
        if (at == text.text().size() && !text.text().endsWith('\n'))
            out += text.newline();
        for (const auto &[depth, content] : lines)
            out += spaces(baseIndent + depth * unit) + content + text.newline();
        return Edit { at, at, out };
    }

    // Adds "key": value to a flow map (JSON templates), after its last entry.
    std::optional<Edit> insertIntoFlowMap(const YAML::Node &map, const QByteArray &member) const
    {
        const qsizetype open = text.offset(map.Mark());
        const qsizetype close = open >= 0 ? text.flowEnd(open) : -1;
        if (close < 0)
            return std::nullopt;
        if (map.size() == 0)
            return Edit { open + 1, open + 1, member };
        qsizetype last = close;
        while (last > open && QByteArrayView(" \t\r\n").contains(text.text().at(last - 1)))
            --last;
        const YAML::Node firstKey = map.begin()->first;
        if (lineOf(firstKey) != lineOf(map))
            return Edit { last, last, QByteArray(",") + text.newline() + spaces(columnOf(firstKey)) + member };
        return Edit { last, last, QByteArray(", ") + member };
    }

    // Inserts a new property (block lines, or one flow member for JSON) into the
    // function's own Properties, creating Properties when the resource has none.
    std::optional<Edit> insertProperty(const QList<std::pair<int, QByteArray>> &blockLines,
                                       const QByteArray &flowMember) const
    {
        if (properties.found()) {
            const YAML::Node &p = properties.value;
            if (isFlow(p))
                return insertIntoFlowMap(p, flowMember);
            const int keyIndent = columnOf(properties.key);
            const int base = (p.IsMap() && p.size() > 0) ? columnOf(p.begin()->first) : keyIndent + unit;
            return insertAfterBlock(lineOf(properties.key), keyIndent, base, blockLines);
        }
        const YAML::Node &r = resource.value;
        if (isFlow(r))
            return insertIntoFlowMap(r, QByteArray("\"Properties\": {") + flowMember + '}');
        const int childIndent = r.IsMap() && r.size() > 0 ? columnOf(r.begin()->first) : columnOf(resource.key) + unit;
        QList<std::pair<int, QByteArray>> lines { { 0, QByteArrayLiteral("Properties:") } };
        for (const auto &[depth, content] : blockLines)
            lines.append({ depth + 1, content });
        return insertAfterBlock(lineOf(resource.key), columnOf(resource.key), childIndent, lines);
    }
};

} // namespace

SamTemplateEditor::SamTemplateEditor(QByteArray text)
    : m_text(std::move(text))
{ }

bool SamTemplateEditor::validateMemorySize(int megabytes, QString *error)
{
    return LambdaLimits::validateMemorySize(megabytes, error);
}
bool SamTemplateEditor::validateTimeout(int seconds, QString *error)
{
    return LambdaLimits::validateTimeout(seconds, error);
}
bool SamTemplateEditor::validateHandler(const QString &handler, QString *error)
{
    return LambdaLimits::validateHandler(handler, error);
}
bool SamTemplateEditor::validateEnvironment(const QMap<QString, QString> &variables, QString *error)
{
    return LambdaLimits::validateEnvironment(variables, error);
}

namespace {

// Parses text and finds the function; fills *error when it cannot.
bool locate(Session &s, const QString &fileName, const QString &logicalId, ProjectError *error)
{
    try {
        s.root.reset(YAML::Load(std::string(s.text.text().constData(), size_t(s.text.text().size()))));
    } catch (const YAML::Exception &e) {
        *error = ProjectError { fileName, e.mark.line + 1, e.mark.column + 1,
                                QStringLiteral("YAML syntax error: %1").arg(qs(e.msg)),
                                QStringLiteral("fix the template's syntax before changing settings") };
        return false;
    }
    // Entries are assigned once into fresh nodes; see the note on Entry about operator=.
    s.resources = entry(s.root, "Resources");
    s.resource = entry(s.resources.value, ss(logicalId).c_str());
    const QString type = s.resource.found() ? qs(entry(s.resource.value, "Type").value.Scalar()) : QString();
    if (type != u"AWS::Serverless::Function" && type != u"AWS::Lambda::Function") {
        QStringList known;
        if (s.resources.value.IsMap()) {
            for (auto it = s.resources.value.begin(); it != s.resources.value.end(); ++it) {
                const QString t = qs(entry(it->second, "Type").value.Scalar());
                if (t == u"AWS::Serverless::Function" || t == u"AWS::Lambda::Function")
                    known << qs(it->first.Scalar());
            }
        }
        *error
            = ProjectError { fileName, 0, 0, QStringLiteral("the template has no function named \"%1\"").arg(logicalId),
                             QStringLiteral("functions in this template: %1").arg(known.join(QStringLiteral(", "))) };
        return false;
    }
    s.serverless = type == u"AWS::Serverless::Function";
    s.properties = entry(s.resource.value, "Properties");
    s.globals.reset(s.serverless ? entry(entry(s.root, "Globals").value, "Function").value : YAML::Node());
    // A key written twice in a mapping the editor changes (YAML parsers take
    // it; CloudFormation refuses the template): the edit would go to the first
    // and the second could still count, or run (a logical id twice). Found by
    // fuzzing (tests/fuzz/corpus/samtemplateeditor/crash-*).
    const auto twice = [&](const YAML::Node &key, const QString &message) {
        *error = ProjectError { fileName, key.Mark().line + 1, key.Mark().column + 1, message,
                                QStringLiteral("a key may appear once in a mapping: remove or rename one") };
        return false;
    };
    for (auto it = s.resources.value.begin(); it != s.resources.value.end(); ++it) {
        if (it->first.IsScalar() && qs(it->first.Scalar()) == logicalId
            && it->first.Mark().pos != s.resource.key.Mark().pos)
            return twice(it->first, QStringLiteral("the template names \"%1\" twice under Resources").arg(logicalId));
    }
    const YAML::Node environment = entry(s.properties.value, "Environment").value;
    const std::pair<const char *, YAML::Node> edited[] = {
        { "the resource", s.resource.value },
        { "Properties", s.properties.value },
        { "Environment", environment },
        { "Variables", entry(environment, "Variables").value },
        { "ProvisionedConcurrencyConfig", entry(s.properties.value, "ProvisionedConcurrencyConfig").value },
    };
    for (const auto &[where, map] : edited) {
        if (!map.IsDefined() || !map.IsMap())
            continue;
        QSet<QString> seen;
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (!it->first.IsScalar())
                continue;
            const QString name = qs(it->first.Scalar());
            if (seen.contains(name)) {
                return twice(it->first,
                             QStringLiteral("\"%1\" is written twice in %2 of \"%3\"")
                                 .arg(name, QLatin1StringView(where), logicalId));
            }
            seen.insert(name);
        }
    }
    if (s.resources.value.IsMap() && s.resources.value.size() > 0) {
        const int unit = s.columnOf(s.resources.value.begin()->first) - s.columnOf(s.resources.key);
        if (unit > 0)
            s.unit = unit;
    }
    return true;
}

// Parses the edited text and compares it with the intended document.
bool verify(const QByteArray &edited, const YAML::Node &expected, const QString &fileName, ProjectError *error)
{
    try {
        const YAML::Node reparsed = YAML::Load(std::string(edited.constData(), size_t(edited.size())));
        if (canonical(reparsed) == canonical(expected))
            return true;
    } catch (const YAML::Exception &) { }
    // BULLPEN_DEBUG_EDITOR=1 shows the refused text, for reports of "unusual layout".
    if (qEnvironmentVariableIsSet("BULLPEN_DEBUG_EDITOR"))
        qWarning("refused edit:\n%s", edited.constData());
    *error
        = ProjectError { fileName, 0, 0,
                         QStringLiteral("the change could not be written without altering other parts of the template"),
                         QStringLiteral("the template's layout is unusual here; edit this value in the text editor") };
    return false;
}

// Refuses a value before the text is read.
bool refuse(ProjectError *error, const QString &file, const QString &why)
{
    if (error)
        *error = ProjectError { file, 0, 0, why, QStringLiteral("nothing was changed") };
    return false;
}

// What an edit plans on the located function: the edits to the text (none:
// nothing to change), or std::nullopt with *error saying why it cannot. Having
// planned them, it turns s.root into the intended document (the parsed
// original is not needed any more), which the edited text must read back as.
using EditPlan = std::function<std::optional<QList<Edit>>(Session &s, ProjectError *error)>;

// The frame every edit shares: parse and locate the function, plan, apply the
// edits, check the result reads back as intended, and report a structure
// yaml-cpp cannot walk with hint. text changes only when all of that succeeds.
bool editFunction(QByteArray &text, const QString &file, const QString &logicalId, const QString &hint,
                  ProjectError *error, const EditPlan &plan)
{
    ProjectError scratch;
    if (!error)
        error = &scratch;
    Session s(text);
    try {
        if (!locate(s, file, logicalId, error))
            return false;
        const std::optional<QList<Edit>> edits = plan(s, error);
        if (!edits)
            return false;
        if (edits->isEmpty())
            return true;
        const QByteArray edited = applyEdits(text, *edits);
        if (!verify(edited, s.root, file, error))
            return false;
        text = edited;
        return true;
    } catch (const YAML::Exception &e) {
        *error = ProjectError { file, 0, 0, QStringLiteral("unexpected template structure: %1").arg(qs(e.msg)), hint };
        return false;
    }
}

} // namespace

QString SamTemplateEditor::fileName() const
{
    return m_fileName.isEmpty() ? QStringLiteral("template.yaml") : m_fileName;
}

bool SamTemplateEditor::setFunctionProperty(const QString &logicalId, const QString &property, const QString &value,
                                            ProjectError *error)
{
    const QString file = fileName();
    QString why;
    bool numeric = false;
    if (property == u"MemorySize" || property == u"Timeout" || property == u"ReservedConcurrentExecutions") {
        numeric = true;
        bool ok = false;
        const int number = value.trimmed().toInt(&ok);
        if (!ok)
            why = QStringLiteral("%1 \"%2\" is not a whole number").arg(property, value);
        else if (property == u"MemorySize")
            LambdaLimits::validateMemorySize(number, &why);
        else if (property == u"Timeout")
            LambdaLimits::validateTimeout(number, &why);
        else if (number < 0)
            why = QStringLiteral("ReservedConcurrentExecutions cannot be negative");
    } else if (property == u"AutoPublishAlias") {
        // Lambda's alias names: letters, digits, - and _, not only digits.
        static const QRegularExpression aliasName(QStringLiteral("^(?!^[0-9]+$)[A-Za-z0-9_-]{1,128}$"));
        if (!aliasName.match(value).hasMatch())
            why = QStringLiteral("\"%1\" is not an alias name (letters, digits, - and _)").arg(value);
    } else if (property == u"Handler") {
        LambdaLimits::validateHandler(value, &why);
    } else if (property == u"Runtime") {
        if (!LambdaLimits::isSupportedRuntime(value))
            why = QStringLiteral("runtime \"%1\" is not supported; use one of %2")
                      .arg(value, LambdaLimits::supportedRuntimes().join(QStringLiteral(", ")));
    } else if (property == u"CodeUri") {
        if (value.trimmed().isEmpty())
            why = QStringLiteral("CodeUri is empty");
    } else {
        why = QStringLiteral("the settings panel cannot change %1").arg(property);
    }
    if (!why.isEmpty())
        return refuse(error, file, why);
    const QString written = numeric ? QString::number(value.trimmed().toInt()) : value;

    const QString hint = QStringLiteral("edit this value in the text editor");
    return editFunction(m_text, file, logicalId, hint, error, [&](Session &s, ProjectError *error) {
        const QByteArray key
            = (property == u"CodeUri" && !s.serverless) ? QByteArrayLiteral("Code") : property.toUtf8();
        const bool flow = isFlow(s.properties.value) || (!s.properties.found() && isFlow(s.resource.value));
        const Entry own = entry(s.properties.value, key.constData());
        QuoteStyle style = own.found() ? s.text.quoteStyleAt(s.text.offset(own.value.Mark())) : QuoteStyle::Plain;
        if (flow)
            style = QuoteStyle::Double;
        const QByteArray rendered
            = formatScalar(written, numeric && style != QuoteStyle::Double ? QuoteStyle::Plain : style, numeric);
        std::optional<Edit> edit;
        if (own.found())
            edit = s.replaceValue(own, numeric && flow ? written.toUtf8() : rendered, flow);
        else
            edit = s.insertProperty({ { 0, key + ": " + rendered } },
                                    formatScalar(QString::fromUtf8(key), QuoteStyle::Double, false) + ": "
                                        + (numeric ? written.toUtf8() : rendered));
        if (!edit) {
            *error = ProjectError {
                file, own.found() ? s.lineOf(own.key) + 1 : 0, 0,
                QStringLiteral("cannot locate the %1 value of %2 in the text").arg(property, logicalId), hint
            };
            return std::optional<QList<Edit>>();
        }
        // A fresh node, so that a tag the old value had (!Ref ...) goes with it.
        s.root["Resources"][ss(logicalId)]["Properties"][key.toStdString()] = YAML::Node(ss(written));
        return std::optional<QList<Edit>>({ *edit });
    });
}

bool SamTemplateEditor::setProvisionedConcurrency(const QString &logicalId, int executions, ProjectError *error)
{
    const QString file = fileName();
    if (executions < 0)
        return refuse(error, file, QStringLiteral("ProvisionedConcurrentExecutions cannot be negative"));
    const QByteArray written = QByteArray::number(executions);
    const QString hint = QStringLiteral("edit this value in the text editor");
    return editFunction(m_text, file, logicalId, hint, error, [&](Session &s, ProjectError *error) {
        const bool flow = isFlow(s.properties.value) || (!s.properties.found() && isFlow(s.resource.value));
        const Entry config = entry(s.properties.value, "ProvisionedConcurrencyConfig");
        const Entry own = entry(config.value, "ProvisionedConcurrentExecutions");
        std::optional<Edit> edit;
        if (own.found())
            edit = s.replaceValue(own, written, flow || isFlow(config.value));
        else if (!config.found())
            edit = s.insertProperty({ { 0, QByteArrayLiteral("ProvisionedConcurrencyConfig:") },
                                      { 1, "ProvisionedConcurrentExecutions: " + written } },
                                    "\"ProvisionedConcurrencyConfig\": {\"ProvisionedConcurrentExecutions\": " + written
                                        + '}');
        if (!edit) {
            *error = ProjectError {
                file, config.found() ? s.lineOf(config.key) + 1 : 0, 0,
                QStringLiteral("cannot locate the provisioned concurrency of %1 in the text").arg(logicalId),
                QStringLiteral("edit ProvisionedConcurrencyConfig in the text editor")
            };
            return std::optional<QList<Edit>>();
        }
        s.root["Resources"][ss(logicalId)]["Properties"]["ProvisionedConcurrencyConfig"]
              ["ProvisionedConcurrentExecutions"]
            = YAML::Node(written.toStdString());
        return std::optional<QList<Edit>>({ *edit });
    });
}

bool SamTemplateEditor::removeFunctionProperty(const QString &logicalId, const QString &property, ProjectError *error)
{
    const QString file = fileName();
    const QStringList path = property.split(u'.');
    if (path.size() > 2 || path.contains(QString()))
        return refuse(error, file, QStringLiteral("the settings panel cannot remove %1").arg(property));
    const QString hint = QStringLiteral("remove it in the text editor");
    return editFunction(m_text, file, logicalId, hint, error, [&](Session &s, ProjectError *error) {
        const Entry outer = entry(s.properties.value, ss(path.at(0)).c_str());
        if (!outer.found())
            return std::optional<QList<Edit>>(QList<Edit>());
        const Entry inner = path.size() == 2 ? entry(outer.value, ss(path.at(1)).c_str()) : Entry();
        if (path.size() == 2 && !inner.found())
            return std::optional<QList<Edit>>(QList<Edit>());
        // The parent goes with its last entry (ProvisionedConcurrencyConfig: with nothing in it).
        const bool removeOuter = path.size() == 1 || (outer.value.IsMap() && outer.value.size() == 1);

        // One entry out of the map parent: its lines in block style, its member in a flow map.
        auto removeFrom = [&](const YAML::Node &parent, const Entry &e) -> std::optional<Edit> {
            if (!isFlow(parent))
                return s.removeLines(e);
            QList<std::pair<QString, QString>> rest;
            QMap<QString, QByteArray> keptText;
            for (auto it = parent.begin(); it != parent.end(); ++it) {
                const QString name = qs(it->first.Scalar());
                if (it->first.Mark().pos == e.key.Mark().pos)
                    continue;
                const auto span = s.valueSpan(it->second, true);
                if (!span)
                    return std::nullopt;
                rest.append({ name, QString() });
                keptText.insert(name, s.text.text().mid(span->first, span->second - span->first));
            }
            return s.rebuildFlowMap(parent, rest, keptText);
        };
        std::optional<Edit> edit;
        if (!removeOuter)
            edit = removeFrom(outer.value, inner);
        else if (s.properties.value.size() == 1 && !isFlow(s.properties.value))
            edit = s.replaceBlock(s.properties, QByteArrayLiteral(" {}")); // "Properties:" alone would be null
        else
            edit = removeFrom(s.properties.value, outer);
        if (!edit) {
            *error
                = ProjectError { file, s.lineOf(outer.key) + 1, 0,
                                 QStringLiteral("cannot locate %1 of %2 in the text").arg(property, logicalId), hint };
            return std::optional<QList<Edit>>();
        }
        YAML::Node properties = s.root["Resources"][ss(logicalId)]["Properties"];
        if (removeOuter)
            properties.remove(ss(path.at(0)));
        else
            properties[ss(path.at(0))].remove(ss(path.at(1)));
        return std::optional<QList<Edit>>({ *edit });
    });
}

bool SamTemplateEditor::setEnvironment(const QString &logicalId, const QMap<QString, QString> &variables,
                                       ProjectError *error)
{
    const QString file = fileName();
    QString why;
    if (!LambdaLimits::validateEnvironment(variables, &why))
        return refuse(error, file, why);

    const QString hint = QStringLiteral("edit the environment in the text editor");
    return editFunction(
        m_text, file, logicalId, hint, error, [&](Session &s, ProjectError *error) -> std::optional<QList<Edit>> {
            const IntrinsicResolver resolver(s.root, QFileInfo(QFileInfo(file).absolutePath()).fileName());
            auto valueOf = [&](const YAML::Node &node) {
                return resolver.resolveString(node).value_or(node.IsNull() ? QString()
                                                                           : IntrinsicResolver::describe(node));
            };

            // What Globals give this function; a function can add to or override
            // Globals' variables but, as SAM merges maps, never remove one.
            QMap<QString, QString> inherited;
            QMap<QString, int> inheritedLines;
            const YAML::Node globalVars = entry(entry(s.globals, "Environment").value, "Variables").value;
            if (globalVars.IsDefined() && globalVars.IsMap()) {
                for (auto it = globalVars.begin(); it != globalVars.end(); ++it) {
                    if (resolver.isNoValue(it->second))
                        continue;
                    inherited.insert(qs(it->first.Scalar()), valueOf(it->second));
                    inheritedLines.insert(qs(it->first.Scalar()), s.lineOf(it->first) + 1);
                }
            }
            const Entry environment = entry(s.properties.value, "Environment");
            const Entry own = entry(environment.value, "Variables");
            QStringList ownNames;
            // Variables the template leaves out on purpose (!Ref AWS::NoValue) are not in
            // the running environment, so their absence from variables means "keep".
            QStringList absent;
            if (own.found() && own.value.IsMap()) {
                for (auto it = own.value.begin(); it != own.value.end(); ++it) {
                    ownNames << qs(it->first.Scalar());
                    if (resolver.isNoValue(it->second))
                        absent << ownNames.constLast();
                }
            }
            for (auto it = inherited.cbegin(); it != inherited.cend(); ++it) {
                if (!variables.contains(it.key()) && !ownNames.contains(it.key())) {
                    *error = ProjectError {
                        file, inheritedLines.value(it.key()), 0,
                        QStringLiteral(
                            "%1 comes from Globals.Function.Environment.Variables; a function cannot remove it")
                            .arg(it.key()),
                        QStringLiteral("remove it from Globals, or give it a value for this function")
                    };
                    return std::nullopt;
                }
            }

            // The function's own variables afterwards, in the file's order, new ones last.
            QList<std::pair<QString, QString>> desired;
            QStringList added;
            for (auto it = own.value.begin(); own.found() && own.value.IsMap() && it != own.value.end(); ++it) {
                const QString name = qs(it->first.Scalar());
                if (variables.contains(name))
                    desired.append({ name, variables.value(name) });
                else if (absent.contains(name))
                    desired.append({ name, valueOf(it->second) });
            }
            for (auto it = variables.cbegin(); it != variables.cend(); ++it) {
                if (ownNames.contains(it.key()))
                    continue;
                if (inherited.contains(it.key()) && inherited.value(it.key()) == it.value())
                    continue;
                desired.append({ it.key(), it.value() });
                added << it.key();
            }

            const bool flow = isFlow(s.properties.value) || (!s.properties.found() && isFlow(s.resource.value));
            // Unchanged values keep their text ({"Ref": "Stage"} stays a Ref).
            QMap<QString, QByteArray> keptText;
            if (own.found() && own.value.IsMap()) {
                for (auto it = own.value.begin(); it != own.value.end(); ++it) {
                    const QString name = qs(it->first.Scalar());
                    if (absent.contains(name)
                        || (variables.contains(name) && valueOf(it->second) == variables.value(name))) {
                        if (const auto span = s.valueSpan(it->second, true))
                            keptText.insert(name, s.text.text().mid(span->first, span->second - span->first));
                    }
                }
            }
            auto flowMap = [&](const QList<std::pair<QString, QString>> &entries) -> QByteArray {
                QByteArray out("{");
                for (qsizetype i = 0; i < entries.size(); ++i) {
                    const auto &[name, value] = entries.at(i);
                    out += (i ? ", " : "") + formatScalar(name, QuoteStyle::Double, false) + ": "
                        + keptText.value(name, formatScalar(value, QuoteStyle::Double, false));
                }
                return out + '}';
            };

            QList<Edit> edits;
            bool removeEnvironment = false;
            bool emptyMap = false;
            if (own.found() && own.value.IsMap() && own.value.size() > 0 && !isFlow(own.value)) {
                if (desired.isEmpty() && environment.value.size() == 1) {
                    edits << s.removeLines(environment);
                    removeEnvironment = true;
                } else if (desired.isEmpty()) {
                    edits << *s.replaceBlock(own, QByteArrayLiteral(" {}"));
                    emptyMap = true;
                } else {
                    int firstIndent = s.columnOf(own.value.begin()->first);
                    for (auto it = own.value.begin(); it != own.value.end(); ++it) {
                        const QString name = qs(it->first.Scalar());
                        const Entry e { it->first, it->second, true };
                        if (!variables.contains(name)) {
                            if (!absent.contains(name))
                                edits << s.removeLines(e);
                        } else if (valueOf(it->second) != variables.value(name)) {
                            const QuoteStyle style = s.text.quoteStyleAt(s.text.offset(it->second.Mark()));
                            const auto edit
                                = s.replaceValue(e, formatScalar(variables.value(name), style, false), false);
                            if (!edit) {
                                *error = ProjectError { file, s.lineOf(it->first) + 1, 0,
                                                        QStringLiteral("cannot locate the value of %1").arg(name),
                                                        QStringLiteral("edit this variable in the text editor") };
                                return std::nullopt;
                            }
                            edits << *edit;
                        }
                    }
                    QList<std::pair<int, QByteArray>> lines;
                    for (const QString &name : std::as_const(added))
                        lines.append(
                            { 0,
                              name.toUtf8() + ": " + formatScalar(variables.value(name), QuoteStyle::Plain, false) });
                    if (!lines.isEmpty())
                        edits << s.insertAfterBlock(s.lineOf(own.key), s.columnOf(own.key), firstIndent, lines);
                }
            } else if (own.found()) {
                // A flow map ({...}, JSON) or an empty one: write the map again from its
                // own pieces, so entries keep their text and the separators their layout.
                std::optional<Edit> edit = s.rebuildFlowMap(own.value, desired, keptText);
                if (!edit)
                    edit = s.replaceValue(own, flowMap(desired), isFlow(environment.value));
                if (!edit) {
                    *error = ProjectError { file, s.lineOf(own.key) + 1, 0,
                                            QStringLiteral("cannot locate the environment of %1").arg(logicalId),
                                            QStringLiteral("edit the environment in the text editor") };
                    return std::nullopt;
                }
                edits << *edit;
                emptyMap = desired.isEmpty();
            } else if (!desired.isEmpty()) {
                QList<std::pair<int, QByteArray>> lines { { 0, QByteArrayLiteral("Environment:") },
                                                          { 1, QByteArrayLiteral("Variables:") } };
                for (const auto &[name, value] : std::as_const(desired))
                    lines.append({ 2, name.toUtf8() + ": " + formatScalar(value, QuoteStyle::Plain, false) });
                std::optional<Edit> edit;
                if (environment.found() && !isFlow(environment.value)) {
                    QByteArray block;
                    for (qsizetype i = 1; i < lines.size(); ++i)
                        block += s.text.newline() + s.spaces(s.columnOf(environment.key) + lines.at(i).first * s.unit)
                            + lines.at(i).second;
                    edit = s.replaceBlock(environment, block);
                } else if (environment.found()) {
                    edit = s.replaceValue(environment, "{\"Variables\": " + flowMap(desired) + '}', flow);
                } else {
                    edit = s.insertProperty(lines, "\"Environment\": {\"Variables\": " + flowMap(desired) + '}');
                }
                if (!edit) {
                    *error = ProjectError {
                        file, 0, 0, QStringLiteral("cannot find where to add the environment of %1").arg(logicalId),
                        QStringLiteral("edit the environment in the text editor")
                    };
                    return std::nullopt;
                }
                edits << *edit;
            }
            if (edits.isEmpty())
                return edits;

            YAML::Node properties = s.root["Resources"][ss(logicalId)]["Properties"];
            if (removeEnvironment) {
                properties.remove("Environment");
            } else if (emptyMap) {
                properties["Environment"]["Variables"] = YAML::Node(YAML::NodeType::Map);
            } else {
                YAML::Node vars;
                vars.reset(properties["Environment"]["Variables"]);
                if (!vars.IsMap())
                    vars.reset(YAML::Node(YAML::NodeType::Map));
                for (const QString &name : std::as_const(ownNames)) {
                    if (!variables.contains(name) && !absent.contains(name))
                        vars.remove(ss(name));
                }
                for (const auto &[name, value] : std::as_const(desired)) {
                    const Entry current = entry(vars, ss(name).c_str());
                    if (!current.found() || valueOf(current.value) != value)
                        vars[ss(name)] = YAML::Node(ss(value));
                }
                properties["Environment"]["Variables"] = vars;
            }
            return edits;
        });
}

bool saveTemplateText(const QString &path, const QByteArray &text, ProjectError *error)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size() || !out.commit()) {
        if (error)
            *error = ProjectError {
                path, 0, 0, QStringLiteral("cannot save the template: %1").arg(out.errorString()),
                QStringLiteral(
                    "check that the folder is writable and the disk has space; the file on disk is unchanged")
            };
        return false;
    }
    return true;
}

} // namespace Bullpen
