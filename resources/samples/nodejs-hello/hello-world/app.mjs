// SPDX-License-Identifier: MIT
// A minimal API Gateway (REST, proxy integration) handler as an ES module.

/**
 * Answers any request with a greeting.
 * @param {object} event the API Gateway proxy event (see events/event.json)
 * @param {object} context the Lambda context (request id, remaining time, ...)
 */
export const handler = async (event, context) => {
    // Written out so the body is byte for byte what the Python sample's
    // json.dumps() returns: both samples answer alike.
    return {
        statusCode: 200,
        body: '{"message": "hello world"}',
    };
};
