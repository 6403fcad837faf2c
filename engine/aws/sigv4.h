// SPDX-License-Identifier: MIT
#pragma once

#include "engine/aws/awscredentials.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

namespace Bullpen {

// An HTTP request as AWS Signature Version 4 sees it: the method, the path and
// query exactly as they travel on the wire (percent-encoded or not: SigV4
// encodes what it is given, so a client that sent "%3A" signed "%253A", as
// botocore does for every service but S3), the headers in arrival order (the
// same name may repeat) and the body.
struct SigV4Request
{
    QByteArray method;
    QByteArray path = "/";
    QByteArray query; // without the '?'
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // The first value of a header (names compare without case); null when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    // Replaces every header of that name by one, or appends it.
    void setHeader(const QByteArray &name, const QByteArray &value);
    void removeHeader(QByteArrayView name);
    QByteArray target() const; // path, then '?' and the query when there is one
};

// How a request is signed. The defaults are botocore's for the JSON services
// (Lambda among them): the path normalised, the body hashed.
struct SigV4Options
{
    QString region;
    QString service;
    QDateTime time; // the signing time (UTC); invalid: now
    bool normalizePath = true; // remove "." and ".." segments and empty ones ("//")
    bool signBody = false; // add (and sign) x-amz-content-sha256
    bool unsignedPayload = false; // "UNSIGNED-PAYLOAD" instead of the body's hash
    bool omitSessionToken = false; // add the token after signing (services that leave it unsigned)
    qint64 expiresSeconds = 3600; // presigned URLs: X-Amz-Expires
};

// What one signing produced, step by step: the tests compare each step with the
// public test suite, and the verifier uses them to tell what did not match.
struct SigV4Signature
{
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signature; // lower-case hex
    QByteArray signedHeaders; // "host;x-amz-date"
    QByteArray credentialScope; // "20150830/us-east-1/service/aws4_request"
};

namespace SigV4 {

inline constexpr QByteArrayView algorithm = "AWS4-HMAC-SHA256";
inline constexpr QByteArrayView unsignedPayloadHash = "UNSIGNED-PAYLOAD";

// RFC 3986 encoding as SigV4 wants it: every byte but the unreserved ones
// (A-Z a-z 0-9 - . _ ~) as %XX in upper case; '/' kept when keepSlash.
QByteArray uriEncode(QByteArrayView bytes, bool keepSlash);
QByteArray percentDecode(QByteArrayView bytes);
// The canonical URI: the wire path, normalised when asked, encoded.
QByteArray canonicalUri(QByteArrayView path, bool normalize);
// The canonical query: every parameter decoded, encoded strictly, sorted by key
// then value; the parameters named in skip (X-Amz-Signature when verifying a
// presigned URL) left out.
QByteArray canonicalQuery(QByteArrayView rawQuery, const QByteArrayList &skip = {});
// "name:value\n" for each signed header, values trimmed and inner runs of spaces
// folded to one, repeated headers joined with ',' in arrival order.
QByteArray canonicalHeaders(const SigV4Request &request, const QByteArrayList &signedHeaders);
// The lower-case names of every header of the request that is signed, sorted.
QByteArrayList headersToSign(const SigV4Request &request);

QByteArray amzDate(const QDateTime &time); // 20150830T123600Z
QByteArray dateStamp(const QDateTime &time); // 20150830
QDateTime parseAmzDate(QByteArrayView text); // invalid when malformed
QByteArray sha256Hex(QByteArrayView data);
QByteArray signingKey(QByteArrayView secret, QByteArrayView dateStamp, QByteArrayView region, QByteArrayView service);

// The steps from a request to its signature. The caller decides which headers
// are signed and what the payload hash is (the body's, or whatever the client
// declared in x-amz-content-sha256).
SigV4Signature computeSignature(const SigV4Request &request, const QByteArrayList &signedHeaders,
                                QByteArrayView canonicalQueryString, QByteArrayView payloadHash, bool normalizePath,
                                QByteArrayView amzDate, QByteArrayView credentialScope, QByteArrayView secret);

// Signs in the Authorization header: adds X-Amz-Date, X-Amz-Security-Token
// (when the credentials have one), x-amz-content-sha256 (when signBody) and
// Authorization to the request.
SigV4Signature signHeaders(SigV4Request &request, const AwsCredentials &credentials, const SigV4Options &options);
// Signs in the query (a presigned URL): appends X-Amz-Algorithm, -Credential,
// -Date, -SignedHeaders, -Expires, -Security-Token and -Signature to the query.
SigV4Signature presign(SigV4Request &request, const AwsCredentials &credentials, const SigV4Options &options);

} // namespace SigV4
} // namespace Bullpen
