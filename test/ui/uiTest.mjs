#!/usr/bin/env node
// UI test of the packaged extension in a real VS Code 1.100.3 workbench (code-server + Chromium).
//
//   npm run test:ui   (packages out/concept-lens-test.vsix, whose graph page has the test hook, and runs this)
//
// Installs the .vsix (CONCEPT_LENS_VSIX) into a throwaway extensions folder, copies the article
// (test/fixtures/entropy-and-emergence.md) into a throwaway workspace, starts code-server on it, opens
// the article, and then:
//   1. hovers over 涌现 in a paragraph and checks the hover's names, explanation, section and its
//      "Go to section" link;
//   2. Ctrl+clicks 熵 in the last section and checks that the editor moved to "熵与热力学第二定律";
//   3. runs "Concept Lens: Go to Concept…" from the palette, checks the concept items, filters with
//      "临界", presses Enter and checks that the editor moved to the first 临界点;
//   4. opens the Concept Lens container from the activity bar, checks that the Concepts tree shows the
//      article's five sections in order, collapses them, expands 神奇的涌现 and its 临界点 (checking the
//      count and the occurrence rows), and takes a screenshot in a dark and then a light theme
//      (Preferences: Color Theme);
//   5. puts the cursor below the first 临界点, runs "Concept Lens: Show Concept Graph", waits for the
//      graph (window.conceptGraph in the webview's inner frame), clicks the 临界点 node and checks that
//      the editor selected the next 临界点 after the cursor; then takes the graph beside the article in
//      the light and then the dark theme;
//   6. samples the CPU of the extension host and Chromium's renderers while nothing happens, first with
//      the Concepts tree in the side bar (before step 5) and then twice with the graph, and checks that
//      the idle graph requests no animation frame and receives no message in those windows;
//   7. puts the cursor on 涌现 and checks that the graph marks the emergence node;
//   8. turns on "only concepts in this document" and hides a section in the graph, reloads the window
//      and checks that both filters are back;
//   9. opens the Problems panel and checks that it lists the concept lint's finding on "emdedding", in
//      Chinese (the reader's language for the article);
//  10. closes the panel and the side bar, runs "Concept Lens: Open Concept Graph in Editor", checks at
//      the default fit (the page's Fit) that every label drawn is at least 11 px high on screen, takes a
//      screenshot, reloads the window and checks that the tab comes back with its graph (the panel
//      serializer).
// Screenshots go to out/screenshots/ (docs/screenshots/ with `npm run screenshots`): {hover,link,go-to-concept,tree-dark,tree-light,graph-light,graph-dark,problems,graph-editor}.png
// (shown in the README).
//
// Exit status: 0 when every check passes, 1 on a failure (with a message), 124 on the overall time
// limit (UI_TEST_TIMEOUT_MS, default 210000). code-server and the browser are stopped on every path.
// Env: CONCEPT_LENS_VSIX (default concept-lens.vsix), UI_TEST_SCREENSHOTS (default out/screenshots),
// UI_TEST_IDLE_WINDOW_MS (the idle CPU sampling window, default 6000),
// HOST_DEBUG=1 (code-server's log), HOST_KEEP_TEMP=1, HOST_HEADED=1 (see scripts/host/README.md).

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../../scripts/host/chromium.mjs';
import { installVsix, startCodeServer, waitFor } from '../../scripts/host/codeServer.mjs';
import { treeChanges, treeState } from '../../scripts/host/cleanTree.mjs';
import { ARTICLE as ARTICLE_FIXTURE, copyArticle } from '../../scripts/host/fixtureWorkspaces.mjs';
import { hoverWord, locateText, openFile, openWorkbench, runCommand, screenshot } from '../../scripts/host/ui.mjs';
import { cpuMsByProcess, cpuMsSince, cpuTicks, isExtensionHost, isRenderer } from '../../scripts/host/processCpu.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const VSIX = path.resolve(ROOT, process.env.CONCEPT_LENS_VSIX ?? 'concept-lens.vsix');
const ARTICLE = 'entropy-and-emergence.md';
const PACK = path.join(ROOT, 'src', 'packs', 'entropy-and-emergence.pack.json');
// `npm test` leaves the tree clean: screenshots go to an ignored folder unless asked for
// (`npm run screenshots` writes docs/screenshots).
const SHOTS = path.resolve(ROOT, process.env.UI_TEST_SCREENSHOTS ?? path.join('out', 'screenshots'));
const OVERALL_TIMEOUT_MS = Number(process.env.UI_TEST_TIMEOUT_MS ?? 210_000);
const STEP_TIMEOUT_MS = 30_000;
const VIEWPORT = { width: 1280, height: 800 };
/** How long the idle CPU is sampled, with the Concepts tree and then with the graph in the side bar. */
const IDLE_WINDOW_MS = Number(process.env.UI_TEST_IDLE_WINDOW_MS ?? 6_000);

const QUICK_INPUT = '.quick-input-widget';
const QUICK_INPUT_BOX = `${QUICK_INPUT} .quick-input-box input`;
const QUICK_INPUT_ROWS = `${QUICK_INPUT} .quick-input-list .monaco-list-row`;
const COMMAND_TITLE = 'Concept Lens: Go to Concept…';
/** The hover's link to the concept's section (its label in the English UI). */
const GO_TO_SECTION = 'Go to section';
const SIDEBAR = '.part.sidebar';
const SHOW_GRAPH = 'Concept Lens: Show Concept Graph';
const OPEN_GRAPH_IN_EDITOR = 'Concept Lens: Open Concept Graph in Editor';
/** The smallest label height on screen the graph promises at its default fit. */
const MIN_LABEL_PX = 11;
const TREE_ROWS = `${SIDEBAR} .monaco-list-row`;

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const log = (msg) => console.log(`[ui-test ${elapsed().padStart(7)}] ${msg}`);
const passed = [];
function pass(msg) {
  passed.push(msg);
  log(`ok  ${msg}`);
}
class CheckError extends Error {}
function check(cond, msg) {
  if (!cond) throw new CheckError(msg);
}

// ---- what the article and the pack say (so the test follows their text) ----------------------

const articleText = readFileSync(ARTICLE_FIXTURE, 'utf8');
const articleLines = articleText.split(/\r?\n/);
const pack = JSON.parse(readFileSync(PACK, 'utf8'));
const concept = (id) => {
  const c = pack.concepts.find((x) => x.id === id);
  if (!c) throw new Error(`${PACK} has no concept "${id}"`);
  return c;
};
const sectionTitle = (id) => {
  const s = pack.article.sections.find((x) => x.id === id);
  if (!s) throw new Error(`${PACK} has no section "${id}"`);
  return s.title.zh ?? s.heading;
};
/** 1-based number of the first line containing `text`. */
function lineOf(text) {
  const i = articleLines.findIndex((l) => l.includes(text));
  if (i < 0) throw new Error(`${ARTICLE} has no "${text}"`);
  return i + 1;
}
/** 1-based line of the ATX heading whose text (without emphasis marks) is `title`. */
function headingLine(title) {
  const i = articleLines.findIndex((l) => /^#{1,6}\s/.test(l) && l.replace(/^#+\s*/, '').replace(/[*_]/g, '').trim() === title);
  if (i < 0) throw new Error(`${ARTICLE} has no heading "${title}"`);
  return i + 1;
}
/** A run of Han characters of the explanation (escaping/punctuation can't change it when rendered). */
function explanationPart(text) {
  const runs = text.match(/[\p{Script=Han}]{8,}/gu) ?? [];
  if (!runs.length) throw new Error(`no Chinese run in explanation ${JSON.stringify(text)}`);
  return runs[0];
}

const emergence = concept('emergence');
const entropy = concept('entropy');
const criticalPoint = concept('critical-point');
const emergenceSection = sectionTitle(emergence.section); // 神奇的涌现
/** The tree's groups for the (Chinese) article: the pack's sections, in its order. */
const SECTION_TITLES = pack.article.sections.map((s) => s.title.zh ?? s.heading);
const CRITICAL_COUNT = articleText.split(criticalPoint.name.zh).length - 1;
const entropySection = sectionTitle(entropy.section); // 熵与热力学第二定律
/** Every occurrence of the concept's Chinese names in the article: { offset, line, col, text }, in order. */
function occurrences(c) {
  const found = [];
  for (const name of c.aliases?.zh ?? [c.name.zh]) {
    for (let i = articleText.indexOf(name); i >= 0; i = articleText.indexOf(name, i + 1)) {
      const before = articleText.slice(0, i).split(/\r?\n/);
      found.push({ offset: i, line: before.length, col: before.at(-1).length + 1, text: name });
    }
  }
  return found.sort((a, b) => a.offset - b.offset).filter((o, i, all) => i === 0 || o.offset >= all[i - 1].offset + all[i - 1].text.length);
}

// Where the test points. Each needle is three characters with the concept's character in the middle,
// because hoverWord and the Ctrl+click below aim at the centre of the needle.
const HOVER_NEEDLE = '满涌现'; // "…生活在充满涌现的世界" in the 神奇的涌现 paragraph (not a heading)
const HOVER_LINE = lineOf(HOVER_NEEDLE);
const LINK_NEEDLE = '文熵的'; // "结合前文熵的理论" in the Transformer+Embedding section
const LINK_LINE = lineOf(LINK_NEEDLE);
const ENTROPY_HEADING_LINE = headingLine(entropySection);
const EMERGENCE_HEADING_LINE = headingLine(emergenceSection);
const CRITICAL_LINE = lineOf(criticalPoint.name.zh);
const CRITICAL_COL = articleLines[CRITICAL_LINE - 1].indexOf(criticalPoint.name.zh) + 1;

// ---- page helpers -------------------------------------------------------------------------------

/** The active editor's cursor position from the status bar ("Ln 12, Col 3 (2 selected)"). */
async function cursorStatus(page) {
  const item = page.locator('.part.statusbar .statusbar-item').filter({ hasText: /^\s*Ln \d+, Col \d+/ });
  const text = (await item.first().innerText({ timeout: 2_000 })).trim();
  const m = /^Ln (\d+), Col (\d+)(?: \((\d+) selected\))?/.exec(text);
  return m ? { line: Number(m[1]), col: Number(m[2]), selected: Number(m[3] ?? 0), text } : undefined;
}

/** Polls the status bar until `pred(status)` holds; returns the status. */
async function waitForCursor(page, pred, what) {
  let last;
  try {
    return await waitFor(
      async () => {
        last = await cursorStatus(page);
        return last && pred(last) ? last : undefined;
      },
      { timeoutMs: 10_000, intervalMs: 50, what },
    );
  } catch (e) {
    throw new CheckError(`${e.message}; the status bar shows ${JSON.stringify(last?.text ?? null)}`);
  }
}

/** Presses `key` in the editor and waits until the cursor satisfies `pred`. */
async function pressForCursor(page, key, pred, what) {
  await page.keyboard.press(key);
  return waitForCursor(page, pred, what);
}

async function closeQuickInput(page) {
  if (await page.locator(QUICK_INPUT).isVisible()) {
    await page.keyboard.press('Escape');
    await page.locator(QUICK_INPUT).waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
  }
}

/** Go to Line through Quick Open (":N" or ":N:C"); waits until the cursor is there. */
async function goToLine(page, line, col) {
  await closeQuickInput(page);
  await page.keyboard.press('Control+P');
  const input = page.locator(QUICK_INPUT_BOX);
  await input.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  await input.fill(col ? `:${line}:${col}` : `:${line}`);
  await page.locator(QUICK_INPUT_ROWS).filter({ hasText: new RegExp(`\\b${line}\\b`) }).first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  await page.keyboard.press('Enter');
  await page.locator(QUICK_INPUT).waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
  await waitForCursor(page, (s) => s.line === line && (!col || s.col === col), `the cursor on line ${line}${col ? `, column ${col}` : ''}`);
}

/** The texts of the active editor's visible view lines (wrapped parts count as lines), top first. */
function visibleLines(page) {
  return page.evaluate(() => {
    const root = document.querySelector('.editor-group-container.active .monaco-editor .view-lines');
    if (!root) return [];
    const view = root.closest('.monaco-editor .overflow-guard')?.getBoundingClientRect() ?? root.getBoundingClientRect();
    return [...root.querySelectorAll('.view-line')]
      .map((l) => ({ top: l.getBoundingClientRect().top, bottom: l.getBoundingClientRect().bottom, text: l.textContent.replace(/\u00a0/g, ' ') }))
      .filter((l) => l.bottom > view.top + 1 && l.top < view.bottom - 1)
      .sort((a, b) => a.top - b.top)
      .map((l) => l.text);
  });
}

/** Bounding box of the visible hover widget, and how much of its content is scrolled out of view. */
function hoverGeometry(page) {
  return page.evaluate(() => {
    const el = [...document.querySelectorAll('.monaco-editor .monaco-hover:not(.hidden)')].find((e) => e.offsetParent !== null);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    const content = el.querySelector('.monaco-hover-content') ?? el;
    const sash = (edge) => {
      const s = el.closest('.monaco-resizable-hover')?.querySelector(`.monaco-sash.orthogonal-edge-${edge}:not(.disabled)`);
      if (!s) return null;
      const b = s.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    };
    return {
      left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: innerWidth, height: innerHeight,
      hidden: Math.max(0, content.scrollHeight - content.clientHeight),
      contentHeight: content.scrollHeight,
      north: sash('north'),
      south: sash('south'),
    };
  });
}

/**
 * VS Code caps a hover at max(editor height / 4, 250 px) and scrolls the rest. When the concept's
 * hover is taller, drag the hover's free edge (as a user would; VS Code keeps the size for later
 * hovers) so that the screenshot shows all of it. Re-measures and retries when the hover's content
 * grows meanwhile (the link's tooltip row is added once the document links are known). Returns the
 * hover's geometry.
 */
async function growHover(page, needle) {
  let geo;
  for (let attempt = 1; attempt <= 4; attempt++) {
    geo = await hoverGeometry(page);
    if (!geo) {
      await hoverWord(page, needle, { timeoutMs: 10_000 });
      geo = await hoverGeometry(page);
      if (!geo) continue;
    }
    if (geo.hidden === 0) return geo;
    const sash = geo.north ?? geo.south;
    if (!sash) throw new CheckError(`the hover content is cut off by ${geo.hidden} px and the hover has no resize edge`);
    const delta = geo.hidden + 4;
    const word = (await locateText(page, needle)) ?? { x: (geo.left + geo.right) / 2 };
    const x = Math.min(Math.max(word.x, geo.left + 20), geo.right - 20);
    // Into the hover straight from the word (a sticky hover stays while the mouse is on it), then drag.
    await page.mouse.move(x, geo.north ? geo.bottom - 8 : geo.top + 8, { steps: 4 });
    await page.mouse.move(sash.x, sash.y, { steps: 4 });
    await page.mouse.down();
    await page.mouse.move(sash.x, geo.north ? sash.y - delta : sash.y + delta, { steps: 8 });
    await page.mouse.up();
    await page.mouse.move(x, geo.north ? geo.bottom - 8 - delta / 2 : geo.top + 8 + delta / 2, { steps: 2 });
    const done = await waitFor(async () => {
      const g = await hoverGeometry(page);
      return g && g.hidden === 0 ? g : undefined;
    }, { timeoutMs: 2_000, what: 'the resized hover' }).catch(() => undefined);
    if (done) return done;
  }
  throw new CheckError(`could not resize the hover to show all its content: ${JSON.stringify(geo)}`);
}

// ---- the Concepts tree ----------------------------------------------------------------------------

/** The tree rows the side bar renders: level, label, description, expanded state. */
function treeRows(page) {
  return page.evaluate((sel) => [...document.querySelectorAll(sel)]
    .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
    .map((r) => ({
      level: Number(r.getAttribute('aria-level')),
      label: r.querySelector('.label-name')?.textContent.trim() ?? '',
      description: r.querySelector('.label-description')?.textContent.trim() ?? '',
      expanded: r.getAttribute('aria-expanded'),
    })), TREE_ROWS);
}

/** The row of the tree at `level` whose label is exactly `label`. */
function treeRow(page, level, label) {
  return page.locator(`${TREE_ROWS}[aria-level="${level}"]`).filter({ has: page.locator('.label-name', { hasText: new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) }) }).first();
}

/** Expands or collapses a row with its twistie, and waits for the new state. */
async function setExpanded(page, level, label, expanded) {
  const row = treeRow(page, level, label);
  await row.waitFor({ state: 'visible' });
  if ((await row.getAttribute('aria-expanded')) !== String(expanded)) await row.locator('.monaco-tl-twistie').click();
  await page.locator(`${TREE_ROWS}[aria-level="${level}"][aria-expanded="${expanded}"]`).filter({ has: page.locator('.label-name', { hasText: label }) }).first()
    .waitFor({ state: 'visible', timeout: 10_000 })
    .catch(async () => {
      throw new CheckError(`could not ${expanded ? 'expand' : 'collapse'} "${label}" in the Concepts tree; rows: ${JSON.stringify(await treeRows(page))}`);
    });
}

/** Switches the colour theme with Preferences: Color Theme, and waits for the workbench to repaint in it. */
async function setColorTheme(page, theme, kind) {
  await runCommand(page, 'Preferences: Color Theme', { waitForClose: false });
  const input = page.locator(QUICK_INPUT_BOX);
  // The theme picker opens in the same widget: filter it down to the theme and take it.
  await page.locator(QUICK_INPUT_ROWS).filter({ hasText: 'Default Dark Modern' }).first().waitFor({ state: 'visible' });
  await input.fill(theme);
  // VS Code 1.100 lists it as "Light Modern" with the setting's value "Default Light Modern" beside it.
  const row = page.locator(QUICK_INPUT_ROWS).filter({ hasText: theme }).first();
  await row.waitFor({ state: 'visible', timeout: 10_000 }).catch(async () => {
    const shownRows = await page.locator(QUICK_INPUT_ROWS).allInnerTexts().catch(() => []);
    throw new CheckError(`the theme picker does not offer "${theme}"; rows: ${JSON.stringify(shownRows.slice(0, 5))}`);
  });
  await row.click();
  await page.locator(QUICK_INPUT).waitFor({ state: 'hidden' });
  await page.locator(`.monaco-workbench.${kind}`).waitFor({ state: 'attached', timeout: 10_000 }).catch(async () => {
    const cls = await page.locator('.monaco-workbench').getAttribute('class');
    throw new CheckError(`the workbench is not in a ${kind} theme after choosing "${theme}": ${cls}`);
  });
}

/** Drags the side bar's edge (as a user would) so that the tree's labels and previews fit the screenshot. */
async function widenSidebar(page, width) {
  const box = await page.locator(SIDEBAR).boundingBox();
  if (!box || box.width >= width) return;
  const x = box.x + box.width;
  const y = box.y + box.height / 2;
  await page.mouse.move(x - 1, y);
  await page.mouse.down();
  await page.mouse.move(x + (width - box.width), y, { steps: 8 });
  await page.mouse.up();
  const after = await page.locator(SIDEBAR).boundingBox();
  if (!after || after.width < width - 10) log(`note: could not widen the side bar to ${width} px (it is ${after?.width} px)`);
}

/** 4. The Concepts view: sections, one expanded with a concept's occurrences, dark and light. */
async function conceptsTree(page) {
  await closeQuickInput(page);
  // The Concept Lens icon in the activity bar opens its container, whose only view is Concepts.
  const icon = page.locator('.part.activitybar .action-item .action-label[aria-label^="Concept Lens"]').first();
  await icon.waitFor({ state: 'visible' });
  await icon.click();
  await page.locator(`${SIDEBAR} .composite.title`).filter({ hasText: /Concept Lens/i }).first().waitFor({ state: 'visible' });
  await widenSidebar(page, 440);
  let rows = [];
  await waitFor(async () => (rows = await treeRows(page)).filter((r) => r.level === 1).length >= 1, { timeoutMs: STEP_TIMEOUT_MS, what: 'the Concepts tree to show its sections' })
    .catch((e) => {
      throw new CheckError(`${e.message}; rows: ${JSON.stringify(rows)}`);
    });

  // Collapse every section (they start expanded), so that all five fit: then check them, in order.
  for (const title of SECTION_TITLES) await setExpanded(page, 1, title, false);
  rows = await treeRows(page);
  const sections = rows.filter((r) => r.level === 1);
  check(JSON.stringify(sections.map((r) => r.label)) === JSON.stringify(SECTION_TITLES),
    `the Concepts tree shows the sections ${JSON.stringify(sections.map((r) => r.label))}, expected ${JSON.stringify(SECTION_TITLES)}`);
  const emergenceConcepts = pack.concepts.filter((c) => c.section === emergence.section);
  const emergenceRow = sections.find((r) => r.label === emergenceSection);
  check(emergenceRow.description === String(emergenceConcepts.length),
    `the section "${emergenceSection}" says ${JSON.stringify(emergenceRow.description)}, expected its ${emergenceConcepts.length} concepts`);
  pass(`the Concepts tree shows the five sections in the article's order: ${SECTION_TITLES.join(' | ')}`);

  // Expand 神奇的涌现, then its 临界点: the count, and one row per occurrence.
  await setExpanded(page, 1, emergenceSection, true);
  await setExpanded(page, 2, criticalPoint.name.zh, true);
  await waitFor(async () => (rows = await treeRows(page)).filter((r) => r.level === 3).length === CRITICAL_COUNT, { timeoutMs: 10_000, what: `${CRITICAL_COUNT} occurrence rows under ${criticalPoint.name.zh}` })
    .catch((e) => {
      throw new CheckError(`${e.message}; rows: ${JSON.stringify(rows)}`);
    });
  const concepts = rows.filter((r) => r.level === 2).map((r) => r.label);
  check(JSON.stringify(concepts) === JSON.stringify(emergenceConcepts.map((c) => c.name.zh)),
    `"${emergenceSection}" holds ${JSON.stringify(concepts)}, expected ${JSON.stringify(emergenceConcepts.map((c) => c.name.zh))}`);
  const critical = rows.find((r) => r.level === 2 && r.label === criticalPoint.name.zh);
  // The workspace count joins once the workspace is indexed in the background: either form is right.
  const expectedDescription = new RegExp(`^${criticalPoint.name.en} · ${CRITICAL_COUNT} here(, \\d+ in workspace)?$`);
  check(expectedDescription.test(critical.description),
    `${criticalPoint.name.zh} says ${JSON.stringify(critical.description)}, expected "${criticalPoint.name.en} · ${CRITICAL_COUNT} here[, N in workspace]"`);
  const occurrences = rows.filter((r) => r.level === 3);
  check(occurrences.every((r) => r.label.includes(criticalPoint.name.zh) && /^line \d+$/.test(r.description)),
    `the occurrence rows of ${criticalPoint.name.zh} do not show it with its line: ${JSON.stringify(occurrences)}`);
  pass(`"${emergenceSection}" expanded: ${concepts.join(', ')}; ${criticalPoint.name.zh} "${critical.description}" with ${occurrences.length} occurrence rows (${occurrences.map((r) => r.description).join(', ')})`);

  await page.mouse.move(1, 1);
  await screenshot(page, path.join(SHOTS, 'tree-dark.png'));
  pass('tree-dark.png (Default Dark Modern)');
  await setColorTheme(page, 'Default Light Modern', 'vs');
  await page.mouse.move(1, 1);
  // The tree keeps what was expanded.
  check(JSON.stringify(await treeRows(page)) === JSON.stringify(rows), 'the Concepts tree changed with the theme');
  await screenshot(page, path.join(SHOTS, 'tree-light.png'));
  pass('tree-light.png (Default Light Modern)');
}

// ---- the Concept Graph ----------------------------------------------------------------------------

/** The webview frame that runs the graph page (the inner iframe of VS Code's webview), or undefined. */
async function graphFrame(page) {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    const has = await frame.evaluate(() => typeof window.conceptGraph === 'object').catch(() => false);
    if (has) return frame;
  }
  return undefined;
}

/**
 * Waits until the graph page shows `conceptId` as a node present in the document and cytoscape is
 * idle (its animation loop parked). Returns the frame. Only plain data leaves the page: returning
 * cytoscape's core from evaluate would serialise all of it.
 */
async function waitForGraph(page, conceptId) {
  const frame = await waitFor(() => graphFrame(page), { timeoutMs: STEP_TIMEOUT_MS, intervalMs: 100, what: 'the Concept Graph webview frame' })
    .catch((e) => {
      throw new CheckError(`${e.message}; frames: ${JSON.stringify(page.frames().map((f) => f.url().slice(0, 80)))}`);
    });
  await frame.waitForFunction((id) => {
    const g = window.conceptGraph;
    const c = g?.cy();
    if (!c || c.nodes().length === 0) return false;
    const n = c.getElementById(id);
    return n.nonempty() && !n.hasClass('absent') && n.visible() && g.idle();
  }, conceptId, { polling: 100, timeout: STEP_TIMEOUT_MS }).catch(async (e) => {
    const info = await frame.evaluate(() => {
      const c = window.conceptGraph?.cy();
      return { nodes: c?.nodes().length ?? null, idle: window.conceptGraph?.idle() ?? null };
    }).catch(() => null);
    throw new CheckError(`the graph does not show ${conceptId} (${e.message.split('\n')[0]}); page: ${JSON.stringify(info)}`);
  });
  return frame;
}

/** Fits the graph to its view, lets at least two frames draw, and waits until it is idle again. */
async function fitGraph(frame) {
  await frame.evaluate(() => {
    const c = window.conceptGraph.cy();
    c.resize();
    void c.fit(c.nodes(':visible'), 20);
    // One-off frames pass the page's frame gate: after two of them the fit has been drawn.
    return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true))));
  });
  await frame.waitForFunction(() => window.conceptGraph.idle(), null, { polling: 100, timeout: 10_000 });
}

/**
 * Where a node is on the page (its centre; from the node's rendered position, the graph container's
 * place in the page and the iframe's place in the workbench), and which element cytoscape's own hit
 * test finds there.
 */
async function nodeOnPage(frame, conceptId) {
  const inFrame = await frame.evaluate((id) => {
    const c = window.conceptGraph.cy();
    const n = c.getElementById(id);
    const rp = n.renderedPosition();
    const box = c.container().getBoundingClientRect();
    const p = n.position();
    let hit = null;
    try {
      hit = c.renderer().findNearestElement(p.x, p.y, true, false)?.id() ?? null;
    } catch {
      hit = undefined; // renderer internals changed: no hit test
    }
    return {
      x: box.left + rp.x, y: box.top + rp.y, size: n.renderedWidth(), label: n.data('label'), hit,
      // An empty spot of the graph: its top left corner (the fit leaves 20 px around the nodes).
      emptyX: box.left + 4, emptyY: box.top + 4,
      inside: rp.x > 0 && rp.y > 0 && rp.x < box.width && rp.y < box.height,
      nodes: c.nodes(':visible').length,
    };
  }, conceptId);
  const frameBox = await (await frame.frameElement()).boundingBox();
  if (!frameBox) throw new CheckError('the Concept Graph webview has no box on the page');
  return {
    ...inFrame, x: frameBox.x + inFrame.x, y: frameBox.y + inFrame.y,
    empty: { x: frameBox.x + inFrame.emptyX, y: frameBox.y + inFrame.emptyY }, frameBox,
  };
}

/** 5. The Concept Graph: a click on a node moves the editor; light and dark screenshots. */
async function conceptGraph(page) {
  const target = criticalPoint;
  const all = occurrences(target);
  check(all.length >= 2, `the article has ${all.length} ${target.name.zh}, the graph step needs two`);
  // The cursor at the start of the line after the first occurrence: the click goes to the next one.
  const startLine = all[0].line + 1;
  const expected = all.find((o) => o.line >= startLine);
  await closeQuickInput(page);
  await goToLine(page, startLine);

  await runCommand(page, SHOW_GRAPH);
  await page.locator(`${SIDEBAR} .pane-header`).filter({ hasText: /Concept Graph/ }).first().waitFor({ state: 'visible' });
  // The Concepts tree above is done with: collapse it, so that the graph gets the side bar's height.
  const treeHeader = page.locator(`${SIDEBAR} .pane-header[aria-expanded="true"]`).filter({ has: page.locator('h3.title', { hasText: /^\s*Concepts\s*$/ }) });
  if (await treeHeader.count()) {
    await treeHeader.first().click();
    await page.locator(`${SIDEBAR} .pane-header[aria-expanded="false"]`).filter({ has: page.locator('h3.title', { hasText: /^\s*Concepts\s*$/ }) }).first()
      .waitFor({ state: 'visible', timeout: 10_000 })
      .catch(() => log('note: could not collapse the Concepts view'));
  }
  await widenSidebar(page, 480);
  let frame = await waitForGraph(page, target.id);
  await fitGraph(frame);
  let node = await nodeOnPage(frame, target.id);
  check(node.inside, `the ${target.name.zh} node is outside the graph's view after fitting: ${JSON.stringify(node)}`);
  check(node.hit === undefined || node.hit === target.id, `at the ${target.name.zh} node cytoscape finds ${JSON.stringify(node.hit)}: ${JSON.stringify(node)}`);
  const before = await cursorStatus(page);
  check(before?.line === startLine, `the cursor left line ${startLine} when the graph opened: ${JSON.stringify(before?.text)}`);

  await page.mouse.move(node.x, node.y, { steps: 2 });
  await page.mouse.down();
  await page.mouse.up();
  const at = await waitForCursor(
    page,
    (s) => s.line === expected.line && s.selected === expected.text.length,
    `the editor to select ${expected.text} on line ${expected.line} after clicking the ${target.name.zh} node (the cursor was on line ${startLine})`,
  );
  check(at.col === expected.col || at.col === expected.col + expected.text.length,
    `the click on the ${target.name.zh} node put the cursor at ${at.text}, expected line ${expected.line}, column ${expected.col}`);
  pass(`Show Concept Graph: ${node.nodes} nodes; a click on the ${node.label} node moved the editor from line ${startLine} to the next ${expected.text} (line ${expected.line}, ${at.text})`);

  // Screenshots: the mouse off the node (over the graph's empty corner, so that cytoscape sees it leave
  // and drops the hover highlight), then off the graph; the graph fitted and drawn.
  await page.mouse.move(node.empty.x, node.empty.y, { steps: 4 });
  await frame.waitForFunction(() => window.conceptGraph.cy().elements('.faded').length === 0, null, { polling: 100, timeout: 10_000 })
    .catch(() => log(`note: the graph still highlights the ${target.name.zh} node's neighbours`));
  await page.mouse.move(1, 1);
  frame = await waitForGraph(page, target.id);
  await fitGraph(frame);
  await screenshot(page, path.join(SHOTS, 'graph-light.png'));
  pass('graph-light.png (Default Light Modern)');
  await setColorTheme(page, 'Default Dark Modern', 'vs-dark');
  frame = await waitForGraph(page, target.id);
  // The page restyles when VS Code changes its body class: wait for the dark class, then a drawn frame.
  await frame.waitForFunction(() => document.body.classList.contains('vscode-dark'), null, { polling: 100, timeout: 10_000 })
    .catch(() => {
      throw new CheckError('the graph webview did not switch to the dark theme');
    });
  await fitGraph(frame);
  node = await nodeOnPage(frame, target.id);
  check(node.inside, `the ${target.name.zh} node is outside the graph's view in the dark theme: ${JSON.stringify(node)}`);
  await screenshot(page, path.join(SHOTS, 'graph-dark.png'));
  pass('graph-dark.png (Default Dark Modern)');
  return frame;
}

/** 7. The cursor on 涌现 in the editor: the graph marks the emergence node as the concept under the cursor. */
async function cursorInGraph(page, frame) {
  const col = articleLines[HOVER_LINE - 1].indexOf(HOVER_NEEDLE) + 2; // on the 涌 of 涌现
  await goToLine(page, HOVER_LINE, col);
  await frame.waitForFunction((id) => window.conceptGraph.cy().getElementById(id).hasClass('cursor'), emergence.id, { polling: 100, timeout: 10_000 })
    .catch(async () => {
      const marked = await frame.evaluate(() => window.conceptGraph.cy().$('node.cursor').map((n) => n.id())).catch(() => null);
      throw new CheckError(`the cursor on ${emergence.name.zh} (line ${HOVER_LINE}, column ${col}) does not mark the ${emergence.id} node; marked: ${JSON.stringify(marked)}`);
    });
  const marked = await frame.evaluate(() => window.conceptGraph.cy().$('node.cursor').map((n) => n.id()));
  check(marked.length === 1, `one node is marked as under the cursor, not ${JSON.stringify(marked)}`);
  pass(`the cursor on ${emergence.name.zh} (line ${HOVER_LINE}, column ${col}) marks the ${emergence.id} node in the graph`);
}

/**
 * Developer: Reload Window, as a user reloads: the workbench saves its state first (a browser reload
 * of the page would not wait for that). Waits until the new workbench is up.
 */
async function reloadWindow(page) {
  const navigated = page.waitForEvent('framenavigated', { predicate: (f) => f === page.mainFrame(), timeout: STEP_TIMEOUT_MS });
  await runCommand(page, 'Developer: Reload Window', { waitForClose: false });
  await navigated;
  await page.locator('.monaco-workbench').waitFor({ state: 'visible' });
}

/**
 * 9. The Problems panel lists the concept lint's finding on the article's own "emdedding", in the
 * reader's language (the article is Chinese, so the message is too).
 */
async function lintInProblems(page) {
  await runCommand(page, /^View: Toggle Problems/);
  const row = page.locator('.markers-panel .monaco-list-row').filter({ hasText: 'emdedding' });
  await row.first().waitFor({ state: 'visible', timeout: 30_000 }).catch(async (e) => {
    const rows = await page.locator('.markers-panel .monaco-list-row').allInnerTexts().catch(() => []);
    throw new CheckError(`the Problems panel lists no finding on "emdedding" (${e.message.split('\n')[0]}); rows: ${JSON.stringify(rows.slice(0, 5))}`);
  });
  const text = (await row.first().innerText()).replace(/\s+/g, ' ').trim();
  check(text.includes('embedding') && text.includes('笔误'), `the Problems row names the fix in Chinese: ${JSON.stringify(text)}`);
  await screenshot(page, path.join(SHOTS, 'problems.png'));
  pass(`the Problems panel lists the concept lint's finding in Chinese: ${JSON.stringify(text)} (problems.png)`);
}

/** 8. Filters survive a reload of the window: "only concepts in this document" and a hidden section. */
async function filtersAfterReload(page, frame) {
  const lastSection = pack.article.sections.length - 1;
  await frame.locator('#presentOnly').check();
  // The section and relation filters are in a collapsed "Filters" box.
  if (!(await frame.locator('details.filters').evaluate((d) => d.open))) await frame.locator('details.filters > summary').click();
  await frame.locator(`#section-${lastSection}`).uncheck();
  // The page sends its state to the host a moment after a change; the host keeps it in workspace state.
  await frame.waitForFunction(() => window.conceptGraph.stateSent() && window.conceptGraph.state().presentOnly, null, { polling: 100, timeout: 10_000 });
  const before = await frame.evaluate(() => ({ hiddenSections: window.conceptGraph.state().hiddenSections, hidden: window.conceptGraph.cy().nodes('.hidden').length }));
  check(before.hiddenSections.length === 1 && before.hidden > 0, `the filters hide nothing before the reload: ${JSON.stringify(before)}`);

  await reloadWindow(page);
  const after = await waitForGraph(page, emergence.id);
  const restored = await after.evaluate(() => ({
    presentOnly: document.getElementById('presentOnly').checked,
    state: window.conceptGraph.state(),
    hidden: window.conceptGraph.cy().nodes('.hidden').length,
  }));
  const sectionBox = await after.locator(`#section-${lastSection}`).isChecked();
  check(restored.presentOnly && restored.state.presentOnly, `"Only concepts in this document" is off after the reload: ${JSON.stringify(restored.state)}`);
  check(!sectionBox && JSON.stringify(restored.state.hiddenSections) === JSON.stringify(before.hiddenSections),
    `the hidden section came back after the reload: ${JSON.stringify(restored.state.hiddenSections)}, before ${JSON.stringify(before.hiddenSections)}`);
  check(restored.hidden === before.hidden, `${restored.hidden} nodes hidden after the reload, ${before.hidden} before`);
  pass(`filters survive a reload: only concepts in this document, section ${JSON.stringify(before.hiddenSections[0])} hidden, ${restored.hidden} nodes hidden before and after`);
}

/** The frame of the graph's page in an editor tab (the side bar's page has no placement-editor class), or undefined. */
async function editorGraphFrame(page) {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    const has = await frame.evaluate(() => typeof window.conceptGraph === 'object' && document.body.classList.contains('placement-editor')).catch(() => false);
    if (has) return frame;
  }
  return undefined;
}

/** Waits for the editor tab's graph: drawn, labels culled for its viewport, idle. */
async function waitForEditorGraph(page, what) {
  const frame = await waitFor(() => editorGraphFrame(page), { timeoutMs: STEP_TIMEOUT_MS, intervalMs: 100, what });
  await frame.waitForFunction(() => {
    const g = window.conceptGraph;
    return (g.cy()?.nodes(':visible').length ?? 0) > 0 && g.labelsSettled() && g.idle();
  }, null, { polling: 100, timeout: STEP_TIMEOUT_MS });
  return frame;
}

/** What the editor tab's labels measure: how many are drawn, the smallest font and box on screen, and the nodes. */
const labelFigures = (frame) =>
  frame.evaluate(() => {
    const labels = window.conceptGraph.labels();
    return {
      nodes: window.conceptGraph.cy().nodes(':visible').length,
      shown: labels.length,
      minFont: Math.min(...labels.map((l) => l.fontPx)),
      minHeight: Math.min(...labels.map((l) => l.height)),
      zoom: window.conceptGraph.cy().zoom(),
      small: labels.filter((l) => l.height < 11 || l.fontPx < 11).map((l) => l.id),
    };
  });

/**
 * 10. The graph in an editor tab: readable labels at the default fit (a screenshot), and the tab is back
 * after a window reload (the panel serializer restores it).
 */
async function graphInEditor(page) {
  await runCommand(page, /^View: (Hide|Close) Panel$/).catch((e) => log(`note: could not close the panel: ${e.message.split('\n')[0]}`));
  await runCommand(page, /^View: Close Primary Side Bar$/).catch((e) => log(`note: could not close the side bar: ${e.message.split('\n')[0]}`));
  await runCommand(page, OPEN_GRAPH_IN_EDITOR);
  const tab = page.locator('.tabs-container .tab').filter({ hasText: /Concept Graph/ });
  await tab.first().waitFor({ state: 'visible' });
  let frame = await waitForEditorGraph(page, 'the Concept Graph in an editor tab');
  // The default fit, as the toolbar's Fit does it; then the labels are culled and the graph idles again.
  await frame.locator('#fit').click();
  await page.mouse.move(1, 1);
  frame = await waitForEditorGraph(page, 'the Concept Graph in an editor tab after Fit');
  await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))));
  await frame.waitForFunction(() => window.conceptGraph.idle(), null, { polling: 100, timeout: 10_000 });
  const fitted = await labelFigures(frame);
  check(fitted.shown > 0, `no label is drawn in the editor tab: ${JSON.stringify(fitted)}`);
  check(fitted.minFont >= MIN_LABEL_PX && fitted.minHeight >= MIN_LABEL_PX && fitted.small.length === 0,
    `labels under ${MIN_LABEL_PX} px in the editor tab at the default fit: ${JSON.stringify(fitted)}`);
  await screenshot(page, path.join(SHOTS, 'graph-editor.png'));
  // Idle in the tab too: no animation frame requested (the frame gate parks the loop), no message received.
  const quiet = await frame.evaluate((ms) => {
    const counts = { frames: 0, messages: 0 };
    const gated = window.requestAnimationFrame;
    window.requestAnimationFrame = (cb) => {
      const id = gated(cb);
      if (id !== 0) counts.frames++;
      return id;
    };
    const onMessage = () => counts.messages++;
    window.addEventListener('message', onMessage);
    return new Promise((r) => setTimeout(() => {
      window.requestAnimationFrame = gated;
      window.removeEventListener('message', onMessage);
      r(counts);
    }, ms));
  }, 3000);
  check(quiet.frames === 0 && quiet.messages === 0, `the idle graph in the editor tab requested ${quiet.frames} frames and received ${quiet.messages} messages in 3 s`);
  pass(`Open Concept Graph in Editor: ${fitted.nodes} nodes, ${fitted.shown} labels drawn at the default fit (zoom ${fitted.zoom.toFixed(2)}), the smallest ${fitted.minFont.toFixed(1)} px font in a ${fitted.minHeight.toFixed(1)} px box, idle (0 frames, 0 messages in 3 s) (graph-editor.png)`);

  await reloadWindow(page);
  await page.locator('.tabs-container .tab').filter({ hasText: /Concept Graph/ }).first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS }).catch((e) => {
    throw new CheckError(`the Concept Graph tab did not come back after the reload (${e.message.split('\n')[0]})`);
  });
  // A restored tab's page loads when it is shown: it is the active tab of its group.
  frame = await waitForEditorGraph(page, 'the restored Concept Graph tab after the reload');
  const restored = await labelFigures(frame);
  check(restored.nodes > 0 && restored.minFont >= MIN_LABEL_PX, `the restored tab's graph: ${JSON.stringify(restored)}`);
  pass(`after a window reload the Concept Graph tab is back (the panel serializer) with ${restored.nodes} nodes and ${restored.shown} labels of at least ${restored.minFont.toFixed(1)} px`);
}

// ---- idle CPU -----------------------------------------------------------------------------------

/**
 * CPU used by the extension host and Chromium's renderers over a sampling window in which nothing
 * happens (the window is what is measured, not a wait for something). With `frame`, the graph page
 * also counts the animation frames it really requests (its frame gate returns 0 for a parked loop)
 * and the messages it receives.
 */
async function idleCpu(frame, page) {
  // The webview runs in the workbench's renderer process, so its share is read from a JavaScript CPU
  // profile of that process: the time in functions of the graph's script (media/graph.js).
  const cdp = page && (await page.context().newCDPSession(page));
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  await frame?.evaluate(() => {
    if (!window.__idle) {
      const gated = window.requestAnimationFrame;
      window.requestAnimationFrame = (cb) => {
        const id = gated(cb);
        if (id !== 0) window.__idle.frames++;
        return id;
      };
      window.addEventListener('message', () => window.__idle.messages++);
    }
    window.__idle = { frames: 0, messages: 0 };
  });
  const host = cpuTicks(isExtensionHost);
  const renderers = cpuTicks(isRenderer);
  const t0 = Date.now();
  await new Promise((r) => setTimeout(r, IDLE_WINDOW_MS));
  const windowMs = Date.now() - t0;
  const counts = await frame?.evaluate(() => window.__idle);
  const perRenderer = [...cpuMsByProcess(renderers).values()].sort((a, b) => b - a);
  let js;
  if (cdp) {
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.detach();
    js = javaScriptTime(profile, (url) => url.includes('/media/graph.js'));
  }
  return { windowMs, hostMs: cpuMsSince(host), rendererMs: cpuMsSince(renderers), perRenderer, hosts: host.size, renderers: renderers.size, page: counts, js };
}

/** From a CDP CPU profile: ms of JavaScript in all, and in scripts whose URL `mine` accepts (self time). */
function javaScriptTime(profile, mine) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  let all = 0;
  let ours = 0;
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    if (!n || ['(idle)', '(program)', '(garbage collector)', '(root)'].includes(n.callFrame.functionName)) return;
    all += dt;
    if (mine(n.callFrame.url)) ours += dt;
  });
  return { allMs: Math.round(all), graphMs: Math.round(ours) };
}

const pct = (ms, windowMs) => `${((100 * ms) / windowMs).toFixed(1)}% of a core`;

/** 6. With the graph visible and the editor idle, the graph draws nothing and receives nothing. */
async function idleGraph(page, frame, baseline) {
  await page.mouse.move(1, 1);
  await frame.waitForFunction(() => window.conceptGraph.idle(), null, { polling: 100, timeout: 10_000 });
  // Two windows in a row: the first still holds what the theme switch and the screenshots left behind.
  const windows = [await idleCpu(frame, page), await idleCpu(frame, page)];
  const line = (w) =>
    `extension host ${w.hostMs} ms (${pct(w.hostMs, w.windowMs)}), renderers ${w.rendererMs} ms (${pct(w.rendererMs, w.windowMs)}: ${w.perRenderer.join(' + ')})` +
    (w.js ? `, JavaScript in the workbench's renderer ${w.js.allMs} ms, of it in media/graph.js ${w.js.graphMs} ms` : '');
  log(`idle CPU, ${(IDLE_WINDOW_MS / 1000).toFixed(0)} s windows: Concepts tree: ${line(baseline)}; graph visible: ${windows.map(line).join('; then ')}`);
  for (const w of windows) {
    check(w.hosts === 1, `one extension host to sample, found ${w.hosts}`);
    check(w.page.frames === 0, `the idle graph requested ${w.page.frames} animation frames in ${w.windowMs} ms`);
    check(w.page.messages === 0, `the idle graph received ${w.page.messages} messages in ${w.windowMs} ms`);
  }
  const last = windows.at(-1);
  pass(`idle graph: 0 animation frames, 0 messages and ${windows.map((w) => w.js.graphMs).join(' + ')} ms of its script's JavaScript in 2 × ${(IDLE_WINDOW_MS / 1000).toFixed(0)} s; extension host ${pct(last.hostMs, last.windowMs)}, renderers ${pct(last.rendererMs, last.windowMs)} (tree only: ${pct(baseline.hostMs, baseline.windowMs)}, ${pct(baseline.rendererMs, baseline.windowMs)})`);
}

// ---- the test -----------------------------------------------------------------------------------

async function main() {
  check(existsSync(VSIX), `${VSIX} not found: build it with \`npm run package:test\``);
  try {
    if (!execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim()) {
      log('warning: no Chinese font installed (e.g. apt-get install fonts-wqy-microhei): the screenshots will show boxes');
    }
  } catch {
    // fc-list missing: nothing to warn about that we can check
  }

  const extensionsDir = await mkdtemp(path.join(os.tmpdir(), 'concept-lens-ui-exts-'));
  // The workspace is a copy of the article: whatever the workbench writes there stays out of the tree.
  const workspace = await mkdtemp(path.join(os.tmpdir(), 'concept-lens-ui-ws-'));
  copyArticle(workspace);
  // Removed on every exit path, also process.exit from the watchdog or a signal.
  process.on('exit', () => {
    rmSync(extensionsDir, { recursive: true, force: true });
    rmSync(workspace, { recursive: true, force: true });
  });
  try {
    await installVsix(VSIX, extensionsDir);
    log(`installed ${path.relative(ROOT, VSIX)}`);
    const server = await startCodeServer({
      extensionsDir,
      settings: {
        // Keep the screenshots about the article: no minimap beside the text, no command center.
        'editor.minimap.enabled': false,
        'workbench.colorTheme': 'Default Dark Modern',
        'window.commandCenter': false,
        // A blinking cursor repaints the window twice a second: the idle CPU step measures us, not it.
        'editor.cursorBlinking': 'solid',
      },
    });
    running.server = server;
    log(`code-server at ${server.url}`);
    const context = await launchBrowser({ viewport: VIEWPORT });
    running.context = context;
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(STEP_TIMEOUT_MS);

    await openWorkbench(page, server.url, workspace);
    await openFile(page, ARTICLE);
    log(`opened ${ARTICLE}`);

    // 1. Hover over 涌现 in the paragraph of 神奇的涌现.
    await goToLine(page, HOVER_LINE);
    const part = explanationPart(emergence.explanation.zh);
    // For a stable screenshot, wait until the document links are known (the hover then also shows the
    // link's tooltip row): the editor marks each link with the class detected-link.
    await page.locator('.editor-group-container.active .view-lines .detected-link').filter({ hasText: emergence.name.zh }).first()
      .waitFor({ state: 'attached', timeout: 15_000 })
      .catch(() => log(`note: no link on ${emergence.name.zh} in the editor within 15 s`));
    const hoverText = await hoverWord(page, HOVER_NEEDLE, { expect: emergence.explanation.zh.slice(0, 4), timeoutMs: STEP_TIMEOUT_MS });
    check(hoverText.includes(emergence.name.zh), `the hover over 涌现 does not name ${emergence.name.zh}: ${JSON.stringify(hoverText)}`);
    check(hoverText.includes(emergence.name.en), `the hover over 涌现 does not name ${emergence.name.en}: ${JSON.stringify(hoverText)}`);
    check(hoverText.includes(part), `the hover over 涌现 lacks the explanation's "${part}": ${JSON.stringify(hoverText)}`);
    // The hover names the section ("Section: 神奇的涌现 · 22 occurrences…") and links to it with "Go to section".
    check(hoverText.includes(`Section: ${emergenceSection}`), `the hover over 涌现 does not name its section "${emergenceSection}": ${JSON.stringify(hoverText)}`);
    const link = page.locator('.monaco-hover:not(.hidden) a').filter({ hasText: new RegExp(`^${GO_TO_SECTION}$`) });
    check((await link.count()) > 0, `the hover over 涌现 has no link "${GO_TO_SECTION}": ${JSON.stringify(hoverText)}`);
    let geo = await hoverGeometry(page);
    check(geo, 'the hover disappeared before the screenshot');
    if (geo.hidden > 0) {
      log(`note: the hover's content is ${geo.contentHeight} px tall, ${geo.hidden} px of it scroll out of view; resizing the hover for the screenshot`);
      geo = await growHover(page, HOVER_NEEDLE);
    }
    check(geo.left >= 0 && geo.top >= 0 && geo.right <= geo.width && geo.bottom <= geo.height, `the hover is not fully on screen: ${JSON.stringify(geo)}`);
    await screenshot(page, path.join(SHOTS, 'hover.png'));
    pass(`hover over 涌现 shows "${emergence.name.zh}", "${emergence.name.en}", "${part}" the section "${emergenceSection}" and the link "${GO_TO_SECTION}" (hover.png)`);

    // The hover's section link goes to the heading of 神奇的涌现.
    const linkBox = await link.first().boundingBox();
    check(linkBox, `the link "${GO_TO_SECTION}" in the hover is not visible`);
    await page.mouse.move(linkBox.x + linkBox.width / 2, linkBox.y + linkBox.height / 2, { steps: 2 });
    await page.mouse.click(linkBox.x + linkBox.width / 2, linkBox.y + linkBox.height / 2);
    const atSection = await waitForCursor(page, (s) => s.line === EMERGENCE_HEADING_LINE, `the cursor on line ${EMERGENCE_HEADING_LINE} (${emergenceSection}) after clicking the hover's "${GO_TO_SECTION}"`);
    pass(`the hover's link "${GO_TO_SECTION}" moved the cursor to the heading "${emergenceSection}" (${atSection.text})`);

    // 2. Ctrl+click 熵 in the Transformer+Embedding section: the editor goes to 熵与热力学第二定律.
    await page.mouse.move(1, 1);
    await goToLine(page, LINK_LINE);
    check(!(await visibleLines(page)).some((l) => l.includes(entropySection)), `"${entropySection}" is visible before the Ctrl+click`);
    // The link's tooltip (the hover without Ctrl) also tells the reader where it goes.
    const linkHover = await hoverWord(page, LINK_NEEDLE, { expect: entropySection, timeoutMs: STEP_TIMEOUT_MS });
    pass(`hover over 熵 on line ${LINK_LINE} mentions its section: ${JSON.stringify(linkHover.split('\n').filter((l) => l.includes(entropySection)).join(' | '))}`);
    await page.mouse.move(1, 1);
    await page.locator('.monaco-editor .monaco-hover:not(.hidden)').filter({ visible: true }).first().waitFor({ state: 'hidden' }).catch(() => {});
    const where = await locateText(page, LINK_NEEDLE);
    check(where, `"${LINK_NEEDLE}" is not visible in the editor`);
    // Ctrl is the link modifier on Linux (editor.multiCursorModifier is alt). Ctrl+click also runs Go
    // to Definition, whose provider goes to the same place; the tooltip check above covers the link.
    await page.keyboard.down('Control');
    try {
      await page.mouse.move(where.x, where.y, { steps: 2 });
      // With Ctrl held the link under the mouse is underlined (class detected-link-active).
      await page.locator('.monaco-editor .detected-link-active').first().waitFor({ state: 'visible', timeout: 10_000 })
        .catch(() => log('note: no .detected-link-active under the mouse with Ctrl held'));
      await page.mouse.down();
      await page.mouse.up();
    } finally {
      await page.keyboard.up('Control');
    }
    const at = await waitForCursor(page, (s) => s.line === ENTROPY_HEADING_LINE, `the cursor on line ${ENTROPY_HEADING_LINE} (${entropySection}) after the Ctrl+click`);
    let shown;
    await waitFor(async () => (shown = await visibleLines(page)).some((l) => l.includes(entropySection)), {
      timeoutMs: 5_000,
      what: `the heading "${entropySection}" to be visible`,
    }).catch((e) => {
      throw new CheckError(`${e.message}; visible lines start with ${JSON.stringify(shown?.slice(0, 3))}`);
    });
    await page.mouse.move(1, 1);
    // The breadcrumbs follow the cursor a moment later; wait so that the screenshot names the section.
    await page.locator('.editor-group-container.active .breadcrumbs-control .monaco-breadcrumb-item').filter({ hasText: entropySection })
      .first().waitFor({ state: 'visible', timeout: 5_000 })
      .catch(() => log(`note: the breadcrumbs do not show "${entropySection}"`));
    await screenshot(page, path.join(SHOTS, 'link.png'));
    pass(`Ctrl+click on 熵 (line ${LINK_LINE}) moved the editor to "${entropySection}" (${at.text}) (link.png)`);

    // Next Occurrence (Alt+Period) selects the next occurrence of a concept, twice; Previous (Alt+Comma) goes back.
    const next1 = await pressForCursor(page, 'Alt+Period', (s) => s.selected > 0 && (s.line !== at.line || s.col !== at.col), 'Next Occurrence (Alt+Period) to select an occurrence');
    const next2 = await pressForCursor(page, 'Alt+Period', (s) => s.selected > 0 && (s.line !== next1.line || s.col !== next1.col), 'a second Next Occurrence (Alt+Period)');
    await pressForCursor(page, 'Alt+Comma', (s) => s.line === next1.line && s.col === next1.col && s.selected === next1.selected, `Previous Occurrence (Alt+Comma) to go back to ${next1.text}`);
    pass(`Alt+Period selected occurrences at ${next1.text} and ${next2.text}; Alt+Comma went back to the first`);

    // 3. Go to Concept… from the palette.
    // The command opens its own quick pick in the palette's widget: do not wait for it to close.
    await runCommand(page, COMMAND_TITLE, { waitForClose: false });
    const input = page.locator(QUICK_INPUT_BOX);
    const entropyRow = page.locator(QUICK_INPUT_ROWS).filter({ hasText: entropy.name.zh }).filter({ hasText: entropy.name.en });
    await entropyRow.first().waitFor({ state: 'visible' }).catch(async (e) => {
      const rows = await page.locator(QUICK_INPUT_ROWS).allInnerTexts().catch(() => []);
      throw new CheckError(`Go to Concept… shows no item with "${entropy.name.zh}" and "${entropy.name.en}" (${e.message.split('\n')[0]}); rows: ${JSON.stringify(rows.slice(0, 5))}`);
    });
    const rows = (await page.locator(QUICK_INPUT_ROWS).allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim());
    const placeholder = await input.getAttribute('placeholder');
    await screenshot(page, path.join(SHOTS, 'go-to-concept.png'));
    pass(`Go to Concept… lists concepts (${rows.length} rows shown, placeholder ${JSON.stringify(placeholder)}; first: ${JSON.stringify(rows[0])}) (go-to-concept.png)`);

    await input.fill('临界');
    const criticalRow = page.locator(QUICK_INPUT_ROWS).first().filter({ hasText: criticalPoint.name.zh });
    await criticalRow.waitFor({ state: 'visible', timeout: 10_000 }).catch(async () => {
      const shownRows = await page.locator(QUICK_INPUT_ROWS).allInnerTexts().catch(() => []);
      throw new CheckError(`typing 临界 does not put ${criticalPoint.name.zh} first; rows: ${JSON.stringify(shownRows.slice(0, 5))}`);
    });
    await page.keyboard.press('Enter');
    await page.locator(QUICK_INPUT).waitFor({ state: 'hidden' });
    const crit = await waitForCursor(
      page,
      (s) => s.line === CRITICAL_LINE,
      `the cursor on line ${CRITICAL_LINE} (the first ${criticalPoint.name.zh}) after Go to Concept…`,
    );
    check(crit.col === CRITICAL_COL || crit.col === CRITICAL_COL + criticalPoint.name.zh.length,
      `Go to Concept… put the cursor at ${crit.text}, expected column ${CRITICAL_COL} (the first ${criticalPoint.name.zh})`);
    check(crit.selected === criticalPoint.name.zh.length, `Go to Concept… selected ${crit.selected} characters, expected ${criticalPoint.name.zh.length} (${criticalPoint.name.zh}): ${crit.text}`);
    pass(`Go to Concept… → 临界 → Enter selected the first ${criticalPoint.name.zh} (line ${CRITICAL_LINE}, ${crit.text})`);

    // 4. The Concepts view, in a dark and a light theme.
    await conceptsTree(page);

    // The idle baseline: the Concepts tree in the side bar, the editor idle, no graph yet.
    await page.mouse.move(1, 1);
    const baseline = await idleCpu();

    // 5. The Concept Graph: click a node, then light and dark.
    const frame = await conceptGraph(page);

    // 6. Idle with the graph visible.
    await idleGraph(page, frame, baseline);

    // 7. The cursor on 涌现 marks emergence in the graph.
    await cursorInGraph(page, frame);

    // 8. Filters survive a reload.
    await filtersAfterReload(page, frame);

    // 9. The concept lint in the Problems panel.
    await lintInProblems(page);

    // 10. The graph in an editor tab: readable labels, restored after a reload.
    await graphInEditor(page);
  } finally {
    await cleanUp();
    await rm(extensionsDir, { recursive: true, force: true });
    await rm(workspace, { recursive: true, force: true });
  }
}

/** What is running, for cleanUp() from main's finally or the watchdog. */
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
  console.error(`[ui-test ${elapsed()}] FAILED: the UI test took longer than ${OVERALL_TIMEOUT_MS} ms`);
  // Stop the browser and code-server (10 s at most); cleanup.mjs's and playwright's exit hooks
  // kill whatever is left.
  await Promise.race([cleanUp(), new Promise((r) => setTimeout(r, 10_000).unref())]);
  process.exit(124);
}, OVERALL_TIMEOUT_MS);
watchdog.unref();

// The test changes nothing in the working tree but the screenshots folder when that is in it
// (docs/screenshots with `npm run screenshots`; out/, the default, is ignored).
const treeBefore = treeState();
const shotsInTree = path.relative(ROOT, SHOTS);
try {
  await main();
  const changed = treeChanges(treeBefore).filter((l) => shotsInTree.startsWith('..') || !l.slice(3).startsWith(`${shotsInTree}/`));
  check(changed.length === 0, `the UI test changed the working tree (git status --porcelain):\n${changed.join('\n')}`);
  log(`PASSED: ${passed.length} checks; screenshots in ${path.relative(ROOT, SHOTS) || '.'}`);
  process.exitCode = 0;
} catch (e) {
  if (timedOut) await new Promise(() => {}); // the watchdog reports, cleans up and exits
  console.error(`[ui-test ${elapsed()}] FAILED: ${e instanceof CheckError ? e.message : (e.stack ?? e)}`);
  process.exitCode = 1;
} finally {
  clearTimeout(watchdog);
}
