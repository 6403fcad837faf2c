// SPDX-License-Identifier: MIT
require('does-not-exist');
exports.handler = async () => null;
