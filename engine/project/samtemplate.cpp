// SPDX-License-Identifier: MIT
#include "engine/project/samtemplate.h"

#include "engine/project/intrinsics.h"
#include "engine/project/lambdalimits.h"
#include "engine/project/templatetext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Bullpen {

using namespace Yaml;

namespace {

int lineOf(const YAML::Node &node)
{
    return node.IsDefined() && node.Mark().line >= 0 ? node.Mark().line + 1 : 0;
}

int columnOf(const YAML::Node &node)
{
    return node.IsDefined() && node.Mark().column >= 0 ? node.Mark().column + 1 : 0;
}

const QString ServerlessFunction = QStringLiteral("AWS::Serverless::Function");
const QString LambdaFunction = QStringLiteral("AWS::Lambda::Function");
const QString ServerlessLayer = QStringLiteral("AWS::Serverless::LayerVersion");
const QString LambdaLayer = QStringLiteral("AWS::Lambda::LayerVersion");

} // namespace

// Builds a SamTemplate from a parsed document. One instance per parse.
class SamTemplateReader
{
public:
    SamTemplateReader(SamTemplate &result, const YAML::Node &root)
        : m_result(result)
        , m_root(root)
        , m_resolver(root, QFileInfo(result.m_directory).fileName())
    {
        m_globals.reset(entry(entry(root, "Globals").value, "Function").value);
    }

    // A property of the function: the resource's own value wins over Globals
    // (SAM: "Primitive values are replaced"), Globals only for Serverless functions.
    struct Property
    {
        YAML::Node key;
        YAML::Node value;
        bool present = false;
        bool found() const { return present; }
    };

    Property property(const char *name) const
    {
        const Entry own = entry(m_properties, name);
        if (own.found())
            return { own.key, own.value, true };
        if (m_serverless) {
            const Entry global = entry(m_globals, name);
            if (global.found())
                return { global.key, global.value, true };
        }
        return {};
    }

    ProjectError errorAt(const YAML::Node &node, const QString &message, const QString &hint) const
    {
        return ProjectError { m_result.m_path, lineOf(node), columnOf(node),
                              m_logicalId + QStringLiteral(": ") + message, hint };
    }

    void warn(const YAML::Node &node, const QString &message)
    {
        m_result.m_warnings << QStringLiteral("%1:%2: %3: %4")
                                   .arg(QFileInfo(m_result.m_path).fileName())
                                   .arg(lineOf(node))
                                   .arg(m_logicalId, message);
    }

    // A property that must be one string the engine can use.
    std::optional<QString> requiredString(const Property &p, const QString &name, ProjectError *error) const
    {
        if (const auto text = m_resolver.resolveString(p.value))
            return text;
        if (p.value.IsNull()) {
            *error = errorAt(p.key, TemplateText::tr("%1 has no value").arg(name),
                             TemplateText::tr("write a value after \"%1:\" or remove the line").arg(name));
            return std::nullopt;
        }
        *error = errorAt(p.value,
                         TemplateText::tr("%1 is %2, which cannot be worked out without a deployment")
                             .arg(name, IntrinsicResolver::describe(p.value)),
                         TemplateText::tr("write the value itself, or !Ref a template parameter that has a Default"));
        return std::nullopt;
    }

    std::optional<int> integer(const Property &p, const QString &name, ProjectError *error) const
    {
        const auto text = requiredString(p, name, error);
        if (!text)
            return std::nullopt;
        bool ok = false;
        const int value = text->trimmed().toInt(&ok);
        if (!ok) {
            *error = errorAt(p.value, TemplateText::tr("%1 \"%2\" is not a whole number").arg(name, *text),
                             TemplateText::tr("write a number such as %1: 256").arg(name));
            return std::nullopt;
        }
        return value;
    }

    bool readFunction(const YAML::Node &key, const YAML::Node &resource, FunctionConfig &config, ProjectError *error);
    bool readCode(FunctionConfig &config, ProjectError *error);
    bool readRuntimeAndHandler(const YAML::Node &key, FunctionConfig &config, ProjectError *error);
    bool readImage(const YAML::Node &resource, FunctionConfig &config, ProjectError *error);
    void readEnvironment(FunctionConfig &config);
    bool readLists(FunctionConfig &config, ProjectError *error);
    bool readConcurrency(FunctionConfig &config, ProjectError *error);
    bool readSnapStart(FunctionConfig &config, ProjectError *error);
    bool readLayers(FunctionConfig &config, ProjectError *error);
    std::optional<LayerConfig> layerOf(const YAML::Node &item, ProjectError *error) const;
    std::optional<LayerConfig> readLayer(const QString &logicalId, const YAML::Node &key, const YAML::Node &resource,
                                         ProjectError *error) const;
    void readSchedules(FunctionConfig &config);
    bool readAsync(FunctionConfig &config, ProjectError *error);
    bool readDestination(const Entry &node, const char *targetKey, const QString &what, AsyncDestination &out,
                         ProjectError *error) const;

    SamTemplate &m_result;
    YAML::Node m_root;
    IntrinsicResolver m_resolver;
    YAML::Node m_globals;
    YAML::Node m_properties;
    QString m_logicalId;
    bool m_serverless = true;
};

bool SamTemplateReader::readFunction(const YAML::Node &key, const YAML::Node &resource, FunctionConfig &config,
                                     ProjectError *error)
{
    m_logicalId = qs(key.Scalar());
    m_serverless = qs(entry(resource, "Type").value.Scalar()) == ServerlessFunction;
    m_properties.reset(entry(resource, "Properties").value);
    config.logicalId = m_logicalId;
    config.line = lineOf(key);

    const Property packageType = property("PackageType");
    const QString packageText
        = packageType.found() ? m_resolver.resolveString(packageType.value).value_or(QString()) : QString();
    if (packageType.found() && packageText != u"Image" && packageText != u"Zip") {
        *error = errorAt(
            packageType.value, TemplateText::tr("PackageType \"%1\" is neither Zip nor Image").arg(packageText),
            TemplateText::tr("write PackageType: Zip (code in a folder) or PackageType: Image (a Dockerfile)"));
        return false;
    }
    if (packageText == u"Image") {
        if (!readImage(resource, config, error))
            return false;
    } else if (!readRuntimeAndHandler(key, config, error)) {
        return false;
    }
    const Property name = property("FunctionName");
    config.functionName = name.found() ? m_resolver.resolveString(name.value).value_or(m_logicalId) : m_logicalId;

    const Property memory = property("MemorySize");
    if (memory.found()) {
        const auto value = integer(memory, QStringLiteral("MemorySize"), error);
        if (!value)
            return false;
        QString why;
        if (!LambdaLimits::validateMemorySize(*value, &why)) {
            *error = errorAt(memory.value, why,
                             TemplateText::tr("set MemorySize between 128 and 10240, e.g. MemorySize: 512"));
            return false;
        }
        config.memorySizeMb = *value;
    }

    const Property timeout = property("Timeout");
    if (timeout.found()) {
        const auto value = integer(timeout, QStringLiteral("Timeout"), error);
        if (!value)
            return false;
        QString why;
        if (!LambdaLimits::validateTimeout(*value, &why)) {
            *error = errorAt(timeout.value, why,
                             TemplateText::tr("set Timeout between 1 and 900 seconds, e.g. Timeout: 30"));
            return false;
        }
        config.timeoutSeconds = *value;
    }

    // EphemeralStorage is a map ({Size: n}); SAM merges maps, so the resource's
    // Size wins over a global one exactly like a primitive would.
    const Entry ownSize = entry(entry(m_properties, "EphemeralStorage").value, "Size");
    const Entry size
        = ownSize.found() || !m_serverless ? ownSize : entry(entry(m_globals, "EphemeralStorage").value, "Size");
    const Property storage { size.key, size.value, size.found() };
    if (storage.found()) {
        const auto value = integer(storage, QStringLiteral("EphemeralStorage.Size"), error);
        if (!value)
            return false;
        QString why;
        if (!LambdaLimits::validateEphemeralStorage(*value, &why)) {
            *error = errorAt(storage.value, why, TemplateText::tr("set EphemeralStorage.Size between 512 and 10240"));
            return false;
        }
        config.ephemeralStorageMb = *value;
    }

    if ((!config.image.isImage() && !readCode(config, error)) || !readLists(config, error) || !readLayers(config, error)
        || !readConcurrency(config, error) || !readAsync(config, error))
        return false;
    readEnvironment(config);
    readSchedules(config);
    return true;
}

bool SamTemplateReader::readRuntimeAndHandler(const YAML::Node &key, FunctionConfig &config, ProjectError *error)
{
    const Property runtime = property("Runtime");
    if (!runtime.found()) {
        *error = errorAt(
            key, TemplateText::tr("the function has no Runtime"),
            TemplateText::tr("add Runtime (e.g. Runtime: python3.12) to its Properties or to Globals.Function"));
        return false;
    }
    const auto runtimeText = requiredString(runtime, QStringLiteral("Runtime"), error);
    if (!runtimeText)
        return false;
    config.runtime = *runtimeText;
    if (!LambdaLimits::isSupportedRuntime(config.runtime)) {
        *error = errorAt(
            runtime.value, TemplateText::tr("runtime \"%1\" is not supported").arg(config.runtime),
            TemplateText::tr("use one of %1").arg(LambdaLimits::supportedRuntimes().join(QStringLiteral(", "))));
        return false;
    }

    const Property handler = property("Handler");
    if (handler.found()) {
        const auto text = requiredString(handler, QStringLiteral("Handler"), error);
        if (!text)
            return false;
        config.handler = *text;
        QString why;
        if (!LambdaLimits::validateHandler(config.handler, &why)) {
            *error
                = errorAt(handler.value, why, TemplateText::tr("write it as file.function, e.g. app.lambda_handler"));
            return false;
        }
    } else if (!config.runtime.startsWith(u"provided")) {
        *error
            = errorAt(key, TemplateText::tr("the function has no Handler"),
                      TemplateText::tr(
                          "add Handler (e.g. Handler: app.lambda_handler) to its Properties or to Globals.Function"));
        return false;
    }

    return true;
}

bool SamTemplateReader::readImage(const YAML::Node &resource, FunctionConfig &config, ProjectError *error)
{
    // SAM's Metadata of an image function: where its Dockerfile is and how to
    // build it (sam build reads the same keys).
    const YAML::Node metadata = entry(resource, "Metadata").value;
    const YAML::Node at = metadata.IsMap() ? metadata : entry(m_properties, "PackageType").value;
    const QString needMetadata
        = TemplateText::tr("add Metadata with DockerContext (the folder of the build), Dockerfile "
                           "and DockerTag to the resource, as sam build "
                           "expects");
    if (!metadata.IsDefined() || !metadata.IsMap()) {
        *error
            = errorAt(at, TemplateText::tr("an image function (PackageType: Image) needs Metadata to build its image"),
                      needMetadata);
        return false;
    }
    auto text = [&](const char *name) -> std::optional<QString> {
        const Entry e = entry(metadata, name);
        if (!e.found())
            return QString();
        return requiredString(Property { e.key, e.value, true }, QStringLiteral("Metadata.") + QLatin1String(name),
                              error);
    };
    const auto context = text("DockerContext");
    const auto dockerfile = text("Dockerfile");
    const auto tag = text("DockerTag");
    if (!context || !dockerfile || !tag)
        return false;
    if (context->isEmpty()) {
        *error = errorAt(at, TemplateText::tr("Metadata has no DockerContext"), needMetadata);
        return false;
    }
    const QString directory = QDir::cleanPath(QDir(m_result.m_directory).absoluteFilePath(*context));
    if (!QFileInfo(directory).isDir()) {
        *error = errorAt(
            entry(metadata, "DockerContext").value,
            TemplateText::tr("DockerContext folder \"%1\" does not exist (looked for %2)").arg(*context, directory),
            TemplateText::tr("create the folder or correct DockerContext; it is relative to the template's folder"));
        return false;
    }
    ImagePackage &image = config.image;
    image.contextDirectory = directory;
    image.dockerfile = dockerfile->isEmpty() ? QStringLiteral("Dockerfile") : *dockerfile;
    if (!QFileInfo(QDir(directory).absoluteFilePath(image.dockerfile)).isFile()) {
        *error
            = errorAt(entry(metadata, "Dockerfile").found() ? entry(metadata, "Dockerfile").value : at,
                      TemplateText::tr("there is no Dockerfile \"%1\" in %2").arg(image.dockerfile, directory),
                      TemplateText::tr(
                          "write the Dockerfile there, or set Metadata.Dockerfile to its path inside DockerContext"));
        return false;
    }
    image.dockerTag = tag->isEmpty() ? QStringLiteral("latest") : *tag;
    const YAML::Node args = entry(metadata, "DockerBuildArgs").value;
    if (args.IsDefined() && args.IsMap()) {
        for (auto it = args.begin(); it != args.end(); ++it)
            image.buildArgs.insert(
                qs(it->first.Scalar()),
                m_resolver.resolveString(it->second).value_or(IntrinsicResolver::describe(it->second)));
    } else if (args.IsDefined() && !args.IsNull()) {
        *error = errorAt(args, TemplateText::tr("Metadata.DockerBuildArgs is not a map"),
                         TemplateText::tr("write one NAME: value per line under DockerBuildArgs"));
        return false;
    }
    // ImageConfig: what Lambda runs instead of the image's ENTRYPOINT, CMD and WORKDIR.
    const Property imageConfig = property("ImageConfig");
    if (imageConfig.found() && imageConfig.value.IsMap()) {
        auto list = [&](const char *name, QStringList &out) {
            const Entry e = entry(imageConfig.value, name);
            if (!e.found())
                return;
            if (const auto resolved = m_resolver.resolveList(e.value))
                out = *resolved;
        };
        list("EntryPoint", image.entryPoint);
        list("Command", image.command);
        const Entry wd = entry(imageConfig.value, "WorkingDirectory");
        if (wd.found())
            image.workingDirectory = m_resolver.resolveString(wd.value).value_or(QString());
    }
    // SAM tags a function's image <logical id in lower case>:<DockerTag>.
    image.name = m_logicalId.toLower();
    config.codeDirectory = directory;
    return true;
}

bool SamTemplateReader::readConcurrency(FunctionConfig &config, ProjectError *error)
{
    const Property reserved = property("ReservedConcurrentExecutions");
    if (reserved.found()) {
        const auto value = integer(reserved, QStringLiteral("ReservedConcurrentExecutions"), error);
        if (!value)
            return false;
        if (*value < 0) {
            *error = errorAt(reserved.value, TemplateText::tr("ReservedConcurrentExecutions cannot be negative"),
                             TemplateText::tr("write 0 (no calls at all) or more, or leave it out"));
            return false;
        }
        config.reservedConcurrentExecutions = *value;
    }
    const Property alias = property("AutoPublishAlias");
    if (alias.found())
        config.autoPublishAlias = m_resolver.resolveString(alias.value).value_or(QString());
    // A map ({ProvisionedConcurrentExecutions: n}), merged with Globals like EphemeralStorage.
    const Entry own
        = entry(entry(m_properties, "ProvisionedConcurrencyConfig").value, "ProvisionedConcurrentExecutions");
    const Entry pc = own.found() || !m_serverless
        ? own
        : entry(entry(m_globals, "ProvisionedConcurrencyConfig").value, "ProvisionedConcurrentExecutions");
    if (pc.found()) {
        const auto value
            = integer(Property { pc.key, pc.value, true },
                      QStringLiteral("ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions"), error);
        if (!value)
            return false;
        if (*value < 0) {
            *error = errorAt(pc.value, TemplateText::tr("ProvisionedConcurrentExecutions cannot be negative"),
                             TemplateText::tr("write 1 or more, or leave ProvisionedConcurrencyConfig out"));
            return false;
        }
        config.provisionedConcurrentExecutions = *value;
        if (config.autoPublishAlias.isEmpty() && *value > 0)
            warn(pc.value,
                 TemplateText::tr("ProvisionedConcurrencyConfig applies to an alias: add AutoPublishAlias "
                                  "(e.g. AutoPublishAlias: live); until then it is ignored"));
    }
    return readSnapStart(config, error);
}

bool SamTemplateReader::readSnapStart(FunctionConfig &config, ProjectError *error)
{
    // A map ({ApplyOn: PublishedVersions}), merged with Globals like ProvisionedConcurrencyConfig.
    const Entry own = entry(entry(m_properties, "SnapStart").value, "ApplyOn");
    const Entry applyOn = own.found() || !m_serverless ? own : entry(entry(m_globals, "SnapStart").value, "ApplyOn");
    if (!applyOn.found()) {
        const Entry snapStart = entry(m_properties, "SnapStart");
        if (snapStart.found() && !snapStart.value.IsNull()) {
            *error = errorAt(snapStart.value, TemplateText::tr("SnapStart has no ApplyOn"),
                             TemplateText::tr("write SnapStart: { ApplyOn: PublishedVersions }, or ApplyOn: None"));
            return false;
        }
        return true;
    }
    const auto value
        = requiredString(Property { applyOn.key, applyOn.value, true }, QStringLiteral("SnapStart.ApplyOn"), error);
    if (!value)
        return false;
    if (*value == QLatin1String("PublishedVersions")) {
        config.snapStart = true;
        // Lambda never applies it to $LATEST; AutoPublishAlias is what publishes a version here.
        if (config.autoPublishAlias.isEmpty())
            warn(applyOn.value,
                 TemplateText::tr("SnapStart applies to published versions: add AutoPublishAlias "
                                  "(e.g. AutoPublishAlias: live) and invoke the alias; until then every call runs "
                                  "$LATEST and starts cold as usual"));
    } else if (*value != QLatin1String("None")) {
        *error = errorAt(applyOn.value,
                         TemplateText::tr("SnapStart.ApplyOn is \"%1\", which Lambda does not know").arg(*value),
                         TemplateText::tr("write ApplyOn: PublishedVersions (or None to turn SnapStart off)"));
        return false;
    }
    return true;
}

bool SamTemplateReader::readDestination(const Entry &node, const char *targetKey, const QString &what,
                                        AsyncDestination &out, ProjectError *error) const
{
    if (!node.found() || node.value.IsNull())
        return true;
    const Entry type = entry(node.value, "Type");
    const Entry target = entry(node.value, targetKey);
    const QString typeName = type.found() ? m_resolver.resolveString(type.value).value_or(QString()) : QString();
    static const QStringList known { QStringLiteral("Lambda"), QStringLiteral("SQS"), QStringLiteral("SNS"),
                                     QStringLiteral("EventBridge"), QStringLiteral("S3Bucket") };
    if (!known.contains(typeName)) {
        *error = errorAt(type.found() ? type.value : node.key,
                         typeName.isEmpty()
                             ? TemplateText::tr("%1 has no Type").arg(what)
                             : TemplateText::tr("%1 has Type %2, which Lambda does not know").arg(what, typeName),
                         QStringLiteral("write Type: %1").arg(known.join(QStringLiteral(", "))));
        return false;
    }
    out.type = typeName;
    // What a local run can name the target by: the resource a !GetAtt X.Arn or
    // !Ref X points at, or the last part of an ARN (function:NAME, :queue-name).
    QString name;
    if (target.found()) {
        out.written = IntrinsicResolver::describe(target.value);
        if (const auto intrinsic = intrinsicOf(target.value)) {
            if (intrinsic->name == u"Fn::GetAtt") {
                const YAML::Node &arg = intrinsic->argument;
                name = arg.IsSequence() && arg.size() > 0 ? qs(arg[0].Scalar()) : qs(arg.Scalar()).section(u'.', 0, 0);
            } else if (intrinsic->name == u"Ref") {
                name = qs(intrinsic->argument.Scalar());
            }
        }
        if (name.isEmpty()) {
            const QString text = m_resolver.resolveString(target.value).value_or(QString());
            name = text;
            if (text.startsWith(u"arn:")) {
                const int function = text.indexOf(u":function:");
                name = function >= 0 ? text.mid(function + 10).section(u':', 0, 0) : text.section(u':', -1);
            }
        }
    }
    if (name.isEmpty() && typeName == u"Lambda") {
        *error = errorAt(node.key, TemplateText::tr("%1 of Type Lambda names no function").arg(what),
                         QStringLiteral("write %1: !GetAtt OtherFunction.Arn").arg(QString::fromLatin1(targetKey)));
        return false;
    }
    // SAM creates the queue or topic itself when the Destination is left out.
    out.target = name.isEmpty() ? m_logicalId + QStringLiteral("-") + what.section(u'.', -1) : name;
    return true;
}

bool SamTemplateReader::readAsync(FunctionConfig &config, ProjectError *error)
{
    // A map, merged with Globals' per key like EphemeralStorage (SAM: maps are merged).
    const auto setting = [this](const char *key) {
        const Entry own = entry(entry(m_properties, "EventInvokeConfig").value, key);
        return own.found() || !m_serverless ? own : entry(entry(m_globals, "EventInvokeConfig").value, key);
    };
    const Entry retries = setting("MaximumRetryAttempts");
    if (retries.found()) {
        const auto value = integer(Property { retries.key, retries.value, true },
                                   QStringLiteral("EventInvokeConfig.MaximumRetryAttempts"), error);
        if (!value)
            return false;
        if (*value < 0 || *value > 2) {
            *error = errorAt(retries.value,
                             TemplateText::tr("MaximumRetryAttempts is %1; Lambda allows 0 to 2").arg(*value),
                             QStringLiteral("write 0, 1 or 2"));
            return false;
        }
        config.maximumRetryAttempts = *value;
    }
    const Entry age = setting("MaximumEventAgeInSeconds");
    if (age.found()) {
        const auto value = integer(Property { age.key, age.value, true },
                                   QStringLiteral("EventInvokeConfig.MaximumEventAgeInSeconds"), error);
        if (!value)
            return false;
        if (*value < 60 || *value > 21600) {
            *error = errorAt(age.value,
                             TemplateText::tr("MaximumEventAgeInSeconds is %1; Lambda allows 60 to 21600").arg(*value),
                             TemplateText::tr("write a number of seconds from 60 (one minute) to 21600 (six hours)"));
            return false;
        }
        config.maximumEventAgeSeconds = *value;
    }
    const Entry destinations = setting("DestinationConfig");
    if (destinations.found()) {
        if (!readDestination(entry(destinations.value, "OnSuccess"), "Destination",
                             QStringLiteral("DestinationConfig.OnSuccess"), config.onSuccess, error)
            || !readDestination(entry(destinations.value, "OnFailure"), "Destination",
                                QStringLiteral("DestinationConfig.OnFailure"), config.onFailure, error))
            return false;
    }
    const Property dlq = property("DeadLetterQueue");
    if (dlq.found()) {
        if (!readDestination(Entry { dlq.key, dlq.value, true }, "TargetArn", QStringLiteral("DeadLetterQueue"),
                             config.deadLetterQueue, error))
            return false;
        if (config.deadLetterQueue.type != u"SQS" && config.deadLetterQueue.type != u"SNS") {
            *error = errorAt(
                dlq.value,
                TemplateText::tr("DeadLetterQueue has Type %1; it takes SQS or SNS").arg(config.deadLetterQueue.type),
                TemplateText::tr("write Type: SQS or Type: SNS, or use EventInvokeConfig's OnFailure"));
            return false;
        }
    }
    return true;
}

void SamTemplateReader::readSchedules(FunctionConfig &config)
{
    // Events of type Schedule (Schedule:, Enabled:) and ScheduleV2
    // (ScheduleExpression:, State:), the function's own (Globals has no Events).
    const YAML::Node events = entry(m_properties, "Events").value;
    if (!events.IsDefined() || !events.IsMap())
        return;
    for (auto it = events.begin(); it != events.end(); ++it) {
        const QString type = qs(entry(it->second, "Type").value.Scalar());
        if (type != u"Schedule" && type != u"ScheduleV2")
            continue;
        const YAML::Node properties = entry(it->second, "Properties").value;
        ScheduleSource source;
        source.name = qs(it->first.Scalar());
        const Entry expression = entry(properties, type == u"Schedule" ? "Schedule" : "ScheduleExpression");
        source.expression
            = expression.found() ? m_resolver.resolveString(expression.value).value_or(QString()) : QString();
        const Entry input = entry(properties, "Input");
        if (input.found())
            source.input = m_resolver.resolveString(input.value).value_or(QString());
        const Entry enabled = entry(properties, "Enabled");
        if (enabled.found())
            source.enabled
                = m_resolver.resolveString(enabled.value).value_or(QStringLiteral("true")).toLower() != u"false";
        const Entry state = entry(properties, "State");
        if (state.found())
            source.enabled = m_resolver.resolveString(state.value).value_or(QString()).toUpper() != u"DISABLED";
        if (source.expression.isEmpty()) {
            warn(it->first, TemplateText::tr("schedule %1 has no expression; it is left out").arg(source.name));
            continue;
        }
        config.schedules.append(source);
    }
}

bool SamTemplateReader::readCode(FunctionConfig &config, ProjectError *error)
{
    const QString needLocal = TemplateText::tr(
        "Bullpen runs local code: set %1 to the folder that holds the handler, e.g. %1: hello_world/");
    const QString codeKey = m_serverless ? QStringLiteral("CodeUri") : QStringLiteral("Code");
    Property code = property(m_serverless ? "CodeUri" : "Code");
    const Property inlineCode = property("InlineCode");
    if (inlineCode.found() || (code.found() && entry(code.value, "ZipFile").found())) {
        const YAML::Node at = inlineCode.found() ? inlineCode.value : code.value;
        *error = errorAt(at, TemplateText::tr("inline code (InlineCode / ZipFile) is not supported"),
                         needLocal.arg(codeKey));
        return false;
    }
    if (code.found() && code.value.IsMap() && !intrinsicOf(code.value)) {
        if (entry(code.value, "ImageUri").found()) {
            *error = errorAt(code.value, TemplateText::tr("container image code (ImageUri) is not supported"),
                             needLocal.arg(codeKey));
            return false;
        }
        *error = errorAt(code.value,
                         TemplateText::tr("%1 points to an S3 object (%2), not to local code")
                             .arg(codeKey, IntrinsicResolver::describe(code.value)),
                         needLocal.arg(codeKey));
        return false;
    }
    const QDir base(m_result.m_directory);
    if (!code.found()) {
        config.codeDirectory = QDir::cleanPath(base.absolutePath());
        return true;
    }
    const auto uri = requiredString(code, codeKey, error);
    if (!uri)
        return false;
    config.codeUri = *uri;
    if (uri->startsWith(u"s3://")) {
        *error = errorAt(code.value,
                         TemplateText::tr("%1 points to an S3 object (%2), not to local code").arg(codeKey, *uri),
                         needLocal.arg(codeKey));
        return false;
    }
    const QString directory = QDir::cleanPath(base.absoluteFilePath(*uri));
    const QFileInfo info(directory);
    if (!info.exists()) {
        *error = errorAt(
            code.value,
            TemplateText::tr("%1 folder \"%2\" does not exist (looked for %3)").arg(codeKey, *uri, directory),
            TemplateText::tr("create the folder or correct %1; it is relative to the template's folder").arg(codeKey));
        return false;
    }
    if (!info.isDir()) {
        *error = errorAt(code.value, TemplateText::tr("%1 \"%2\" is a file, not a folder").arg(codeKey, *uri),
                         TemplateText::tr("unpack the archive and point %1 at the folder").arg(codeKey));
        return false;
    }
    config.codeDirectory = directory;
    return true;
}

bool SamTemplateReader::readLists(FunctionConfig &config, ProjectError *error)
{
    // SAM's Globals section (docs/globals.rst in aws/serverless-application-model,
    // "Lists are additive"): "Global entries will be prepended to the list in the
    // resource." This applies to Layers and to Architectures alike; SAM issue
    // #3939 / PR #3945 (still open) proposes that Architectures replace instead.
    // We follow the documented behaviour and warn when that yields two architectures.
    auto listOf = [&](const char *name, QStringList &out) -> YAML::Node {
        YAML::Node where;
        const QList<YAML::Node> sources
            = m_serverless ? QList<YAML::Node> { m_globals, m_properties } : QList<YAML::Node> { m_properties };
        for (const YAML::Node &source : sources) {
            const Entry e = entry(source, name);
            if (!e.found() || m_resolver.isNoValue(e.value))
                continue;
            where.reset(e.value);
            if (const auto resolved = m_resolver.resolveList(e.value)) {
                out += *resolved;
            } else if (e.value.IsSequence()) {
                for (const YAML::Node &item : e.value)
                    out << m_resolver.resolveString(item).value_or(IntrinsicResolver::describe(item));
            } else {
                out << IntrinsicResolver::describe(e.value);
            }
        }
        return where;
    };

    QStringList architectures;
    const YAML::Node where = listOf("Architectures", architectures);
    if (!architectures.isEmpty()) {
        for (const QString &architecture : std::as_const(architectures)) {
            QString why;
            if (!LambdaLimits::validateArchitecture(architecture, &why)) {
                *error = errorAt(where, why, QStringLiteral("write Architectures: [x86_64] or Architectures: [arm64]"));
                return false;
            }
        }
        if (architectures.size() > 1)
            warn(where,
                 TemplateText::tr("Architectures has %1 entries (SAM prepends Globals' list to the function's); "
                                  "Lambda accepts one, Bullpen uses %2")
                     .arg(architectures.size())
                     .arg(architectures.constFirst()));
        config.architectures = architectures;
    }
    return true;
}

bool SamTemplateReader::readLayers(FunctionConfig &config, ProjectError *error)
{
    // Globals' Layers come first (SAM prepends them), and Lambda applies the
    // list in order: a later layer's files overwrite an earlier one's in /opt.
    config.layers.clear();
    config.layerVersions.clear();
    YAML::Node last;
    const QList<YAML::Node> sources
        = m_serverless ? QList<YAML::Node> { m_globals, m_properties } : QList<YAML::Node> { m_properties };
    for (const YAML::Node &source : sources) {
        const Entry e = entry(source, "Layers");
        if (!e.found() || e.value.IsNull() || m_resolver.isNoValue(e.value))
            continue;
        if (!e.value.IsSequence()) {
            *error = errorAt(e.value,
                             TemplateText::tr("Layers is %1, not a list").arg(IntrinsicResolver::describe(e.value)),
                             TemplateText::tr("write one layer a line, e.g. Layers: [!Ref CommonLayer]"));
            return false;
        }
        for (const YAML::Node &item : e.value) {
            if (m_resolver.isNoValue(item))
                continue;
            auto layer = layerOf(item, error);
            if (!layer)
                return false;
            if (!layer->compatibleRuntimes.isEmpty() && !layer->compatibleRuntimes.contains(config.runtime)) {
                *error = errorAt(
                    item,
                    TemplateText::tr("layer %1 is not compatible with %2: its CompatibleRuntimes are %3")
                        .arg(layer->logicalId, config.runtime, layer->compatibleRuntimes.join(QStringLiteral(", "))),
                    TemplateText::tr("add %1 to the layer's CompatibleRuntimes, or use a layer made for it")
                        .arg(config.runtime));
                return false;
            }
            config.layers << layer->logicalId;
            config.layerVersions << *layer;
            last.reset(item);
        }
    }
    if (config.layerVersions.size() > LambdaLimits::MaxLayers) {
        *error = errorAt(last,
                         TemplateText::tr("the function has %n layers; Lambda allows at most %1", nullptr,
                                          int(config.layerVersions.size()))
                             .arg(LambdaLimits::MaxLayers),
                         TemplateText::tr("merge layers, or move some of their content into the function's code"));
        return false;
    }
    return true;
}

std::optional<LayerConfig> SamTemplateReader::layerOf(const YAML::Node &item, ProjectError *error) const
{
    const auto fn = intrinsicOf(item);
    if (fn && fn->name == u"Ref" && fn->argument.IsScalar()) {
        const QString name = qs(fn->argument.Scalar());
        const Entry resource = entry(entry(m_root, "Resources").value, fn->argument.Scalar().c_str());
        if (resource.found()) {
            const QString type = qs(entry(resource.value, "Type").value.Scalar());
            if (type != ServerlessLayer && type != LambdaLayer) {
                *error = errorAt(item,
                                 TemplateText::tr("Layers names %1, of type %2, which is not a layer").arg(name, type),
                                 TemplateText::tr("name an AWS::Serverless::LayerVersion of the template"));
                return std::nullopt;
            }
            return readLayer(name, resource.key, resource.value, error);
        }
    }
    // An ARN (written, or from a parameter): a layer that lives in an AWS
    // account, whose content Bullpen does not have.
    const auto text = m_resolver.resolveString(item);
    const QString shown = text.value_or(IntrinsicResolver::describe(item));
    *error = errorAt(item, TemplateText::tr("layer %1 is not in the project").arg(shown),
                     TemplateText::tr("Bullpen runs the project's own layers: add the layer as an "
                                      "AWS::Serverless::LayerVersion whose ContentUri is its content (aws lambda "
                                      "get-layer-version-by-arn gives a download link), and write !Ref <its id> in "
                                      "Layers"));
    return std::nullopt;
}

std::optional<LayerConfig> SamTemplateReader::readLayer(const QString &logicalId, const YAML::Node &key,
                                                        const YAML::Node &resource, ProjectError *error) const
{
    const bool serverless = qs(entry(resource, "Type").value.Scalar()) == ServerlessLayer;
    const QString contentKey = serverless ? QStringLiteral("ContentUri") : QStringLiteral("Content");
    const YAML::Node properties = entry(resource, "Properties").value;
    const Entry content = entry(properties, serverless ? "ContentUri" : "Content");
    LayerConfig layer;
    layer.logicalId = logicalId;
    layer.line = lineOf(key);
    const QString hint = TemplateText::tr("set %1 to the folder (or .zip) that holds the layer's content, e.g. "
                                          "%1: layers/common/")
                             .arg(contentKey);
    auto fail = [&](const YAML::Node &at, const QString &message) {
        *error = errorAt(at, QStringLiteral("layer %1: %2").arg(logicalId, message), hint);
        return std::nullopt;
    };
    if (!content.found() || content.value.IsNull())
        return fail(key, TemplateText::tr("it has no %1").arg(contentKey));
    if (content.value.IsMap() && !intrinsicOf(content.value))
        return fail(content.value,
                    TemplateText::tr("%1 points to an S3 object (%2), not to local content")
                        .arg(contentKey, IntrinsicResolver::describe(content.value)));
    const auto uri = m_resolver.resolveString(content.value);
    if (!uri)
        return fail(content.value,
                    TemplateText::tr("%1 is %2, which cannot be worked out without a deployment")
                        .arg(contentKey, IntrinsicResolver::describe(content.value)));
    if (uri->startsWith(u"s3://"))
        return fail(content.value,
                    TemplateText::tr("%1 points to an S3 object (%2), not to local content").arg(contentKey, *uri));
    layer.contentUri = *uri;
    layer.contentPath = QDir::cleanPath(QDir(m_result.m_directory).absoluteFilePath(*uri));
    const QFileInfo info(layer.contentPath);
    if (!info.exists())
        return fail(
            content.value,
            TemplateText::tr("%1 \"%2\" does not exist (looked for %3)").arg(contentKey, *uri, layer.contentPath));
    if (!info.isDir() && !layer.contentPath.endsWith(QStringLiteral(".zip"), Qt::CaseInsensitive))
        return fail(content.value, TemplateText::tr("%1 \"%2\" is a file but not a .zip").arg(contentKey, *uri));
    const Entry runtimes = entry(properties, "CompatibleRuntimes");
    if (runtimes.found())
        layer.compatibleRuntimes = m_resolver.resolveList(runtimes.value).value_or(QStringList());
    return layer;
}

void SamTemplateReader::readEnvironment(FunctionConfig &config)
{
    // SAM: "Maps are merged": the resource's entries override Globals' per key.
    const QList<YAML::Node> sources
        = m_serverless ? QList<YAML::Node> { m_globals, m_properties } : QList<YAML::Node> { m_properties };
    for (const YAML::Node &source : sources) {
        const YAML::Node variables = entry(entry(source, "Environment").value, "Variables").value;
        if (!variables.IsDefined() || !variables.IsMap())
            continue;
        for (auto it = variables.begin(); it != variables.end(); ++it) {
            const QString name = qs(it->first.Scalar());
            if (m_resolver.isNoValue(it->second)) {
                config.environment.remove(name);
                continue;
            }
            if (const auto value = m_resolver.resolveString(it->second)) {
                config.environment.insert(name, *value);
                continue;
            }
            const QString placeholder = it->second.IsNull() ? QString() : IntrinsicResolver::describe(it->second);
            config.environment.insert(name, placeholder);
            if (!it->second.IsNull())
                warn(it->second,
                     TemplateText::tr("environment variable %1 is %2, which only has a value once deployed; "
                                      "Bullpen passes the text \"%2\"")
                         .arg(name, placeholder));
        }
    }
}

std::optional<SamTemplate> SamTemplate::parse(const QByteArray &yaml, const QString &path, ProjectError *error)
{
    ProjectError scratch;
    if (!error)
        error = &scratch;
    SamTemplate result;
    result.m_path = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    result.m_directory = path.isEmpty() ? QDir::currentPath() : QFileInfo(path).absolutePath();

    YAML::Node root;
    try {
        root = YAML::Load(std::string(yaml.constData(), size_t(yaml.size())));
    } catch (const YAML::Exception &e) {
        *error = ProjectError {
            result.m_path, e.mark.line + 1, e.mark.column + 1, TemplateText::tr("YAML syntax error: %1").arg(qs(e.msg)),
            TemplateText::tr("fix the YAML at this position (indentation, quotes or a missing colon)")
        };
        return std::nullopt;
    }

    try {
        if (!root.IsMap()) {
            *error = ProjectError {
                result.m_path, 1, 0,
                TemplateText::tr("this is not a SAM or CloudFormation template (no top-level map)"),
                TemplateText::tr(
                    "a template starts with keys such as Transform: AWS::Serverless-2016-10-31 and Resources:")
            };
            return std::nullopt;
        }
        const Entry resources = entry(root, "Resources");
        if (!resources.found() || !resources.value.IsMap() || resources.value.size() == 0) {
            *error = ProjectError { result.m_path, resources.found() ? lineOf(resources.key) : 1, 0,
                                    TemplateText::tr("the template has no Resources"),
                                    TemplateText::tr("add a Resources section with an AWS::Serverless::Function") };
            return std::nullopt;
        }

        SamTemplateReader reader(result, root);
        int functionResources = 0;
        for (auto it = resources.value.begin(); it != resources.value.end(); ++it) {
            const QString type = qs(entry(it->second, "Type").value.Scalar());
            if (type != ServerlessFunction && type != LambdaFunction)
                continue;
            ++functionResources;
            FunctionConfig config;
            ProjectError functionError;
            if (reader.readFunction(it->first, it->second, config, &functionError)) {
                result.m_functions << config;
            } else {
                result.m_errors << functionError;
                result.m_failedIds << qs(it->first.Scalar());
            }
        }
        for (auto it = resources.value.begin(); it != resources.value.end(); ++it) {
            const QString type = qs(entry(it->second, "Type").value.Scalar());
            if (type != ServerlessLayer && type != LambdaLayer)
                continue;
            ProjectError layerError;
            reader.m_logicalId = qs(it->first.Scalar());
            if (const auto layer = reader.readLayer(reader.m_logicalId, it->first, it->second, &layerError))
                result.m_layers << *layer;
        }
        if (functionResources == 0) {
            *error = ProjectError { result.m_path, lineOf(resources.key), 0,
                                    TemplateText::tr("the template defines no functions"),
                                    TemplateText::tr("add a resource with Type: AWS::Serverless::Function") };
            return std::nullopt;
        }
        if (result.m_functions.isEmpty()) {
            *error = result.m_errors.constFirst();
            return std::nullopt;
        }
    } catch (const YAML::Exception &e) {
        *error = ProjectError { result.m_path, e.mark.line + 1, e.mark.column + 1,
                                TemplateText::tr("unexpected template structure: %1").arg(qs(e.msg)),
                                TemplateText::tr("check the template against the SAM specification") };
        return std::nullopt;
    }
    return result;
}

QString SamTemplate::findTemplate(const QString &directory)
{
    const QDir dir(directory);
    for (const char *name : { "template.yaml", "template.yml", "template.json" }) {
        if (QFileInfo(dir.filePath(QLatin1StringView(name))).isFile())
            return dir.absoluteFilePath(QLatin1StringView(name));
    }
    return QString();
}

std::optional<SamTemplate> SamTemplate::load(const QString &path, ProjectError *error)
{
    QString file = path;
    if (QFileInfo(path).isDir()) {
        file = findTemplate(path);
        if (file.isEmpty()) {
            if (error)
                *error = ProjectError {
                    path, 0, 0, TemplateText::tr("the folder has no template.yaml, template.yml or template.json"),
                    TemplateText::tr("open the folder that holds the SAM template, or create one from a sample")
                };
            return std::nullopt;
        }
    }
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        if (error)
            *error = ProjectError { file, 0, 0, TemplateText::tr("cannot read the template: %1").arg(in.errorString()),
                                    TemplateText::tr("check that the file exists and is readable") };
        return std::nullopt;
    }
    return parse(in.readAll(), file, error);
}

bool SamTemplate::isSupportedRuntime(const QString &runtime)
{
    return LambdaLimits::isSupportedRuntime(runtime);
}

std::optional<FunctionConfig> SamTemplate::function(const QString &logicalId) const
{
    return function(logicalId, nullptr);
}

std::optional<FunctionConfig> SamTemplate::function(const QString &logicalId, ProjectError *error) const
{
    for (const FunctionConfig &config : m_functions) {
        if (config.logicalId == logicalId)
            return config;
    }
    if (error) {
        const qsizetype failed = m_failedIds.indexOf(logicalId);
        if (failed >= 0) {
            *error = m_errors.at(failed);
        } else {
            QStringList known;
            for (const FunctionConfig &config : m_functions)
                known << config.logicalId;
            *error = ProjectError {
                m_path, 0, 0, TemplateText::tr("the template has no function named \"%1\"").arg(logicalId),
                TemplateText::tr("functions in this template: %1").arg(known.join(QStringLiteral(", ")))
            };
        }
    }
    return std::nullopt;
}

} // namespace Bullpen
