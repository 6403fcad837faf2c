// SPDX-License-Identifier: MIT
// Handlers the runtime conformance test drives (tests/engine/runtimes/run_conformance.py).
let count = 0;
let timerFired = 0;

exports.echo = async (event) => ({ event });

// What a process this one forks would inherit.
exports.execArgv = async () => process.execArgv;

exports.counter = async () => {
  count += 1;
  return { count, pid: process.pid };
};

exports.context = async (event, context) => ({
  functionName: context.functionName,
  functionVersion: context.functionVersion,
  invokedFunctionArn: context.invokedFunctionArn,
  memoryLimitInMB: context.memoryLimitInMB,
  memoryType: typeof context.memoryLimitInMB,
  awsRequestId: context.awsRequestId,
  logGroupName: context.logGroupName,
  logStreamName: context.logStreamName,
  identity: context.identity ?? null,
  clientContext: context.clientContext ?? null,
  remaining: context.getRemainingTimeInMillis(),
  waits: context.callbackWaitsForEmptyEventLoop,
  traceEnv: process.env._X_AMZN_TRACE_ID ?? null,
});

exports.boom = async () => {
  throw new Error('boom');
};

exports.syncThrow = () => {
  throw new TypeError('sync boom');
};

// Callback style: the response waits for the timer (empty event loop).
exports.callbackWaits = (event, context, callback) => {
  setTimeout(() => {
    timerFired += 1;
    console.log('timer fired');
  }, 50);
  callback(null, { kind: 'callback', timerFiredBefore: timerFired });
};

// Same, but the function opts out: the response goes before the timer.
exports.callbackNoWait = (event, context, callback) => {
  context.callbackWaitsForEmptyEventLoop = false;
  setTimeout(() => console.log('late timer'), 300);
  callback(null, { kind: 'callback-nowait' });
};

exports.callbackError = (event, context, callback) => {
  callback(new Error('callback failure'));
};

exports.callbackString = (event, context, callback) => {
  callback('plain string failure');
};

exports.succeed = (event, context) => {
  context.succeed({ legacy: 'succeed' });
};
exports.done = (event, context) => {
  context.done(null, { legacy: 'done' });
};
exports.fail = (event, context) => {
  context.fail(new Error('legacy fail'));
};

// Never calls back, returns nothing: Lambda answers null once the loop drains.
exports.forgets = () => {};

exports.circular = async () => {
  const o = { name: 'loop' };
  o.self = o;
  return o;
};

exports.logs = async () => {
  console.log('hello %s', 'log');
  console.info('multi\nline');
  console.warn('warn line');
  console.error('error line');
  return 'logged';
};

exports.rejects = async () => {
  Promise.reject(new Error('nobody handles me'));
  await new Promise((resolve) => setTimeout(resolve, 200));
  return 'too late';
};

exports.notAFunction = 42;

exports.noop = async () => null;

exports.throwsLater = async () => {
  setTimeout(() => {
    throw new Error('thrown from a timer');
  }, 10);
  await new Promise((resolve) => setTimeout(resolve, 200));
  return 'too late';
};
