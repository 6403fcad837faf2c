// SPDX-License-Identifier: MIT
// SigV4 verification (engine/aws: SigV4Verifier, as `serve --credentials`
// runs it): any request text (the public suite's request.txt form; see
// Fuzz::httpText) turned into what SigV4 sees (sigV4Request, as the server
// does) and verified against the suite's keys at the suite's time. Then the
// signer's promise, both ways: the same request signed in its Authorization
// header, and presigned in its query, must verify.
#include "tests/fuzz/fuzzsupport.h"

#include "engine/aws/sigv4.h"
#include "engine/aws/sigv4http.h"
#include "engine/aws/sigv4verifier.h"

#include <QTimeZone>

using namespace Bullpen;

namespace {

const AwsCredentials &credentials()
{
    static const AwsCredentials keys { QStringLiteral("AKIDEXAMPLE"),
                                       QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), QString() };
    return keys;
}

const QDateTime &suiteTime()
{
    static const QDateTime time(QDate(2015, 8, 30), QTime(12, 36), QTimeZone::UTC);
    return time;
}

// What the client's signature is for: everything a signer adds removed again.
SigV4Request withoutSignature(SigV4Request request)
{
    for (const char *name : { "Authorization", "X-Amz-Date", "X-Amz-Security-Token", "x-amz-content-sha256" })
        request.removeHeader(name);
    if (!request.hasHeader("host"))
        request.setHeader("Host", "example.amazonaws.com");
    QByteArrayList kept;
    for (const QByteArray &parameter : request.query.split('&')) {
        const qsizetype eq = parameter.indexOf('=');
        const QByteArray key
            = SigV4::percentDecode(eq < 0 ? QByteArrayView(parameter) : QByteArrayView(parameter).first(eq));
        if (!key.startsWith("X-Amz-"))
            kept.append(parameter);
    }
    request.query = kept.join('&');
    return request;
}

void mustVerify(const SigV4Verifier &verifier, const SigV4Request &request, const char *how)
{
    const SigV4Verdict verdict = verifier.verify(request, suiteTime());
    if (!verdict.isAccepted()) {
        qFatal("fuzz_sigv4: a request %s by the signer does not verify: %s\n%s %s", how, qPrintable(verdict.message),
               request.method.constData(), request.target().constData());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const SigV4Verifier verifier = [] {
        SigV4Verifier v;
        v.addCredentials(credentials());
        return v;
    }();
    const Fuzz::HttpText http = Fuzz::httpText(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    const SigV4Request request = sigV4Request(http.method, http.url, http.headers, http.body);
    const SigV4Verdict verdict = verifier.verify(request, suiteTime());
    (void)verdict.jsonBody();

    SigV4Options options;
    options.region = QStringLiteral("us-east-1");
    options.service = QStringLiteral("service");
    options.time = suiteTime();
    options.signBody = Fuzz::hashOf(http.body) & 1;
    SigV4Request signedRequest = withoutSignature(request);
    SigV4::signHeaders(signedRequest, credentials(), options);
    mustVerify(verifier, signedRequest, "signed");
    SigV4Request presigned = withoutSignature(request);
    SigV4::presign(presigned, credentials(), options);
    mustVerify(verifier, presigned, "presigned");
    return 0;
}
