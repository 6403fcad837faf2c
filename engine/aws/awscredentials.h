// SPDX-License-Identifier: MIT
#pragma once

#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Bullpen {

// One access key, as the AWS CLI and SDKs hold it.
struct AwsCredentials
{
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken; // temporary credentials only

    bool isValid() const { return !accessKeyId.isEmpty() && !secretAccessKey.isEmpty(); }
    friend bool operator==(const AwsCredentials &, const AwsCredentials &) = default;
};

// The credentials and region one profile resolves to, and where they came from
// ("environment", "~/.aws/credentials [dev]"), or why nothing was found.
struct AwsProfile
{
    AwsCredentials credentials;
    QString name; // the profile asked for, or the one AWS_PROFILE / "default" chose
    QString region; // empty when none is configured
    QString source;
    QString error; // set when credentials could not be resolved

    bool isValid() const { return error.isEmpty() && credentials.isValid(); }
};

// Finds credentials as the AWS CLI does, for the profiles it can resolve
// without a network: the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY,
// AWS_SESSION_TOKEN), then the profile named by the caller or AWS_PROFILE (else
// "default") in the shared credentials file (~/.aws/credentials or
// AWS_SHARED_CREDENTIALS_FILE), then in the config file (~/.aws/config or
// AWS_CONFIG_FILE, sections "[profile NAME]"). The region comes from AWS_REGION,
// AWS_DEFAULT_REGION, then the profile. An explicit profile wins over the
// environment's keys, as `aws --profile` does. Profiles that need a network
// (role_arn, sso_*, credential_process) are reported as such, not guessed at.
class AwsCredentialProvider
{
public:
    explicit AwsCredentialProvider(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                                   const QString &homeDirectory = {});

    AwsProfile resolve(const QString &profile = {}) const;
    QStringList profiles() const; // every profile named in either file, sorted
    QString credentialsFile() const;
    QString configFile() const;

private:
    using Ini = QMap<QString, QMap<QString, QString>>;
    static Ini readIni(const QString &path, bool configStyle);

    QProcessEnvironment m_env;
    QString m_home;
};

} // namespace Bullpen
