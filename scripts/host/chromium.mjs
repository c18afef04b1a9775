// The one way the tests start Chromium: Debian's /usr/bin/chromium through playwright-core, with the
// same flags, a throwaway HOME/XDG_CONFIG_HOME (and profile), and no playwright signal handlers.
// Used by the host harness (run-integration.mjs), the UI test (test/ui/uiTest.mjs) and the webview
// test (test/webview/graph.test.mjs).
//
//   import { launchBrowser, launchChromium } from './chromium.mjs';
//   const context = await launchBrowser({ viewport });   // persistent BrowserContext (a workbench)
//   const browser = await launchChromium();              // plain Browser (browser.newPage(...))
//   ...
//   await context.close(); await browser.close();        // both also remove their throwaway folder

import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { hookSignals, liveTempDirs } from './cleanup.mjs';
import { INSTALL_DIR, PROJECT_DIR } from './codeServer.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Loads playwright-core: the project's devDependency first, else the copy in .vscode-test/code-server. */
export async function loadPlaywright() {
  const tried = [];
  for (const base of [path.join(PROJECT_DIR, 'package.json'), path.join(INSTALL_DIR, 'package.json')]) {
    try {
      const resolved = createRequire(base).resolve('playwright-core');
      const mod = await import(pathToFileURL(resolved).href);
      return mod.default ?? mod;
    } catch (e) {
      tried.push(`${base}: ${e.code ?? e.message}`);
    }
  }
  throw new Error(`playwright-core not found (add it as a devDependency or run scripts/host/install-code-server.sh):\n${tried.join('\n')}`);
}

/**
 * What both launches share: checks for Chromium, loads playwright, makes the throwaway folder (with a
 * HOME), and returns the launch options. `closeable.close()` is wrapped to remove the folder.
 */
async function prepare(opts, prefix) {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install chromium (scripts/host/install-code-server.sh)`);
  const { chromium } = await loadPlaywright();
  const headless = opts.headless ?? process.env.HOST_HEADED !== '1';
  hookSignals();
  const tempDir = await mkdtemp(path.join(os.tmpdir(), prefix));
  liveTempDirs.add(tempDir);
  const home = path.join(tempDir, 'home');
  await mkdir(path.join(home, '.config'), { recursive: true });
  const options = {
    executablePath: CHROMIUM,
    headless,
    args: [...(headless ? CHROMIUM_ARGS : CHROMIUM_ARGS.filter((a) => a !== '--headless')), ...(opts.args ?? [])],
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config') },
    timeout: opts.launchTimeoutMs ?? 60_000,
    // Signals are handled by cleanup.mjs/the caller; playwright's own handlers would close the
    // browser behind the caller's back. Its 'exit' hook still SIGKILLs the browser's group.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  };
  const removeTemp = () =>
    rm(tempDir, { recursive: true, force: true, maxRetries: 3 })
      .catch(() => {})
      .finally(() => liveTempDirs.delete(tempDir));
  /** Launches with `launch(chromium, options, tempDir)`; the result's close() also removes the folder. */
  async function launched(launch) {
    let closeable;
    try {
      closeable = await launch(chromium, options, tempDir);
    } catch (e) {
      await removeTemp();
      throw e;
    }
    const close = closeable.close.bind(closeable);
    closeable.close = async (...a) => {
      try {
        await close(...a);
      } finally {
        await removeTemp();
      }
    };
    return closeable;
  }
  return launched;
}

/**
 * Chromium as a playwright-core persistent context (a fresh profile in the throwaway folder): what a
 * workbench needs. context.close() also removes the throwaway folder.
 *
 * @param {object} [opts]
 * @param {boolean} [opts.headless]  default true (HOST_HEADED=1 for headed, needs a display)
 * @param {{width:number,height:number}} [opts.viewport] default 1400x900
 * @param {string[]} [opts.args]     extra Chromium flags
 * @param {number} [opts.launchTimeoutMs] default 60000
 * @returns {Promise<import('playwright-core').BrowserContext>}
 */
export async function launchBrowser(opts = {}) {
  const launched = await prepare(opts, 'cs-browser-');
  return launched((chromium, options, tempDir) =>
    chromium.launchPersistentContext(path.join(tempDir, 'profile'), { ...options, viewport: opts.viewport ?? { width: 1400, height: 900 } }),
  );
}

/**
 * Chromium as a plain playwright-core Browser (pages from browser.newPage({ viewport })): what a page
 * test needs. browser.close() also removes the throwaway folder.
 *
 * @param {object} [opts]  headless, args, launchTimeoutMs as for launchBrowser
 * @returns {Promise<import('playwright-core').Browser>}
 */
export async function launchChromium(opts = {}) {
  const launched = await prepare(opts, 'chromium-');
  return launched((chromium, options) => chromium.launch(options));
}
