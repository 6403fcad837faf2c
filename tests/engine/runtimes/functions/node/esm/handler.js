// SPDX-License-Identifier: MIT
// ESM through "type": "module" in the nearest package.json.
export const handler = async (event) => ({ kind: 'esm-js', event, isModule: typeof require === 'undefined' });
