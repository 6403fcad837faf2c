// SPDX-License-Identifier: MIT
exports.handler = async (event) => {
  return event +;
};
