// SPDX-License-Identifier: MIT
// What API Gateway in front of a function costs: the same warm function, the
// same event, N calls one after another, once through Invoker::invoke() and
// once through ApiGatewayServer over HTTP (QNetworkAccessManager, keep-alive).
// Prints median and p95 of each and the difference.
//   bench_apigateway [N]   (default 500)
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>

#include "engine/apigateway/apigatewayserver.h"
#include "engine/invocation/invocation.h"
#include "engine/invoke/invoker.h"
#include "engine/project/samtemplate.h"

#include <algorithm>
#include <cstdio>

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {

struct Figures
{
    double median = 0;
    double p95 = 0;
};

Figures figuresOf(QList<double> us)
{
    std::sort(us.begin(), us.end());
    return { us.at(us.size() / 2), us.at(qMin(us.size() - 1, qsizetype(us.size() * 0.95))) };
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 500;
    QTemporaryDir cache;
    EngineSettings settings;
    settings.backend = qEnvironmentVariable("BULLPEN_TEST_BACKEND", u"oci"_s);
    settings.cacheDirectory = cache.path();
    QString error;
    auto invoker = Invoker::create(settings, &error);
    if (!invoker) {
        std::fprintf(stderr, "no engine: %s\n", qPrintable(error));
        return 1;
    }
    ProjectError projectError;
    const QString path = QStringLiteral(BULLPEN_TEST_DATA_DIR "/project/template.yaml");
    const auto sam = SamTemplate::load(path, &projectError);
    const auto api = ApiTemplate::load(path, &projectError);
    if (!sam || !api) {
        std::fprintf(stderr, "%s\n", qPrintable(projectError.toString()));
        return 1;
    }
    ApiGatewayServer server(invoker.get(), sam->functions(), RouteTable(*api));
    if (!server.start(u"127.0.0.1"_s, 0, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const FunctionConfig function = *sam->function(u"BareObjectFunction"_s);
    const QByteArray event = R"({"version":"2.0","rawPath":"/v2/bare/object"})";

    auto direct = [&]() {
        QElapsedTimer t;
        t.start();
        QEventLoop loop;
        InvokeOptions options;
        options.source = InvocationSource::Api;
        Invocation *invocation = invoker->invoke(function, event, options);
        bool ok = false;
        QObject::connect(invocation, &Invocation::finished, &loop, [&](const InvocationResult &r) {
            ok = r.succeeded();
            loop.quit();
        });
        loop.exec();
        return ok ? double(t.nsecsElapsed()) / 1000.0 : -1.0;
    };
    QNetworkAccessManager manager;
    const QUrl url(server.url() + u"/v2/bare/object"_s);
    auto viaGateway = [&]() {
        QElapsedTimer t;
        t.start();
        QNetworkReply *reply = manager.get(QNetworkRequest(url));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const bool ok = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
        reply->deleteLater();
        return ok ? double(t.nsecsElapsed()) / 1000.0 : -1.0;
    };

    // Warm up: the cold start and the HTTP connection.
    for (int i = 0; i < 20; ++i) {
        if (direct() < 0 || viaGateway() < 0) {
            std::fprintf(stderr, "a warm-up call failed\n");
            return 1;
        }
    }
    QList<double> directUs, gatewayUs;
    // Interleaved, so that the machine's load weighs on both alike.
    for (int i = 0; i < n; ++i) {
        directUs << direct();
        gatewayUs << viaGateway();
    }
    const Figures d = figuresOf(directUs);
    const Figures g = figuresOf(gatewayUs);
    std::printf("warm calls, N=%d each, backend %s\n", n, qPrintable(invoker->backendInfo().id));
    std::printf("Invoker::invoke      median %8.0f us   p95 %8.0f us\n", d.median, d.p95);
    std::printf("ApiGatewayServer     median %8.0f us   p95 %8.0f us\n", g.median, g.p95);
    std::printf("gateway's share      median %8.0f us\n", g.median - d.median);
    QEventLoop stop;
    QObject::connect(invoker.get(), &Invoker::shutdownFinished, &stop, &QEventLoop::quit);
    invoker->shutdown();
    stop.exec();
    return 0;
}
