// SPDX-License-Identifier: MIT
#pragma once

#include "engine/aws/awscredentials.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <utility>

class QNetworkAccessManager;
class QNetworkReply;

namespace Bullpen {

// One call of Lambda's Invoke API.
struct LambdaInvokeRequest
{
    QString functionName; // name, partial ARN or full ARN
    QByteArray payload;
    QString qualifier; // version or alias; empty: $LATEST
    QByteArray invocationType = "RequestResponse"; // Event, DryRun
    bool tailLogs = false; // X-Amz-Log-Type: Tail
    QByteArray clientContext; // base64 JSON for X-Amz-Client-Context, or empty
};

// What came back, as the caller saw it: the HTTP answer, and the round trip
// measured from the request's hand-over to the network stack to its last byte.
struct LambdaInvokeResult
{
    int status = 0; // 0: no HTTP answer (see networkError)
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 roundTripNs = 0;
    QString networkError; // connection refused, timeout...

    QByteArray header(QByteArrayView name) const;
    QByteArray functionError() const { return header("X-Amz-Function-Error"); } // "Unhandled"
    QByteArray executedVersion() const { return header("X-Amz-Executed-Version"); }
    QByteArray logTail() const; // X-Amz-Log-Result decoded
    QByteArray errorType() const; // x-amzn-ErrorType without its ":url" tail
    bool isSuccess() const { return status >= 200 && status < 300 && functionError().isEmpty(); }
};

// A client of Lambda's Invoke API (POST /2015-03-31/functions/NAME/invocations)
// for the real service or anything that speaks it (`bullpen serve`, an emulator
// on port 8080 behind its own path): signs with SigV4 when it has credentials,
// sends on one keep-alive QNetworkAccessManager, and reports each answer by id.
// The deployment targets compare through it.
class LambdaInvokeClient : public QObject
{
    Q_OBJECT
public:
    explicit LambdaInvokeClient(const QUrl &endpoint, QObject *parent = nullptr);

    // https://lambda.REGION.amazonaws.com
    static QUrl endpointForRegion(const QString &region);

    QUrl endpoint() const { return m_endpoint; }
    // Signing is on when the credentials are valid; the region goes in the scope.
    void setCredentials(const AwsCredentials &credentials, const QString &region);
    bool isSigning() const { return m_credentials.isValid(); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Off: every request asks for its own connection (Connection: close), so
    // that a load balancer that balances connections (Swarm's routing mesh)
    // spreads the calls.
    void setKeepAlive(bool keepAlive) { m_keepAlive = keepAlive; }

    QUrl invocationUrl(const LambdaInvokeRequest &request) const;
    quint64 invoke(const LambdaInvokeRequest &request); // returns the id finished() carries
    // GetFunction (GET /2015-03-31/functions/NAME[?Qualifier=Q]), signed as
    // invoke() is: whether the function is there and the keys are taken,
    // without running it (the deployment targets' health check).
    quint64 getFunction(const QString &functionName, const QString &qualifier = {});
    // ListFunctions (GET /2015-03-31/functions/): whether an endpoint answers
    // Lambda's API, and takes the keys, without naming a function.
    quint64 listFunctions();
    void abortAll();

Q_SIGNALS:
    void finished(quint64 id, const Bullpen::LambdaInvokeResult &result);

private:
    QUrl functionsUrl(const QString &rest, const QString &qualifier) const;
    quint64 send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                 const QList<std::pair<QByteArray, QByteArray>> &headers);

    QNetworkAccessManager *m_network = nullptr;
    QUrl m_endpoint;
    AwsCredentials m_credentials;
    QString m_region;
    int m_timeoutMs = 15 * 60 * 1000 + 30 * 1000; // Lambda's longest timeout, and some
    bool m_keepAlive = true;
    quint64 m_nextId = 1;
    QHash<QNetworkReply *, quint64> m_pending;
};

} // namespace Bullpen

Q_DECLARE_METATYPE(Bullpen::LambdaInvokeResult)
