// SPDX-License-Identifier: MIT
#include "engine/aws/sigv4authenticator.h"

#include "engine/aws/sigv4http.h"

#include <QHttpServerRequest>

namespace Bullpen::SigV4Auth {

using namespace Qt::StringLiterals;

std::optional<SigV4Verifier> lambdaVerifier(const QString &profile, QString *error,
                                            const AwsCredentialProvider &provider)
{
    const AwsProfile resolved = provider.resolve(profile);
    if (!resolved.isValid()) {
        if (error)
            *error = resolved.error;
        return std::nullopt;
    }
    SigV4Verifier verifier;
    verifier.addCredentials(resolved.credentials);
    // Any region: the CLI signs with whatever its profile says, and the local
    // server has no region of its own that a user would have configured.
    verifier.setService(u"lambda"_s);
    return verifier;
}

ApiError apiError(const SigV4Verdict &verdict)
{
    ApiError error;
    error.status = verdict.httpStatus();
    error.type = verdict.errorType();
    error.message = verdict.message;
    return error;
}

InvokeApiServer::Authenticator authenticator(const SigV4Verifier &verifier)
{
    return [verifier](const QHttpServerRequest &request) -> std::optional<ApiError> {
        const SigV4Verdict verdict = verifier.verify(sigV4Request(request));
        if (verdict.isAccepted())
            return std::nullopt;
        return apiError(verdict);
    };
}

} // namespace Bullpen::SigV4Auth
