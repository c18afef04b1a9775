#!/usr/bin/env node
// Runs extension integration tests inside a real VS Code extension host (code-server 4.100.3 =
// VS Code 1.100.3), the way @vscode/test-electron does on a desktop:
//
//   node scripts/host/run-integration.mjs --extension <abs ext dev path> --tests <abs runner.js> \
//        --workspace <abs folder | .code-workspace> [--timeout-ms 120000] [--extensions-dir D] \
//        [--user-data-dir D] [--logs-dir D] [--verbose]
//
// The runner module is CommonJS and exports run(): Promise<void> (reject or throw = failure).
// The workbench reports test output through window.codeAutomationLog and the result through
// window.codeAutomationExit(code); this script streams the output to stdout and exits with the code.
// Exit codes: the tests' code (0 = passed); 124 = timeout; 2 = bad arguments; 1 = harness failure.

import { existsSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { format, parseArgs } from 'node:util';
import { launchBrowser } from './chromium.mjs';
import { startCodeServer, toRemoteUri, withTimeout } from './codeServer.mjs';

const USAGE = `usage: node scripts/host/run-integration.mjs --extension <abs path> --tests <abs runner.js> --workspace <abs folder> [--timeout-ms N] [--extensions-dir D] [--user-data-dir D] [--logs-dir D] [--port N] [--verbose]`;
const say = (msg) => process.stderr.write(`[run-integration] ${msg}\n`);

function fail(msg, code = 2) {
  say(msg);
  say(USAGE);
  process.exit(code);
}

let opts;
try {
  opts = parseArgs({
    options: {
      extension: { type: 'string', multiple: true },
      tests: { type: 'string' },
      workspace: { type: 'string' },
      'timeout-ms': { type: 'string', default: process.env.HOST_TEST_TIMEOUT_MS ?? '120000' },
      'extensions-dir': { type: 'string' },
      'user-data-dir': { type: 'string' },
      'logs-dir': { type: 'string' },
      // The same port keeps the same workspace storage across runs (the web workbench's workspace id
      // includes the server's address): the index benchmark's warm run needs it.
      port: { type: 'string' },
      verbose: { type: 'boolean', default: process.env.HOST_DEBUG === '1' },
      help: { type: 'boolean' },
    },
    strict: true,
  }).values;
} catch (e) {
  fail(e.message);
}
if (opts.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const extensions = opts.extension ?? [];
if (extensions.length === 0) fail('--extension is required');
if (!opts.tests) fail('--tests is required');
for (const p of [...extensions, opts.tests, ...(opts.workspace ? [opts.workspace] : [])]) {
  if (!path.isAbsolute(p)) fail(`not an absolute path: ${p}`);
  if (!existsSync(p)) fail(`does not exist: ${p}`);
}
for (const e of extensions) {
  if (!existsSync(path.join(e, 'package.json'))) fail(`no package.json in extension folder ${e}`);
}
const timeoutMs = Number(opts['timeout-ms']);
if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) fail(`bad --timeout-ms ${opts['timeout-ms']}`);
const verbose = opts.verbose;

// Workbench start-up chatter forwarded through codeAutomationLog along with the test output; hidden
// unless --verbose. Anchored on whole known messages so test output is never swallowed.
const WORKBENCH_NOISE = [
  /^Resolving connection token \(/,
  /^Resolved connection token \(/,
  /^Creating a socket \(renderer-(Management|ExtensionHost)-[0-9a-f-]+\)/,
  /^Updating additional builtin extensions cache$/,
  /^\[Service Worker\] registered$/,
  /^ChatSessionStore: Migrating \d+ chat sessions/,
  /^getaddrinfo ENOTFOUND open-vsx\.org/, // extension gallery look-up: no internet here
];

// Browser console errors that are always there offline; left out of the failure report.
const BROWSER_NOISE = [
  /open-vsx\.org/,
  /Failed to load resource: the server responded with a status of 404/,
  /Failed to load resource: net::ERR_NAME_NOT_RESOLVED/,
];

// ------------------------------------------------------------------ workbench URL
const payload = [
  ...extensions.map((e) => ['extensionDevelopmentPath', toRemoteUri(e)]),
  ['extensionTestsPath', toRemoteUri(opts.tests)],
  ['skipWelcome', 'true'],
];
function workbenchQuery() {
  const q = new URLSearchParams();
  if (opts.workspace) {
    const ws = path.resolve(opts.workspace);
    if (statSync(ws).isDirectory()) q.set('folder', ws);
    else q.set('workspace', ws); // *.code-workspace
  } else {
    q.set('ew', 'true'); // empty window
  }
  q.set('payload', JSON.stringify(payload));
  return q.toString();
}

// ------------------------------------------------------------------ run
const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
let server;
let context;
const pageErrors = [];

let cleaning;
/** Closes the browser and stops code-server (once; later calls wait for the same work). */
function cleanup() {
  cleaning ??= (async () => {
    if (context) await withTimeout(context.close(), 15_000, 'browser close timed out').catch((e) => say(e.message));
    if (server) await server.stop().catch((e) => say(`stopping code-server: ${e.message}`));
  })();
  return cleaning;
}

let signalled = 0;
for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  // process.on, not once: cleanup.mjs's fallback handler leaves the signal to us while we listen.
  process.on(sig, async () => {
    if (signalled) return;
    signalled = code;
    say(`${sig}: stopping code-server and the browser`);
    await cleanup();
    process.exit(code);
  });
}

let exitCode = 1;
try {
  server = await startCodeServer({
    extensionsDir: opts['extensions-dir'],
    userDataDir: opts['user-data-dir'],
    ...(opts.port ? { port: Number(opts.port) } : {}),
    onLog: verbose ? (l) => process.stderr.write(`[code-server] ${l}\n`) : undefined,
  });
  if (verbose) say(`code-server ready at ${server.url} (${elapsed()})`);

  context = await launchBrowser();
  const page = context.pages()[0] ?? (await context.newPage());
  if (verbose) say(`chromium ready (${elapsed()})`);

  let settle;
  const finished = new Promise((resolve, reject) => (settle = { resolve, reject }));

  await page.exposeFunction('codeAutomationLog', (type, args) => {
    // args are console-style: [format, ...values] from the extension host and the workbench.
    const text = format(...(Array.isArray(args) ? args : [args]));
    if (type === 'error') pageErrors.push(text);
    if (!verbose && WORKBENCH_NOISE.some((re) => re.test(text))) return;
    process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  });
  await page.exposeFunction('codeAutomationExit', async (code, logs) => {
    if (opts['logs-dir'] && Array.isArray(logs)) {
      for (const { relativePath, contents } of logs) {
        const file = path.join(opts['logs-dir'], relativePath);
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, contents);
      }
    }
    settle.resolve(Number(code));
  });

  page.on('console', (msg) => {
    const line = `[browser ${msg.type()}] ${msg.text()}`;
    if (msg.type() === 'error') pageErrors.push(line);
    if (verbose) process.stderr.write(`${line}\n`);
  });
  page.on('pageerror', (err) => pageErrors.push(`[pageerror] ${err.message}`));
  page.on('crash', () => settle.reject(new Error('the workbench page crashed')));
  page.on('close', () => settle.reject(new Error('the workbench page closed before the tests finished')));
  server.exited.then((code) => settle.reject(new Error(`code-server exited (${code}) before the tests finished`)));

  const url = `${server.url}?${workbenchQuery()}`;
  if (verbose) say(`opening ${url}`);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs });

  exitCode = await withTimeout(
    finished,
    Math.max(1_000, timeoutMs - (Date.now() - t0)),
    `timed out after ${timeoutMs} ms waiting for the tests to finish (codeAutomationExit was not called); raise --timeout-ms or check the runner's run() settles`,
  ).catch((e) => {
    if (e.message.startsWith('timed out')) {
      e.exitCode = 124;
    }
    throw e;
  });
  say(`tests ${exitCode === 0 ? 'passed' : `failed (exit code ${exitCode})`} in ${elapsed()}`);
} catch (err) {
  exitCode = err.exitCode ?? 1;
  if (signalled) {
    await cleanup();
    process.exit(signalled);
  }
  say(`ERROR: ${err.message}`);
  const errors = pageErrors
    .filter((e) => !BROWSER_NOISE.some((re) => re.test(e)))
    .map((e) => e.split('\n').slice(0, 4).join('\n    '));
  if (errors.length) say(`last browser errors:\n  ${errors.slice(-15).join('\n  ')}`);
  if (server && !verbose) say(`code-server output (last lines):\n  ${server.logs.slice(-25).join('\n  ')}`);
} finally {
  await cleanup();
}
process.exit(signalled || exitCode);
