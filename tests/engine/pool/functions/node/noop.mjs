// SPDX-License-Identifier: MIT
// The no-op handler of bench_preparedstart (as bullpen bench's).
export const handler = async () => null;
