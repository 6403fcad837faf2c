// SPDX-License-Identifier: MIT
#pragma once

#include "engine/aws/awscredentials.h"
#include "engine/aws/sigv4.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace Bullpen {

// The answer to one request: accepted, or refused the way AWS refuses it (the
// error type goes in x-amzn-ErrorType, the message in the JSON body), so a
// client's own error handling sees what it would see on AWS.
struct SigV4Verdict
{
    enum class Outcome {
        Accepted,
        MissingAuthenticationToken, // 403: no Authorization header, no presigned query
        IncompleteSignature, // 400: an Authorization header without its parts
        InvalidSignature, // 403: the signature does not match, or the scope is wrong
        SignatureExpired, // 403 InvalidSignatureException: the request time is too far off
        UnrecognizedClient, // 403: an access key (or session token) nobody configured
    };
    Outcome outcome = Outcome::Accepted;
    QString message;
    QString accessKeyId; // as the request named it, when it did
    bool presigned = false;

    bool isAccepted() const { return outcome == Outcome::Accepted; }
    int httpStatus() const;
    QByteArray errorType() const; // "InvalidSignatureException"
    QByteArray jsonBody() const; // {"message":"..."}, as Lambda answers
};

// Checks SigV4-signed requests against a set of local credentials, as AWS does
// on its side: the Authorization header or a presigned query, the credential
// scope, the request time within 5 minutes of now (or within X-Amz-Expires for
// a presigned URL), the session token, the declared payload hash against the
// body, and the signature itself (compared in constant time). Paths are tried
// normalised first, as every service but S3 signs them, then as sent.
class SigV4Verifier
{
public:
    void addCredentials(const AwsCredentials &credentials);
    void clear() { m_credentials.clear(); }
    bool isEmpty() const { return m_credentials.isEmpty(); }
    // A scope naming another service or region is refused; empty accepts any
    // (the AWS CLI signs with whatever region its profile has).
    void setService(const QString &service) { m_service = service; }
    void setRegion(const QString &region) { m_region = region; }
    void setMaxClockSkewSeconds(qint64 seconds) { m_maxSkewSeconds = seconds; }

    SigV4Verdict verify(const SigV4Request &request, const QDateTime &now = {}) const;

private:
    QHash<QString, AwsCredentials> m_credentials; // by access key id
    QString m_service;
    QString m_region;
    qint64 m_maxSkewSeconds = 300;
};

} // namespace Bullpen
