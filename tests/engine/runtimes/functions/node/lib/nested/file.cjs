// SPDX-License-Identifier: MIT
module.exports.deep = { fn: async () => ({ kind: 'cjs', file: __filename }) };
