// SPDX-License-Identifier: MIT
let count = 0;
export async function handler(event) {
  count += 1;
  return { kind: 'mjs', event, count };
}
