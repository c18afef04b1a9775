// Start/stop code-server (real VS Code 1.100.3 server + web workbench). The browser comes from
// chromium.mjs. See scripts/host/README.md.
//
//   import { startCodeServer } from './codeServer.mjs';
//   import { launchBrowser } from './chromium.mjs';
//   const server = await startCodeServer({ extensionsDir, userDataDir });   // { url, port, stop() }
//   const context = await launchBrowser();                                 // BrowserContext
//   ...
//   await context.close(); await server.stop();
//
// Everything waits on conditions (log line, /healthz, process exit) with deadlines; no fixed sleeps.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hookSignals, killGroup, liveGroups, liveTempDirs } from './cleanup.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const PROJECT_DIR = path.resolve(HERE, '..', '..');
export const VSCODE_TEST_DIR = process.env.VSCODE_TEST_DIR ?? path.join(PROJECT_DIR, '.vscode-test');
export const INSTALL_DIR = path.join(VSCODE_TEST_DIR, 'code-server');
export const CODE_SERVER_ENTRY = path.join(INSTALL_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
/** code-server's remote authority: workspace/extension URIs are vscode-remote://remote/ABS/PATH. */
export const REMOTE_AUTHORITY = 'remote';

/** User settings that keep a test window quiet and deterministic. */
export const QUIET_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'security.workspace.trust.startupPrompt': 'never',
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.settings.enableNaturalLanguageSearch': false,
  'window.restoreWindows': 'none',
  'files.hotExit': 'off',
  'git.openRepositoryInParentFolders': 'never',
  'git.autofetch': false,
  'npm.fetchOnlinePackageInfo': false,
  'typescript.disableAutomaticTypeAcquisition': true,
  'typescript.surveys.enabled': false,
  'chat.commandCenter.enabled': false,
};

/** Converts an absolute local path to the URI the workbench uses for files on the code-server side. */
export function toRemoteUri(absPath) {
  const p = path.resolve(absPath).split(path.sep).map(encodeURIComponent).join('/');
  return `vscode-remote://${REMOTE_AUTHORITY}${p.startsWith('/') ? '' : '/'}${p}`;
}

/**
 * Waits for `check()` to return a truthy value, polling every `intervalMs` until `timeoutMs`.
 * Polling a condition with a deadline (not a fixed sleep).
 */
export async function waitFor(check, { timeoutMs = 30_000, intervalMs = 100, what = 'condition' } = {}) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  for (;;) {
    try {
      const v = await check();
      if (v) return v;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${lastError.message}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/** True while any process of the group is left (kill(-pgid, 0) succeeds). */
function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/**
 * Starts code-server in its own process group (detached = setsid) and waits until /healthz answers.
 *
 * @param {object} [opts]
 * @param {string} [opts.extensionsDir]  installed extensions (default: empty throwaway folder)
 * @param {string} [opts.userDataDir]    user data (default: throwaway folder); User/settings.json gets
 *                                       QUIET_SETTINGS merged under any settings already there
 * @param {number} [opts.port]           default: 0 = a free port chosen by the OS (no race)
 * @param {object} [opts.settings]       extra user settings (override QUIET_SETTINGS)
 * @param {string[]} [opts.extraArgs]    extra code-server flags
 * @param {number} [opts.startTimeoutMs] default 60000
 * @param {(line: string) => void} [opts.onLog]  code-server's stdout/stderr lines (default: kept
 *                                       in memory, printed only if start fails or HOST_DEBUG=1)
 * @param {boolean} [opts.keepTemp]      keep the throwaway folder (default: HOST_KEEP_TEMP=1)
 * @returns {Promise<{url: string, port: number, pid: number, tempDir: string, userDataDir: string,
 *   extensionsDir: string, logs: string[], exited: Promise<number|null>, stop: () => Promise<void>}>}
 */
export async function startCodeServer(opts = {}) {
  if (!existsSync(CODE_SERVER_ENTRY)) {
    throw new Error(`code-server is not installed at ${INSTALL_DIR}; run scripts/host/install-code-server.sh`);
  }
  const {
    port = 0,
    settings = {},
    extraArgs = [],
    startTimeoutMs = 60_000,
    keepTemp = process.env.HOST_KEEP_TEMP === '1',
  } = opts;
  const debug = process.env.HOST_DEBUG === '1';
  hookSignals();
  const tempDir = await mkdtemp(path.join(os.tmpdir(), 'cs-host-'));
  if (!keepTemp) liveTempDirs.add(tempDir);
  const userDataDir = path.resolve(opts.userDataDir ?? path.join(tempDir, 'user-data'));
  const extensionsDir = path.resolve(opts.extensionsDir ?? path.join(tempDir, 'extensions'));
  const configFile = path.join(tempDir, 'config.yaml');
  await Promise.all([
    mkdir(path.join(userDataDir, 'User'), { recursive: true }),
    mkdir(extensionsDir, { recursive: true }),
    mkdir(path.join(tempDir, 'xdg-config'), { recursive: true }),
    mkdir(path.join(tempDir, 'xdg-data'), { recursive: true }),
    mkdir(path.join(tempDir, 'xdg-cache'), { recursive: true }),
  ]);
  await writeFile(configFile, 'auth: none\ncert: false\n');

  const settingsFile = path.join(userDataDir, 'User', 'settings.json');
  let existing = {};
  if (existsSync(settingsFile)) {
    try {
      existing = JSON.parse(await readFile(settingsFile, 'utf8'));
    } catch {
      existing = {}; // JSONC with comments: leave QUIET_SETTINGS underneath by overwriting
    }
  }
  await writeFile(settingsFile, JSON.stringify({ ...QUIET_SETTINGS, ...existing, ...settings }, null, 2));

  const args = [
    CODE_SERVER_ENTRY,
    '--config', configFile,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    // Unix sockets are limited to ~107 bytes; keep it in the short temp folder.
    '--session-socket', path.join(tempDir, 'ipc.sock'),
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    ...extraArgs,
  ];
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(tempDir, 'xdg-config'),
    XDG_DATA_HOME: path.join(tempDir, 'xdg-data'),
    XDG_CACHE_HOME: path.join(tempDir, 'xdg-cache'),
    // Keep the project's own test env from leaking into the extension host.
    ELECTRON_RUN_AS_NODE: undefined,
    NODE_OPTIONS: undefined,
    PASSWORD: undefined,
    HASHED_PASSWORD: undefined,
    PORT: undefined,
    VSCODE_IPC_HOOK_CLI: undefined,
  };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];

  const child = spawn(process.execPath, args, {
    cwd: tempDir,
    env,
    detached: true, // setsid(): own process group, so stop() can kill extension hosts too
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pgid = child.pid;
  liveGroups.add(pgid);

  const logs = [];
  let listeningUrl;
  let resolveListening;
  const listening = new Promise((r) => (resolveListening = r));
  const onLine = (line) => {
    logs.push(line);
    if (logs.length > 5000) logs.shift();
    if (opts.onLog) opts.onLog(line);
    else if (debug) process.stderr.write(`[code-server] ${line}\n`);
    const m = /HTTP server listening on (http:\/\/\S+)/.exec(line);
    if (m && !listeningUrl) {
      listeningUrl = m[1];
      resolveListening(listeningUrl);
    }
  };
  for (const stream of [child.stdout, child.stderr]) {
    let buf = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      buf += chunk;
      let i;
      while ((i = buf.indexOf('\n')) >= 0) {
        onLine(buf.slice(0, i));
        buf = buf.slice(i + 1);
      }
    });
    stream.on('end', () => buf && onLine(buf));
  }
  const exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : null)));
    child.on('error', (err) => {
      onLine(`spawn error: ${err.message}`);
      resolve(null);
    });
  });

  let stopped = false;
  async function stop() {
    if (stopped) return;
    stopped = true;
    if (groupAlive(pgid)) {
      killGroup(pgid, 'SIGTERM');
      try {
        await waitFor(() => !groupAlive(pgid), { timeoutMs: 5_000, intervalMs: 50, what: 'code-server to exit' });
      } catch {
        killGroup(pgid, 'SIGKILL');
        await waitFor(() => !groupAlive(pgid), { timeoutMs: 5_000, intervalMs: 50, what: 'code-server to die' }).catch(() => {});
      }
    }
    liveGroups.delete(pgid);
    if (!keepTemp) await rm(tempDir, { recursive: true, force: true, maxRetries: 3 });
    liveTempDirs.delete(tempDir);
  }

  try {
    const deadline = Date.now() + startTimeoutMs;
    const url = await withTimeout(
      Promise.race([
        listening,
        exited.then((code) => {
          throw new Error(`code-server exited with ${code} before listening`);
        }),
      ]),
      startTimeoutMs,
      `code-server did not listen within ${startTimeoutMs} ms`,
    );
    const origin = new URL(url).origin;
    await waitFor(
      async () => {
        if (!isAlive(child.pid)) throw new Error('code-server exited');
        const res = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(2_000) });
        return res.ok;
      },
      { timeoutMs: Math.max(1_000, deadline - Date.now()), intervalMs: 100, what: `${origin}/healthz` },
    );
    const boundPort = Number(new URL(origin).port);
    return { url: `${origin}/`, port: boundPort, pid: child.pid, tempDir, userDataDir, extensionsDir, logs, exited, stop };
  } catch (err) {
    const tail = logs.slice(-40).join('\n');
    await stop();
    err.message += `\n--- code-server output (last lines) ---\n${tail}`;
    throw err;
  }
}

/** Folder name VS Code gives an installed extension: publisher.name-version. */
export async function extensionFolderName(extensionPath) {
  const pkg = JSON.parse(await readFile(path.join(extensionPath, 'package.json'), 'utf8'));
  if (!pkg.publisher || !pkg.name || !pkg.version) throw new Error(`${extensionPath}/package.json needs publisher, name and version`);
  return `${pkg.publisher}.${pkg.name}-${pkg.version}`;
}

/**
 * "Installs" an unpacked extension folder into `extensionsDir` as a symlink named
 * publisher.name-version (what `code --install-extension` would unpack, without vsce). The folder
 * must hold what the packaged extension holds (package.json, the built `main`, runtime deps).
 * Use a throwaway extensionsDir: code-server writes extensions.json into it.
 */
export async function linkExtension(extensionPath, extensionsDir) {
  const target = path.join(extensionsDir, await extensionFolderName(extensionPath));
  await mkdir(extensionsDir, { recursive: true });
  await rm(target, { recursive: true, force: true });
  await symlink(path.resolve(extensionPath), target, 'dir');
  return target;
}

/** Installs a .vsix into `extensionsDir` with `code-server --install-extension` (isolated XDG dirs). */
export async function installVsix(vsixPath, extensionsDir, { timeoutMs = 120_000 } = {}) {
  const tempDir = await mkdtemp(path.join(os.tmpdir(), 'cs-vsix-'));
  try {
    const child = spawn(
      process.execPath,
      [CODE_SERVER_ENTRY, '--extensions-dir', path.resolve(extensionsDir), '--user-data-dir', path.join(tempDir, 'user-data'),
        '--install-extension', path.resolve(vsixPath), '--force'],
      {
        env: { ...process.env, XDG_CONFIG_HOME: path.join(tempDir, 'c'), XDG_DATA_HOME: path.join(tempDir, 'd'), XDG_CACHE_HOME: path.join(tempDir, 'x') },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const code = await withTimeout(
      new Promise((resolve, reject) => {
        child.on('error', reject);
        child.on('exit', (c) => resolve(c));
      }),
      timeoutMs,
      `code-server --install-extension ${vsixPath} timed out`,
    ).catch((e) => {
      child.kill('SIGKILL');
      throw e;
    });
    if (code !== 0) throw new Error(`code-server --install-extension ${vsixPath} failed (${code}):\n${out}`);
    return out;
  } finally {
    await rm(tempDir, { recursive: true, force: true });
  }
}

/** Settles like `promise`, or rejects with `message` after `ms`. */
export function withTimeout(promise, ms, message) {
  let t;
  return Promise.race([
    promise.finally(() => clearTimeout(t)),
    new Promise((_, reject) => {
      t = setTimeout(() => reject(new Error(message)), ms);
    }),
  ]);
}
