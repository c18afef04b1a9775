#!/usr/bin/env node
// The web-only variant in the browser's web worker extension host (code-server 4.100.3 = VS Code
// 1.100.3, driven by Chromium).
//
//   npm run test:web   (packages out/concept-lens-web.vsix with scripts/package-web.mjs and runs this)
//
// The .vsix has "browser" and no "main", so the workbench can run it only in its web worker extension
// host, as vscode.dev and github.dev would. The test installs it into a throwaway extensions folder,
// opens a copy of the article, and checks:
//   1. the installed package.json has no "main";
//   2. a hover over 涌现 in a paragraph shows both its names and its explanation;
//   3. the Concepts tree lists the article's sections in order, and 神奇的涌现 expanded lists its
//      concepts in the pack's order;
//   4. Show Concept Graph opens the graph's webview, which draws and lists the pack's concepts;
//   5. the Problems panel lists the concept lint's finding on "emdedding";
//   6. the extension's log (Output › Concept Lens) says it activated in the web worker extension host,
//      and the server's Node extension host never activated it.
//
// Exit status: 0 when every check passes, 1 on a failure, 124 on the time limit (WEB_TEST_TIMEOUT_MS,
// default 180000: on a loaded machine a run took 90 s). code-server and the browser are stopped on every path.
// Env: CONCEPT_LENS_VSIX (default out/concept-lens-web.vsix), HOST_DEBUG=1, HOST_KEEP_TEMP=1, HOST_HEADED=1.

import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../../scripts/host/chromium.mjs';
import { installVsix, startCodeServer, waitFor } from '../../scripts/host/codeServer.mjs';
import { treeChanges, treeState } from '../../scripts/host/cleanTree.mjs';
import { copyArticle } from '../../scripts/host/fixtureWorkspaces.mjs';
import { hoverWord, openFile, openWorkbench, runCommand, screenshot } from '../../scripts/host/ui.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const VSIX = path.resolve(ROOT, process.env.CONCEPT_LENS_VSIX ?? path.join('out', 'concept-lens-web.vsix'));
const ARTICLE = 'entropy-and-emergence.md';
const PACK = path.join(ROOT, 'src', 'packs', 'entropy-and-emergence.pack.json');
const SHOTS = path.join(ROOT, 'out', 'screenshots');
const OVERALL_TIMEOUT_MS = Number(process.env.WEB_TEST_TIMEOUT_MS ?? 180_000);
const STEP_TIMEOUT_MS = 30_000;
const SIDEBAR = '.part.sidebar';
const TREE_ROWS = `${SIDEBAR} .monaco-list-row`;
const QUICK_INPUT = '.quick-input-widget';
const QUICK_INPUT_BOX = `${QUICK_INPUT} .quick-input-box input`;
const QUICK_INPUT_ROWS = `${QUICK_INPUT} .quick-input-list .monaco-list-row`;
/** What the extension logs on activation in the browser (src/extension/extension.ts). */
const WEB_HOST_LINE = 'activated in the web worker extension host';

const started = Date.now();
const log = (msg) => console.log(`[web-test ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${msg}`);
let passed = 0;
function pass(msg) {
  passed++;
  log(`ok  ${msg}`);
}
class CheckError extends Error {}
function check(cond, msg) {
  if (!cond) throw new CheckError(msg);
}

// ---- what the pack says (expected values come from it, not from the extension) ------------------

const pack = JSON.parse(readFileSync(PACK, 'utf8'));
const emergence = pack.concepts.find((c) => c.id === 'emergence');
const sectionTitle = (s) => s.title.zh ?? s.heading;
const SECTION_TITLES = pack.article.sections.map(sectionTitle);
const EMERGENCE_SECTION = sectionTitle(pack.article.sections.find((s) => s.id === emergence.section));
const EMERGENCE_CONCEPTS = pack.concepts.filter((c) => c.section === emergence.section).map((c) => c.name.zh);
/** "…生活在充满涌现的世界": 涌 in the middle, where hoverWord points. */
const HOVER_NEEDLE = '满涌现';
const HOVER_LINE = readFileSync(path.join(ROOT, 'test', 'fixtures', ARTICLE), 'utf8').split(/\r?\n/).findIndex((l) => l.includes(HOVER_NEEDLE)) + 1;
if (HOVER_LINE === 0) throw new Error(`${ARTICLE} has no "${HOVER_NEEDLE}"`);
const EXPLANATION_PART = (emergence.explanation.zh.match(/\p{Script=Han}{8,}/u) ?? [])[0];
if (!EXPLANATION_PART) throw new Error('the explanation of 涌现 has no run of eight Han characters');

/** Go to Line through Quick Open (":N"), so that the line is on screen. */
async function goToLine(page, line) {
  await page.keyboard.press('Control+P');
  await page.locator(QUICK_INPUT_BOX).fill(`:${line}`);
  await page.locator(QUICK_INPUT_ROWS).filter({ hasText: new RegExp(`\\b${line}\\b`) }).first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
  await page.locator(QUICK_INPUT).waitFor({ state: 'hidden' });
}

// ---- the Concepts tree --------------------------------------------------------------------------

function treeRows(page) {
  return page.evaluate((sel) => [...document.querySelectorAll(sel)]
    .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
    .map((r) => ({ level: Number(r.getAttribute('aria-level')), label: r.querySelector('.label-name')?.textContent.trim() ?? '', expanded: r.getAttribute('aria-expanded') })), TREE_ROWS);
}

/**
 * Expands or collapses the row at `level` labelled `label` with its twistie, and waits for it. A click
 * can land while the tree redraws (a scan or the index finishing refreshes it): then the row keeps its
 * state, and the click is tried again, up to three times.
 */
async function setExpanded(page, level, label, expanded) {
  const rowWith = (state) => page.locator(`${TREE_ROWS}[aria-level="${level}"]${state}`)
    .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) }) }).first();
  const row = rowWith('');
  for (let attempt = 0; attempt < 3; attempt++) {
    await row.waitFor({ state: 'visible' });
    if ((await row.getAttribute('aria-expanded')) === String(expanded)) return;
    await row.locator('.monaco-tl-twistie').click();
    const done = await rowWith(`[aria-expanded="${expanded}"]`).waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false);
    if (done) return;
  }
  throw new CheckError(`could not ${expanded ? 'expand' : 'collapse'} "${label}"; rows: ${JSON.stringify(await treeRows(page))}`);
}

async function conceptsTree(page) {
  const icon = page.locator('.part.activitybar .action-item .action-label[aria-label^="Concept Lens"]').first();
  await icon.waitFor({ state: 'visible' }).catch(() => {
    throw new CheckError('the activity bar has no Concept Lens icon: the extension contributed no views');
  });
  await icon.click();
  let rows = [];
  await waitFor(async () => (rows = await treeRows(page)).some((r) => r.level === 1), { timeoutMs: STEP_TIMEOUT_MS, what: 'the Concepts tree to show its sections' })
    .catch((e) => {
      throw new CheckError(`${e.message}; rows: ${JSON.stringify(rows)}`);
    });
  // Sections start expanded: collapse them all so that every one is on screen, then compare.
  for (const title of SECTION_TITLES) await setExpanded(page, 1, title, false);
  const sections = (await treeRows(page)).filter((r) => r.level === 1).map((r) => r.label);
  check(JSON.stringify(sections) === JSON.stringify(SECTION_TITLES), `the Concepts tree shows the sections ${JSON.stringify(sections)}, expected ${JSON.stringify(SECTION_TITLES)}`);
  await setExpanded(page, 1, EMERGENCE_SECTION, true);
  await waitFor(async () => (rows = await treeRows(page)).filter((r) => r.level === 2).length === EMERGENCE_CONCEPTS.length, { timeoutMs: 10_000, what: `${EMERGENCE_CONCEPTS.length} concepts under ${EMERGENCE_SECTION}` })
    .catch((e) => {
      throw new CheckError(`${e.message}; rows: ${JSON.stringify(rows)}`);
    });
  const concepts = rows.filter((r) => r.level === 2).map((r) => r.label);
  check(JSON.stringify(concepts) === JSON.stringify(EMERGENCE_CONCEPTS), `"${EMERGENCE_SECTION}" lists ${JSON.stringify(concepts)}, expected ${JSON.stringify(EMERGENCE_CONCEPTS)}`);
  await screenshot(page, path.join(SHOTS, 'web-tree.png'));
  pass(`the Concepts tree lists the sections ${SECTION_TITLES.join(' | ')}; "${EMERGENCE_SECTION}" lists ${concepts.join(', ')} (web-tree.png)`);
}

// ---- the Concept Graph --------------------------------------------------------------------------

/** Show Concept Graph: its webview page draws (cytoscape's canvases) and lists the article's concepts. */
async function conceptGraph(page) {
  await runCommand(page, 'Concept Lens: Show Concept Graph');
  let seen = [];
  const frame = await waitFor(async () => {
    for (const f of page.frames()) {
      const state = await f.evaluate(() => ({
        canvases: document.querySelectorAll('#app canvas').length,
        nodes: [...document.querySelectorAll('button[data-id]')].map((b) => b.dataset.id),
      })).catch(() => undefined);
      if (state?.canvases) seen = state.nodes;
      if (state?.canvases && state.nodes.includes(emergence.id)) return state;
    }
    return undefined;
  }, { timeoutMs: STEP_TIMEOUT_MS, intervalMs: 200, what: `the Concept Graph page to list ${emergence.id}` }).catch((e) => {
    throw new CheckError(`${e.message}; nodes listed: ${JSON.stringify(seen)}`);
  });
  check(frame.nodes.length === pack.concepts.length, `the graph lists ${frame.nodes.length} concepts, the pack has ${pack.concepts.length}`);
  await screenshot(page, path.join(SHOTS, 'web-graph.png'));
  pass(`Show Concept Graph: the page draws on ${frame.canvases} canvases and lists the pack's ${frame.nodes.length} concepts (web-graph.png)`);
}

// ---- the concept lint ----------------------------------------------------------------------------

/**
 * The Problems panel lists the lint's finding on the article's "emdedding" (a slip of "embedding"), in
 * Chinese: the linter comes from the authoring module, loaded on first use, and its word lists are read
 * with vscode.workspace.fs.
 */
async function lintInProblems(page) {
  await runCommand(page, /^View: Toggle Problems/);
  const row = page.locator('.markers-panel .monaco-list-row').filter({ hasText: 'emdedding' });
  await row.first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS }).catch(async (e) => {
    const rows = await page.locator('.markers-panel .monaco-list-row').allInnerTexts().catch(() => []);
    throw new CheckError(`the Problems panel lists no finding on "emdedding" (${e.message.split('\n')[0]}); rows: ${JSON.stringify(rows.slice(0, 5))}`);
  });
  const text = (await row.first().innerText()).replace(/\s+/g, ' ').trim();
  check(text.includes('embedding') && text.includes('笔误'), `the Problems row names the fix in Chinese: ${JSON.stringify(text)}`);
  pass(`the Problems panel lists the concept lint's finding: ${JSON.stringify(text)}`);
}

// ---- which extension host runs it -----------------------------------------------------------------

/** Output › Concept Lens: the line of the extension's log that says where it activated. */
async function extensionLog(page) {
  await runCommand(page, /^Output: Show Output Channels/, { waitForClose: false });
  await page.locator(QUICK_INPUT_BOX).fill('Concept Lens');
  const row = page.locator(QUICK_INPUT_ROWS).filter({ has: page.locator('.label-name', { hasText: /^\s*Concept Lens\s*$/ }) }).first();
  await row.waitFor({ state: 'visible', timeout: 10_000 }).catch(async () => {
    const shown = await page.locator(QUICK_INPUT_ROWS).allInnerTexts().catch(() => []);
    throw new CheckError(`no output channel "Concept Lens"; channels: ${JSON.stringify(shown)}`);
  });
  await row.click();
  const lines = page.locator('.part.panel .monaco-editor .view-line');
  let shown = [];
  const line = await waitFor(async () => {
    shown = (await lines.allTextContents().catch(() => [])).map((l) => l.replace(/\u00a0/g, ' '));
    return shown.find((l) => l.includes('activated in'));
  }, { timeoutMs: STEP_TIMEOUT_MS, what: 'the activation line in Output › Concept Lens' }).catch((e) => {
    throw new CheckError(`${e.message}; the channel shows ${JSON.stringify(shown.slice(0, 5))}`);
  });
  return line;
}

/** The logs of the server's Node extension host(s): code-server's user data folder, logs/<time>/exthost<N>/remoteexthost.log. */
function nodeHostLogs(userDataDir) {
  const logs = path.join(userDataDir, 'logs');
  return (existsSync(logs) ? readdirSync(logs, { recursive: true }) : [])
    .filter((f) => path.basename(f) === 'remoteexthost.log')
    .map((f) => readFileSync(path.join(logs, f), 'utf8'));
}

async function main() {
  check(existsSync(VSIX), `${VSIX} not found: build it with \`npm run package:web\``);
  const extensionsDir = await mkdtemp(path.join(os.tmpdir(), 'concept-lens-web-exts-'));
  const workspace = await mkdtemp(path.join(os.tmpdir(), 'concept-lens-web-ws-'));
  copyArticle(workspace);
  process.on('exit', () => {
    rmSync(extensionsDir, { recursive: true, force: true });
    rmSync(workspace, { recursive: true, force: true });
  });
  await installVsix(VSIX, extensionsDir);
  const installed = readdirSync(extensionsDir).find((d) => d.startsWith('concept-lens.concept-lens-'));
  check(installed, `no concept-lens folder in ${extensionsDir} after installing ${VSIX}`);
  const manifest = JSON.parse(readFileSync(path.join(extensionsDir, installed, 'package.json'), 'utf8'));
  check(manifest.main === undefined && typeof manifest.browser === 'string', `the installed package.json must have "browser" and no "main": main=${manifest.main}, browser=${manifest.browser}`);
  pass(`installed ${path.relative(ROOT, VSIX)}: "browser": ${manifest.browser}, no "main"`);

  const server = await startCodeServer({ extensionsDir, settings: { 'editor.minimap.enabled': false, 'window.commandCenter': false } });
  running.server = server;
  const context = await launchBrowser({ viewport: { width: 1280, height: 800 } });
  running.context = context;
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  await openWorkbench(page, server.url, workspace);
  await openFile(page, ARTICLE);
  log(`opened ${ARTICLE} at ${server.url}`);

  await goToLine(page, HOVER_LINE);
  const hover = await hoverWord(page, HOVER_NEEDLE, { expect: EXPLANATION_PART, timeoutMs: 60_000 }).catch((e) => {
    throw new CheckError(e.message);
  });
  check(hover.includes(emergence.name.zh) && hover.includes(emergence.name.en), `the hover over 涌现 does not name "${emergence.name.zh}" and "${emergence.name.en}": ${JSON.stringify(hover)}`);
  await screenshot(page, path.join(SHOTS, 'web-hover.png'));
  pass(`the hover over 涌现 shows "${emergence.name.zh}", "${emergence.name.en}" and "${EXPLANATION_PART}" (web-hover.png)`);
  await page.mouse.move(1, 1);

  await conceptsTree(page);
  await conceptGraph(page);
  await lintInProblems(page);

  const line = await extensionLog(page);
  check(line.includes(WEB_HOST_LINE), `the extension did not activate in the web worker extension host: ${JSON.stringify(line)}`);
  // The Node host logs each extension it activates ("ExtensionService#_doActivateExtension ID, …"): it
  // activated the built-in Markdown support for the article, and must not have activated us.
  const nodeLog = nodeHostLogs(server.userDataDir).join('\n');
  const activatedInNode = [...nodeLog.matchAll(/_doActivateExtension ([\w.-]+)/g)].map((m) => m[1]);
  check(activatedInNode.includes('vscode.markdown-language-features'), `the Node extension host's log shows no activation of the Markdown support, so it cannot tell what ran there: ${JSON.stringify(activatedInNode)}`);
  check(!activatedInNode.includes('concept-lens.concept-lens'), 'the Node extension host activated concept-lens');
  pass(`Output › Concept Lens: ${JSON.stringify(line.trim())}; the Node extension host activated ${activatedInNode.length} extensions, not concept-lens`);
}

const running = { server: undefined, context: undefined };
async function cleanUp() {
  const { context, server } = running;
  running.context = running.server = undefined;
  await context?.close().catch((e) => log(`closing the browser failed: ${e.message}`));
  await server?.stop().catch((e) => log(`stopping code-server failed: ${e.message}`));
}

let timedOut = false;
const watchdog = setTimeout(async () => {
  timedOut = true;
  console.error(`[web-test] FAILED: the web test took longer than ${OVERALL_TIMEOUT_MS} ms`);
  await Promise.race([cleanUp(), new Promise((r) => setTimeout(r, 10_000).unref())]);
  process.exit(124);
}, OVERALL_TIMEOUT_MS);
watchdog.unref();

const treeBefore = treeState();
try {
  await main();
  const changed = treeChanges(treeBefore);
  check(changed.length === 0, `the web test changed the working tree (git status --porcelain):\n${changed.join('\n')}`);
  log(`PASSED: ${passed} checks`);
  process.exitCode = 0;
} catch (e) {
  if (timedOut) await new Promise(() => {});
  console.error(`[web-test] FAILED: ${e instanceof CheckError ? e.message : (e.stack ?? e)}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
  clearTimeout(watchdog);
}
