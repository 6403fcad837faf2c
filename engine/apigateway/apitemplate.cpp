// SPDX-License-Identifier: MIT
#include "engine/apigateway/apitemplate.h"

// The project room's yaml-cpp helpers: yaml-cpp is private to bullpen_engine,
// and this room is part of it.
#include "engine/project/intrinsics.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Bullpen {

using namespace Yaml;
using namespace Qt::StringLiterals;

namespace {

int lineOf(const YAML::Node &node)
{
    return node.IsDefined() && node.Mark().line >= 0 ? node.Mark().line + 1 : 0;
}

const QString ImplicitRest = u"ServerlessRestApi"_s;
const QString ImplicitHttp = u"ServerlessHttpApi"_s;

// SAM's REST Cors values are API Gateway mapping expressions: a string literal in
// single quotes ("'*'", "'GET,POST'").
QString unquote(QString text)
{
    text = text.trimmed();
    if (text.size() >= 2 && text.startsWith(u'\'') && text.endsWith(u'\''))
        text = text.mid(1, text.size() - 2);
    return text;
}

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            out << trimmed;
    }
    return out;
}

} // namespace

QString ApiRoute::routeKey() const
{
    return path == u"$default" ? path : method + u' ' + path;
}

class ApiTemplateReader
{
public:
    ApiTemplateReader(ApiTemplate &result, const YAML::Node &root, const QString &file)
        : m_result(result)
        , m_root(root)
        , m_file(QFileInfo(file).fileName())
        , m_resolver(root, QFileInfo(file).absoluteDir().dirName())
    {
        const YAML::Node globals = entry(root, "Globals").value;
        m_globalApi.reset(entry(globals, "Api").value);
        m_globalHttpApi.reset(entry(globals, "HttpApi").value);
        m_globalFunction.reset(entry(globals, "Function").value);
    }

    void read();

private:
    void warn(const YAML::Node &at, const QString &who, const QString &message)
    {
        m_result.m_warnings << u"%1:%2: %3: %4"_s.arg(m_file).arg(lineOf(at)).arg(who, message);
    }
    QString text(const YAML::Node &node) const { return m_resolver.resolveString(node).value_or(QString()); }
    // A property of an API resource, the resource's own value over Globals'.
    Entry property(const YAML::Node &properties, const YAML::Node &globals, const char *name) const
    {
        const Entry own = entry(properties, name);
        return own.found() ? own : entry(globals, name);
    }
    QStringList list(const YAML::Node &node) const
    {
        if (const auto resolved = m_resolver.resolveList(node))
            return *resolved;
        if (node.IsScalar())
            return splitList(text(node));
        return {};
    }
    QMap<QString, QString> stringMap(const YAML::Node &node, const QString &who)
    {
        QMap<QString, QString> out;
        if (!node.IsDefined() || !node.IsMap())
            return out;
        for (auto it = node.begin(); it != node.end(); ++it) {
            const auto value = m_resolver.resolveString(it->second);
            if (!value)
                warn(it->second, who,
                     u"stage variable %1 is %2, which only has a value once deployed; Bullpen passes the text"_s.arg(
                         qs(it->first.Scalar()), IntrinsicResolver::describe(it->second)));
            out.insert(qs(it->first.Scalar()), value.value_or(IntrinsicResolver::describe(it->second)));
        }
        return out;
    }
    CorsConfig restCors(const YAML::Node &node) const;
    CorsConfig httpCors(const YAML::Node &node) const;
    ApiDefinition readRestApi(const QString &id, const YAML::Node &resource, int line);
    ApiDefinition readHttpApi(const QString &id, const YAML::Node &resource, int line);
    // The logical id an event's RestApiId/ApiId names, or the implicit API's.
    QString apiIdOf(const YAML::Node &value, const QString &implicitId, const QString &who, const YAML::Node &at);
    void readEvents(const QString &functionId, const YAML::Node &properties);
    void readFunctionUrl(const QString &functionId, const YAML::Node &key, const YAML::Node &properties);
    void ensureImplicit(const QString &id, ApiKind kind);

    ApiTemplate &m_result;
    YAML::Node m_root;
    QString m_file;
    IntrinsicResolver m_resolver;
    YAML::Node m_globalApi;
    YAML::Node m_globalHttpApi;
    YAML::Node m_globalFunction;
};

CorsConfig ApiTemplateReader::restCors(const YAML::Node &node) const
{
    // SAM: Cors: "'www.example.com'" is AllowOrigin alone; a map names each header.
    CorsConfig cors;
    if (!node.IsDefined() || node.IsNull())
        return cors;
    cors.enabled = true;
    if (!node.IsMap() || intrinsicOf(node)) {
        cors.allowOrigins = { unquote(text(node)) };
        return cors;
    }
    const Entry origin = entry(node, "AllowOrigin");
    if (origin.found())
        cors.allowOrigins = { unquote(text(origin.value)) };
    const Entry methods = entry(node, "AllowMethods");
    if (methods.found())
        cors.allowMethods = splitList(unquote(text(methods.value)));
    const Entry headers = entry(node, "AllowHeaders");
    if (headers.found())
        cors.allowHeaders = splitList(unquote(text(headers.value)));
    const Entry maxAge = entry(node, "MaxAge");
    if (maxAge.found())
        cors.maxAgeSeconds = unquote(text(maxAge.value)).toInt();
    const Entry credentials = entry(node, "AllowCredentials");
    if (credentials.found())
        cors.allowCredentials = unquote(text(credentials.value)).toLower() == u"true";
    return cors;
}

CorsConfig ApiTemplateReader::httpCors(const YAML::Node &node) const
{
    // CorsConfiguration: true allows every origin, header and method (SAM's shorthand).
    CorsConfig cors;
    if (!node.IsDefined() || node.IsNull())
        return cors;
    if (!node.IsMap() || intrinsicOf(node)) {
        if (text(node).toLower() == u"true") {
            cors.enabled = true;
            cors.allowOrigins = cors.allowHeaders = cors.allowMethods = { u"*"_s };
        }
        return cors;
    }
    cors.enabled = true;
    cors.allowOrigins = list(entry(node, "AllowOrigins").value);
    cors.allowMethods = list(entry(node, "AllowMethods").value);
    cors.allowHeaders = list(entry(node, "AllowHeaders").value);
    cors.exposeHeaders = list(entry(node, "ExposeHeaders").value);
    const Entry maxAge = entry(node, "MaxAge");
    if (maxAge.found())
        cors.maxAgeSeconds = text(maxAge.value).toInt();
    const Entry credentials = entry(node, "AllowCredentials");
    if (credentials.found())
        cors.allowCredentials = text(credentials.value).toLower() == u"true";
    return cors;
}

ApiDefinition ApiTemplateReader::readRestApi(const QString &id, const YAML::Node &resource, int line)
{
    const YAML::Node properties = entry(resource, "Properties").value;
    ApiDefinition api;
    api.logicalId = id;
    api.kind = ApiKind::Rest;
    api.implicit = !resource.IsDefined();
    api.line = line;
    const Entry stage = entry(properties, "StageName");
    api.stageName = stage.found() ? text(stage.value) : u"Prod"_s;
    if (api.stageName.isEmpty())
        api.stageName = u"Prod"_s;
    api.stageVariables = stringMap(property(properties, m_globalApi, "Variables").value, id);
    api.cors = restCors(property(properties, m_globalApi, "Cors").value);
    for (const QString &type : list(property(properties, m_globalApi, "BinaryMediaTypes").value))
        api.binaryMediaTypes << QString(type).replace(u"~1"_s, u"/"_s);
    if (entry(properties, "DefinitionBody").found() || entry(properties, "DefinitionUri").found())
        warn(entry(properties, "DefinitionBody").found() ? entry(properties, "DefinitionBody").key
                                                         : entry(properties, "DefinitionUri").key,
             id, u"its OpenAPI definition is not read; only the routes of Api events that name it are served"_s);
    return api;
}

ApiDefinition ApiTemplateReader::readHttpApi(const QString &id, const YAML::Node &resource, int line)
{
    const YAML::Node properties = entry(resource, "Properties").value;
    ApiDefinition api;
    api.logicalId = id;
    api.kind = ApiKind::Http;
    api.implicit = !resource.IsDefined();
    api.line = line;
    const Entry stage = entry(properties, "StageName");
    api.stageName = stage.found() ? text(stage.value) : u"$default"_s;
    if (api.stageName.isEmpty())
        api.stageName = u"$default"_s;
    api.stageVariables = stringMap(property(properties, m_globalHttpApi, "StageVariables").value, id);
    api.cors = httpCors(property(properties, m_globalHttpApi, "CorsConfiguration").value);
    if (entry(properties, "DefinitionBody").found() || entry(properties, "DefinitionUri").found())
        warn(entry(properties, "DefinitionBody").found() ? entry(properties, "DefinitionBody").key
                                                         : entry(properties, "DefinitionUri").key,
             id, u"its OpenAPI definition is not read; only the routes of HttpApi events that name it are served"_s);
    return api;
}

void ApiTemplateReader::ensureImplicit(const QString &id, ApiKind kind)
{
    for (const ApiDefinition &api : std::as_const(m_result.m_apis)) {
        if (api.logicalId == id)
            return;
    }
    m_result.m_apis << (kind == ApiKind::Rest ? readRestApi(id, YAML::Node(YAML::NodeType::Undefined), 0)
                                              : readHttpApi(id, YAML::Node(YAML::NodeType::Undefined), 0));
}

QString ApiTemplateReader::apiIdOf(const YAML::Node &value, const QString &implicitId, const QString &who,
                                   const YAML::Node &at)
{
    if (!value.IsDefined() || value.IsNull())
        return implicitId;
    const auto fn = intrinsicOf(value);
    const QString id = fn && fn->name == u"Ref" && fn->argument.IsScalar() ? qs(fn->argument.Scalar()) : text(value);
    for (const ApiDefinition &api : std::as_const(m_result.m_apis)) {
        if (api.logicalId == id)
            return id;
    }
    warn(at, who,
         u"%1 names %2, which is no AWS::Serverless::Api or HttpApi of this template; the event is served by %3"_s.arg(
             implicitId == ImplicitRest ? u"RestApiId"_s : u"ApiId"_s,
             id.isEmpty() ? IntrinsicResolver::describe(value) : id, implicitId));
    return implicitId;
}

void ApiTemplateReader::readEvents(const QString &functionId, const YAML::Node &properties)
{
    const YAML::Node events = entry(properties, "Events").value;
    if (!events.IsDefined() || !events.IsMap())
        return;
    for (auto it = events.begin(); it != events.end(); ++it) {
        const QString type = text(entry(it->second, "Type").value);
        if (type != u"Api" && type != u"HttpApi")
            continue;
        const YAML::Node props = entry(it->second, "Properties").value;
        const QString who = functionId + u'.' + qs(it->first.Scalar());
        ApiRoute route;
        route.functionId = functionId;
        route.eventName = qs(it->first.Scalar());
        route.line = lineOf(it->first);
        const Entry path = entry(props, "Path");
        const Entry method = entry(props, "Method");
        route.path = path.found() ? text(path.value) : QString();
        route.method = method.found() ? text(method.value).toUpper() : QString();
        if (type == u"Api") {
            route.kind = ApiKind::Rest;
            if (route.path.isEmpty() || route.method.isEmpty()) {
                warn(it->first, who, u"an Api event needs Path and Method; it is left out"_s);
                continue;
            }
            route.apiId = apiIdOf(entry(props, "RestApiId").value, ImplicitRest, who, it->first);
            if (route.apiId == ImplicitRest)
                ensureImplicit(ImplicitRest, ApiKind::Rest);
        } else {
            route.kind = ApiKind::Http;
            // No Path and Method: SAM's catch-all, the API's $default route.
            if (route.path.isEmpty() && route.method.isEmpty()) {
                route.path = u"$default"_s;
                route.method = u"ANY"_s;
            } else if (route.path.isEmpty() || route.method.isEmpty()) {
                warn(it->first, who, u"an HttpApi event needs both Path and Method, or neither; it is left out"_s);
                continue;
            }
            route.apiId = apiIdOf(entry(props, "ApiId").value, ImplicitHttp, who, it->first);
            if (route.apiId == ImplicitHttp)
                ensureImplicit(ImplicitHttp, ApiKind::Http);
            const Entry version = entry(props, "PayloadFormatVersion");
            const QString v = version.found() ? text(version.value) : u"2.0"_s;
            if (v != u"1.0" && v != u"2.0")
                warn(version.value, who, u"PayloadFormatVersion %1 is neither 1.0 nor 2.0; 2.0 is used"_s.arg(v));
            route.payloadV2 = v != u"1.0";
            const Entry timeout = entry(props, "TimeoutInMillis");
            if (timeout.found())
                route.timeoutMs = text(timeout.value).toInt();
        }
        if (route.method == u"X-AMAZON-APIGATEWAY-ANY-METHOD")
            route.method = u"ANY"_s;
        if (route.path != u"$default" && !route.path.startsWith(u'/'))
            route.path.prepend(u'/');
        m_result.m_routes << route;
    }
}

void ApiTemplateReader::readFunctionUrl(const QString &functionId, const YAML::Node &key, const YAML::Node &properties)
{
    Entry config = entry(properties, "FunctionUrlConfig");
    if (!config.found())
        config = entry(m_globalFunction, "FunctionUrlConfig");
    if (!config.found() || !config.value.IsMap())
        return;
    FunctionUrlDefinition url;
    url.functionId = functionId;
    url.line = lineOf(key);
    const Entry auth = entry(config.value, "AuthType");
    if (auth.found())
        url.authType = text(auth.value).toUpper();
    const Entry mode = entry(config.value, "InvokeMode");
    if (mode.found())
        url.invokeMode = text(mode.value).toUpper();
    url.cors = httpCors(entry(config.value, "Cors").value);
    if (url.authType != u"NONE" && url.authType != u"AWS_IAM")
        warn(auth.value, functionId, u"FunctionUrlConfig.AuthType %1 is neither NONE nor AWS_IAM"_s.arg(url.authType));
    m_result.m_functionUrls << url;
}

void ApiTemplateReader::read()
{
    const YAML::Node resources = entry(m_root, "Resources").value;
    if (!resources.IsDefined() || !resources.IsMap())
        return;
    // The explicit APIs first: events name them.
    for (auto it = resources.begin(); it != resources.end(); ++it) {
        const QString type = text(entry(it->second, "Type").value);
        const QString id = qs(it->first.Scalar());
        if (type == u"AWS::Serverless::Api")
            m_result.m_apis << readRestApi(id, it->second, lineOf(it->first));
        else if (type == u"AWS::Serverless::HttpApi")
            m_result.m_apis << readHttpApi(id, it->second, lineOf(it->first));
    }
    for (auto it = resources.begin(); it != resources.end(); ++it) {
        if (text(entry(it->second, "Type").value) != u"AWS::Serverless::Function")
            continue;
        const QString id = qs(it->first.Scalar());
        const YAML::Node properties = entry(it->second, "Properties").value;
        readEvents(id, properties);
        readFunctionUrl(id, it->first, properties);
    }
}

std::optional<ApiTemplate> ApiTemplate::parse(const QByteArray &yaml, const QString &path, ProjectError *error)
{
    const QString file = path.isEmpty() ? u"template.yaml"_s : QFileInfo(path).absoluteFilePath();
    YAML::Node root;
    try {
        root = YAML::Load(std::string(yaml.constData(), size_t(yaml.size())));
        if (!root.IsMap()) {
            if (error)
                *error = ProjectError { file, 1, 0, u"this is not a SAM or CloudFormation template"_s,
                                        u"a template is a map with Resources"_s };
            return std::nullopt;
        }
        ApiTemplate result;
        ApiTemplateReader reader(result, root, file);
        reader.read();
        return result;
    } catch (const YAML::Exception &e) {
        if (error)
            *error = ProjectError { file, e.mark.line + 1, e.mark.column + 1, u"YAML syntax error: %1"_s.arg(qs(e.msg)),
                                    u"fix the YAML at this position (indentation, quotes or a missing colon)"_s };
        return std::nullopt;
    }
}

std::optional<ApiTemplate> ApiTemplate::load(const QString &path, ProjectError *error)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        if (error)
            *error = ProjectError { path, 0, 0, u"cannot read the template: %1"_s.arg(in.errorString()),
                                    u"check that the file exists and is readable"_s };
        return std::nullopt;
    }
    return parse(in.readAll(), path, error);
}

std::optional<ApiDefinition> ApiTemplate::api(const QString &logicalId) const
{
    for (const ApiDefinition &api : m_apis) {
        if (api.logicalId == logicalId)
            return api;
    }
    return std::nullopt;
}

} // namespace Bullpen
