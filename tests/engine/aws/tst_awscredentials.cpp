// SPDX-License-Identifier: MIT
// AwsCredentialProvider: the AWS CLI's order (environment, then the profile in
// ~/.aws/credentials, then in ~/.aws/config), its file variables and its
// region sources, on real files in a temporary home.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "engine/aws/awscredentials.h"

using namespace Bullpen;
using namespace Qt::StringLiterals;

class TestAwsCredentials : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    void write(const QString &relative, const QByteArray &text)
    {
        const QString path = m_home.filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    }

    QProcessEnvironment env(std::initializer_list<std::pair<QString, QString>> values = {})
    {
        QProcessEnvironment e;
        e.insert(u"HOME"_s, m_home.path());
        for (const auto &[key, value] : values)
            e.insert(key, value);
        return e;
    }

private Q_SLOTS:
    void init()
    {
        write(u".aws/credentials"_s, R"(# keys for work
[default]
aws_access_key_id = AKIDDEFAULT
aws_secret_access_key = default/secret+key

[dev]
aws_access_key_id=AKIDDEV
aws_secret_access_key=devsecret
aws_session_token = devtoken
; a comment
[both]
aws_access_key_id = AKIDFROMCREDENTIALS
aws_secret_access_key = fromcredentials
)");
        write(u".aws/config"_s, R"([default]
region = eu-west-3
[profile dev]
region = us-west-2
s3 =
    max_concurrent_requests = 20
[profile cfgonly]
aws_access_key_id = AKIDCONFIG
aws_secret_access_key = configsecret
region = ap-south-1
[profile both]
aws_access_key_id = AKIDFROMCONFIG
aws_secret_access_key = fromconfig
[profile assumed]
role_arn = arn:aws:iam::123456789012:role/dev
source_profile = default
[profile empty]
region = us-east-2
[sso-session corp]
sso_region = us-east-1
)");
    }

    void defaultProfileFromFiles()
    {
        const AwsProfile p = AwsCredentialProvider(env()).resolve();
        QVERIFY2(p.isValid(), qPrintable(p.error));
        QCOMPARE(p.name, u"default"_s);
        QCOMPARE(p.credentials, (AwsCredentials { u"AKIDDEFAULT"_s, u"default/secret+key"_s, {} }));
        QCOMPARE(p.region, u"eu-west-3"_s);
        QVERIFY(p.source.endsWith(".aws/credentials [default]"_L1));
    }

    void environmentKeysWinUnlessAProfileIsNamed()
    {
        const auto e = env({ { u"AWS_ACCESS_KEY_ID"_s, u"AKIDENV"_s },
                             { u"AWS_SECRET_ACCESS_KEY"_s, u"envsecret"_s },
                             { u"AWS_SESSION_TOKEN"_s, u"envtoken"_s },
                             { u"AWS_REGION"_s, u"sa-east-1"_s },
                             { u"AWS_DEFAULT_REGION"_s, u"ca-central-1"_s } });
        AwsProfile p = AwsCredentialProvider(e).resolve();
        QCOMPARE(p.credentials, (AwsCredentials { u"AKIDENV"_s, u"envsecret"_s, u"envtoken"_s }));
        QCOMPARE(p.source, u"environment"_s);
        QCOMPARE(p.region, u"sa-east-1"_s); // AWS_REGION before AWS_DEFAULT_REGION

        // `--credentials dev` (like `aws --profile dev`) takes the profile.
        p = AwsCredentialProvider(e).resolve(u"dev"_s);
        QCOMPARE(p.credentials, (AwsCredentials { u"AKIDDEV"_s, u"devsecret"_s, u"devtoken"_s }));
        QCOMPARE(p.region, u"sa-east-1"_s); // the environment's region still wins, as in the CLI
    }

    void awsProfileChoosesTheProfile()
    {
        const AwsProfile p = AwsCredentialProvider(env({ { u"AWS_PROFILE"_s, u"dev"_s } })).resolve();
        QCOMPARE(p.name, u"dev"_s);
        QCOMPARE(p.credentials.accessKeyId, u"AKIDDEV"_s);
        QCOMPARE(p.credentials.sessionToken, u"devtoken"_s);
        QCOMPARE(p.region, u"us-west-2"_s); // from [profile dev]; the nested s3 block is no key of its own
    }

    void configFileProfilesAndPrecedence()
    {
        const AwsCredentialProvider provider(env());
        AwsProfile p = provider.resolve(u"cfgonly"_s);
        QCOMPARE(p.credentials.accessKeyId, u"AKIDCONFIG"_s);
        QCOMPARE(p.region, u"ap-south-1"_s);
        QVERIFY(p.source.endsWith(".aws/config [cfgonly]"_L1));
        p = provider.resolve(u"both"_s);
        QCOMPARE(p.credentials.accessKeyId, u"AKIDFROMCREDENTIALS"_s);
        QCOMPARE(provider.profiles(),
                 (QStringList { u"assumed"_s, u"both"_s, u"cfgonly"_s, u"default"_s, u"dev"_s, u"empty"_s }));
    }

    void unresolvableProfilesSayWhy()
    {
        const AwsCredentialProvider provider(env());
        AwsProfile p = provider.resolve(u"assumed"_s);
        QVERIFY(!p.isValid());
        QVERIFY2(p.error.contains("role_arn"_L1), qPrintable(p.error));
        p = provider.resolve(u"empty"_s);
        QVERIFY(!p.isValid());
        QVERIFY2(p.error.contains("has no aws_access_key_id"_L1), qPrintable(p.error));
        p = provider.resolve(u"nosuch"_s);
        QVERIFY(!p.isValid());
        QVERIFY2(p.error.contains("No AWS profile \"nosuch\""_L1) && p.error.contains(".aws/credentials"_L1),
                 qPrintable(p.error));
    }

    void fileVariablesMoveTheFiles()
    {
        write(u"elsewhere/creds"_s, "[default]\naws_access_key_id = AKIDMOVED\naws_secret_access_key = moved\n");
        write(u"elsewhere/conf"_s, "[default]\nregion = me-south-1\n");
        const AwsCredentialProvider provider(env({ { u"AWS_SHARED_CREDENTIALS_FILE"_s, u"~/elsewhere/creds"_s },
                                                   { u"AWS_CONFIG_FILE"_s, m_home.filePath(u"elsewhere/conf"_s) } }));
        QCOMPARE(provider.credentialsFile(), m_home.filePath(u"elsewhere/creds"_s));
        const AwsProfile p = provider.resolve();
        QCOMPARE(p.credentials.accessKeyId, u"AKIDMOVED"_s);
        QCOMPARE(p.region, u"me-south-1"_s);
    }

    void noFilesNoCredentials()
    {
        QTemporaryDir emptyHome;
        QProcessEnvironment e;
        e.insert(u"HOME"_s, emptyHome.path());
        const AwsCredentialProvider provider(e);
        QVERIFY(provider.profiles().isEmpty());
        const AwsProfile p = provider.resolve();
        QVERIFY(!p.isValid());
        QVERIFY(!p.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAwsCredentials)
#include "tst_awscredentials.moc"
