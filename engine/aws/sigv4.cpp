// SPDX-License-Identifier: MIT
#include "engine/aws/sigv4.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>

namespace Bullpen {

QByteArray SigV4Request::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.isNull() ? QByteArray("") : value;
    }
    return {};
}

bool SigV4Request::hasHeader(QByteArrayView name) const
{
    return std::any_of(headers.cbegin(), headers.cend(),
                       [&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

void SigV4Request::setHeader(const QByteArray &name, const QByteArray &value)
{
    removeHeader(name);
    headers.append({ name, value });
}

void SigV4Request::removeHeader(QByteArrayView name)
{
    headers.removeIf([&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

QByteArray SigV4Request::target() const
{
    return query.isEmpty() ? path : path + '?' + query;
}

namespace SigV4 {

namespace {

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// RFC 3986 §5.2.4 as botocore applies it: empty and "." segments dropped, ".."
// drops the one before, the leading and trailing slash kept.
QByteArray removeDotSegments(QByteArrayView path)
{
    if (path.isEmpty())
        return "/";
    QByteArrayList out;
    for (const QByteArray &segment : path.toByteArray().split('/')) {
        if (segment.isEmpty() || segment == ".")
            continue;
        if (segment == "..") {
            if (!out.isEmpty())
                out.removeLast();
            continue;
        }
        out.append(segment);
    }
    QByteArray result = path.startsWith('/') ? QByteArray("/") : QByteArray();
    result += out.join('/');
    if (path.endsWith('/') && !out.isEmpty())
        result += '/';
    return result.isEmpty() ? QByteArray("/") : result;
}

QByteArray foldSpaces(QByteArrayView value)
{
    QByteArray out;
    out.reserve(value.size());
    bool inSpace = false;
    for (char c : value.trimmed()) {
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        if (space) {
            if (!inSpace)
                out += ' ';
            inSpace = true;
        } else {
            out += c;
            inSpace = false;
        }
    }
    return out;
}

bool isUnsignedHeader(QByteArrayView lowerName)
{
    // Headers that proxies and HTTP stacks add, change or drop on the way: signing
    // them would make a correct request fail (botocore and aws-c-auth skip them too).
    return lowerName == "authorization" || lowerName == "user-agent" || lowerName == "expect"
        || lowerName == "x-amzn-trace-id" || lowerName == "connection" || lowerName == "transfer-encoding";
}

QByteArray authorizationValue(const AwsCredentials &credentials, const SigV4Signature &signature)
{
    return algorithm.toByteArray() + " Credential=" + credentials.accessKeyId.toUtf8() + '/' + signature.credentialScope
        + ", SignedHeaders=" + signature.signedHeaders + ", Signature=" + signature.signature;
}

QDateTime signingTime(const SigV4Options &options)
{
    return options.time.isValid() ? options.time.toUTC() : QDateTime::currentDateTimeUtc();
}

QByteArray scopeFor(const QDateTime &time, const SigV4Options &options)
{
    return dateStamp(time) + '/' + options.region.toUtf8() + '/' + options.service.toUtf8() + "/aws4_request";
}

} // namespace

QByteArray uriEncode(QByteArrayView bytes, bool keepSlash)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (char c : bytes) {
        if (isUnreserved(c) || (keepSlash && c == '/')) {
            out += c;
        } else {
            const auto u = static_cast<unsigned char>(c);
            out += '%';
            out += hex[u >> 4];
            out += hex[u & 0xF];
        }
    }
    return out;
}

QByteArray percentDecode(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '%' && i + 2 < bytes.size() && hexValue(bytes[i + 1]) >= 0 && hexValue(bytes[i + 2]) >= 0) {
            out += char(hexValue(bytes[i + 1]) * 16 + hexValue(bytes[i + 2]));
            i += 2;
        } else {
            out += bytes[i];
        }
    }
    return out;
}

QByteArray canonicalUri(QByteArrayView path, bool normalize)
{
    if (path.isEmpty())
        return "/";
    return uriEncode(normalize ? removeDotSegments(path) : path.toByteArray(), true);
}

QByteArray canonicalQuery(QByteArrayView rawQuery, const QByteArrayList &skip)
{
    QList<std::pair<QByteArray, QByteArray>> params;
    for (const QByteArray &part : rawQuery.toByteArray().split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        const QByteArray key = percentDecode(eq < 0 ? QByteArrayView(part) : QByteArrayView(part).first(eq));
        const QByteArray value = eq < 0 ? QByteArray() : percentDecode(QByteArrayView(part).sliced(eq + 1));
        if (skip.contains(key))
            continue;
        params.append({ uriEncode(key, false), uriEncode(value, false) });
    }
    std::sort(params.begin(), params.end());
    QByteArray out;
    for (const auto &[key, value] : params) {
        if (!out.isEmpty())
            out += '&';
        out += key + '=' + value;
    }
    return out;
}

QByteArray canonicalHeaders(const SigV4Request &request, const QByteArrayList &signedHeaders)
{
    QByteArray out;
    for (const QByteArray &name : signedHeaders) {
        QByteArrayList values;
        for (const auto &[key, value] : request.headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                values.append(foldSpaces(value));
        }
        out += name + ':' + values.join(',') + '\n';
    }
    return out;
}

QByteArrayList headersToSign(const SigV4Request &request)
{
    QByteArrayList names;
    for (const auto &h : request.headers) {
        const QByteArray lower = h.first.trimmed().toLower();
        if (!isUnsignedHeader(lower) && !names.contains(lower))
            names.append(lower);
    }
    std::sort(names.begin(), names.end());
    return names;
}

// By hand rather than with QDateTime's format strings: those go through the
// locale and the local time zone (glibc re-reads /etc/localtime), which made
// verifying a request cost milliseconds.
QByteArray amzDate(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    char text[32];
    std::snprintf(text, sizeof text, "%04d%02d%02dT%02d%02d%02dZ", d.year(), d.month(), d.day(), t.hour(), t.minute(),
                  t.second());
    return QByteArray(text, 16);
}

QByteArray dateStamp(const QDateTime &time)
{
    return amzDate(time).first(8);
}

QDateTime parseAmzDate(QByteArrayView text)
{
    if (text.size() != 16 || text[8] != 'T' || text[15] != 'Z')
        return {};
    const auto number = [&](qsizetype from, qsizetype length) {
        int value = 0;
        for (qsizetype i = from; i < from + length; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return -1;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    const QDate date(number(0, 4), number(4, 2), number(6, 2));
    const QTime time(number(9, 2), number(11, 2), number(13, 2));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::UTC);
}

QByteArray sha256Hex(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray signingKey(QByteArrayView secret, QByteArrayView dateStamp, QByteArrayView region, QByteArrayView service)
{
    const auto hmac = [](QByteArrayView key, QByteArrayView message) {
        return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
    };
    const QByteArray kDate = hmac(QByteArray("AWS4" + secret.toByteArray()), dateStamp);
    const QByteArray kRegion = hmac(kDate, region);
    const QByteArray kService = hmac(kRegion, service);
    return hmac(kService, "aws4_request");
}

SigV4Signature computeSignature(const SigV4Request &request, const QByteArrayList &signedHeaders,
                                QByteArrayView canonicalQueryString, QByteArrayView payloadHash, bool normalizePath,
                                QByteArrayView amzDateText, QByteArrayView credentialScope, QByteArrayView secret)
{
    SigV4Signature s;
    s.signedHeaders = signedHeaders.join(';');
    s.credentialScope = credentialScope.toByteArray();
    s.canonicalRequest = request.method.toUpper() + '\n' + canonicalUri(request.path, normalizePath) + '\n'
        + canonicalQueryString.toByteArray() + '\n' + canonicalHeaders(request, signedHeaders) + '\n' + s.signedHeaders
        + '\n' + payloadHash.toByteArray();
    s.stringToSign = algorithm.toByteArray() + '\n' + amzDateText.toByteArray() + '\n' + s.credentialScope + '\n'
        + sha256Hex(s.canonicalRequest);
    // The scope is date/region/service/aws4_request; its parts make the key.
    const QByteArrayList scope = s.credentialScope.split('/');
    const QByteArray key = signingKey(secret, scope.value(0), scope.value(1), scope.value(2));
    s.signature = QMessageAuthenticationCode::hash(s.stringToSign, key, QCryptographicHash::Sha256).toHex();
    return s;
}

SigV4Signature signHeaders(SigV4Request &request, const AwsCredentials &credentials, const SigV4Options &options)
{
    const QDateTime time = signingTime(options);
    const QByteArray date = amzDate(time);
    request.removeHeader("Authorization");
    request.setHeader("X-Amz-Date", date);
    const bool token = !credentials.sessionToken.isEmpty();
    if (token && !options.omitSessionToken)
        request.setHeader("X-Amz-Security-Token", credentials.sessionToken.toUtf8());
    const QByteArray payloadHash
        = options.unsignedPayload ? unsignedPayloadHash.toByteArray() : sha256Hex(request.body);
    if (options.signBody || options.unsignedPayload)
        request.setHeader("x-amz-content-sha256", payloadHash);

    const SigV4Signature s
        = computeSignature(request, headersToSign(request), canonicalQuery(request.query), payloadHash,
                           options.normalizePath, date, scopeFor(time, options), credentials.secretAccessKey.toUtf8());
    if (token && options.omitSessionToken)
        request.setHeader("X-Amz-Security-Token", credentials.sessionToken.toUtf8());
    request.headers.append({ "Authorization", authorizationValue(credentials, s) });
    return s;
}

SigV4Signature presign(SigV4Request &request, const AwsCredentials &credentials, const SigV4Options &options)
{
    const QDateTime time = signingTime(options);
    const QByteArray date = amzDate(time);
    const QByteArray scope = scopeFor(time, options);
    const QByteArrayList signedHeaders = headersToSign(request);
    const bool token = !credentials.sessionToken.isEmpty();

    QByteArray query = request.query;
    const auto add = [&](QByteArrayView key, QByteArrayView value) {
        if (!query.isEmpty())
            query += '&';
        query += key.toByteArray() + '=' + uriEncode(value, false);
    };
    add("X-Amz-Algorithm", algorithm);
    add("X-Amz-Credential", QByteArray(credentials.accessKeyId.toUtf8() + '/' + scope));
    add("X-Amz-Date", date);
    add("X-Amz-SignedHeaders", signedHeaders.join(';'));
    add("X-Amz-Expires", QByteArray::number(options.expiresSeconds));
    if (token && !options.omitSessionToken)
        add("X-Amz-Security-Token", credentials.sessionToken.toUtf8());

    const QByteArray payloadHash
        = options.unsignedPayload ? unsignedPayloadHash.toByteArray() : sha256Hex(request.body);
    const SigV4Signature s = computeSignature(request, signedHeaders, canonicalQuery(query), payloadHash,
                                              options.normalizePath, date, scope, credentials.secretAccessKey.toUtf8());
    if (token && options.omitSessionToken)
        add("X-Amz-Security-Token", credentials.sessionToken.toUtf8());
    add("X-Amz-Signature", s.signature);
    request.query = query;
    return s;
}

} // namespace SigV4
} // namespace Bullpen
