// SPDX-License-Identifier: MIT
// A CommonJS handler in the callback style.
let count = 0;

exports.handler = function (event, context, callback) {
    count += 1;
    setTimeout(() => callback(null, { count, runtime: "commonjs-callback", echo: event }), 5);
};
