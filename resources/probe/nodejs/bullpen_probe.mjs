// SPDX-License-Identifier: MIT
// Bullpen's portability probe for Node.js: what this execution environment
// really is. The twin of resources/probe/python/bullpen_probe.py, answering
// with the same JSON (engine/portability reads both alike): Bullpen runs it
// beside a function (the same image, runtime and configuration, with the
// handler set to bullpen_probe.handler) in the local pool's Lambda-shaped
// sandbox and in a deployment target, and compares the two answers.
// Everything here is observed, never assumed: each figure comes with where it
// was read. The probe writes nothing but an empty file per tested folder,
// removed at once; it allocates nothing large and starts no process. Node's
// own modules only, so it runs on any Node.js image. An ES module (.mjs), so
// a function's package.json "type" does not change how it loads.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const PROBE_VERSION = 1;

// Folders whose writability matters when a function moves: only /tmp is
// writable on Lambda; a plain Docker container usually lets root write anywhere.
const PATHS = ['/var/task', '/opt', '/tmp', '/var/runtime', '/', '/home', '/var/tmp'];

// Values that are credentials: their presence and length are reported, never the value.
const SECRET_WORDS = ['SECRET', 'TOKEN', 'PASSWORD', 'CREDENTIAL', 'PRIVATE'];
const SECRET_NAMES = ['AWS_ACCESS_KEY_ID', 'AWS_ACCESS_KEY'];

function masked(name, value) {
  const upper = name.toUpperCase();
  if (value && (SECRET_NAMES.includes(upper) || SECRET_WORDS.some((w) => upper.includes(w))))
    return `(set, ${value.length} characters, not shown)`;
  return value;
}

function describeError(e) {
  return `${e.code || e.errno}: ${e.message.replace(/^[A-Z]+: /, '').replace(/, [a-z]+ '.*'$/, '')}`;
}

// The file's text; null when it does not exist; "!" and the error otherwise.
function read(file, limit = 65536) {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const buffer = Buffer.alloc(limit);
      const n = fs.readSync(fd, buffer, 0, limit, null);
      return buffer.subarray(0, n).toString('utf8');
    } finally {
      fs.closeSync(fd);
    }
  } catch (e) {
    return e.code === 'ENOENT' ? null : '!' + describeError(e);
  }
}

function mounts() {
  const out = {};
  for (const line of (read('/proc/self/mounts') || '').split('\n')) {
    const parts = line.split(' ');
    if (parts.length >= 4)
      out[parts[1].replaceAll('\\040', ' ')] = { source: parts[0], type: parts[2], options: parts[3] };
  }
  return out;
}

function mountOf(p, all) {
  let best = '/';
  for (const point of Object.keys(all)) {
    const prefix = point.replace(/\/+$/, '') + '/';
    if ((p === point || p.startsWith(prefix)) && point.length > best.length) best = point;
  }
  const entry = { ...(all[best] || {}), mountPoint: best };
  if (entry.options) entry.readOnly = entry.options.split(',').includes('ro');
  return entry;
}

function isDirectory(p) {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function writable(p, all) {
  const result = { path: p, exists: isDirectory(p), mount: mountOf(p, all) };
  if (!result.exists) {
    result.writable = false;
    result.evidence = `${p} does not exist`;
    return result;
  }
  const uid = process.geteuid();
  const name = path.join(p, `.bullpen-probe-${process.pid}-${Date.now()}`);
  try {
    fs.closeSync(fs.openSync(name, fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_WRONLY, 0o600));
    fs.unlinkSync(name);
    result.writable = true;
    result.evidence = `created and removed ${name} as uid ${uid}`;
  } catch (e) {
    result.writable = false;
    result.errno = e.code;
    result.evidence = `creating ${name} as uid ${uid} failed: ${describeError(e)}`;
  }
  return result;
}

function statvfs(p) {
  try {
    const st = fs.statfsSync(p);
    return { totalBytes: st.blocks * st.bsize, freeBytes: st.bavail * st.bsize };
  } catch (e) {
    return { error: describeError(e) };
  }
}

// {controllers: {name: path}, unified: path or null} from /proc/self/cgroup.
function cgroupPaths() {
  const controllers = {};
  let unified = null;
  for (const line of (read('/proc/self/cgroup') || '').split('\n')) {
    const parts = line.split(':');
    if (parts.length < 3) continue;
    const where = parts.slice(2).join(':');
    if (parts[0] === '0' && parts[1] === '') unified = where;
    for (const name of parts[1].split(',')) if (name) controllers[name] = where;
  }
  return { controllers, unified };
}

// The first readable of the paths: [path, text, tried]; [null, null, tried] otherwise.
function firstReadable(candidates) {
  const tried = [];
  for (const p of candidates) {
    const text = read(p);
    if (text !== null && !text.startsWith('!')) return [p, text.trim(), tried];
    tried.push(text === null ? p : `${p} (${text.slice(1)})`);
  }
  return [null, null, tried];
}

function cgroupCandidates(v1Controller, v1File, v2File) {
  const { controllers, unified } = cgroupPaths();
  const paths = [];
  // Inside a container the cgroup namespace usually makes the own group the
  // root of the mount; without one the group is the path /proc/self/cgroup names.
  if (fs.existsSync('/sys/fs/cgroup/cgroup.controllers')) {
    paths.push('/sys/fs/cgroup/' + v2File);
    if (unified && unified !== '/') paths.push('/sys/fs/cgroup' + unified + '/' + v2File);
  }
  // cgroup v1: the own group's folder when it is visible (a process on a
  // host), else the mount's root (Docker binds the container's group there).
  const base = '/sys/fs/cgroup/' + v1Controller;
  const sub = controllers[v1Controller.split(',')[0]];
  if (sub && sub !== '/') paths.push(base + sub + '/' + v1File);
  paths.push(base + '/' + v1File);
  if (unified !== null) paths.push('/sys/fs/cgroup/unified/' + v2File);
  return paths;
}

const NO_LIMIT = 2n ** 60n; // cgroup v1 says "no limit" with a huge page-aligned number
const isDigits = (text) => /^[0-9]+$/.test(text);

function memory() {
  const [p, text, tried] = firstReadable(cgroupCandidates('memory', 'memory.limit_in_bytes', 'memory.max'));
  const result = { source: p, raw: text };
  if (p === null) {
    result.limitBytes = null;
    result.evidence = `no cgroup memory file readable (tried ${tried.join(', ')})`;
  } else if (text === 'max' || (isDigits(text) && BigInt(text) >= NO_LIMIT)) {
    result.limitBytes = null;
    result.evidence = `${p} = ${text} (no limit)`;
  } else {
    result.limitBytes = isDigits(text) ? Number(text) : null;
    result.evidence = `${p} = ${text}`;
  }
  for (const line of (read('/proc/meminfo') || '').split('\n')) {
    if (line.startsWith('MemTotal:')) result.memTotalBytes = Number(line.split(/\s+/)[1]) * 1024;
  }
  return result;
}

function cpu() {
  const result = { onlineCpus: os.cpus().length };
  if (typeof os.availableParallelism === 'function') result.affinityCpus = os.availableParallelism();
  let [p, text, tried] = firstReadable(cgroupCandidates('cpu,cpuacct', 'cpu.cfs_quota_us', 'cpu.max'));
  if (p === null) {
    let tried2;
    [p, text, tried2] = firstReadable(cgroupCandidates('cpu', 'cpu.cfs_quota_us', 'cpu.max'));
    tried = tried.concat(tried2);
  }
  result.source = p;
  result.raw = text;
  if (p === null) {
    result.cpus = null;
    result.evidence = `no cgroup CPU file readable (tried ${tried.join(', ')})`;
    return result;
  }
  let quota = null;
  let period = null;
  if (p.endsWith('cpu.max')) {
    const parts = text.split(/\s+/);
    if (parts.length && parts[0] !== 'max') {
      quota = Number(parts[0]);
      period = parts.length > 1 ? Number(parts[1]) : 100000;
    }
  } else {
    const value = /^-?[0-9]+$/.test(text) ? Number(text) : -1;
    if (value > 0) {
      quota = value;
      const periodText = (read(p.replace('cpu.cfs_quota_us', 'cpu.cfs_period_us')) || '100000').trim();
      period = isDigits(periodText) ? Number(periodText) : 100000;
    }
  }
  if (quota === null) {
    result.cpus = null;
    result.evidence = `${p} = ${text} (no quota)`;
  } else {
    result.cpus = Math.round((quota / period) * 10000) / 10000;
    result.evidence = `${p} = ${text} (quota ${quota} us per ${period} us)`;
  }
  return result;
}

function pids() {
  const [p, text, tried] = firstReadable(cgroupCandidates('pids', 'pids.max', 'pids.max'));
  if (p === null) return { limit: null, evidence: `no cgroup pids file readable (tried ${tried.join(', ')})` };
  return { limit: text === 'max' ? null : Number(text), source: p, evidence: `${p} = ${text}` };
}

// Node has no getrlimit: the kernel's own account of this process's limits.
function rlimits() {
  const text = read('/proc/self/limits');
  if (!text || text.startsWith('!')) return {};
  const value = (v) => (v === 'unlimited' ? null : Number(v));
  const result = {};
  for (const [name, key] of [
    ['Max open files', 'nofile'],
    ['Max processes', 'nproc'],
  ]) {
    const line = text.split('\n').find((l) => l.startsWith(name));
    if (line) {
      const fields = line.slice(name.length).trim().split(/\s+/);
      result[key] = [value(fields[0]), value(fields[1])];
    }
  }
  return result;
}

function user() {
  const result = {
    uid: process.getuid(),
    gid: process.getgid(),
    euid: process.geteuid(),
    groups: [...process.getgroups()].sort((a, b) => a - b),
  };
  // From /etc/passwd, as Python's pwd module reads it (os.userInfo throws without an entry).
  const passwd = read('/etc/passwd');
  const entry =
    passwd && !passwd.startsWith('!')
      ? passwd
          .split('\n')
          .map((l) => l.split(':'))
          .find((f) => f.length >= 7 && Number(f[2]) === result.euid)
      : undefined;
  result.name = entry ? entry[0] : null;
  if (entry) result.passwdHome = entry[5];
  result.evidence = `getuid() = ${result.uid}, geteuid() = ${result.euid}, user ${
    result.name || '(not in /etc/passwd)'
  }`;
  return result;
}

function osRelease() {
  const text = read('/etc/os-release') || read('/usr/lib/os-release') || '';
  for (const line of text.split('\n')) {
    if (line.startsWith('PRETTY_NAME=')) return line.slice('PRETTY_NAME='.length).trim().replace(/^"|"$/g, '');
  }
  return null;
}

function libc() {
  const header = process.report?.getReport?.().header;
  return header?.glibcVersionRuntime ? `glibc ${header.glibcVersionRuntime}` : null;
}

function timezone() {
  const now = new Date();
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const result = {
    TZ: process.env.TZ ?? null,
    tzname: [zone],
    utcOffsetSeconds: -now.getTimezoneOffset() * 60,
  };
  try {
    result.localtime = fs.readlinkSync('/etc/localtime');
  } catch (e) {
    result.localtime = e.code === 'ENOENT' ? null : '(a file, not a link)';
  }
  const offset = -now.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const pad = (n) => String(Math.abs(n)).padStart(2, '0');
  const local = new Date(now.getTime() + offset * 60000).toISOString().slice(0, 19);
  result.evidence = `TZ=${result.TZ}, Intl time zone=${zone}, localtime ${local}${sign}${pad(
    Math.trunc(offset / 60),
  )}${pad(offset % 60)}`;
  return result;
}

// The context object's fields under the Python probe's names, so that both
// probes answer alike (the report names the Node.js spelling in its evidence).
function contextFields(context) {
  const fields = {};
  for (const [name, key] of [
    ['function_name', 'functionName'],
    ['function_version', 'functionVersion'],
    ['memory_limit_in_mb', 'memoryLimitInMB'],
    ['invoked_function_arn', 'invokedFunctionArn'],
    ['log_group_name', 'logGroupName'],
    ['log_stream_name', 'logStreamName'],
    ['aws_request_id', 'awsRequestId'],
  ]) {
    const value = context[key];
    fields[name] = value === undefined || value === null ? null : typeof value === 'number' ? value : String(value);
  }
  // Lambda's Node.js context gives memoryLimitInMB as a string; Python's an int.
  if (typeof fields.memory_limit_in_mb === 'string' && isDigits(fields.memory_limit_in_mb))
    fields.memory_limit_in_mb = Number(fields.memory_limit_in_mb);
  try {
    fields.remaining_time_ms = context.getRemainingTimeInMillis();
  } catch (e) {
    fields.remaining_time_ms = null;
    fields.remaining_time_error = String(e);
  }
  return fields;
}

export function probe(context) {
  const all = mounts();
  const environment = {};
  for (const name of Object.keys(process.env).sort()) environment[name] = masked(name, process.env[name]);
  return {
    probe: PROBE_VERSION,
    language: 'nodejs',
    environment,
    user: user(),
    cwd: process.cwd(),
    home: process.env.HOME ?? null,
    hostname: os.hostname(),
    paths: PATHS.map((p) => writable(p, all)),
    rootFilesystem: mountOf('/', all),
    tmp: { ...statvfs('/tmp'), mount: mountOf('/tmp', all) },
    memory: memory(),
    cpu: cpu(),
    pids: pids(),
    rlimits: rlimits(),
    architecture: os.machine ? os.machine() : process.arch,
    kernel: os.release(),
    os: osRelease(),
    runtime: {
      language: 'nodejs',
      version: process.versions.node,
      implementation: 'Node.js',
      executable: process.execPath,
      libc: libc(),
    },
    timezone: timezone(),
    context: context ? contextFields(context) : null,
  };
}

export const handler = async (event, context) => probe(context);

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(JSON.stringify(probe(), null, 2) + '\n');
