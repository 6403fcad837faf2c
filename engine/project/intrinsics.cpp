// SPDX-License-Identifier: MIT
#include "engine/project/intrinsics.h"

namespace Bullpen::Yaml {

QString qs(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

std::string ss(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return std::string(utf8.constData(), size_t(utf8.size()));
}

Entry entry(const YAML::Node &map, const char *key)
{
    if (!map.IsDefined() || !map.IsMap())
        return {};
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (it->first.IsScalar() && it->first.Scalar() == key)
            return { it->first, it->second, true };
    }
    return {};
}

std::optional<Intrinsic> intrinsicOf(const YAML::Node &node)
{
    if (!node.IsDefined())
        return std::nullopt;
    const std::string &tag = node.Tag();
    // yaml-cpp reports "?" for untagged plain nodes and "!" for quoted scalars.
    if (tag.size() > 1 && tag[0] == '!' && tag[1] != '!') {
        const QString shortName = qs(tag.substr(1));
        // The argument is the node's content without the tag, else it would
        // resolve to the same intrinsic again.
        YAML::Node argument = YAML::Clone(node);
        argument.SetTag(std::string());
        if (shortName == u"Ref" || shortName == u"Condition")
            return Intrinsic { shortName, argument };
        return Intrinsic { QStringLiteral("Fn::") + shortName, argument };
    }
    if (node.IsMap() && node.size() == 1) {
        const auto it = node.begin();
        if (!it->first.IsScalar())
            return std::nullopt;
        const QString key = qs(it->first.Scalar());
        if (key == u"Ref" || key == u"Condition" || key.startsWith(u"Fn::"))
            return Intrinsic { key, it->second };
    }
    return std::nullopt;
}

namespace {
// Cycles in Conditions or absurd nesting end here instead of in a stack overflow.
constexpr int MaxDepth = 64;

struct DepthGuard
{
    explicit DepthGuard(int &depth)
        : m_depth(depth)
    {
        ++m_depth;
    }
    ~DepthGuard() { --m_depth; }
    bool tooDeep() const { return m_depth > MaxDepth; }
    int &m_depth;
};
thread_local int resolveDepth = 0;
} // namespace

IntrinsicResolver::IntrinsicResolver(const YAML::Node &root, const QString &stackName)
    : m_root(root)
    , m_stackName(stackName)
{
    const Entry parameters = entry(root, "Parameters");
    if (parameters.found() && parameters.value.IsMap()) {
        for (auto it = parameters.value.begin(); it != parameters.value.end(); ++it) {
            if (!it->first.IsScalar())
                continue;
            const QString name = qs(it->first.Scalar());
            const Entry type = entry(it->second, "Type");
            if (type.found() && type.value.IsScalar())
                m_parameterTypes.insert(name, qs(type.value.Scalar()));
            const Entry def = entry(it->second, "Default");
            if (def.found())
                m_parameterDefaults.insert(name, def.value);
        }
    }
}

std::optional<QString> IntrinsicResolver::lookupName(const QString &name) const
{
    if (name == u"AWS::Region")
        return QString::fromLatin1(Region);
    if (name == u"AWS::AccountId")
        return QString::fromLatin1(AccountId);
    if (name == u"AWS::StackName")
        return m_stackName;
    if (name == u"AWS::StackId")
        return QStringLiteral("arn:aws:cloudformation:%1:%2:stack/%3/00000000-0000-0000-0000-000000000000")
            .arg(QString::fromLatin1(Region), QString::fromLatin1(AccountId), m_stackName);
    if (name == u"AWS::Partition")
        return QStringLiteral("aws");
    if (name == u"AWS::URLSuffix")
        return QStringLiteral("amazonaws.com");
    const auto it = m_parameterDefaults.constFind(name);
    if (it != m_parameterDefaults.cend())
        return resolveString(*it);
    return std::nullopt;
}

std::optional<QString> IntrinsicResolver::substitute(const QString &text, const YAML::Node &variables) const
{
    QString out;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(QStringLiteral("${"), i);
        if (open < 0) {
            out += text.mid(i);
            break;
        }
        out += text.mid(i, open - i);
        const qsizetype close = text.indexOf(u'}', open + 2);
        if (close < 0) {
            out += text.mid(open);
            break;
        }
        const QString name = text.mid(open + 2, close - open - 2);
        if (name.startsWith(u'!')) {
            // ${!Literal} is Sub's escape for a literal "${Literal}".
            out += QStringLiteral("${") + name.mid(1) + u'}';
        } else {
            std::optional<QString> value;
            const Entry variable = entry(variables, ss(name).c_str());
            if (variable.found())
                value = resolveString(variable.value);
            else
                value = lookupName(name);
            if (!value)
                return std::nullopt;
            out += *value;
        }
        i = close + 1;
    }
    return out;
}

std::optional<YAML::Node> IntrinsicResolver::chooseIf(const YAML::Node &argument) const
{
    if (!argument.IsSequence() || argument.size() != 3 || !argument[0].IsScalar())
        return std::nullopt;
    const Entry conditions = entry(m_root, "Conditions");
    const Entry condition = entry(conditions.value, argument[0].Scalar().c_str());
    if (!condition.found())
        return std::nullopt;
    const std::optional<bool> truth = evaluateCondition(condition.value);
    if (!truth)
        return std::nullopt;
    return *truth ? argument[1] : argument[2];
}

bool IntrinsicResolver::isNoValue(const YAML::Node &node) const
{
    const auto fn = intrinsicOf(node);
    if (!fn)
        return false;
    if (fn->name == u"Ref")
        return fn->argument.IsScalar() && fn->argument.Scalar() == "AWS::NoValue";
    if (fn->name == u"Fn::If") {
        const auto chosen = chooseIf(fn->argument);
        return chosen && isNoValue(*chosen);
    }
    return false;
}

std::optional<QString> IntrinsicResolver::resolveString(const YAML::Node &node) const
{
    DepthGuard guard(resolveDepth);
    if (guard.tooDeep() || !node.IsDefined() || node.IsNull())
        return std::nullopt;
    const auto fn = intrinsicOf(node);
    if (!fn) {
        if (node.IsScalar())
            return qs(node.Scalar());
        return std::nullopt;
    }
    const YAML::Node &arg = fn->argument;
    if (fn->name == u"Ref") {
        if (!arg.IsScalar())
            return std::nullopt;
        const QString name = qs(arg.Scalar());
        if (m_parameterTypes.value(name).startsWith(u"List<") || m_parameterTypes.value(name) == u"CommaDelimitedList")
            return std::nullopt; // a list, not a string
        return lookupName(name);
    }
    if (fn->name == u"Fn::Sub") {
        if (arg.IsScalar())
            return substitute(qs(arg.Scalar()), YAML::Node());
        if (arg.IsSequence() && arg.size() == 2 && arg[0].IsScalar())
            return substitute(qs(arg[0].Scalar()), arg[1]);
        return std::nullopt;
    }
    if (fn->name == u"Fn::Join") {
        if (!arg.IsSequence() || arg.size() != 2 || !arg[0].IsScalar())
            return std::nullopt;
        const auto parts = resolveList(arg[1]);
        if (!parts)
            return std::nullopt;
        return parts->join(qs(arg[0].Scalar()));
    }
    if (fn->name == u"Fn::Select") {
        if (!arg.IsSequence() || arg.size() != 2)
            return std::nullopt;
        const auto index = resolveString(arg[0]);
        const auto list = resolveList(arg[1]);
        bool ok = false;
        const int i = index ? index->toInt(&ok) : -1;
        if (!ok || !list || i < 0 || i >= list->size())
            return std::nullopt;
        return list->at(i);
    }
    if (fn->name == u"Fn::FindInMap") {
        if (!arg.IsSequence() || arg.size() < 3)
            return std::nullopt;
        const auto map = resolveString(arg[0]);
        const auto first = resolveString(arg[1]);
        const auto second = resolveString(arg[2]);
        if (!map || !first || !second)
            return std::nullopt;
        const Entry mappings = entry(m_root, "Mappings");
        const Entry top = entry(mappings.value, ss(*map).c_str());
        const Entry mid = entry(top.value, ss(*first).c_str());
        const Entry leaf = entry(mid.value, ss(*second).c_str());
        if (!leaf.found())
            return std::nullopt;
        return resolveString(leaf.value);
    }
    if (fn->name == u"Fn::If") {
        const auto chosen = chooseIf(arg);
        if (!chosen)
            return std::nullopt;
        return resolveString(*chosen);
    }
    if (fn->name == u"Fn::Base64") {
        const auto text = resolveString(arg);
        if (!text)
            return std::nullopt;
        return QString::fromLatin1(text->toUtf8().toBase64());
    }
    // GetAtt, ImportValue, GetAZs, Cidr, a Ref to a resource: deployment-only.
    return std::nullopt;
}

std::optional<QStringList> IntrinsicResolver::resolveList(const YAML::Node &node) const
{
    DepthGuard guard(resolveDepth);
    if (guard.tooDeep() || !node.IsDefined())
        return std::nullopt;
    const auto fn = intrinsicOf(node);
    if (!fn) {
        if (!node.IsSequence())
            return std::nullopt;
        QStringList out;
        for (const YAML::Node &item : node) {
            const auto value = resolveString(item);
            if (!value)
                return std::nullopt;
            out << *value;
        }
        return out;
    }
    const YAML::Node &arg = fn->argument;
    if (fn->name == u"Fn::Split") {
        if (!arg.IsSequence() || arg.size() != 2 || !arg[0].IsScalar())
            return std::nullopt;
        const auto text = resolveString(arg[1]);
        if (!text)
            return std::nullopt;
        return text->split(qs(arg[0].Scalar()));
    }
    if (fn->name == u"Ref" && arg.IsScalar()) {
        const QString name = qs(arg.Scalar());
        const QString type = m_parameterTypes.value(name);
        if (type == u"CommaDelimitedList" || type.startsWith(u"List<")) {
            const auto it = m_parameterDefaults.constFind(name);
            if (it == m_parameterDefaults.cend())
                return std::nullopt;
            if (const auto text = resolveString(*it)) {
                QStringList items = text->split(u',');
                for (QString &item : items)
                    item = item.trimmed();
                return items;
            }
        }
        return std::nullopt;
    }
    if (fn->name == u"Fn::If") {
        const auto chosen = chooseIf(arg);
        return chosen ? resolveList(*chosen) : std::nullopt;
    }
    return std::nullopt;
}

std::optional<bool> IntrinsicResolver::evaluateCondition(const YAML::Node &node) const
{
    DepthGuard guard(resolveDepth);
    if (guard.tooDeep())
        return std::nullopt;
    const auto fn = intrinsicOf(node);
    if (!fn)
        return std::nullopt;
    const YAML::Node &arg = fn->argument;
    if (fn->name == u"Condition") {
        if (!arg.IsScalar())
            return std::nullopt;
        const Entry condition = entry(entry(m_root, "Conditions").value, arg.Scalar().c_str());
        return condition.found() ? evaluateCondition(condition.value) : std::nullopt;
    }
    if (!arg.IsSequence())
        return std::nullopt;
    if (fn->name == u"Fn::Equals") {
        if (arg.size() != 2)
            return std::nullopt;
        const auto a = resolveString(arg[0]);
        const auto b = resolveString(arg[1]);
        if (!a || !b)
            return std::nullopt;
        return *a == *b;
    }
    if (fn->name == u"Fn::Not") {
        if (arg.size() != 1)
            return std::nullopt;
        const auto inner = evaluateCondition(arg[0]);
        return inner ? std::optional<bool>(!*inner) : std::nullopt;
    }
    if (fn->name == u"Fn::And" || fn->name == u"Fn::Or") {
        const bool isAnd = fn->name == u"Fn::And";
        for (const YAML::Node &item : arg) {
            const auto value = evaluateCondition(item);
            if (!value)
                return std::nullopt;
            if (isAnd && !*value)
                return false;
            if (!isAnd && *value)
                return true;
        }
        return isAnd;
    }
    return std::nullopt;
}

QString IntrinsicResolver::describe(const YAML::Node &node)
{
    if (!node.IsDefined() || node.IsNull())
        return QString();
    QString prefix;
    // yaml-cpp's Node::operator= writes through to the referenced node; reset() rebinds.
    YAML::Node body;
    body.reset(node);
    if (const auto fn = intrinsicOf(node)) {
        QString name = fn->name;
        if (name.startsWith(u"Fn::"))
            name = name.mid(4);
        prefix = u'!' + name + u' ';
        body.reset(fn->argument);
        if (body.IsScalar())
            return prefix + qs(body.Scalar());
    }
    if (body.IsScalar())
        return prefix + qs(body.Scalar());
    QStringList parts;
    if (body.IsSequence()) {
        for (const YAML::Node &item : body)
            parts << describe(item);
        return prefix + u'[' + parts.join(QStringLiteral(", ")) + u']';
    }
    if (body.IsMap()) {
        for (auto it = body.begin(); it != body.end(); ++it)
            parts << describe(it->first) + QStringLiteral(": ") + describe(it->second);
        return prefix + u'{' + parts.join(QStringLiteral(", ")) + u'}';
    }
    return prefix;
}

} // namespace Bullpen::Yaml
