// SPDX-License-Identifier: MIT
// What node had loaded before the handler's module: its first line (issue 16, a lean start).
const atLoad = process.moduleLoadList.slice();

exports.modules = async () => ({ atLoad });
