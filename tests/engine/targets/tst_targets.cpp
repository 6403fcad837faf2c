// SPDX-License-Identifier: MIT
// The deployment targets with real parts: a standalone Docker container of the
// function's image (built FROM the offline runtime image, the ctest fixture
// docker_test_image) invoked through the emulator on 127.0.0.1; the local
// pool; an EC2-style endpoint and the AWS Lambda kind against a real `bullpen
// serve --credentials` (SigV4), right keys taken and wrong ones refused; and
// targets that are down reported as down without holding up the others.
// A target's tear-down removes the image it built once no container runs it.
// Everything the test makes (containers, the image) is removed at the end.
#include "engine/aws/awscredentials.h"
#include "engine/sandbox/docker/dockerbackend.h"
#include "engine/sandbox/docker/dockerclient.h"
#include "engine/targets/dockertargets.h"
#include "engine/targets/endpointtarget.h"
#include "engine/targets/localpooltarget.h"
#include "engine/targets/targetimages.h"
#include "tests/engine/targets/targetstestsupport.h"
#include "tests/support/ciskip.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Bullpen;
using namespace Bullpen::TestSupport;
using namespace Qt::StringLiterals;

class TestTargets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_project;
    QTemporaryDir m_home; // ~/.aws of the serve and of the targets' credentials
    QTemporaryDir m_cache;
    DockerClient *m_docker = nullptr;
    FunctionConfig m_echo;
    TargetContext m_context;
    QProcess m_serve;
    QString m_serveUrl;

    static QJsonObject expectedEcho(const QJsonObject &event)
    {
        return QJsonObject { { u"echo"_s, event }, { u"greeting"_s, u"hello from the template"_s } };
    }

    static QJsonObject payloadOf(const TargetCallResult &r) { return QJsonDocument::fromJson(r.payload).object(); }

    TargetSpec spec(const QString &name, TargetKind kind) const
    {
        TargetSpec s;
        s.name = name;
        s.kind = kind;
        return s;
    }

    AwsCredentialProvider credentials() const
    {
        QProcessEnvironment env;
        env.insert(u"HOME"_s, m_home.path());
        return AwsCredentialProvider(env, m_home.path());
    }

    int ourContainers()
    {
        const DockerResponse listed
            = dockerCall(m_docker, "GET",
                         u"/containers/json?all=1&filters=%1"_s.arg(DockerClient::labelFilter(
                             { u"%1=%2"_s.arg(QLatin1StringView(TargetLabels::Project), m_context.projectKey()) })));
        return int(QJsonDocument::fromJson(listed.body).array().size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_project.isValid() && m_home.isValid() && m_cache.isValid());
        QString error;
        const DockerEndpoint endpoint = DockerClient::probe(&error);
        if (endpoint.socketPath.isEmpty())
            BULLPEN_SKIP_UNLESS_CI(u"no Docker daemon here: "_s + error);
        m_docker = new DockerClient(endpoint, this);
        QVERIFY(writeEchoProject(m_project.path()));
        m_echo = loadEcho(m_project.path());
        QCOMPARE(m_echo.logicalId, u"Echo"_s);
        m_context.templatePath = m_project.filePath(u"template.yaml"_s);
        m_context.engine.cacheDirectory = m_cache.path();
        m_context.engine.backend = qEnvironmentVariable("BULLPEN_TEST_BACKEND", u"oci"_s);

        // The profiles `bullpen serve --credentials local` checks, and a wrong one.
        QVERIFY(QDir(m_home.path()).mkpath(u".aws"_s));
        QFile credentialsFile(m_home.filePath(u".aws/credentials"_s));
        QVERIFY(credentialsFile.open(QIODevice::WriteOnly));
        credentialsFile.write("[local]\naws_access_key_id = AKIDTARGETS\naws_secret_access_key = targets/secret\n"
                              "region = eu-west-1\n"
                              "[wrongsecret]\naws_access_key_id = AKIDTARGETS\naws_secret_access_key = not-it\n");
        credentialsFile.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_CACHE_HOME"_s, m_cache.filePath(u"serve"_s));
        for (const QString &name : { u"AWS_ACCESS_KEY_ID"_s, u"AWS_SECRET_ACCESS_KEY"_s, u"AWS_SESSION_TOKEN"_s,
                                     u"AWS_PROFILE"_s, u"AWS_SHARED_CREDENTIALS_FILE"_s, u"AWS_CONFIG_FILE"_s })
            env.remove(name);
        m_serve.setProcessEnvironment(env);
        m_serve.setProcessChannelMode(QProcess::SeparateChannels);
        m_serve.start(QStringLiteral(BULLPEN_BINARY),
                      { u"serve"_s, u"--template"_s, m_context.templatePath, u"--no-build"_s, u"--lambda-port"_s,
                        u"0"_s, u"--api-port"_s, u"0"_s, u"--backend"_s, m_context.engine.backend, u"--credentials"_s,
                        u"local"_s });
        QVERIFY(m_serve.waitForStarted());
        QByteArray out;
        QDeadlineTimer deadline(120000);
        while (!out.contains('\n') && !deadline.hasExpired() && m_serve.state() == QProcess::Running) {
            m_serve.waitForReadyRead(200);
            out += m_serve.readAllStandardOutput();
        }
        const QByteArray first = out.left(out.indexOf('\n'));
        QVERIFY2(first.startsWith("Lambda Invoke API: http://127.0.0.1:"),
                 QByteArray(first + m_serve.readAllStandardError()).constData());
        m_serveUrl = QString::fromLatin1(first.mid(int(qstrlen("Lambda Invoke API: "))));
    }

    void cleanupTestCase()
    {
        if (m_serve.state() == QProcess::Running) {
            m_serve.terminate();
            if (!m_serve.waitForFinished(60000)) {
                m_serve.kill();
                m_serve.waitForFinished();
            }
        }
        if (m_docker) {
            // The image the docker target built for this project.
            dockerCall(m_docker, "DELETE",
                       u"/images/%1:latest?force=1"_s.arg(TargetImages::repositoryFor(m_echo, m_context.projectKey())));
        }
    }

    void dockerContainerRunsTheImage()
    {
        DockerContainerTarget target(spec(u"docker"_s, TargetKind::DockerContainer), m_context);
        QVERIFY(target.canProbe());
        QCOMPARE(checkTarget(&target, { m_echo }).state, TargetState::NotDeployed);

        const auto [deployed, message] = deployTarget(&target, { m_echo });
        QVERIFY2(deployed, qPrintable(message));
        const TargetHealth health = checkTarget(&target, { m_echo });
        QCOMPARE(health.state, TargetState::Ready);
        QCOMPARE(health.units.size(), 1);
        QVERIFY2(health.units.constFirst().detail.startsWith(u"127.0.0.1:"_s), qPrintable(health.reason));
        const QString containerId = health.units.constFirst().id;

        const QJsonObject event { { u"n"_s, 1 }, { u"text"_s, u"über"_s } };
        const TargetCallResult first = callTarget(&target, m_echo, QJsonDocument(event).toJson());
        QVERIFY2(first.succeeded(), qPrintable(describe(first)));
        QCOMPARE(payloadOf(first), expectedEcho(event));
        QCOMPARE(first.httpStatus, 200);
        QCOMPARE(first.start, StartKind::Cold);
        QVERIFY2(first.durationMs && first.initDurationMs, qPrintable(describe(first)));
        QVERIFY2(!first.maxMemoryUsedMb, "the emulator's Max Memory Used is not a measurement");
        QVERIFY(!first.requestId.isEmpty());
        QVERIFY2(first.logs.join(u'\n').contains(u"echo {\"n\": 1"_s), qPrintable(first.logs.join(u'\n')));
        QVERIFY(first.roundTripNs > 0);
        QCOMPARE(first.servedBy, containerId);

        const TargetCallResult second = callTarget(&target, m_echo, R"({"n": 2})");
        QVERIFY2(second.succeeded(), qPrintable(describe(second)));
        QCOMPARE(second.start, StartKind::Warm);
        QVERIFY(second.requestId != first.requestId);
        QVERIFY2(!second.logs.join(u'\n').contains(u"\"n\": 1"_s), "the first call's lines are not the second's");

        // The emulator sets no X-Amz-Function-Error: the error is read from the document.
        const TargetCallResult failed = callTarget(&target, m_echo, R"({"fail": "please"})");
        QCOMPARE(failed.status, TargetCallStatus::FunctionError);
        QVERIFY(failed.functionErrorInferred);
        QCOMPARE(failed.errorType, u"ValueError"_s);
        QCOMPARE(failed.errorMessage, u"asked to fail: please"_s);

        // Up again with nothing changed keeps the container.
        const auto [again, againMessage] = deployTarget(&target, { m_echo });
        QVERIFY2(again, qPrintable(againMessage));
        QCOMPARE(checkTarget(&target, { m_echo }).units.value(0).id, containerId);

        const auto [removed, removedMessage] = tearDownTarget(&target);
        QVERIFY2(removed, qPrintable(removedMessage));
        QCOMPARE(ourContainers(), 0);
        QCOMPARE(checkTarget(&target, { m_echo }).state, TargetState::NotDeployed);
        const TargetCallResult gone = callTarget(&target, m_echo, "{}");
        QCOMPARE(gone.status, TargetCallStatus::NotDeployed);
        QVERIFY2(gone.message.contains(u"bullpen targets up docker"_s), qPrintable(gone.message));
    }

    // The image a docker target built for a zip function is its own to remove
    // (issue 12): tear-down takes it with the container, unless another
    // target's container still runs it; the last one to go takes it then.
    void tearDownRemovesTheImageItBuiltOnceUnused()
    {
        const QString image = TargetImages::repositoryFor(m_echo, m_context.projectKey()) + u":latest"_s;
        const QString contextDir = m_cache.filePath(u"targets/"_s + image.section(u':', 0, 0));
        auto imageExists = [this, &image] { return dockerCall(m_docker, "GET", u"/images/%1/json"_s.arg(image)).ok(); };
        DockerContainerTarget first(spec(u"docker"_s, TargetKind::DockerContainer), m_context);
        DockerContainerTarget second(spec(u"docker2"_s, TargetKind::DockerContainer), m_context);
        for (Target *target : { static_cast<Target *>(&first), static_cast<Target *>(&second) }) {
            const auto [deployed, message] = deployTarget(target, { m_echo });
            QVERIFY2(deployed, qPrintable(message));
        }
        QVERIFY(imageExists());
        QVERIFY(QFileInfo::exists(contextDir));

        // The other target's container runs it: kept, and said so.
        const auto [removedFirst, firstMessage] = tearDownTarget(&first);
        QVERIFY2(removedFirst, qPrintable(firstMessage));
        QVERIFY2(firstMessage.contains(u"kept %1 (still used by a container)"_s.arg(image)), qPrintable(firstMessage));
        QVERIFY(imageExists());
        QVERIFY2(callTarget(&second, m_echo, "{}").succeeded(), "the other target lost its image");

        // The last user gone: the image and its build context go with it.
        const auto [removedSecond, secondMessage] = tearDownTarget(&second);
        QVERIFY2(removedSecond, qPrintable(secondMessage));
        QVERIFY2(secondMessage.contains(u"removed the image(s) built for it: %1"_s.arg(image)),
                 qPrintable(secondMessage));
        QVERIFY(!imageExists());
        QVERIFY(!QFileInfo::exists(contextDir));
        QCOMPARE(ourContainers(), 0);
        // The runtime image it was built from stays.
        QVERIFY(
            dockerCall(m_docker, "GET", u"/images/%1/json"_s.arg(DockerBackend::runtimeImage(m_echo.runtime))).ok());
    }

    void localPoolRunsTheFunction()
    {
        LocalPoolTarget target(spec(u"local"_s, TargetKind::LocalPool), m_context);
        QVERIFY(target.canProbe());
        QCOMPARE(checkTarget(&target).state, TargetState::Ready);
        const QJsonObject event { { u"n"_s, 3 } };
        const TargetCallResult first = callTarget(&target, m_echo, QJsonDocument(event).toJson(), 600000);
        QVERIFY2(first.succeeded(), qPrintable(describe(first)));
        QCOMPARE(payloadOf(first), expectedEcho(event));
        QCOMPARE(first.start, StartKind::Cold);
        QVERIFY(first.initDurationMs && first.durationMs && first.billedDurationMs);
        QCOMPARE(first.httpStatus, 0);
        const TargetCallResult second = callTarget(&target, m_echo, "{}");
        QCOMPARE(second.start, StartKind::Warm);
        QCOMPARE(second.servedBy, first.servedBy);
        const auto [stopped, message] = tearDownTarget(&target);
        QVERIFY2(stopped, qPrintable(message));
    }

    void endpointWithSigV4()
    {
        TargetSpec signing = spec(u"ec2"_s, TargetKind::Endpoint);
        signing.url = QUrl(m_serveUrl);
        signing.sign = true;
        signing.profile = u"local"_s;
        signing.functionNames.insert(u"Echo"_s, u"Echo"_s); // a bullpen serve names its functions
        EndpointTarget target(signing, m_context, nullptr, credentials());
        QVERIFY(!target.canProbe());
        QVERIFY(target.isSigning());
        const TargetHealth health = checkTarget(&target);
        QVERIFY2(health.state == TargetState::Ready, qPrintable(health.reason));
        const QJsonObject event { { u"signed"_s, true } };
        const TargetCallResult r = callTarget(&target, m_echo, QJsonDocument(event).toJson(), 600000);
        QVERIFY2(r.succeeded(), qPrintable(describe(r)));
        QCOMPARE(payloadOf(r), expectedEcho(event));
        QVERIFY(!r.requestId.isEmpty());
        QVERIFY2(r.logs.join(u'\n').contains(u"REPORT RequestId: "_s + QString::fromLatin1(r.requestId)),
                 qPrintable(describe(r)));
        QVERIFY(r.durationMs);

        // Wrong keys: the check says down, the call is refused as AWS refuses it.
        signing.profile = u"wrongsecret"_s;
        EndpointTarget wrong(signing, m_context, nullptr, credentials());
        const TargetHealth refusedHealth = checkTarget(&wrong);
        QCOMPARE(refusedHealth.state, TargetState::Down);
        QVERIFY2(refusedHealth.reason.contains(u"InvalidSignatureException"_s), qPrintable(refusedHealth.reason));
        const TargetCallResult refused = callTarget(&wrong, m_echo, "{}");
        QCOMPARE(refused.status, TargetCallStatus::Refused);
        QCOMPARE(refused.httpStatus, 403);
        QCOMPARE(refused.errorType, u"InvalidSignatureException"_s);

        // Unsigned: refused too (serve requires signatures).
        signing.sign = false;
        EndpointTarget unsigned_(signing, m_context, nullptr, credentials());
        QCOMPARE(callTarget(&unsigned_, m_echo, "{}").status, TargetCallStatus::Refused);

        // A profile without keys: down before any call.
        signing.sign = true;
        signing.profile = u"nobody"_s;
        EndpointTarget nokeys(signing, m_context, nullptr, credentials());
        const TargetHealth nokeysHealth = checkTarget(&nokeys);
        QCOMPARE(nokeysHealth.state, TargetState::Down);
        QVERIFY2(nokeysHealth.reason.contains(u"nobody"_s), qPrintable(nokeysHealth.reason));
        QCOMPARE(callTarget(&nokeys, m_echo, "{}").status, TargetCallStatus::EngineError);
    }

    void awsLambdaThroughAnEndpointUrl()
    {
        // The AWS Lambda kind as the tests use it: a bullpen serve with SigV4 stands in for the service.
        TargetSpec lambda = spec(u"aws"_s, TargetKind::AwsLambda);
        lambda.url = QUrl(m_serveUrl);
        lambda.profile = u"local"_s;
        EndpointTarget target(lambda, m_context, nullptr, credentials());
        QVERIFY(target.isSigning());
        const TargetHealth health = checkTarget(&target, { m_echo }); // GetFunction
        QVERIFY2(health.state == TargetState::Ready, qPrintable(health.reason));
        const TargetCallResult r = callTarget(&target, m_echo, R"({"to": "lambda"})", 600000);
        QVERIFY2(r.succeeded(), qPrintable(describe(r)));
        QCOMPARE(payloadOf(r).value(u"echo"_s).toObject().value(u"to"_s).toString(), u"lambda"_s);
        const TargetCallResult error = callTarget(&target, m_echo, R"({"fail": 1})");
        QCOMPARE(error.status, TargetCallStatus::FunctionError);
        QCOMPARE(error.functionError, u"Unhandled"_s);
        QVERIFY(!error.functionErrorInferred);
        QCOMPARE(error.errorType, u"ValueError"_s);

        FunctionConfig missing = m_echo;
        missing.logicalId = u"Missing"_s;
        missing.functionName = u"Missing"_s;
        const TargetHealth notThere = checkTarget(&target, { missing });
        QCOMPARE(notThere.state, TargetState::NotDeployed);
        lambda.profile = u"wrongsecret"_s;
        EndpointTarget wrong(lambda, m_context, nullptr, credentials());
        QCOMPARE(callTarget(&wrong, m_echo, "{}").errorType, u"InvalidSignatureException"_s);
    }

    void downTargetsDoNotHoldUpTheOthers()
    {
        // A port nobody listens on.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        TargetSpec endpoint = spec(u"gone"_s, TargetKind::Endpoint);
        endpoint.url = QUrl(u"http://127.0.0.1:%1"_s.arg(closedPort));
        TargetSpec docker = spec(u"nodaemon"_s, TargetKind::DockerContainer);
        docker.dockerHost = m_cache.filePath(u"no-such-docker.sock"_s);
        TargetSpec swarm = spec(u"noswarm"_s, TargetKind::SwarmService);
        swarm.dockerHost = docker.dockerHost;
        QList<Target *> targets { Target::create(endpoint, m_context, this), Target::create(docker, m_context, this),
                                  Target::create(swarm, m_context, this),
                                  Target::create(spec(u"local"_s, TargetKind::LocalPool), m_context, this) };
        QList<QSignalSpy *> spies;
        for (Target *target : targets) {
            spies << new QSignalSpy(target, &Target::healthChecked);
            target->checkHealth({ m_echo });
        }
        for (QSignalSpy *spy : spies)
            QVERIFY(spy->count() == 1 || spy->wait(30000));
        QCOMPARE(targets.at(0)->health().state, TargetState::Down);
        QVERIFY2(targets.at(0)->health().reason.contains(u"no answer"_s), qPrintable(targets.at(0)->health().reason));
        QCOMPARE(targets.at(1)->health().state, TargetState::Down);
        QVERIFY2(targets.at(1)->health().reason.contains(u"no Docker daemon"_s),
                 qPrintable(targets.at(1)->health().reason));
        QCOMPARE(targets.at(2)->health().state, TargetState::Down);
        QCOMPARE(targets.at(3)->health().state, TargetState::Ready);
        qDeleteAll(spies);

        const TargetCallResult unreachable = callTarget(targets.at(0), m_echo, "{}");
        QCOMPARE(unreachable.status, TargetCallStatus::NetworkError);
        QVERIFY(!unreachable.networkError.isEmpty());
        QCOMPARE(callTarget(targets.at(1), m_echo, "{}").status, TargetCallStatus::EngineError);
        const auto [deployed, message] = deployTarget(targets.at(2), { m_echo });
        QVERIFY(!deployed);
        QVERIFY2(message.contains(u"no Docker daemon"_s), qPrintable(message));
        tearDownTarget(targets.at(3));
    }
};

QTEST_GUILESS_MAIN(TestTargets)
#include "tst_targets.moc"
