// SPDX-License-Identifier: MIT
#include "engine/aws/sigv4verifier.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Bullpen {

using namespace Qt::StringLiterals;
using Outcome = SigV4Verdict::Outcome;

int SigV4Verdict::httpStatus() const
{
    switch (outcome) {
    case Outcome::Accepted:
        return 200;
    case Outcome::IncompleteSignature:
        return 400;
    case Outcome::MissingAuthenticationToken:
    case Outcome::InvalidSignature:
    case Outcome::SignatureExpired:
    case Outcome::UnrecognizedClient:
        return 403;
    }
    return 403;
}

QByteArray SigV4Verdict::errorType() const
{
    switch (outcome) {
    case Outcome::Accepted:
        return {};
    case Outcome::MissingAuthenticationToken:
        return "MissingAuthenticationTokenException";
    case Outcome::IncompleteSignature:
        return "IncompleteSignatureException";
    case Outcome::InvalidSignature:
    case Outcome::SignatureExpired:
        return "InvalidSignatureException";
    case Outcome::UnrecognizedClient:
        return "UnrecognizedClientException";
    }
    return {};
}

QByteArray SigV4Verdict::jsonBody() const
{
    return QJsonDocument(QJsonObject { { u"message"_s, message } }).toJson(QJsonDocument::Compact);
}

void SigV4Verifier::addCredentials(const AwsCredentials &credentials)
{
    if (credentials.isValid())
        m_credentials.insert(credentials.accessKeyId, credentials);
}

namespace {

// AWS's own wording, so that what a user searches for finds AWS's documentation.
constexpr auto invalidSignatureText
    = "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access "
      "Key and signing method. Consult the service documentation for details.";
constexpr auto unrecognizedText = "The security token included in the request is invalid.";

SigV4Verdict refuse(Outcome outcome, const QString &message, const QString &accessKeyId = {})
{
    SigV4Verdict v;
    v.outcome = outcome;
    v.message = message;
    v.accessKeyId = accessKeyId;
    return v;
}

QHash<QByteArray, QByteArray> queryParameters(QByteArrayView rawQuery)
{
    QHash<QByteArray, QByteArray> params;
    for (const QByteArray &part : rawQuery.toByteArray().split('&')) {
        const qsizetype eq = part.indexOf('=');
        const QByteArray key = SigV4::percentDecode(eq < 0 ? QByteArrayView(part) : QByteArrayView(part).first(eq));
        if (!key.isEmpty() && !params.contains(key))
            params.insert(key, eq < 0 ? QByteArray("") : SigV4::percentDecode(QByteArrayView(part).sliced(eq + 1)));
    }
    return params;
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

bool isSha256Hex(QByteArrayView text)
{
    if (text.size() != 64)
        return false;
    for (char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    }
    return true;
}

// What one request claims about its signature, from either form.
struct Claim
{
    QByteArray credential; // AKID/date/region/service/aws4_request
    QByteArray signedHeaders;
    QByteArray signature;
    QByteArray date; // X-Amz-Date as sent
    QByteArray token;
    qint64 expires = -1; // presigned only
};

} // namespace

SigV4Verdict SigV4Verifier::verify(const SigV4Request &request, const QDateTime &nowGiven) const
{
    const QDateTime now = nowGiven.isValid() ? nowGiven.toUTC() : QDateTime::currentDateTimeUtc();
    const QByteArray authorization = request.header("Authorization");
    const QHash<QByteArray, QByteArray> query = queryParameters(request.query);
    const bool presigned = authorization.isNull()
        && (query.contains("X-Amz-Signature") || query.contains("X-Amz-Algorithm")
            || query.contains("X-Amz-Credential"));

    if (authorization.isNull() && !presigned)
        return refuse(Outcome::MissingAuthenticationToken, u"Missing Authentication Token"_s);

    Claim claim;
    if (presigned) {
        for (const char *key :
             { "X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Signature", "X-Amz-Date", "X-Amz-SignedHeaders" }) {
            if (!query.contains(key)) {
                return refuse(Outcome::IncompleteSignature,
                              u"AWS query-string parameters must include 'X-Amz-Algorithm', 'X-Amz-Credential', "
                              "'X-Amz-Signature', 'X-Amz-Date', 'X-Amz-SignedHeaders'. Re-examine the query-string "
                              "parameters."_s);
            }
        }
        if (query.value("X-Amz-Algorithm") != SigV4::algorithm) {
            return refuse(
                Outcome::IncompleteSignature,
                u"Unsupported AWS 'algorithm': '%1'"_s.arg(QString::fromUtf8(query.value("X-Amz-Algorithm"))));
        }
        claim.credential = query.value("X-Amz-Credential");
        claim.signedHeaders = query.value("X-Amz-SignedHeaders");
        claim.signature = query.value("X-Amz-Signature");
        claim.date = query.value("X-Amz-Date");
        claim.token = query.value("X-Amz-Security-Token", request.header("X-Amz-Security-Token"));
        bool ok = false;
        claim.expires = query.value("X-Amz-Expires", "604800").toLongLong(&ok);
        if (!ok || claim.expires < 0) {
            return refuse(Outcome::IncompleteSignature,
                          u"X-Amz-Expires must be a non-negative integer, not '%1'."_s.arg(
                              QString::fromUtf8(query.value("X-Amz-Expires"))));
        }
    } else {
        const QString authText = QString::fromUtf8(authorization);
        const QByteArray prefix = SigV4::algorithm.toByteArray() + ' ';
        if (!authorization.startsWith(prefix)) {
            const QByteArray algorithm = authorization.trimmed().split(' ').value(0);
            if (algorithm.startsWith("AWS4-") || algorithm == "AWS" || algorithm == "AWS3") {
                return refuse(Outcome::IncompleteSignature,
                              u"Unsupported AWS 'algorithm': '%1'"_s.arg(QString::fromUtf8(algorithm)));
            }
        }
        QStringList missing;
        QHash<QByteArray, QByteArray> parts;
        const QByteArray rest = authorization.startsWith(prefix) ? authorization.sliced(prefix.size()) : authorization;
        for (const QByteArray &raw : rest.split(',')) {
            const QByteArray part = raw.trimmed();
            if (part.isEmpty())
                continue;
            const qsizetype eq = part.indexOf('=');
            if (eq <= 0) {
                return refuse(
                    Outcome::IncompleteSignature,
                    u"'%1' not a valid key=value pair (missing equal-sign) in Authorization header: '%2'."_s.arg(
                        QString::fromUtf8(part), authText));
            }
            parts.insert(part.first(eq).trimmed(), part.sliced(eq + 1).trimmed());
        }
        claim.date = request.header("X-Amz-Date");
        if (!parts.contains("Credential"))
            missing << u"Authorization header requires 'Credential' parameter."_s;
        if (!parts.contains("Signature"))
            missing << u"Authorization header requires 'Signature' parameter."_s;
        if (!parts.contains("SignedHeaders"))
            missing << u"Authorization header requires 'SignedHeaders' parameter."_s;
        if (claim.date.isNull() && request.header("Date").isNull())
            missing << u"Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header."_s;
        if (!missing.isEmpty()) {
            missing << u"Authorization="_s + authText;
            return refuse(Outcome::IncompleteSignature, missing.join(u' '));
        }
        claim.credential = parts.value("Credential");
        claim.signedHeaders = parts.value("SignedHeaders");
        claim.signature = parts.value("Signature");
        claim.token = request.header("X-Amz-Security-Token");
    }

    // Credential=AKID/20150830/us-east-1/service/aws4_request
    const QByteArrayList scope = claim.credential.split('/');
    if (scope.size() != 5 || scope[0].isEmpty()) {
        return refuse(Outcome::IncompleteSignature,
                      u"Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, "
                      "got '%1'"_s.arg(QString::fromUtf8(claim.credential)));
    }
    const QString accessKeyId = QString::fromUtf8(scope[0]);
    if (scope[4] != "aws4_request") {
        return refuse(Outcome::InvalidSignature,
                      u"Credential should be scoped with a valid terminator: 'aws4_request', not '%1'."_s.arg(
                          QString::fromUtf8(scope[4])),
                      accessKeyId);
    }

    const auto known = m_credentials.constFind(accessKeyId);
    if (known == m_credentials.cend())
        return refuse(Outcome::UnrecognizedClient, QString::fromLatin1(unrecognizedText), accessKeyId);
    if (claim.token != known->sessionToken.toUtf8() && !(claim.token.isEmpty() && known->sessionToken.isEmpty()))
        return refuse(Outcome::UnrecognizedClient, QString::fromLatin1(unrecognizedText), accessKeyId);

    QDateTime requestTime;
    if (!claim.date.isNull()) {
        requestTime = SigV4::parseAmzDate(claim.date);
        if (!requestTime.isValid()) {
            return refuse(Outcome::InvalidSignature,
                          u"Date must be in ISO-8601 'basic format'. Got '%1'. See "
                          "http://en.wikipedia.org/wiki/ISO_8601"_s.arg(QString::fromUtf8(claim.date)),
                          accessKeyId);
        }
    } else {
        claim.date = request.header("Date");
        requestTime = QDateTime::fromString(QString::fromLatin1(claim.date), Qt::RFC2822Date).toUTC();
        if (!requestTime.isValid()) {
            return refuse(Outcome::InvalidSignature,
                          u"Date must be in RFC 1123 format. Got '%1'."_s.arg(QString::fromUtf8(claim.date)),
                          accessKeyId);
        }
    }
    const QByteArray amzDate = SigV4::amzDate(requestTime);
    if (scope[1] != SigV4::dateStamp(requestTime)) {
        return refuse(Outcome::InvalidSignature,
                      u"Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: "
                      "'%1' != '%2', from '%3'."_s.arg(QString::fromUtf8(scope[1]),
                                                       QString::fromLatin1(SigV4::dateStamp(requestTime)),
                                                       QString::fromLatin1(amzDate)),
                      accessKeyId);
    }
    if (!m_region.isEmpty() && scope[2] != m_region.toUtf8())
        return refuse(Outcome::InvalidSignature, u"Credential should be scoped to a valid region. "_s, accessKeyId);
    if (!m_service.isEmpty() && scope[3] != m_service.toUtf8()) {
        return refuse(Outcome::InvalidSignature,
                      u"Credential should be scoped to correct service: '%1'. "_s.arg(m_service), accessKeyId);
    }

    // The time window: AWS checks it before the signature, so an old request is
    // "expired" even when its signature is right.
    const auto stamp = [](const QDateTime &t) { return QString::fromLatin1(SigV4::amzDate(t)); };
    if (presigned) {
        const QDateTime until = requestTime.addSecs(claim.expires);
        if (now > until) {
            return refuse(
                Outcome::SignatureExpired,
                u"Signature expired: %1 is now earlier than %2 (%3 - %4 sec.)"_s.arg(
                    stamp(requestTime), stamp(now.addSecs(-claim.expires)), stamp(now), QString::number(claim.expires)),
                accessKeyId);
        }
    } else if (requestTime < now.addSecs(-m_maxSkewSeconds)) {
        return refuse(Outcome::SignatureExpired,
                      u"Signature expired: %1 is now earlier than %2 (%3 - %4 min.)"_s.arg(
                          stamp(requestTime), stamp(now.addSecs(-m_maxSkewSeconds)), stamp(now),
                          QString::number(m_maxSkewSeconds / 60)),
                      accessKeyId);
    }
    if (requestTime > now.addSecs(m_maxSkewSeconds)) {
        return refuse(Outcome::SignatureExpired,
                      u"Signature not yet current: %1 is still later than %2 (%3 + %4 min.)"_s.arg(
                          stamp(requestTime), stamp(now.addSecs(m_maxSkewSeconds)), stamp(now),
                          QString::number(m_maxSkewSeconds / 60)),
                      accessKeyId);
    }

    const QByteArrayList signedHeaders = claim.signedHeaders.split(';');
    if (!signedHeaders.contains("host") && !signedHeaders.contains(":authority")) {
        return refuse(Outcome::InvalidSignature,
                      u"'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization."_s, accessKeyId);
    }

    // The payload hash: what the client declared (UNSIGNED-PAYLOAD, or a hash
    // that must then be the body's), else the body's.
    const QByteArray bodyHash = SigV4::sha256Hex(request.body);
    QByteArrayList payloadHashes;
    const QByteArray declared = request.header("x-amz-content-sha256");
    if (!declared.isNull() && declared != SigV4::unsignedPayloadHash) {
        if (isSha256Hex(declared) && declared.toLower() != bodyHash) {
            return refuse(Outcome::InvalidSignature,
                          u"The provided 'x-amz-content-sha256' header does not match what was computed."_s,
                          accessKeyId);
        }
    }
    payloadHashes << (declared == SigV4::unsignedPayloadHash ? declared : bodyHash);
    if (presigned && declared.isNull())
        payloadHashes << SigV4::unsignedPayloadHash.toByteArray();

    QByteArrayList canonicalQueries { SigV4::canonicalQuery(
        request.query, presigned ? QByteArrayList { "X-Amz-Signature" } : QByteArrayList {}) };
    // Some services leave the session token out of a presigned URL's signature
    // and add it afterwards (the suite's post-sts-header-after).
    if (presigned && query.contains("X-Amz-Security-Token"))
        canonicalQueries << SigV4::canonicalQuery(request.query, { "X-Amz-Signature", "X-Amz-Security-Token" });
    const QByteArray secret = known->secretAccessKey.toUtf8();
    QList<bool> normalizations { true };
    if (SigV4::canonicalUri(request.path, true) != SigV4::canonicalUri(request.path, false))
        normalizations << false;
    const QByteArray credentialScope = claim.credential.sliced(scope[0].size() + 1);
    for (bool normalize : normalizations) {
        for (const QByteArray &payloadHash : payloadHashes) {
            for (const QByteArray &canonicalQuery : canonicalQueries) {
                const SigV4Signature expected = SigV4::computeSignature(
                    request, signedHeaders, canonicalQuery, payloadHash, normalize, amzDate, credentialScope, secret);
                if (constantTimeEquals(expected.signature, claim.signature.toLower())) {
                    SigV4Verdict ok;
                    ok.accessKeyId = accessKeyId;
                    ok.presigned = presigned;
                    return ok;
                }
            }
        }
    }
    SigV4Verdict bad = refuse(Outcome::InvalidSignature, QString::fromLatin1(invalidSignatureText), accessKeyId);
    bad.presigned = presigned;
    return bad;
}

} // namespace Bullpen
