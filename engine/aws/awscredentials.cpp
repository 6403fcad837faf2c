// SPDX-License-Identifier: MIT
#include "engine/aws/awscredentials.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>

namespace Bullpen {

using namespace Qt::StringLiterals;

namespace {

QString expandHome(QString path, const QString &home)
{
    if (path == "~"_L1 || path.startsWith("~/"_L1))
        path.replace(0, 1, home);
    return path;
}

} // namespace

AwsCredentialProvider::AwsCredentialProvider(const QProcessEnvironment &environment, const QString &homeDirectory)
    : m_env(environment)
    , m_home(homeDirectory.isEmpty() ? environment.value(u"HOME"_s, QDir::homePath()) : homeDirectory)
{ }

QString AwsCredentialProvider::credentialsFile() const
{
    const QString set = m_env.value(u"AWS_SHARED_CREDENTIALS_FILE"_s);
    return expandHome(set.isEmpty() ? u"~/.aws/credentials"_s : set, m_home);
}

QString AwsCredentialProvider::configFile() const
{
    const QString set = m_env.value(u"AWS_CONFIG_FILE"_s);
    return expandHome(set.isEmpty() ? u"~/.aws/config"_s : set, m_home);
}

// The INI dialect botocore reads: "[section]", "key = value", comments from '#'
// or ';' at the start of a line, and indented lines that continue a key (the
// nested "s3 =" blocks) skipped. In the config file a profile is "[profile NAME]"
// except "[default]"; other sections ([sso-session ...], [services ...]) are not
// profiles and are left out.
AwsCredentialProvider::Ini AwsCredentialProvider::readIni(const QString &path, bool configStyle)
{
    Ini ini;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return ini;
    QString section;
    bool inProfile = false;
    while (!file.atEnd()) {
        const QString raw = QString::fromUtf8(file.readLine());
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            section = line.sliced(1, line.size() - 2).trimmed();
            inProfile = true;
            if (configStyle && section != "default"_L1) {
                inProfile = section.startsWith("profile "_L1) || section.startsWith("profile\t"_L1);
                section = section.sliced(qMin<qsizetype>(8, section.size())).trimmed();
            }
            if (inProfile)
                ini[section]; // a profile with no keys still exists
            continue;
        }
        if (!inProfile || raw.front().isSpace())
            continue;
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0)
            continue;
        ini[section][line.first(eq).trimmed().toLower()] = line.sliced(eq + 1).trimmed();
    }
    return ini;
}

QStringList AwsCredentialProvider::profiles() const
{
    QStringList names = readIni(credentialsFile(), false).keys();
    for (const QString &name : readIni(configFile(), true).keys()) {
        if (!names.contains(name))
            names.append(name);
    }
    std::sort(names.begin(), names.end());
    return names;
}

AwsProfile AwsCredentialProvider::resolve(const QString &profile) const
{
    AwsProfile out;
    const bool explicitProfile = !profile.isEmpty();
    out.name = explicitProfile ? profile : m_env.value(u"AWS_PROFILE"_s, m_env.value(u"AWS_DEFAULT_PROFILE"_s));
    if (out.name.isEmpty())
        out.name = u"default"_s;

    const Ini credentials = readIni(credentialsFile(), false);
    const Ini config = readIni(configFile(), true);
    const auto settings = credentials.value(out.name);
    const auto configSettings = config.value(out.name);

    out.region = m_env.value(u"AWS_REGION"_s, m_env.value(u"AWS_DEFAULT_REGION"_s));
    if (out.region.isEmpty())
        out.region = configSettings.value(u"region"_s, settings.value(u"region"_s));

    const QString envKey = m_env.value(u"AWS_ACCESS_KEY_ID"_s);
    const QString envSecret = m_env.value(u"AWS_SECRET_ACCESS_KEY"_s);
    if (!explicitProfile && !envKey.isEmpty() && !envSecret.isEmpty()) {
        out.credentials = { envKey, envSecret, m_env.value(u"AWS_SESSION_TOKEN"_s) };
        out.source = u"environment"_s;
        return out;
    }

    // The credentials file wins over keys written into the config file.
    for (const auto &[keys, file] : { std::pair { settings, credentialsFile() }, { configSettings, configFile() } }) {
        const QString id = keys.value(u"aws_access_key_id"_s);
        const QString secret = keys.value(u"aws_secret_access_key"_s);
        if (!id.isEmpty() && !secret.isEmpty()) {
            out.credentials = { id, secret, keys.value(u"aws_session_token"_s) };
            out.source = u"%1 [%2]"_s.arg(QDir::toNativeSeparators(file), out.name);
            return out;
        }
    }

    const bool known = credentials.contains(out.name) || config.contains(out.name);
    const QStringList remote { u"role_arn"_s, u"sso_start_url"_s, u"sso_session"_s, u"credential_process"_s,
                               u"web_identity_token_file"_s };
    for (const QString &key : remote) {
        if (configSettings.contains(key) || settings.contains(key)) {
            out.error = QCoreApplication::translate(
                            "AwsCredentialProvider",
                            "The AWS profile \"%1\" gets its credentials through %2, which Bullpen does not "
                            "run; give it aws_access_key_id and aws_secret_access_key, or export them.")
                            .arg(out.name, key);
            return out;
        }
    }
    if (!known) {
        out.error
            = QCoreApplication::translate("AwsCredentialProvider", "No AWS profile \"%1\" in %2 or %3.")
                  .arg(out.name, QDir::toNativeSeparators(credentialsFile()), QDir::toNativeSeparators(configFile()));
    } else {
        out.error
            = QCoreApplication::translate("AwsCredentialProvider",
                                          "The AWS profile \"%1\" has no aws_access_key_id and aws_secret_access_key.")
                  .arg(out.name);
    }
    return out;
}

} // namespace Bullpen
