// SPDX-License-Identifier: MIT
// The SAM template editor (engine/project: SamTemplateEditor, which edits the
// YAML text in place): any bytes as the template, and on each function the
// reader finds (and one it does not) three edits picked by the input's bytes.
// An edit that reports success must have done what it says: the function,
// read again, has the value that was set (the editor promises to refuse any
// edit that would not read back).
#include "tests/fuzz/fuzzsupport.h"

#include "engine/project/samtemplate.h"
#include "engine/project/samtemplateeditor.h"

#include <functional>

using namespace Bullpen;

namespace {

// One edit, and what the function must say after it when it still loads
// (an edit may leave a function the reader refuses, such as provisioned
// concurrency without an alias: the editor checks the YAML, not the semantics).
struct Edit
{
    std::function<bool(SamTemplateEditor &, const QString &id, ProjectError *)> apply;
    std::function<bool(const FunctionConfig &)> holds = [](const FunctionConfig &) { return true; };
};

Edit setProperty(const char *property, const char *value, std::function<bool(const FunctionConfig &)> holds = {})
{
    Edit edit { [property, value](SamTemplateEditor &editor, const QString &id, ProjectError *error) {
        return editor.setFunctionProperty(id, QString::fromLatin1(property), QString::fromUtf8(value), error);
    } };
    if (holds)
        edit.holds = std::move(holds);
    return edit;
}

Edit removeProperty(const char *property)
{
    return { [property](SamTemplateEditor &editor, const QString &id, ProjectError *error) {
        return editor.removeFunctionProperty(id, QString::fromLatin1(property), error);
    } };
}

Edit setEnvironment(const QMap<QString, QString> &variables)
{
    return { [variables](SamTemplateEditor &editor, const QString &id, ProjectError *error) {
                return editor.setEnvironment(id, variables, error);
            },
             [variables](const FunctionConfig &f) { return f.environment == variables; } };
}

const QList<Edit> &edits()
{
    static const QList<Edit> all {
        setProperty("MemorySize", "1024", [](const FunctionConfig &f) { return f.memorySizeMb == 1024; }),
        setProperty("Timeout", "30", [](const FunctionConfig &f) { return f.timeoutSeconds == 30; }),
        setProperty("Handler", "app.lambda_handler"),
        setProperty("Runtime", "python3.12"),
        setProperty("Runtime", "nodejs20.x"),
        setProperty("CodeUri", "src/"),
        setProperty("ReservedConcurrentExecutions", "5",
                    [](const FunctionConfig &f) { return f.reservedConcurrentExecutions == 5; }),
        setProperty("AutoPublishAlias", "live", [](const FunctionConfig &f) { return f.autoPublishAlias == u"live"; }),
        { [](SamTemplateEditor &editor, const QString &id, ProjectError *error) {
             return editor.setProvisionedConcurrency(id, 2, error);
         },
          [](const FunctionConfig &f) { return f.provisionedConcurrentExecutions == 2; } },
        removeProperty("ReservedConcurrentExecutions"),
        removeProperty("AutoPublishAlias"),
        removeProperty("ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions"),
        setEnvironment({ { QStringLiteral("TABLE"), QStringLiteral("orders") },
                         { QStringLiteral("ODD"), QStringLiteral("'q' \"d\" #h: c\\ {x}") } }),
        setEnvironment({}),
    };
    return all;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    ProjectError error;
    const auto parsed = SamTemplate::parse(text, Fuzz::templatePath(), &error);
    QStringList ids;
    if (parsed) {
        for (const FunctionConfig &function : parsed->functions())
            ids.append(function.logicalId);
    }
    ids.append(QStringLiteral("NoSuchFunction"));
    quint32 choice = Fuzz::hashOf(text);
    for (const QString &id : std::as_const(ids).first(qMin<qsizetype>(ids.size(), 4))) {
        SamTemplateEditor editor(text);
        for (int step = 0; step < 3; ++step) {
            const Edit &edit = edits().at(choice % quint32(edits().size()));
            choice = choice / quint32(edits().size()) + 0x9e3779b9u * quint32(step + 1);
            ProjectError why;
            if (!edit.apply(editor, id, &why) || !parsed)
                continue;
            ProjectError reread;
            const auto after = SamTemplate::parse(editor.text(), Fuzz::templatePath(), &reread);
            const auto function = after ? after->function(id) : std::nullopt;
            if (function && !edit.holds(*function)) {
                qFatal("fuzz_samtemplateeditor: an edit of %s succeeded but the function does not say so "
                       "afterwards (edit %u of the list)",
                       qPrintable(id), unsigned(&edit - edits().constData()));
            }
        }
    }
    return 0;
}
