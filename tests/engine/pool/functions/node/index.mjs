// SPDX-License-Identifier: MIT
let count = 0; // module state: kept while the instance stays warm

export const handler = async (event, context) => {
    count += 1;
    return { count, runtime: "esm", requestId: context.awsRequestId, remaining: context.getRemainingTimeInMillis() };
};

export const fail = async () => {
    throw new TypeError("broken on purpose");
};
