// SPDX-License-Identifier: MIT
#pragma once

#include "engine/aws/awscredentials.h"
#include "engine/aws/sigv4verifier.h"
#include "engine/serve/apierror.h"
#include "engine/serve/invokeapiserver.h"

#include <optional>

namespace Bullpen {

// SigV4 in front of `bullpen serve` (issue 11): off by default, as in SAM,
// where any credentials are taken; on with a profile from ~/.aws (or the
// environment's keys), when every request must be signed with that profile's
// keys for the service "lambda". A refusal is AWS's answer in Lambda's error
// shape (x-amzn-ErrorType and a JSON body), so the CLI and the SDKs raise
// InvalidSignatureException, UnrecognizedClientException and the rest.
namespace SigV4Auth {

// The verifier for one profile; nullopt with *error when the profile gives no keys.
std::optional<SigV4Verifier> lambdaVerifier(const QString &profile, QString *error,
                                            const AwsCredentialProvider &provider = AwsCredentialProvider());
ApiError apiError(const SigV4Verdict &verdict);
InvokeApiServer::Authenticator authenticator(const SigV4Verifier &verifier);

} // namespace SigV4Auth
} // namespace Bullpen
