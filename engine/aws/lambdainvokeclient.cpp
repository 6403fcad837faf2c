// SPDX-License-Identifier: MIT
#include "engine/aws/lambdainvokeclient.h"

#include "engine/aws/sigv4.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <memory>

namespace Bullpen {

using namespace Qt::StringLiterals;

QByteArray LambdaInvokeResult::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray LambdaInvokeResult::logTail() const
{
    return QByteArray::fromBase64(header("X-Amz-Log-Result"));
}

QByteArray LambdaInvokeResult::errorType() const
{
    // AWS may append ":http://internal.amazon.com/coral/..." to the type.
    return header("x-amzn-ErrorType").split(':').value(0);
}

LambdaInvokeClient::LambdaInvokeClient(const QUrl &endpoint, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_endpoint(endpoint)
{
    qRegisterMetaType<Bullpen::LambdaInvokeResult>();
}

QUrl LambdaInvokeClient::endpointForRegion(const QString &region)
{
    return QUrl(u"https://lambda.%1.amazonaws.com"_s.arg(region));
}

void LambdaInvokeClient::setCredentials(const AwsCredentials &credentials, const QString &region)
{
    m_credentials = credentials;
    m_region = region.isEmpty() ? u"us-east-1"_s : region;
}

QUrl LambdaInvokeClient::functionsUrl(const QString &rest, const QString &qualifier) const
{
    // The name is one path segment: an ARN's ':' is percent-encoded as botocore
    // does, so the server sees the same bytes the signature covers.
    QByteArray path = m_endpoint.path(QUrl::FullyEncoded).toUtf8();
    while (path.endsWith('/'))
        path.chop(1);
    path += "/2015-03-31/functions/" + rest.toUtf8();
    QUrl url = m_endpoint;
    url.setPath(QString::fromLatin1(path), QUrl::StrictMode);
    if (!qualifier.isEmpty())
        url.setQuery("Qualifier="_L1 + QString::fromLatin1(SigV4::uriEncode(qualifier.toUtf8(), false)),
                     QUrl::StrictMode);
    else
        url.setQuery(QString());
    return url;
}

QUrl LambdaInvokeClient::invocationUrl(const LambdaInvokeRequest &request) const
{
    return functionsUrl(QString::fromLatin1(SigV4::uriEncode(request.functionName.toUtf8(), false)) + "/invocations"_L1,
                        request.qualifier);
}

quint64 LambdaInvokeClient::invoke(const LambdaInvokeRequest &request)
{
    QList<std::pair<QByteArray, QByteArray>> headers { { "Content-Type", "application/json" },
                                                       { "X-Amz-Invocation-Type", request.invocationType } };
    if (request.tailLogs)
        headers.append(std::pair<QByteArray, QByteArray>("X-Amz-Log-Type", "Tail"));
    if (!request.clientContext.isEmpty())
        headers.append(std::pair<QByteArray, QByteArray>("X-Amz-Client-Context", request.clientContext));
    return send("POST", invocationUrl(request), request.payload, headers);
}

quint64 LambdaInvokeClient::getFunction(const QString &functionName, const QString &qualifier)
{
    return send("GET", functionsUrl(QString::fromLatin1(SigV4::uriEncode(functionName.toUtf8(), false)), qualifier), {},
                {});
}

quint64 LambdaInvokeClient::listFunctions()
{
    return send("GET", functionsUrl({}, {}), {}, {});
}

quint64 LambdaInvokeClient::send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                                 const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    SigV4Request signable;
    signable.method = verb;
    signable.path = url.path(QUrl::FullyEncoded).toUtf8();
    signable.query = url.query(QUrl::FullyEncoded).toUtf8();
    signable.body = body;
    // Host as Qt's HTTP stack writes it: the port only when it is not the scheme's.
    QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int defaultPort = url.scheme() == "https"_L1 ? 443 : 80;
    if (url.port() != -1 && url.port() != defaultPort)
        host += ':' + QByteArray::number(url.port());
    signable.setHeader("Host", host);
    for (const auto &[name, value] : headers)
        signable.setHeader(name, value);
    if (m_credentials.isValid()) {
        SigV4Options options;
        options.region = m_region;
        options.service = u"lambda"_s;
        SigV4::signHeaders(signable, m_credentials, options);
    }

    QNetworkRequest http(url);
    http.setTransferTimeout(m_timeoutMs);
    if (!m_keepAlive)
        http.setRawHeader("Connection", "close");
    for (const auto &[name, value] : std::as_const(signable.headers)) {
        if (name != "Host") // Qt writes the same value itself
            http.setRawHeader(name, value);
    }
    const quint64 id = m_nextId++;
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QNetworkReply *reply = verb == "GET" ? m_network->get(http) : m_network->post(http, body);
    m_pending.insert(reply, id);
    connect(reply, &QNetworkReply::finished, this, [this, reply, clock] {
        LambdaInvokeResult result;
        result.roundTripNs = clock->nsecsElapsed();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.headers = reply->rawHeaderPairs();
        result.body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError && result.status == 0)
            result.networkError = reply->errorString();
        const quint64 finishedId = m_pending.take(reply);
        reply->deleteLater();
        Q_EMIT finished(finishedId, result);
    });
    return id;
}

void LambdaInvokeClient::abortAll()
{
    const auto replies = m_pending.keys();
    for (QNetworkReply *reply : replies)
        reply->abort();
}

} // namespace Bullpen
