// Playwright helpers for UI tests against the code-server workbench (VS Code 1.100.3).
//
//   import { startCodeServer } from './codeServer.mjs';
//   import { launchBrowser } from './chromium.mjs';
//   import { openWorkbench, openFile, runCommand, hoverWord, screenshot } from './ui.mjs';
//   const server = await startCodeServer({ extensionsDir });
//   const context = await launchBrowser();
//   const page = context.pages()[0];
//   await openWorkbench(page, server.url, '/abs/folder');
//   await openFile(page, 'docs/article.md');
//   const text = await hoverWord(page, 'entropy', { expect: /Entropy/ });
//   await screenshot(page, 'out/hover.png');
//
// Every helper waits on selectors/conditions with a timeout; none sleeps a fixed time.

import { mkdir } from 'node:fs/promises';
import path from 'node:path';

const DEFAULT_TIMEOUT = 30_000;

/** The visible quick input (Quick Open / command palette). */
const QUICK_INPUT = '.quick-input-widget';
const QUICK_INPUT_BOX = `${QUICK_INPUT} .quick-input-box input`;
const QUICK_INPUT_ROWS = `${QUICK_INPUT} .quick-input-list .monaco-list-row`;

function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Opens the workbench on `folder` and waits until it is usable: the workbench element, the explorer
 * showing the folder's files, and the status bar.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} url  code-server's base URL (startCodeServer().url)
 * @param {string} [folder] absolute folder to open (omit for an empty window)
 * @param {{ query?: Record<string,string>, timeoutMs?: number }} [opts] extra URL query (e.g. payload)
 */
export async function openWorkbench(page, url, folder, opts = {}) {
  const timeout = opts.timeoutMs ?? 60_000;
  const q = new URLSearchParams();
  if (folder) q.set('folder', path.resolve(folder));
  else q.set('ew', 'true');
  for (const [k, v] of Object.entries(opts.query ?? {})) q.set(k, v);
  const base = url.endsWith('/') ? url : `${url}/`;
  await page.goto(`${base}?${q}`, { waitUntil: 'domcontentloaded', timeout });
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout });
  await page.locator('.part.statusbar').waitFor({ state: 'visible', timeout });
  if (folder) {
    // The explorer is open by default when a folder is opened; wait for its first row.
    await page
      .locator('.explorer-folders-view .monaco-list-row')
      .first()
      .waitFor({ state: 'visible', timeout });
  }
}

/** Waits for the quick input to be closed. */
async function quickInputClosed(page, timeout) {
  await page.locator(QUICK_INPUT).waitFor({ state: 'hidden', timeout });
}

/**
 * Opens `relPath` (relative to the workspace folder) with Quick Open (Ctrl+P) and waits until its
 * editor is the active one.
 */
export async function openFile(page, relPath, { timeoutMs = DEFAULT_TIMEOUT } = {}) {
  const rel = relPath.split(path.sep).join('/');
  const base = path.posix.basename(rel);
  await focusWorkbench(page);
  await page.keyboard.press('Control+P');
  const input = page.locator(QUICK_INPUT_BOX);
  await input.waitFor({ state: 'visible', timeout: timeoutMs });
  await input.fill(rel);
  // Results come from the file search (ripgrep on the server); wait for the row of this file.
  const dir = path.posix.dirname(rel);
  let row = page.locator(QUICK_INPUT_ROWS).filter({ hasText: base });
  if (dir !== '.') row = row.filter({ hasText: dir });
  await waitForRow(page, row, timeoutMs, `openFile: Quick Open found no ${rel}`);
  await row.first().click();
  await quickInputClosed(page, timeoutMs);
  await page
    .locator('.tabs-container .tab.active')
    .filter({ hasText: new RegExp(`^\\s*${escapeRe(base)}`) })
    .waitFor({ state: 'visible', timeout: timeoutMs });
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout: timeoutMs });
}

/**
 * Runs a command by its palette title (F1), e.g. 'View: Toggle Word Wrap'. Picks the row whose
 * label is exactly `title` (or matches it, when a RegExp), and waits for the palette to close, unless
 * `waitForClose` is false: for a command that opens its own quick pick in the same widget, or reloads.
 */
export async function runCommand(page, title, { timeoutMs = DEFAULT_TIMEOUT, waitForClose = true } = {}) {
  await focusWorkbench(page);
  await page.keyboard.press('F1');
  const input = page.locator(QUICK_INPUT_BOX);
  await input.waitFor({ state: 'visible', timeout: timeoutMs });
  const query = typeof title === 'string' ? title : title.source.replace(/[\\^$]/g, '');
  await input.fill(`>${query}`);
  const label = typeof title === 'string' ? new RegExp(`^${escapeRe(title)}$`) : title;
  const row = page
    .locator(QUICK_INPUT_ROWS)
    .filter({ has: page.locator('.quick-input-list-label .label-name', { hasText: label }) });
  await waitForRow(page, row, timeoutMs, `runCommand: no command titled ${title} in the palette`);
  await row.first().click();
  if (waitForClose) await quickInputClosed(page, timeoutMs);
}

/** Waits for a quick-input row; on timeout closes the quick input and throws `message`. */
async function waitForRow(page, row, timeout, message) {
  try {
    await row.first().waitFor({ state: 'visible', timeout });
  } catch (e) {
    const rows = await page.locator(QUICK_INPUT_ROWS).allInnerTexts().catch(() => []);
    await page.keyboard.press('Escape').catch(() => {});
    throw new Error(`${message} within ${timeout} ms; rows shown: ${JSON.stringify(rows.slice(0, 10).map((r) => r.replace(/\s+/g, ' ').trim()))}`, { cause: e });
  }
}

/** Makes sure keyboard shortcuts go to the workbench (closes an open quick input first). */
async function focusWorkbench(page) {
  if (await page.locator(QUICK_INPUT).isVisible()) {
    await page.keyboard.press('Escape');
    await quickInputClosed(page, DEFAULT_TIMEOUT);
  }
}

/** Screen position (centre) of the first visible occurrence of `text` in the active editor, or null. */
export async function locateText(page, text) {
  return page.evaluate((needle) => {
    const editors = [
      ...document.querySelectorAll('.editor-group-container.active .monaco-editor .view-lines'),
      ...document.querySelectorAll('.monaco-editor .view-lines'),
    ];
    for (const root of editors) {
      // Each .view-line holds one rendered line, split into token spans.
      const lines = [...root.querySelectorAll('.view-line')].sort(
        (a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top,
      );
      for (const line of lines) {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        const nodes = [];
        let full = '';
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          nodes.push({ node: n, start: full.length });
          full += n.nodeValue;
        }
        // Monaco renders spaces as U+00A0.
        const idx = full.replace(/\u00a0/g, ' ').indexOf(needle);
        if (idx < 0) continue;
        const pos = (offset) => {
          const hit = nodes.findLast((x) => x.start <= offset);
          return [hit.node, offset - hit.start];
        };
        const range = document.createRange();
        range.setStart(...pos(idx));
        range.setEnd(...pos(idx + needle.length - 1));
        const endRect = document.createRange();
        const [en, eo] = pos(idx + needle.length - 1);
        endRect.setStart(en, eo);
        endRect.setEnd(en, Math.min(eo + 1, en.nodeValue.length));
        const r1 = range.getBoundingClientRect();
        const r2 = endRect.getBoundingClientRect();
        const left = r1.left;
        const right = Math.max(r2.right, r1.right);
        if (right <= left || r1.height === 0) continue;
        const view = root.closest('.monaco-editor').getBoundingClientRect();
        const x = (left + right) / 2;
        const y = r1.top + r1.height / 2;
        if (x < view.left || x > view.right || y < view.top || y > view.bottom) continue;
        return { x, y };
      }
    }
    return null;
  }, text);
}

/**
 * Moves the mouse over the first visible occurrence of `text` in the editor and returns the text of
 * the `.monaco-hover` widget once it appears. Retries (mouse away and back) until the deadline, e.g.
 * while the extension is still activating; with `expect`, until the hover text matches it.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} text
 * @param {{ expect?: string|RegExp, timeoutMs?: number, attemptMs?: number }} [opts]
 * @returns {Promise<string>} the hover's innerText
 */
export async function hoverWord(page, text, { expect, timeoutMs = DEFAULT_TIMEOUT, attemptMs = 5_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  const matches = (t) => !expect || (typeof expect === 'string' ? t.includes(expect) : expect.test(t));
  const hover = page.locator('.monaco-editor .monaco-hover:not(.hidden)').filter({ visible: true });
  let last = '';
  let seen = false;
  for (;;) {
    const where = await locateText(page, text);
    seen ||= Boolean(where);
    if (!where) {
      if (Date.now() > deadline) throw new Error(`hoverWord: "${text}" is not visible in an editor`);
      // Wait until the text is rendered in some editor, then locate it again.
      await page.waitForFunction(
        (needle) =>
          [...document.querySelectorAll('.monaco-editor .view-lines')].some((e) =>
            e.textContent.replace(/\u00a0/g, ' ').includes(needle),
          ),
        text,
        { timeout: Math.max(1, deadline - Date.now()) },
      ).catch(() => {});
    } else {
      await page.mouse.move(1, 1); // away, so the next move starts a fresh hover
      await hover.first().waitFor({ state: 'hidden', timeout: attemptMs }).catch(() => {});
      await page.mouse.move(where.x, where.y, { steps: 2 });
      const remaining = Math.min(attemptMs, Math.max(1, deadline - Date.now()));
      try {
        await hover.first().waitFor({ state: 'visible', timeout: remaining });
        // Wait for the content to settle (a "Loading..." placeholder is replaced by the result).
        await page.waitForFunction(
          () => {
            const el = [...document.querySelectorAll('.monaco-editor .monaco-hover:not(.hidden)')].find((e) => e.offsetParent !== null);
            const t = el?.innerText.trim() ?? '';
            return t && !/^Loading\.\.\.$/.test(t);
          },
          null,
          { timeout: remaining, polling: 'raf' },
        );
        last = (await hover.first().innerText()).trim();
        if (matches(last)) return last;
      } catch {
        // no hover yet: retry below
      }
    }
    if (Date.now() > deadline) {
      if (!seen) throw new Error(`hoverWord: "${text}" is not visible in an editor (waited ${timeoutMs} ms)`);
      throw new Error(`hoverWord: no hover${expect ? ` matching ${expect}` : ''} over "${text}" within ${timeoutMs} ms${last ? `; last hover: ${JSON.stringify(last)}` : ''}`);
    }
  }
}

/** Saves a PNG of the page (creates the folder). */
export async function screenshot(page, file, opts = {}) {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await page.screenshot({ path: file, ...opts });
  return file;
}
