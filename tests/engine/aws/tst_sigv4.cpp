// SPDX-License-Identifier: MIT
// SigV4 against the public AWS Signature Version 4 test suite (tests/data/sigv4,
// Apache 2.0): for every case the signer reproduces the expected canonical
// request, string to sign, signature and signed request, in the Authorization
// header form and the presigned query form; the verifier accepts each signed
// request and refuses it once tampered with, with AWS's error shapes.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "engine/aws/sigv4.h"
#include "engine/aws/sigv4verifier.h"

using namespace Bullpen;
using namespace Qt::StringLiterals;
using Outcome = SigV4Verdict::Outcome;

namespace {

QString suiteDir()
{
    return QStringLiteral(BULLPEN_SOURCE_DIR "/tests/data/sigv4");
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// A raw HTTP/1.1 request as the suite writes it: the target may hold spaces and
// raw UTF-8, a header line starting with white space continues the one before.
SigV4Request parseRequest(const QByteArray &text)
{
    SigV4Request request;
    const qsizetype blank = text.indexOf("\n\n");
    const QByteArray head = blank < 0 ? text : text.first(blank);
    request.body = blank < 0 ? QByteArray() : text.sliced(blank + 2);
    const QByteArrayList lines = head.split('\n');
    const QByteArray &first = lines.value(0);
    const qsizetype space = first.indexOf(' ');
    const qsizetype version = first.lastIndexOf(" HTTP/");
    request.method = first.first(space);
    const QByteArray target = first.sliced(space + 1, version - space - 1);
    const qsizetype question = target.indexOf('?');
    request.path = question < 0 ? target : target.first(question);
    request.query = question < 0 ? QByteArray() : target.sliced(question + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        if (line.isEmpty())
            continue;
        if ((line.startsWith(' ') || line.startsWith('\t')) && !request.headers.isEmpty()) {
            request.headers.last().second += ' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        request.headers.append({ line.first(colon), line.sliced(colon + 1) });
    }
    return request;
}

struct Case
{
    AwsCredentials credentials;
    SigV4Options options;
};

Case readContext(const QString &dir)
{
    const QJsonObject context = QJsonDocument::fromJson(readFile(dir + "/context.json"_L1)).object();
    const QJsonObject credentials = context.value("credentials"_L1).toObject();
    Case c;
    c.credentials.accessKeyId = credentials.value("access_key_id"_L1).toString();
    c.credentials.secretAccessKey = credentials.value("secret_access_key"_L1).toString();
    c.credentials.sessionToken = credentials.value("token"_L1).toString();
    c.options.region = context.value("region"_L1).toString();
    c.options.service = context.value("service"_L1).toString();
    c.options.time = QDateTime::fromString(context.value("timestamp"_L1).toString(), Qt::ISODate);
    c.options.normalizePath = context.value("normalize"_L1).toBool();
    c.options.signBody = context.value("sign_body"_L1).toBool();
    c.options.omitSessionToken = context.value("omit_session_token"_L1).toBool();
    c.options.expiresSeconds = context.value("expiration_in_seconds"_L1).toInteger(3600);
    return c;
}

// Header order differs between signers; the set of header lines must not.
QList<std::pair<QByteArray, QByteArray>> sortedHeaders(const SigV4Request &request)
{
    QList<std::pair<QByteArray, QByteArray>> out;
    for (const auto &[name, value] : request.headers)
        out.append({ name.toLower(), value.trimmed() });
    std::sort(out.begin(), out.end());
    return out;
}

SigV4Verifier verifierFor(const Case &c)
{
    SigV4Verifier verifier;
    verifier.addCredentials(c.credentials);
    return verifier;
}

QByteArray flipLastHex(QByteArray text, QByteArrayView marker)
{
    // The last character of the signature after marker, changed to another hex digit.
    const qsizetype at = text.indexOf(marker) + marker.size() + 63;
    text[at] = text[at] == '0' ? '1' : '0';
    return text;
}

} // namespace

class TestSigV4 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void suiteIsComplete()
    {
        // The whole public suite is here: a case lost in a copy must not pass unnoticed.
        const QStringList cases = QDir(suiteDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(cases.size(), 38);
        QVERIFY(QFile::exists(suiteDir() + "/LICENSE"_L1));
    }

    void headerSigning_data() { vectors(); }
    void headerSigning()
    {
        QFETCH(QString, dir);
        const Case c = readContext(dir);
        SigV4Request request = parseRequest(readFile(dir + "/request.txt"_L1));
        const SigV4Signature s = SigV4::signHeaders(request, c.credentials, c.options);
        QCOMPARE(s.canonicalRequest, readFile(dir + "/header-canonical-request.txt"_L1));
        QCOMPARE(s.stringToSign, readFile(dir + "/header-string-to-sign.txt"_L1));
        QCOMPARE(s.signature, readFile(dir + "/header-signature.txt"_L1).trimmed());

        const SigV4Request expected = parseRequest(readFile(dir + "/header-signed-request.txt"_L1));
        QCOMPARE(request.target(), expected.target());
        QCOMPARE(sortedHeaders(request), sortedHeaders(expected));
        QCOMPARE(request.body, expected.body);
    }

    void querySigning_data() { vectors(); }
    void querySigning()
    {
        QFETCH(QString, dir);
        const Case c = readContext(dir);
        SigV4Request request = parseRequest(readFile(dir + "/request.txt"_L1));
        const SigV4Signature s = SigV4::presign(request, c.credentials, c.options);
        QCOMPARE(s.canonicalRequest, readFile(dir + "/query-canonical-request.txt"_L1));
        QCOMPARE(s.stringToSign, readFile(dir + "/query-string-to-sign.txt"_L1));
        QCOMPARE(s.signature, readFile(dir + "/query-signature.txt"_L1).trimmed());

        const SigV4Request expected = parseRequest(readFile(dir + "/query-signed-request.txt"_L1));
        QCOMPARE(request.target(), expected.target());
        QCOMPARE(sortedHeaders(request), sortedHeaders(expected));
    }

    void verifierAcceptsSignedHeaders_data() { vectors(); }
    void verifierAcceptsSignedHeaders()
    {
        QFETCH(QString, dir);
        const Case c = readContext(dir);
        const SigV4Verifier verifier = verifierFor(c);
        const SigV4Request request = parseRequest(readFile(dir + "/header-signed-request.txt"_L1));
        for (int offset : { 0, 299, -299 }) {
            const SigV4Verdict verdict = verifier.verify(request, c.options.time.addSecs(offset));
            QVERIFY2(verdict.isAccepted(), qPrintable(verdict.message));
            QCOMPARE(verdict.accessKeyId, c.credentials.accessKeyId);
            QVERIFY(!verdict.presigned);
        }
    }

    void verifierRefusesTamperedHeaders_data() { vectors(); }
    void verifierRefusesTamperedHeaders()
    {
        QFETCH(QString, dir);
        const Case c = readContext(dir);
        const SigV4Verifier verifier = verifierFor(c);
        const SigV4Request signedRequest = parseRequest(readFile(dir + "/header-signed-request.txt"_L1));
        const QDateTime at = c.options.time;
        const auto expectInvalid = [&](const SigV4Request &r, const SigV4Verifier &v, const char *what) {
            const SigV4Verdict verdict = v.verify(r, at);
            QVERIFY2(verdict.outcome == Outcome::InvalidSignature, what);
            QCOMPARE(verdict.httpStatus(), 403);
            QCOMPARE(verdict.errorType(), "InvalidSignatureException");
            QVERIFY2(verdict.message.startsWith("The request signature we calculated does not match"_L1)
                         || verdict.message.contains("x-amz-content-sha256"_L1),
                     qPrintable(verdict.message));
        };

        SigV4Request r = signedRequest;
        r.setHeader("Authorization", flipLastHex(r.header("Authorization"), "Signature="));
        expectInvalid(r, verifier, "signature changed");

        r = signedRequest;
        r.path += 'x';
        expectInvalid(r, verifier, "path changed");

        r = signedRequest;
        r.query += r.query.isEmpty() ? "extra=1" : "&extra=1";
        expectInvalid(r, verifier, "query parameter added");

        r = signedRequest;
        r.setHeader("Host", "example.amazonaws.com.evil");
        expectInvalid(r, verifier, "signed header changed");

        r = signedRequest;
        r.method = r.method == "GET" ? "POST" : "GET";
        expectInvalid(r, verifier, "method changed");

        if (!signedRequest.body.isEmpty()) {
            r = signedRequest;
            r.body[0] = r.body[0] == 'P' ? 'Q' : 'P';
            expectInvalid(r, verifier, "body changed");
        }

        Case wrongSecret = c;
        wrongSecret.credentials.secretAccessKey += u'x';
        expectInvalid(signedRequest, verifierFor(wrongSecret), "another secret");

        // An access key nobody configured.
        Case otherKey = c;
        otherKey.credentials.accessKeyId = u"AKIDOTHER"_s;
        SigV4Verdict verdict = verifierFor(otherKey).verify(signedRequest, at);
        QCOMPARE(verdict.outcome, Outcome::UnrecognizedClient);
        QCOMPARE(verdict.httpStatus(), 403);
        QCOMPARE(verdict.errorType(), "UnrecognizedClientException");
        QCOMPARE(verdict.message, u"The security token included in the request is invalid."_s);

        // No Authorization at all.
        r = signedRequest;
        r.removeHeader("Authorization");
        verdict = verifier.verify(r, at);
        QCOMPARE(verdict.outcome, Outcome::MissingAuthenticationToken);
        QCOMPARE(verdict.httpStatus(), 403);
        QCOMPARE(verdict.errorType(), "MissingAuthenticationTokenException");

        // More than 5 minutes off, either way: expired even with the right signature.
        verdict = verifier.verify(signedRequest, at.addSecs(301));
        QCOMPARE(verdict.outcome, Outcome::SignatureExpired);
        QCOMPARE(verdict.errorType(), "InvalidSignatureException");
        QCOMPARE(verdict.message,
                 u"Signature expired: 20150830T123600Z is now earlier than 20150830T123601Z "
                 "(20150830T124101Z - 5 min.)"_s);
        verdict = verifier.verify(signedRequest, at.addSecs(-301));
        QCOMPARE(verdict.outcome, Outcome::SignatureExpired);
        QVERIFY(verdict.message.startsWith("Signature not yet current: 20150830T123600Z"_L1));
    }

    void verifierAcceptsPresigned_data() { vectors(); }
    void verifierAcceptsPresigned()
    {
        QFETCH(QString, dir);
        const Case c = readContext(dir);
        const SigV4Verifier verifier = verifierFor(c);
        const SigV4Request request = parseRequest(readFile(dir + "/query-signed-request.txt"_L1));
        for (int offset : { 0, 3599 }) {
            const SigV4Verdict verdict = verifier.verify(request, c.options.time.addSecs(offset));
            QVERIFY2(verdict.isAccepted(), qPrintable(verdict.message));
            QVERIFY(verdict.presigned);
        }
    }

    void verifierRefusesTamperedPresigned_data() { vectors(); }
    void verifierRefusesTamperedPresigned()
    {
        QFETCH(QString, dir);
        const Case c = readContext(dir);
        const SigV4Verifier verifier = verifierFor(c);
        const SigV4Request signedRequest = parseRequest(readFile(dir + "/query-signed-request.txt"_L1));
        const QDateTime at = c.options.time;

        SigV4Request r = signedRequest;
        r.query = flipLastHex(r.query, "X-Amz-Signature=");
        QCOMPARE(verifier.verify(r, at).outcome, Outcome::InvalidSignature);

        r = signedRequest;
        r.query.replace("X-Amz-Expires=3600", "X-Amz-Expires=7200");
        QCOMPARE(verifier.verify(r, at).outcome, Outcome::InvalidSignature);

        r = signedRequest;
        r.query.prepend("extra=1&");
        QCOMPARE(verifier.verify(r, at).outcome, Outcome::InvalidSignature);

        r = signedRequest;
        r.path += 'x';
        QCOMPARE(verifier.verify(r, at).outcome, Outcome::InvalidSignature);

        const SigV4Verdict expired = verifier.verify(signedRequest, at.addSecs(3601));
        QCOMPARE(expired.outcome, Outcome::SignatureExpired);
        QVERIFY(expired.message.startsWith("Signature expired"_L1));

        r = signedRequest;
        r.query.replace("X-Amz-Algorithm=AWS4-HMAC-SHA256&", "");
        QCOMPARE(verifier.verify(r, at).outcome, Outcome::IncompleteSignature);
    }

    void signingKeyAsDocumented()
    {
        // The worked example of AWS's "derive a signing key" documentation.
        QCOMPARE(SigV4::signingKey("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "20120215", "us-east-1", "iam").toHex(),
                 "f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d");
    }

    void alreadyEncodedPathIsEncodedAgain()
    {
        // botocore signs an ARN's "%3A" as "%253A" (every service but S3): the
        // verifier sees the wire path and must do the same.
        QCOMPARE(SigV4::canonicalUri("/2015-03-31/functions/arn%3Aaws%3Alambda/invocations", true),
                 "/2015-03-31/functions/arn%253Aaws%253Alambda/invocations");
        QCOMPARE(SigV4::canonicalQuery("b=%2F&a=x+y&a=%41"), "a=A&a=x%2By&b=%2F");
    }

    void unsignedPayloadIsDeclaredAndVerified()
    {
        const AwsCredentials credentials { u"AKIDEXAMPLE"_s, u"secret"_s, {} };
        SigV4Options options;
        options.region = u"us-east-1"_s;
        options.service = u"lambda"_s;
        options.time = QDateTime(QDate(2026, 11, 30), QTime(12, 0), QTimeZone::UTC);
        options.unsignedPayload = true;
        SigV4Request request;
        request.method = "POST";
        request.path = "/2015-03-31/functions/hello/invocations";
        request.headers = { { "Host", "127.0.0.1:3001" } };
        request.body = R"({"a":1})";
        const SigV4Signature s = SigV4::signHeaders(request, credentials, options);
        QVERIFY(s.canonicalRequest.endsWith("\nUNSIGNED-PAYLOAD"));
        QCOMPARE(request.header("x-amz-content-sha256"), "UNSIGNED-PAYLOAD");

        SigV4Verifier verifier;
        verifier.addCredentials(credentials);
        verifier.setService(u"lambda"_s);
        QVERIFY(verifier.verify(request, options.time).isAccepted());
        // The body is not covered: another body still passes, as on AWS.
        request.body = R"({"a":2})";
        QVERIFY(verifier.verify(request, options.time).isAccepted());

        // A declared hash that is not the body's is refused.
        options.unsignedPayload = false;
        options.signBody = true;
        SigV4::signHeaders(request, credentials, options);
        QVERIFY(verifier.verify(request, options.time).isAccepted());
        request.body = R"({"a":3})";
        const SigV4Verdict verdict = verifier.verify(request, options.time);
        QCOMPARE(verdict.outcome, Outcome::InvalidSignature);
        QVERIFY(verdict.message.contains("x-amz-content-sha256"_L1));
    }

    void scopeIsChecked()
    {
        const AwsCredentials credentials { u"AKIDEXAMPLE"_s, u"secret"_s, {} };
        SigV4Options options;
        options.region = u"eu-west-1"_s;
        options.service = u"s3"_s;
        options.time = QDateTime(QDate(2026, 11, 30), QTime(12, 0), QTimeZone::UTC);
        SigV4Request request;
        request.method = "GET";
        request.headers = { { "Host", "localhost" } };
        SigV4::signHeaders(request, credentials, options);

        SigV4Verifier verifier;
        verifier.addCredentials(credentials);
        QVERIFY(verifier.verify(request, options.time).isAccepted()); // any region, any service
        verifier.setService(u"lambda"_s);
        SigV4Verdict verdict = verifier.verify(request, options.time);
        QCOMPARE(verdict.outcome, Outcome::InvalidSignature);
        QCOMPARE(verdict.message, u"Credential should be scoped to correct service: 'lambda'. "_s);
        verifier.setService({});
        verifier.setRegion(u"us-east-1"_s);
        verdict = verifier.verify(request, options.time);
        QCOMPARE(verdict.outcome, Outcome::InvalidSignature);
        QVERIFY(verdict.message.contains("valid region"_L1));
    }

    void sessionTokenMustMatch()
    {
        const AwsCredentials credentials { u"ASIAEXAMPLE"_s, u"secret"_s, u"token-1"_s };
        SigV4Options options;
        options.region = u"us-east-1"_s;
        options.service = u"lambda"_s;
        options.time = QDateTime(QDate(2026, 11, 30), QTime(12, 0), QTimeZone::UTC);
        SigV4Request request;
        request.method = "POST";
        request.headers = { { "Host", "localhost" } };
        SigV4Request other = request;
        SigV4::signHeaders(request, credentials, options);
        SigV4::signHeaders(other, AwsCredentials { credentials.accessKeyId, credentials.secretAccessKey, u"token-2"_s },
                           options);
        SigV4Verifier verifier;
        verifier.addCredentials(credentials);
        QVERIFY(verifier.verify(request, options.time).isAccepted());
        QCOMPARE(verifier.verify(other, options.time).outcome, Outcome::UnrecognizedClient);
    }

    void incompleteAuthorizationAsAwsSaysIt_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QString>("message");
        QTest::newRow("no parts") << QByteArray("AWS4-HMAC-SHA256 ")
                                  << u"Authorization header requires 'Credential' parameter. Authorization header "
                                     "requires 'Signature' parameter. Authorization header requires 'SignedHeaders' "
                                     "parameter. Authorization=AWS4-HMAC-SHA256 "_s;
        QTest::newRow("a bearer token") << QByteArray("Bearer abc")
                                        << u"'Bearer abc' not a valid key=value pair (missing equal-sign) in "
                                           "Authorization header: 'Bearer abc'."_s;
        QTest::newRow("no signature")
            << QByteArray("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261130/us-east-1/lambda/aws4_request, "
                          "SignedHeaders=host")
            << u"Authorization header requires 'Signature' parameter. Authorization=AWS4-HMAC-SHA256 "
               "Credential=AKIDEXAMPLE/20261130/us-east-1/lambda/aws4_request, SignedHeaders=host"_s;
    }
    void incompleteAuthorizationAsAwsSaysIt()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QString, message);
        SigV4Request request;
        request.method = "POST";
        request.headers
            = { { "Host", "localhost" }, { "X-Amz-Date", "20261130T120000Z" }, { "Authorization", authorization } };
        SigV4Verifier verifier;
        verifier.addCredentials({ u"AKIDEXAMPLE"_s, u"secret"_s, {} });
        const SigV4Verdict verdict
            = verifier.verify(request, QDateTime(QDate(2026, 11, 30), QTime(12, 0), QTimeZone::UTC));
        QCOMPARE(verdict.outcome, Outcome::IncompleteSignature);
        QCOMPARE(verdict.httpStatus(), 400);
        QCOMPARE(verdict.errorType(), "IncompleteSignatureException");
        QCOMPARE(verdict.message, message);
        QCOMPARE(verdict.jsonBody(),
                 QJsonDocument(QJsonObject { { u"message"_s, message } }).toJson(QJsonDocument::Compact));
    }

private:
    void vectors()
    {
        QTest::addColumn<QString>("dir");
        const QStringList cases = QDir(suiteDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &name : cases)
            QTest::newRow(qPrintable(name)) << suiteDir() + u'/' + name;
    }
};

QTEST_GUILESS_MAIN(TestSigV4)
#include "tst_sigv4.moc"
