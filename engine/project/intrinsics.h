// SPDX-License-Identifier: MIT
#pragma once

// Private to the project room: includes yaml-cpp, which bullpen_engine links privately.

#include <yaml-cpp/yaml.h>

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Bullpen::Yaml {

// Converts between yaml-cpp's std::string and QString (UTF-8 both ways).
QString qs(const std::string &text);
std::string ss(const QString &text);

// The child of a map by key, with the key node for its position; both undefined
// when the map has no such key (or the node is no map). Unlike yaml-cpp's
// operator[], this never inserts and never throws.
// Note: assigning one YAML::Node to another with = overwrites the node it refers
// to (it is a reference into the document); use Node::reset() to rebind.
struct Entry
{
    YAML::Node key;
    YAML::Node value;
    bool present = false; // a default YAML::Node counts as defined, so keep our own flag
    bool found() const { return present; }
};
Entry entry(const YAML::Node &map, const char *key);

// CloudFormation intrinsic in either spelling: short tag (!Sub "x") or long form
// ({"Fn::Sub": "x"}). name is the long name ("Ref", "Fn::Sub", "Condition").
struct Intrinsic
{
    QString name;
    YAML::Node argument;
};
std::optional<Intrinsic> intrinsicOf(const YAML::Node &node);

// Resolves what a local run can know of intrinsics: template Parameters with a
// Default, pseudo parameters (region us-east-1, account 123456789012, the stack
// named after the project folder), Mappings, Conditions, and the functions built
// on them (Sub, Join, Select, Split, FindInMap, If, Base64, Equals, Not, And, Or).
// What only a deployment knows (GetAtt, a Ref to a resource, ImportValue, GetAZs,
// Cidr) stays unresolved: the caller decides between an error and a placeholder.
class IntrinsicResolver
{
public:
    IntrinsicResolver(const YAML::Node &root, const QString &stackName);

    static constexpr const char *Region = "us-east-1";
    static constexpr const char *AccountId = "123456789012";

    std::optional<QString> resolveString(const YAML::Node &node) const;
    std::optional<QStringList> resolveList(const YAML::Node &node) const;
    std::optional<bool> evaluateCondition(const YAML::Node &node) const;
    // True for !Ref AWS::NoValue (or an !If that picks it): the property is absent.
    bool isNoValue(const YAML::Node &node) const;

    // A readable rendering of a value as written, e.g. "!GetAtt Table.Arn".
    static QString describe(const YAML::Node &node);

private:
    std::optional<QString> lookupName(const QString &name) const;
    std::optional<QString> substitute(const QString &text, const YAML::Node &variables) const;
    std::optional<YAML::Node> chooseIf(const YAML::Node &argument) const;

    YAML::Node m_root;
    QString m_stackName;
    QMap<QString, YAML::Node> m_parameterDefaults;
    QMap<QString, QString> m_parameterTypes;
};

} // namespace Bullpen::Yaml
