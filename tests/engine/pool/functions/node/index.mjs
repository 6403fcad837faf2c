// SPDX-License-Identifier: MIT
let count = 0; // module state: kept while the instance stays warm

export const handler = async (event, context) => {
    count += 1;
    return { count, runtime: "esm", requestId: context.awsRequestId, remaining: context.getRemainingTimeInMillis() };
};

export const fail = async () => {
    throw new TypeError("broken on purpose");
};

// What the handler sees of its caller: the client context (the Invoke API's
// X-Amz-Client-Context) and the ARN it was invoked by.
export const clientContext = async (event, context) => ({
    invokedFunctionArn: context.invokedFunctionArn,
    region: process.env.AWS_REGION,
    clientContext: context.clientContext ?? null,
});
