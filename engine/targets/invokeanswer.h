// SPDX-License-Identifier: MIT
#pragma once

#include "engine/aws/lambdainvokeclient.h"
#include "engine/targets/target.h"

namespace Bullpen {

// How the one answering an Invoke API call reports a function error.
enum class InvokeDialect {
    Lambda, // Lambda and `bullpen serve`: 200 with X-Amz-Function-Error
    Emulator, // the Runtime Interface Emulator: no header; an error document in a 200, 502 for fatal errors
};

// Reads an Invoke API answer into a call result: status, request id, payload,
// the function's error, the log tail and the REPORT figures in it, the round
// trip. From an emulator a function error is inferred from the body's shape
// (an object of errorMessage and errorType, as SAM infers it) and the
// emulator's timeout text; functionErrorInferred says so.
void readInvokeAnswer(const LambdaInvokeResult &answer, InvokeDialect dialect, TargetCallResult &result);

// A JSON object that is a Lambda error document: errorMessage and errorType,
// and nothing but stackTrace, requestId and cause besides.
bool isErrorDocument(const QByteArray &body);

// The transfer timeout of one call of a function: the spec's, else the
// function's timeout and 30 s more.
int callTimeoutMs(const TargetSpec &spec, const FunctionConfig &function);

} // namespace Bullpen
