// SPDX-License-Identifier: MIT
//
// Bullpen's Node.js runtime: the Lambda programming model on the Runtime API.
//
// Run inside the container as `node /var/runtime/bootstrap.cjs`. It loads the
// handler named by _HANDLER from LAMBDA_TASK_ROOT once (ESM or CommonJS, the
// way Lambda's Node runtime resolves it), then loops on /runtime/invocation/next
// over one keep-alive socket. Error bodies, console format, context object and
// callback semantics follow aws-lambda-nodejs-runtime-interface-client so that
// code and log readers written against real Lambda see the same shapes. No npm
// packages: node's own modules only.

'use strict';

// CommonJS, not ESM: a CommonJS main module leaves node's ESM loader unloaded
// (~20 ms of CPU at start here, more under Lambda's CPU share); an ESM
// handler still loads through import(), which brings the loader when needed.
const fs = require('node:fs');
const path = require('node:path');
const util = require('node:util');
const { Writable } = require('node:stream');
const { pathToFileURL } = require('node:url');

// A start-up snapshot (issue 16): the runtime image builds one of this file with
// its own node (`node --snapshot-blob B --build-snapshot bootstrap.cjs`), and the
// sandbox starts `node --snapshot-blob B /var/runtime/bootstrap.cjs`: node's own
// bootstrap and this module's top level are deserialized instead of run (Debian's
// node has no snapshot or code cache of its own). Everything that depends on the
// process (environment, streams, handlers) is therefore done in main(), not at
// the top level. In a snapshot, `require` knows node's built-in modules only: the
// handler is loaded through a require made at run time (createRequire), and an
// ES module through esm.cjs (a function compiled into a snapshot has no dynamic
// import()). node:http cannot be in a Node 20 snapshot; it is loaded on first use.
// (node:v8 is loaded only then: ~5 ms of a start without a snapshot.)
const buildingSnapshot = process.execArgv.includes('--build-snapshot') &&
  require('node:v8').startupSnapshot.isBuildingSnapshot();
const ownSource = buildingSnapshot ? fs.readFileSync(__filename, 'utf8') : null;
let userRequire = buildingSnapshot ? null : require;
let importModule = buildingSnapshot ? null : (url) => import(url);
let httpModule = buildingSnapshot ? null : require('node:http');
const http = () => (httpModule ??= require('node:http'));

// Where this start's time went, told to the engine with the first /next
// (official runtimes do not say): wall-clock nanoseconds, from Node's own clock
// (timeOrigin is the process's start). The interpreter is up when Node's own
// bootstrap is complete, before this module and its imports are loaded.
const RUNTIME_INIT_HEADER = 'Bullpen-Runtime-Init';
const wallNs = (ms) => (BigInt(Math.round((performance.timeOrigin + ms) * 1000)) * 1000n).toString();
let firstNextHeaders;

const NEXT_PATH = '/2018-06-01/runtime/invocation/next';
const INVOCATION_PREFIX = '/2018-06-01/runtime/invocation/';
const INIT_ERROR_PATH = '/2018-06-01/runtime/init/error';
const ERROR_TYPE_HEADER = 'Lambda-Runtime-Function-Error-Type';
// How long a refused Runtime API (engine restarting its listener) is retried.
const RECONNECT_PATIENCE_MS = 10000;

// ------------------------------------------------------------------- errors

class RuntimeError extends Error {}
const errorClass = (name) => {
  const cls = class extends RuntimeError {};
  cls.prototype.name = `Runtime.${name}`;
  return cls;
};
const ImportModuleError = errorClass('ImportModuleError');
const HandlerNotFound = errorClass('HandlerNotFound');
const MalformedHandlerName = errorClass('MalformedHandlerName');
const UserCodeSyntaxError = errorClass('UserCodeSyntaxError');
const NodeJsExit = errorClass('NodeJsExit');
class UnhandledPromiseRejection extends RuntimeError {
  constructor(reason, promise) {
    super(reason);
    this.reason = reason;
    this.promise = promise;
  }
}
UnhandledPromiseRejection.prototype.name = 'Runtime.UnhandledPromiseRejection';

function isErrorLike(obj) {
  return obj && typeof obj.name === 'string' && obj.name && typeof obj.message === 'string' &&
    obj.message && typeof obj.stack === 'string' && obj.stack;
}

// The body posted to /error and /init/error (the RIC sends `trace`, not stackTrace).
function toRapidResponse(error) {
  try {
    if (util.types.isNativeError(error) || isErrorLike(error)) {
      return { errorType: error.name, errorMessage: error.message, trace: error.stack.split('\n') };
    }
    return { errorType: typeof error, errorMessage: String(error), trace: [] };
  } catch {
    return {
      errorType: 'handled',
      errorMessage: 'callback called with Error argument, but there was a problem while retrieving one or more of its message, name, and stack',
    };
  }
}

function intoError(err) {
  return err instanceof Error ? err : new Error(err);
}

function withEnumerableProperties(value) {
  if (!(value instanceof Error)) return value;
  const ret = Object.assign({ errorType: value.name, errorMessage: value.message, code: value.code }, value);
  if (typeof value.stack === 'string') ret.stack = value.stack.split('\n');
  return ret;
}

function toFormatted(error) {
  try {
    return '\t' + JSON.stringify(error, (_k, v) => withEnumerableProperties(v));
  } catch {
    return '\t' + JSON.stringify(toRapidResponse(error));
  }
}

// ------------------------------------------------------------------ logging

let currentRequestId; // undefined until the first invocation, printed as such (like the RIC)

function patchConsole() {
  const order = { TRACE: 1, DEBUG: 2, INFO: 3, WARN: 4, ERROR: 5, FATAL: 6 };
  const minimum = order[(process.env.AWS_LAMBDA_LOG_LEVEL || '').toUpperCase()] || 1;
  const out = process.stdout;
  const logger = (level) => {
    if (order[level] < minimum) return () => {};
    return (message, ...params) => {
      const line = `${new Date().toISOString()}\t${currentRequestId}\t${level}\t${util.format(message, ...params)}`;
      // One record per line, as Lambda does: embedded newlines become CR.
      out.write(line.replace(/\n/g, '\r') + '\n');
    };
  };
  console.trace = logger('TRACE');
  console.debug = logger('DEBUG');
  console.info = logger('INFO');
  console.log = console.info;
  console.warn = logger('WARN');
  console.error = logger('ERROR');
  console.fatal = logger('FATAL');
}

function logError(label, err) {
  console.error(label, toFormatted(intoError(err)));
}

// ---------------------------------------------------------------- transport

let apiHost;
let apiPort;
let agent;
const keepAliveAgent = () => (agent ??= new (http().Agent)({ keepAlive: true, maxSockets: 1 }));

// One request over the keep-alive agent; resolves {status, headers, body}.
function exchangeOnce(method, urlPath, body, headers) {
  return new Promise((resolve, reject) => {
    const request = http().request(
      { host: apiHost, port: apiPort, method, path: urlPath, headers, agent: keepAliveAgent() },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => resolve({
          status: response.statusCode,
          headers: response.headers,
          body: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks),
        }));
        response.on('error', reject);
      });
    request.on('error', reject);
    request.end(body);
  });
}

async function exchange(method, urlPath, body, headers) {
  let giveUpAt = 0;
  let delay = 0;
  for (;;) {
    try {
      return await exchangeOnce(method, urlPath, body, headers);
    } catch (error) {
      const now = Date.now();
      if (!giveUpAt) giveUpAt = now + RECONNECT_PATIENCE_MS;
      else if (now >= giveUpAt) throw new Error(`Runtime API at ${apiHost}:${apiPort} unreachable: ${error.message}`);
      // The first retry is immediate: a stale keep-alive socket is the common case.
      if (delay) await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(Math.max(delay * 2, 10), 200);
    }
  }
}

function complainUnlessAccepted(reply, what) {
  // A rejected post (late, duplicate, too large) is the engine's decision; the
  // runtime stays alive for the next invocation and leaves a trace on stderr.
  if (reply.status !== 202) {
    process.stderr.write(`bullpen-runtime: Runtime API rejected ${what}: ${reply.status} ${reply.body.toString('utf8', 0, 300)}\n`);
  }
}

function jsonHeaders(body, extra) {
  return Object.assign({ 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) }, extra);
}

async function postResponse(id, bodyString) {
  const reply = await exchange('POST', INVOCATION_PREFIX + encodeURIComponent(id) + '/response', bodyString, jsonHeaders(bodyString));
  complainUnlessAccepted(reply, 'response');
}

async function postError(urlPath, error) {
  const response = toRapidResponse(error);
  const bodyString = JSON.stringify(response);
  const reply = await exchange('POST', urlPath, bodyString, jsonHeaders(bodyString, { [ERROR_TYPE_HEADER]: response.errorType }));
  complainUnlessAccepted(reply, 'error');
}

const postInvocationError = (id, error) => postError(INVOCATION_PREFIX + encodeURIComponent(id) + '/error', error);
const postInitError = (error) => postError(INIT_ERROR_PATH, error);

// ------------------------------------------------------- response streaming
//
// awslambda.streamifyResponse(handler) and awslambda.HttpResponseStream.from(),
// as Lambda's Node.js runtime offers them: the handler gets a writable
// responseStream, and each write goes to the Runtime API at once as one chunk
// of POST .../response in streaming mode. An error after the first byte is
// reported in the request's trailers (type, and the error document in base64).

const HANDLER_STREAMING = Symbol.for('aws.lambda.runtime.handler.streaming');
const HANDLER_HIGHWATERMARK = Symbol.for('aws.lambda.runtime.handler.streaming.highWaterMark');
const STREAM_RESPONSE = 'response';
const HTTP_INTEGRATION_TYPE = 'application/vnd.awslambda.http-integration-response';
const PRELUDE_DELIMITER_BYTES = 8;

class HttpResponseStream {
  // For function URLs: a JSON prelude (statusCode, headers, cookies) and eight
  // NUL bytes go out before the body's first byte.
  static from(underlyingStream, prelude) {
    underlyingStream.setContentType(HTTP_INTEGRATION_TYPE);
    const metadataPrelude = JSON.stringify(prelude);
    underlyingStream._onBeforeFirstWrite = (write) => {
      write(metadataPrelude);
      write(new Uint8Array(PRELUDE_DELIMITER_BYTES));
    };
    return underlyingStream;
  }
}

const awslambda = {
  streamifyResponse(handler, options) {
    handler[HANDLER_STREAMING] = STREAM_RESPONSE;
    if (options && Number.isInteger(options.highWaterMark)) handler[HANDLER_HIGHWATERMARK] = options.highWaterMark;
    return handler;
  },
  HttpResponseStream,
};

// The POST is opened on the first write (or at the end of a stream written
// to nowhere), so a handler that fails before writing reports its error the
// ordinary way, through /error.
function createResponseStream(id, highWaterMark) {
  let contentType = 'application/octet-stream';
  let request = null;
  let trailers = null;
  let abandoned = false;
  let settle;
  const reply = new Promise((resolve, reject) => { settle = { resolve, reject }; });
  const open = () => {
    request = http().request({
      host: apiHost, port: apiPort, method: 'POST', agent: keepAliveAgent(),
      path: INVOCATION_PREFIX + encodeURIComponent(id) + '/response',
      headers: {
        'Content-Type': contentType,
        'Lambda-Runtime-Function-Response-Mode': 'streaming',
        'Transfer-Encoding': 'chunked',
        Trailer: 'Lambda-Runtime-Function-Error-Type, Lambda-Runtime-Function-Error-Body',
      },
    }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => settle.resolve({ status: response.statusCode, body: Buffer.concat(chunks) }));
      response.on('error', settle.reject);
    });
    request.on('error', settle.reject);
    const before = stream._onBeforeFirstWrite;
    if (typeof before === 'function') before((chunk) => request.write(chunk));
  };
  const options = {
    write(chunk, _encoding, callback) {
      if (abandoned) return callback(new Error('the invocation has ended; this stream takes no more writes'));
      if (!request) open();
      request.write(chunk, callback);
    },
    final(callback) {
      if (abandoned) return callback();
      if (!request) open();
      if (trailers) request.addTrailers(trailers);
      request.end(callback);
    },
  };
  if (Number.isInteger(highWaterMark)) options.highWaterMark = highWaterMark;
  const stream = new Writable(options);
  stream.setContentType = (type) => {
    if (request) throw new Error('The content type of a response stream must be set before its first write');
    contentType = type;
  };
  // A failing write (the Runtime API went away) must not become an uncaught
  // 'error' event: the reply's rejection says it.
  stream.on('error', () => {});
  return {
    stream,
    reply,
    started: () => request !== null,
    abandon: () => { abandoned = true; stream.destroy(); },
    failWith(error) {
      const body = toRapidResponse(error);
      trailers = {
        'Lambda-Runtime-Function-Error-Type': body.errorType,
        'Lambda-Runtime-Function-Error-Body': Buffer.from(JSON.stringify(body)).toString('base64'),
      };
      if (!stream.writableEnded) stream.end();
      else if (stream.writableFinished) console.error('The response stream had already ended; the error cannot be reported in it.');
    },
  };
}

async function runStreaming(handler, event, context, id) {
  const rs = createResponseStream(id, handler[HANDLER_HIGHWATERMARK]);
  let failure;
  let failed = false;
  try {
    await handler(event, rs.stream, context);
  } catch (error) {
    failed = true;
    failure = error === undefined || error === null ? 'handled' : error;
  }
  beforeExit = null;
  if (failed) {
    logError('Invoke Error', failure);
    if (!rs.started()) {
      rs.abandon();
      await postInvocationError(id, failure);
      return;
    }
    rs.failWith(failure);
  } else if (!rs.stream.writableEnded) {
    // Returned without ending its stream: the response is what it wrote.
    rs.stream.end();
  }
  complainUnlessAccepted(await rs.reply, 'streamed response');
}

// ------------------------------------------------------------ handler load

const FUNCTION_EXPR = /^([^.]*)\.(.*)$/;

function hasPackageJsonTypeModule(folder) {
  for (;;) {
    if (folder.endsWith('/node_modules')) return false;
    const pj = path.join(folder, 'package.json');
    if (fs.existsSync(pj)) {
      try {
        return JSON.parse(fs.readFileSync(pj, 'utf8'))?.type === 'module';
      } catch (e) {
        console.warn(`${pj} cannot be read, it will be ignored for ES module detection purposes.`, e);
        return false;
      }
    }
    const parent = path.dirname(folder);
    if (parent === folder) return false;
    folder = parent;
  }
}

const tryRequire = (file) => (fs.existsSync(file) ? userRequire(file) : undefined);
const tryImport = async (file) => (fs.existsSync(file) ? await importModule(pathToFileURL(file).href) : undefined);

// Lambda's order: extensionless (CommonJS), .js as CommonJS unless the nearest
// package.json says "type":"module", then .js as ESM, .mjs, .cjs, then node's
// own resolution from the task root.
async function loadModule(appRoot, moduleRoot, moduleName) {
  const base = path.resolve(appRoot, moduleRoot, moduleName);
  const extensionless = tryRequire(base);
  if (extensionless) return extensionless;
  const isModule = hasPackageJsonTypeModule(path.dirname(base));
  if (!isModule) {
    const loaded = tryRequire(base + '.js');
    if (loaded) return loaded;
  }
  const loaded = (isModule && (await tryImport(base + '.js'))) ||
    (await tryImport(base + '.mjs')) ||
    tryRequire(base + '.cjs');
  if (loaded) return loaded;
  return userRequire(userRequire.resolve(moduleName, { paths: [appRoot, path.resolve(appRoot, moduleRoot)] }));
}

async function loadHandler(appRoot, fullHandler) {
  if (fullHandler.includes('..')) {
    throw new MalformedHandlerName(`'${fullHandler}' is not a valid handler name. Use absolute paths when specifying root directories in handler names.`);
  }
  const handlerString = path.basename(fullHandler);
  const moduleRoot = fullHandler.substring(0, fullHandler.indexOf(handlerString));
  const match = handlerString.match(FUNCTION_EXPR);
  if (!match) throw new MalformedHandlerName('Bad handler');
  const [, moduleName, handlerPath] = match;

  let userModule;
  try {
    userModule = await loadModule(appRoot, moduleRoot, moduleName);
  } catch (e) {
    if (e instanceof SyntaxError) throw new UserCodeSyntaxError(e);
    if (e && (e.code === 'MODULE_NOT_FOUND' || e.code === 'ERR_MODULE_NOT_FOUND')) throw new ImportModuleError(e);
    throw e;
  }
  const handler = handlerPath.split('.').reduce((nested, key) => nested && nested[key], userModule);
  if (!handler) throw new HandlerNotFound(`${fullHandler} is undefined or not exported`);
  if (typeof handler !== 'function') throw new HandlerNotFound(`${fullHandler} is not a function`);
  return handler;
}

// ------------------------------------------------------------------ context

// Read once at the start: these do not change during the life of the process.
let environmentData;

function parseJsonHeader(value, name) {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(value);
  } catch (err) {
    throw new Error(`Cannot parse ${name} as json: ${err.toString()}`);
  }
}

// ---------------------------------------------------------- the invoke loop

// Called by the loop when the event loop drains: the RIC's 'beforeExit' hook,
// which is how callback handlers wait for an empty event loop.
let beforeExit = null;

let errorCallbacks = {
  uncaughtException: (error) => postInitError(error).finally(() => process.exit(129)),
  unhandledRejection: (error) => postInitError(error).finally(() => process.exit(128)),
};

// What the process needs before the handler's module runs.
function installProcessHooks() {
  globalThis.awslambda = awslambda;
  process.on('beforeExit', () => {
    const fn = beforeExit;
    beforeExit = null;
    if (fn) fn();
  });
  process.on('uncaughtException', (error) => {
    logError('Uncaught Exception', error);
    errorCallbacks.uncaughtException(error);
  });
  process.on('unhandledRejection', (reason, promise) => {
    const error = new UnhandledPromiseRejection(reason, promise);
    logError('Unhandled Promise Rejection', error);
    errorCallbacks.unhandledRejection(error);
  });
}

function fatal(error) {
  process.stderr.write(`bullpen-runtime: ${error && error.message}\n`);
  process.exit(2);
}

function scheduleNext(handler, isAsync) {
  setImmediate(() => handleOnce(handler, isAsync).catch(fatal));
}

async function handleOnce(handler, isAsync) {
  const extraHeaders = firstNextHeaders;
  firstNextHeaders = undefined;
  const next = await exchange('GET', NEXT_PATH, undefined, extraHeaders);
  if (next.status !== 200) throw new Error(`Runtime API refused /next: ${next.status}`);
  const headers = next.headers;
  const id = headers['lambda-runtime-aws-request-id'];
  currentRequestId = id;

  let finished = false; // only the first of callback/done/succeed/fail counts
  let completed = false;
  const again = () => scheduleNext(handler, isAsync);
  const sendError = (err) => {
    logError('Invoke Error', err);
    postInvocationError(id, err).then(again, fatal);
  };
  const complete = (result) => {
    if (completed) {
      console.error('Invocation has already been reported as done. Cannot call complete more than once per invocation.');
      return;
    }
    completed = true;
    let bodyString;
    try {
      bodyString = JSON.stringify(result === undefined ? null : result);
    } catch {
      sendError(new Error('Unable to stringify response body'));
      return;
    }
    postResponse(id, bodyString).then(again, fatal);
  };

  let waitForEmptyEventLoop = true;
  const onlyFirst = (fn) => (...args) => {
    if (finished) return;
    finished = true;
    fn(...args);
  };
  const callback = onlyFirst((err, result) => {
    beforeExit = null;
    if (err !== undefined && err !== null) sendError(err);
    else if (!waitForEmptyEventLoop) complete(result);
    else beforeExit = () => setImmediate(() => complete(result));
  });
  const done = onlyFirst((err, result) => {
    beforeExit = null;
    if (err !== undefined && err !== null) sendError(err);
    else complete(result);
  });

  const trace = headers['lambda-runtime-trace-id'];
  if (trace) process.env._X_AMZN_TRACE_ID = trace;
  else delete process.env._X_AMZN_TRACE_ID;

  errorCallbacks = {
    uncaughtException: (error) => postInvocationError(id, error).finally(() => process.exit(129)),
    unhandledRejection: (error) => postInvocationError(id, error).finally(() => process.exit(128)),
  };
  // Neither callback nor settled promise before the loop drains: a sync handler
  // answers null, an async one never settled its promise (RIC behaviour).
  beforeExit = () => {
    completed = finished = true;
    if (isAsync) {
      const error = new NodeJsExit('The Lambda runtime client detected an unexpected Node.js exit code. This is most commonly caused by a Promise that was never settled.');
      logError('Invoke Error', error);
      postInvocationError(id, error).then(again, fatal);
    } else {
      postResponse(id, 'null').then(again, fatal);
    }
  };

  try {
    const deadline = Number(headers['lambda-runtime-deadline-ms']);
    const context = {
      get callbackWaitsForEmptyEventLoop() { return waitForEmptyEventLoop; },
      set callbackWaitsForEmptyEventLoop(value) { waitForEmptyEventLoop = value; },
      succeed: (result) => done(null, result),
      fail: (err) => done(err === undefined || err === null ? 'handled' : err, null),
      done,
      ...environmentData,
      clientContext: parseJsonHeader(headers['lambda-runtime-client-context'], 'ClientContext'),
      identity: parseJsonHeader(headers['lambda-runtime-cognito-identity'], 'CognitoIdentity'),
      invokedFunctionArn: headers['lambda-runtime-invoked-function-arn'],
      awsRequestId: id,
      tenantId: headers['lambda-runtime-aws-tenant-id'],
      getRemainingTimeInMillis: () => deadline - Date.now(),
    };
    const event = JSON.parse(next.body.toString('utf8'));
    if (handler[HANDLER_STREAMING] === STREAM_RESPONSE) {
      runStreaming(handler, event, context, id).then(again, fatal);
      return;
    }
    const result = handler(event, context, callback);
    if (result && typeof result.then === 'function') {
      result.then(context.succeed, context.fail);
    }
  } catch (err) {
    callback(err);
  }
}

async function main() {
  // Node's own bootstrap is complete (from a snapshot: deserialized).
  const interpreterUpNs = wallNs(performance.nodeTiming?.bootstrapComplete ?? performance.now());
  [apiHost, apiPort] = (process.env.AWS_LAMBDA_RUNTIME_API || '127.0.0.1:9001').split(':');
  apiPort = parseInt(apiPort, 10);
  environmentData = {
    functionVersion: process.env.AWS_LAMBDA_FUNCTION_VERSION,
    functionName: process.env.AWS_LAMBDA_FUNCTION_NAME,
    memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
    logGroupName: process.env.AWS_LAMBDA_LOG_GROUP_NAME,
    logStreamName: process.env.AWS_LAMBDA_LOG_STREAM_NAME,
  };
  installProcessHooks();
  patchConsole();
  const appRoot = process.env.LAMBDA_TASK_ROOT || '/var/task';
  let handler;
  const bootstrapReadyNs = wallNs(performance.now());
  try {
    handler = await loadHandler(appRoot, process.env._HANDLER || '');
  } catch (error) {
    // Same outcome as the RIC, where the load failure surfaces as an uncaught
    // exception: log it, post it to /init/error, exit 129.
    logError('Uncaught Exception', error);
    await postInitError(error).catch(() => {});
    process.exit(129);
  }
  firstNextHeaders = {
    [RUNTIME_INIT_HEADER]: `interpreter=${interpreterUpNs};bootstrap=${bootstrapReadyNs};handler=${wallNs(performance.now())}`,
  };
  const isAsync = handler.constructor?.name === 'AsyncFunction';
  scheduleNext(handler, isAsync);
}

// Started from a snapshot: the file named on the command line is this one as it
// was when the snapshot was built, or it is run as it is now (the snapshot's
// state is only this module's top level: no hook is installed yet).
function startFromSnapshot() {
  const runtimeFile = process.argv[1] || '/var/runtime/bootstrap.cjs';
  const nodeModule = require('node:module');
  userRequire = nodeModule.createRequire(runtimeFile);
  let current;
  try {
    current = fs.readFileSync(runtimeFile, 'utf8');
  } catch (error) {
    fatal(new Error(`cannot read ${runtimeFile}: ${error.message}`));
  }
  if (current !== ownSource) {
    process.stderr.write(`bullpen-runtime: the start-up snapshot is of another ${runtimeFile}; running the file itself\n`);
    userRequire(runtimeFile);
    return;
  }
  importModule = (url) => userRequire(path.join(path.dirname(runtimeFile), 'esm.cjs'))(url);
  // A process the handler forks (child_process.fork, a Worker) inherits
  // process.execArgv: it must not start from the runtime's snapshot.
  const flag = process.execArgv.findIndex((arg) => arg === '--snapshot-blob' || arg.startsWith('--snapshot-blob='));
  if (flag >= 0) process.execArgv.splice(flag, process.execArgv[flag] === '--snapshot-blob' ? 2 : 1);
  main().catch(fatal);
}

if (buildingSnapshot) {
  require('node:v8').startupSnapshot.setDeserializeMainFunction(startFromSnapshot);
} else {
  main().catch(fatal);
}
