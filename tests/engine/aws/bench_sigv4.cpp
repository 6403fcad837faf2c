// SPDX-License-Identifier: MIT
// What SigV4 costs `bullpen serve` per request: signing and verifying one
// Invoke request (a 1 KB body, the AWS CLI's headers), N times in rounds;
// prints the median and the spread of the per-request microseconds over the
// rounds. Run by hand (docs/benchmarks.md, "SigV4"), not by ctest:
//   bench_sigv4 [N]   (default 20000 per round, 7 rounds)
#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

#include "engine/aws/sigv4.h"
#include "engine/aws/sigv4verifier.h"

using namespace Bullpen;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::max(1, atoi(argv[1])) : 20000;
    const AwsCredentials credentials { u"AKIDEXAMPLE"_s, u"wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"_s, {} };
    SigV4Options options;
    options.region = u"us-east-1"_s;
    options.service = u"lambda"_s;
    options.time = QDateTime::currentDateTimeUtc();
    SigV4Request unsignedRequest;
    unsignedRequest.method = "POST";
    unsignedRequest.path = "/2015-03-31/functions/HelloWorldFunction/invocations";
    unsignedRequest.headers = { { "Host", "127.0.0.1:3001" },
                                { "User-Agent", "aws-cli/2.23.6 md/awscrt#0.23.8 ua/2.1 os/linux" },
                                { "X-Amz-Invocation-Type", "RequestResponse" },
                                { "X-Amz-Log-Type", "None" },
                                { "Content-Length", "1024" } };
    unsignedRequest.body = QByteArray(1024, 'x');
    SigV4Request signedRequest = unsignedRequest;
    SigV4::signHeaders(signedRequest, credentials, options);
    SigV4Verifier verifier;
    verifier.addCredentials(credentials);
    verifier.setService(u"lambda"_s);

    QList<double> signUs, verifyUs;
    int accepted = 0;
    for (int round = 0; round < 7; ++round) {
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < n; ++i) {
            SigV4Request r = unsignedRequest;
            SigV4::signHeaders(r, credentials, options);
        }
        signUs.append(double(clock.nsecsElapsed()) / 1000.0 / n);
        clock.restart();
        for (int i = 0; i < n; ++i)
            accepted += verifier.verify(signedRequest, options.time).isAccepted() ? 1 : 0;
        verifyUs.append(double(clock.nsecsElapsed()) / 1000.0 / n);
    }
    if (accepted != 7 * n) {
        std::fprintf(stderr, "bench_sigv4: the verifier refused its own requests\n");
        return 1;
    }
    const auto report = [](const char *what, QList<double> v) {
        std::sort(v.begin(), v.end());
        std::printf("%-28s median %.2f us  (min %.2f, max %.2f over %lld rounds)\n", what, v[v.size() / 2], v.first(),
                    v.last(), qlonglong(v.size()));
    };
    std::printf("SigV4, %d requests per round, 1 KB body\n", n);
    report("sign (Authorization header)", signUs);
    report("verify (accepted)", verifyUs);
    return 0;
}
