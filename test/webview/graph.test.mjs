// Front-end tests of the Concept Graph page, in Debian's Chromium through playwright-core. The page is
// the host's own: its HTML and CSP come from src/extension/graph/graphPage.ts (bundled here with
// esbuild), and the script is src/webview/graph built as scripts/graphWebview.mjs builds media/graph.js,
// but with the test hook (window.conceptGraph) on. The only additions are what the workbench adds (the
// theme's --vscode-* variables and body class) and a stubbed acquireVsCodeApi that records posted
// messages and keeps setState in sessionStorage (which survives a reload, like the webview's state
// across hide/show). A counter wraps requestAnimationFrame to check that an idle graph requests no frames.
//
//   node test/webview/graph.test.mjs

import { test, before, after } from 'node:test';
import { strict as assert } from 'node:assert';
import { createServer } from 'node:http';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { launchChromium } from '../../scripts/host/chromium.mjs';
import { graphWebviewBuilds } from '../../scripts/graphWebview.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const home = mkdtempSync(path.join(tmpdir(), 'graph-test-'));
const built = path.join(home, 'media');

// The page with the test hook, and the host's page builder and the edge-style table as ES modules.
await Promise.all(graphWebviewBuilds({ testHooks: true, outdir: built }).map((o) => build(o)));
await build({
  absWorkingDir: root,
  stdin: {
    contents: [
      `export { graphPageHtml } from './src/extension/graph/graphPage.ts';`,
      `export { EDGE_STYLES, edgeWidth } from './src/webview/graph/edgeStyles.ts';`,
      `export { cullLabels, labelOrder } from './src/webview/graph/labelCulling.ts';`,
      `export { searchMatches, neighbourhood, visibleNodeIds } from './src/webview/graph/graphFilters.ts';`,
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  outfile: path.join(home, 'host.mjs'),
  logLevel: 'warning',
});
const { graphPageHtml, EDGE_STYLES, edgeWidth, cullLabels, labelOrder, searchMatches, neighbourhood, visibleNodeIds } = await import(pathToFileURL(path.join(home, 'host.mjs')).href);

const NONCE = 'testnonce123';
const THEME_DARK = '--vscode-foreground:#cccccc;--vscode-sideBar-background:#252526;--vscode-charts-blue:#3794ff;--vscode-charts-orange:#d18616;--vscode-charts-green:#89d185;--vscode-focusBorder:#007fd4;--vscode-font-family:sans-serif';
const THEME_LIGHT = '--vscode-foreground:#333333;--vscode-sideBar-background:#f3f3f3;--vscode-charts-blue:#1a85ff;--vscode-charts-orange:#c27d1a;--vscode-charts-green:#388a34;--vscode-focusBorder:#0090f1;--vscode-font-family:sans-serif';

/** The host's page for this server (its origin stands for webview.cspSource), plus what the workbench adds. */
function pageHtml(origin) {
  const html = graphPageHtml({ scriptUri: `${origin}/media/graph.js`, styleUri: `${origin}/media/graph.css`, cspSource: origin, nonce: NONCE, lang: 'en' });
  // The workbench sets the --vscode-* variables and a theme class on <body>; a stylesheet stands in for the variables.
  const withTheme = html.replace('</head>', `<link rel="stylesheet" href="${origin}/theme.css">\n</head>`).replace('<body>', '<body class="vscode-dark">');
  assert.ok(withTheme.includes('/theme.css') && withTheme.includes('vscode-dark'), 'the page has a <head> and a <body> to add the theme to');
  return withTheme;
}
const themeCss = `body.vscode-dark { ${THEME_DARK} } body.vscode-light { ${THEME_LIGHT} } html, body { width: 400px; height: 500px; }`;

const STRINGS = {
  filters: 'Legend', search: 'Search concepts', local: 'Local graph', depth: 'Depth', legendHint: 'Click to hide or show', sections: 'Sections', relations: 'Edges', presentOnly: 'Only concepts in this document', fit: 'Fit', noSection: 'No section',
  mentions: 'Mentions', notInDocument: 'Not in this document', graphLabel: 'Concept graph', nodeListLabel: 'Concepts', nodeHint: 'Space: next occurrence. Enter: open section.',
  kinds: { 'prerequisite-of': 'Prerequisite of', 'leads-to': 'Leads to', 'part-of': 'Part of', 'contrasts-with': 'Contrasts with', 'example-of': 'Example of', 'related-to': 'Related to', 'co-occurrence': 'Same paragraph' },
};

function graph({ extraNode = false, coWeight = 2 } = {}) {
  const nodes = [
    { id: 'entropy', label: '熵', otherName: 'entropy', explanation: 'Disorder.', section: 's1', mentions: 5 },
    { id: 'second-law', label: '热力学第二定律', otherName: 'second law', explanation: 'Entropy grows.', section: 's1', mentions: 1 },
    { id: 'emergence', label: '涌现', otherName: 'emergence', explanation: 'More is different.', section: 's2', mentions: 3 },
    { id: 'agi', label: '<img src=x onerror=alert(1)>', otherName: '', explanation: '<b>not bold</b>', section: null, mentions: 0 },
  ];
  const edges = [
    { id: 'prerequisite-of:entropy:second-law', source: 'entropy', target: 'second-law', kind: 'prerequisite-of', weight: 1, directed: true },
    { id: 'leads-to:emergence:agi', source: 'emergence', target: 'agi', kind: 'leads-to', weight: 1, directed: true },
    { id: 'contrasts-with:emergence:second-law', source: 'emergence', target: 'second-law', kind: 'contrasts-with', weight: 1, directed: false },
    { id: 'co:emergence:entropy', source: 'emergence', target: 'entropy', kind: 'co-occurrence', weight: coWeight, directed: false },
  ];
  if (extraNode) {
    nodes.push({ id: 'phase', label: '相变', otherName: 'phase transition', explanation: 'x', section: 's2', mentions: 1 });
    edges.push({ id: 'leads-to:phase:emergence', source: 'phase', target: 'emergence', kind: 'leads-to', weight: 1, directed: true });
  }
  return { packId: 'p', lang: 'zh', document: { uri: 'file:///a.md', name: 'a.md' }, sections: [{ id: 's1', title: '熵' }, { id: 's2', title: '涌现' }], nodes, edges };
}

let server;
let base;
let browser;
let page;

before(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const send = (type, body) => {
      res.writeHead(200, { 'content-type': type });
      res.end(body);
    };
    if (url.pathname === '/' || url.pathname === '/index.html') return send('text/html; charset=utf-8', pageHtml(base.slice(0, -1)));
    if (url.pathname === '/theme.css') return send('text/css', themeCss);
    if (url.pathname === '/media/graph.js') return send('text/javascript', readFileSync(path.join(built, 'graph.js')));
    if (url.pathname === '/media/graph.css') return send('text/css', readFileSync(path.join(built, 'graph.css')));
    res.writeHead(404);
    res.end();
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}/`;
  // The launcher the host harness and the UI test use (its own throwaway HOME, removed on close).
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 400, height: 500 } });
  await page.addInitScript(() => {
    window.__posted = [];
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    window.acquireVsCodeApi = () => ({
      postMessage: (m) => window.__posted.push(JSON.parse(JSON.stringify(m))),
      getState: () => JSON.parse(sessionStorage.getItem('vscodeState') ?? 'null') ?? undefined,
      setState: (s) => sessionStorage.setItem('vscodeState', JSON.stringify(s)),
    });
    const raf = window.requestAnimationFrame.bind(window);
    window.__raf = 0;
    window.requestAnimationFrame = (cb) => {
      window.__raf++;
      return raf(cb);
    };
  });
});

after(async () => {
  await browser?.close();
  server?.close();
  rmSync(home, { recursive: true, force: true });
});

// Poll on a timer: the page's frame gate parks requestAnimationFrame once the graph is idle, so
// Playwright's default rAF polling would stall until the next redraw.
const waitFor = (fn, arg, opts) => page.waitForFunction(fn, arg, { polling: 50, ...opts });
const send = (m) => page.evaluate((msg) => window.postMessage(msg, '*'), m);
const posted = () => page.evaluate(() => window.__posted);
const clearPosted = () => page.evaluate(() => (window.__posted = []));
const waitIdle = () => waitFor(() => window.conceptGraph?.idle(), null, { timeout: 10_000 });
const nodeInfo = (id) =>
  page.evaluate((nid) => {
    const n = window.conceptGraph.cy().getElementById(nid);
    if (n.empty()) return null;
    const box = document.getElementById('cy').getBoundingClientRect();
    const r = n.renderedPosition();
    return { pos: n.position(), x: box.left + r.x, y: box.top + r.y, color: n.data('color'), size: n.data('size'), hidden: n.hasClass('hidden'), visible: n.visible(), classes: n.classes() };
  }, id);

async function open({ state = null, clearSession = false, placement = 'sidebar' } = {}) {
  await page.goto(base);
  if (clearSession) {
    await page.evaluate(() => sessionStorage.clear());
    await page.reload();
  }
  await waitFor(() => window.__posted.some((m) => m.type === 'ready'));
  await send({ type: 'init', state, strings: STRINGS, placement });
  await send({ type: 'graph', graph: graph() });
  await waitFor(() => window.conceptGraph.cy()?.nodes().length === 4);
}

test('draws the nodes and edges of a graph message, with theme colours, sizes and no CSP violation', async () => {
  await open({ clearSession: true });
  const counts = await page.evaluate(() => {
    const cy = window.conceptGraph.cy();
    return { nodes: cy.nodes().map((n) => `${n.id()}=${n.data('label')}`), edges: cy.edges().map((e) => `${e.data('kind')}:${e.source().id()}->${e.target().id()}`) };
  });
  assert.deepEqual(counts.nodes.sort(), ['agi=<img src=x onerror=alert(1)>', 'emergence=涌现', 'entropy=熵', 'second-law=热力学第二定律']);
  assert.equal(counts.edges.length, 4);
  assert.ok(counts.edges.includes('prerequisite-of:entropy->second-law'));
  assert.ok(counts.edges.includes('co-occurrence:emergence->entropy'));
  const entropy = await nodeInfo('entropy');
  const second = await nodeInfo('second-law');
  const agi = await nodeInfo('agi');
  assert.ok(entropy.size > second.size, 'more mentions, bigger node');
  assert.equal(entropy.color, '#3794ff', 'section 1 takes --vscode-charts-blue');
  assert.ok(agi.classes.includes('absent'), 'absent concepts are faded');
  // The pack's text is never parsed as HTML.
  assert.equal(await page.evaluate(() => document.querySelectorAll('img').length), 0);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
});

test('re-applies theme colours when the body class changes', async () => {
  await page.evaluate(() => (document.body.className = 'vscode-light'));
  await waitFor(() => window.conceptGraph.cy().getElementById('entropy').data('color') === '#1a85ff');
  const bg = await page.evaluate(() => window.conceptGraph.cy().getElementById('emergence').data('color'));
  assert.equal(bg, '#c27d1a', 'section 2 takes the light theme’s --vscode-charts-orange');
  await page.evaluate(() => (document.body.className = 'vscode-dark'));
  await waitFor(() => window.conceptGraph.cy().getElementById('entropy').data('color') === '#3794ff');
});

test('requests no animation frame once the layout is idle', async () => {
  await waitIdle();
  await page.evaluate(() => (window.__raf = 0));
  await page.waitForTimeout(2000);
  const idleFrames = await page.evaluate(() => window.__raf);
  console.log(`# rAF calls over 2 s idle: ${idleFrames}`);
  assert.equal(idleFrames, 0);
  // Hovering wakes the renderer, which draws and goes back to sleep.
  const n = await nodeInfo('emergence');
  await page.mouse.move(n.x, n.y);
  await waitFor(() => window.__raf > 0);
  assert.equal(await page.isVisible('#tooltip'), true, 'hover shows the explanation');
  assert.match(await page.textContent('#tooltip'), /More is different/);
  assert.ok(await page.evaluate(() => window.conceptGraph.cy().getElementById('agi').hasClass('faded') === false), 'the neighbourhood is not faded');
  assert.ok(await page.evaluate(() => window.conceptGraph.cy().getElementById('entropy').hasClass('faded') === false));
  await page.mouse.move(2, 490);
  await waitIdle();
  await page.evaluate(() => (window.__raf = 0));
  await page.waitForTimeout(1000);
  assert.equal(await page.evaluate(() => window.__raf), 0, 'idle again after the hover');
});

test('a click posts reveal, a double click posts openSection', async () => {
  await clearPosted();
  const n = await nodeInfo('entropy');
  await page.mouse.click(n.x, n.y);
  await waitFor(() => window.__posted.some((m) => m.type === 'reveal'));
  assert.deepEqual((await posted()).find((m) => m.type === 'reveal'), { type: 'reveal', conceptId: 'entropy' });
  await clearPosted();
  await page.mouse.dblclick(n.x, n.y);
  await waitFor(() => window.__posted.some((m) => m.type === 'openSection'));
  assert.deepEqual((await posted()).find((m) => m.type === 'openSection'), { type: 'openSection', conceptId: 'entropy' });
});

test('typing does not move nodes; a new node settles near its neighbours', async () => {
  const before = await page.evaluate(() => Object.fromEntries(window.conceptGraph.cy().nodes().map((n) => [n.id(), { ...n.position() }])));
  const runs = await page.evaluate(() => window.conceptGraph.layoutRuns());
  await send({ type: 'graph', graph: graph({ coWeight: 5 }) });
  await waitFor(() => window.conceptGraph.cy().getElementById('co:emergence:entropy').data('weight') === 5);
  const same = await page.evaluate(() => Object.fromEntries(window.conceptGraph.cy().nodes().map((n) => [n.id(), { ...n.position() }])));
  assert.deepEqual(same, before);
  await send({ type: 'graph', graph: graph({ extraNode: true }) });
  await waitFor(() => window.conceptGraph.cy().nodes().length === 5);
  const after = await page.evaluate(() => Object.fromEntries(window.conceptGraph.cy().nodes().map((n) => [n.id(), { ...n.position() }])));
  for (const id of Object.keys(before)) assert.deepEqual(after[id], before[id], `${id} stays`);
  const d = Math.hypot(after.phase.x - before.emergence.x, after.phase.y - before.emergence.y);
  assert.ok(d < 60, `the new node is near its neighbour (${d.toFixed(1)})`);
  assert.equal(await page.evaluate(() => window.conceptGraph.layoutRuns()), runs, 'no new layout run');
  await send({ type: 'graph', graph: graph() });
});

test('filters, zoom and pan survive hide/show (setState) and a reload (host state)', async () => {
  await page.check('#presentOnly');
  await page.click('summary');
  await page.uncheck('#kind-co-occurrence');
  await page.evaluate(() => void window.conceptGraph.cy().viewport({ zoom: 1.7, pan: { x: 33, y: 44 } }));
  await waitFor(() => window.__posted.some((m) => m.type === 'state' && m.state.zoom === 1.7 && m.state.presentOnly && m.state.hiddenKinds.includes('co-occurrence')));
  const hostCopy = (await posted()).filter((m) => m.type === 'state').pop().state;
  const positions = await page.evaluate(() => Object.fromEntries(window.conceptGraph.cy().nodes().map((n) => [n.id(), { ...n.position() }])));
  const check = async (what) => {
    const s = await page.evaluate(() => {
      const cy = window.conceptGraph.cy();
      return { zoom: cy.zoom(), pan: cy.pan(), agiHidden: cy.getElementById('agi').hasClass('hidden'), coHidden: cy.getElementById('co:emergence:entropy').hasClass('hidden'), present: document.getElementById('presentOnly').checked, positions: Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }])) };
    });
    assert.equal(s.zoom, 1.7, `${what}: zoom`);
    assert.deepEqual(s.pan, { x: 33, y: 44 }, `${what}: pan`);
    assert.ok(s.agiHidden && s.coHidden && s.present, `${what}: filters`);
    assert.deepEqual(s.positions, positions, `${what}: layout`);
  };
  // Hide and show: the page reloads and finds its own state (the host's copy is older here on purpose).
  await open({ state: null });
  await check('hide/show');
  // A window reload: the page's state is gone; the host sends what it kept in workspace state.
  await open({ state: hostCopy, clearSession: true });
  await check('reload');
  await page.uncheck('#presentOnly');
  await page.evaluate(() => void window.conceptGraph.cy().fit());
});

test('follows the editor’s cursor and centres on an off-screen concept; show-in-graph selects', async () => {
  await page.evaluate(() => void window.conceptGraph.cy().viewport({ zoom: 2, pan: { x: -5000, y: -5000 } }));
  await send({ type: 'cursor', conceptId: 'emergence' });
  await waitFor(() => window.conceptGraph.cy().getElementById('emergence').hasClass('cursor'));
  const n = await nodeInfo('emergence');
  const box = await page.evaluate(() => document.getElementById('cy').getBoundingClientRect().toJSON());
  // cy.center() centres the node with its label, which hangs below it.
  assert.ok(Math.abs(n.x - (box.left + box.width / 2)) < 2 && Math.abs(n.y - (box.top + box.height / 2)) < 30, `centred: ${JSON.stringify({ n, box })}`);
  await clearPosted();
  await send({ type: 'select', conceptId: 'second-law' });
  await waitFor(() => window.conceptGraph.cy().getElementById('second-law').selected());
  await waitFor(() => window.__posted.some((m) => m.type === 'selected'));
  assert.deepEqual((await posted()).filter((m) => m.type === 'selected'), [{ type: 'selected', conceptId: 'second-law' }], 'the page reports what it selected');
  await clearPosted();
  await send({ type: 'select', conceptId: 'no-such-concept' });
  await waitFor(() => window.__posted.some((m) => m.type === 'selected'));
  assert.deepEqual((await posted()).filter((m) => m.type === 'selected'), [{ type: 'selected', conceptId: null }], 'an unknown concept selects nothing');
});

test('keyboard: Tab reaches the node buttons, named for screen readers; Enter opens the section', async () => {
  await page.evaluate(() => document.activeElement?.blur());
  await clearPosted();
  let label = null;
  for (let i = 0; i < 20 && !label; i++) {
    await page.keyboard.press('Tab');
    label = await page.evaluate(() => (document.activeElement?.closest('#nodes') ? document.activeElement.getAttribute('aria-label') : null));
  }
  assert.ok(label, 'a node button takes the focus');
  const names = await page.$$eval('#nodes button', (bs) => bs.map((b) => b.getAttribute('aria-label')));
  assert.ok(names.some((n) => n.startsWith('熵')) && names.some((n) => n.startsWith('涌现')), names.join(' | '));
  const id = await page.evaluate(() => document.activeElement.dataset.id);
  assert.ok(await page.evaluate((nid) => window.conceptGraph.cy().getElementById(nid).hasClass('kbd'), id), 'the focused node is marked in the graph');
  await page.keyboard.press('Enter');
  await waitFor(() => window.__posted.some((m) => m.type === 'openSection'));
  assert.deepEqual((await posted()).filter((m) => m.type === 'openSection' || m.type === 'reveal'), [{ type: 'openSection', conceptId: id }]);
});

test('exports SVG (pack text escaped) and PNG', async () => {
  await clearPosted();
  await send({ type: 'export', requestId: 7, format: 'svg' });
  await waitFor(() => window.__posted.some((m) => m.type === 'exported'));
  const svg = (await posted()).find((m) => m.type === 'exported');
  assert.equal(svg.requestId, 7);
  assert.match(svg.data, /^<\?xml/);
  assert.ok(svg.data.includes('熵') && svg.data.includes('&lt;img src=x onerror=alert(1)&gt;'));
  assert.ok(!svg.data.includes('<img'));
  await send({ type: 'export', requestId: 8, format: 'png' });
  await waitFor(() => window.__posted.some((m) => m.type === 'exported' && m.requestId === 8));
  const png = (await posted()).find((m) => m.requestId === 8);
  assert.equal(Buffer.from(png.data, 'base64').subarray(1, 4).toString(), 'PNG');
});

/** Characters XML 1.0 does not allow (its Char production): C0 controls but tab, LF and CR; U+FFFE, U+FFFF; lone surrogates. */
// eslint-disable-next-line no-control-regex -- control characters are what it matches
const NOT_XML_CHAR = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDFFF]/u;

test('exports SVG that parses as XML whatever the names hold (control characters, U+FFFE, lone surrogates)', async () => {
  const hostile = graph();
  const names = ['nul\u0000 bell\u0007 esc\u001b vt\u000b ff\u000c', 'nonchars \uFFFE\uFFFF', 'lone \uD800 and \uDC00 surrogates, a pair 😀', 'tab\tnl\ncr\r <![CDATA[ ]]> & "q" \'a\' </text>'];
  hostile.nodes = hostile.nodes.map((n, i) => ({ ...n, label: names[i], otherName: names[(i + 1) % names.length] }));
  await send({ type: 'graph', graph: hostile });
  await waitFor((label) => window.conceptGraph.cy().nodes().some((n) => n.data('label') === label), names[2]);
  await clearPosted();
  await send({ type: 'export', requestId: 9, format: 'svg' });
  await waitFor(() => window.__posted.some((m) => m.type === 'exported' && m.requestId === 9));
  const svg = (await posted()).find((m) => m.requestId === 9).data;
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const error = doc.getElementsByTagName('parsererror')[0];
    return error ? { error: error.textContent } : { texts: [...doc.getElementsByTagName('text')].map((t) => t.textContent) };
  }, svg);
  assert.deepEqual(parsed, { texts: ['nul bell esc vt ff', 'nonchars ', 'lone  and  surrogates, a pair 😀', 'tab\tnl\ncr\n <![CDATA[ ]]> & "q" \'a\' </text>'] });
  // Chromium's XML parser (libxml2) fails on controls and non-characters but reads a lone surrogate as
  // U+FFFD, so the characters are checked here as well.
  assert.equal(NOT_XML_CHAR.exec(svg)?.[0].codePointAt(0).toString(16), undefined, 'a character XML does not allow');
  await send({ type: 'graph', graph: graph() });
  await waitFor(() => window.conceptGraph.cy().getElementById('entropy').data('label') === '熵');
});

/** Exports the graph as SVG and returns, per edge line (its class is the edge's kind), its attributes and its marker's shape. */
async function exportedEdges(requestId) {
  await clearPosted();
  await send({ type: 'export', requestId, format: 'svg' });
  await waitFor((id) => window.__posted.some((m) => m.type === 'exported' && m.requestId === id), requestId);
  const svg = (await posted()).find((m) => m.requestId === requestId).data;
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const lines = [...doc.querySelectorAll('g.edges line')];
    return Object.fromEntries(
      lines.map((l) => {
        const ref = /^url\(#(.+)\)$/.exec(l.getAttribute('marker-end') ?? '');
        const marker = ref ? doc.getElementById(ref[1]) : null;
        return [l.getAttribute('class'), { dash: l.getAttribute('stroke-dasharray'), width: Number(l.getAttribute('stroke-width')), opacity: Number(l.getAttribute('stroke-opacity')), arrow: marker ? marker.getAttribute('class') : null, markerColor: marker?.querySelector('path')?.getAttribute('fill') ?? null, stroke: l.getAttribute('stroke') }];
      }),
    );
  }, svg);
}

/** Per edge id: what cytoscape draws (computed style). */
const drawnEdges = () =>
  page.evaluate(() =>
    Object.fromEntries(
      window.conceptGraph
        .cy()
        .edges()
        .map((e) => [e.id(), { arrow: e.style('target-arrow-shape'), sourceArrow: e.style('source-arrow-shape'), lineStyle: e.style('line-style'), dash: e.pstyle('line-dash-pattern').value, width: e.numericStyle('width'), opacity: e.numericStyle('opacity') }]),
    ),
  );

/** Turns on every edge-kind filter (the filters test leaves co-occurrence hidden). */
async function showEveryKind() {
  if (!(await page.isVisible('#kind-co-occurrence'))) await page.click('summary');
  for (const kind of Object.keys(EDGE_STYLES)) await page.check(`#kind-${kind}`);
  await waitFor(() => window.conceptGraph.state().hiddenKinds.length === 0);
}

/** A graph with one edge of every kind, each directed or not as `directed(kind)` says. */
function everyKind(directed) {
  const g = graph();
  const kinds = Object.keys(EDGE_STYLES);
  const ids = g.nodes.map((n) => n.id);
  g.edges = kinds.map((kind, i) => {
    const [source, target] = [ids[i % ids.length], ids[(i + 1 + Math.floor(i / ids.length)) % ids.length]];
    return { id: `${kind}:${source}:${target}`, source, target, kind, weight: kind === 'co-occurrence' ? 4 : 1, directed: directed(kind) };
  });
  return g;
}

test('an edge has an arrow head when the host says it is directed, none otherwise, on screen and in the SVG export', async () => {
  // Against the usual: leads-to undirected, related-to directed. The flag decides, not the kind.
  const directed = (kind) => ['prerequisite-of', 'related-to', 'part-of'].includes(kind);
  const g = everyKind(directed);
  await showEveryKind();
  await send({ type: 'graph', graph: g });
  await waitFor((n) => window.conceptGraph.cy().edges().length === n && window.conceptGraph.cy().edges('[kind = "related-to"]').data('directed') === true, g.edges.length);
  const drawn = await drawnEdges();
  const svg = await exportedEdges(21);
  for (const e of g.edges) {
    const want = e.directed ? EDGE_STYLES[e.kind].arrow : 'none';
    assert.equal(drawn[e.id].arrow, want, `${e.kind} (directed: ${e.directed}) on screen`);
    assert.equal(drawn[e.id].sourceArrow, 'none', `${e.kind}: nothing at the source`);
    assert.equal(svg[e.kind].arrow, e.directed ? EDGE_STYLES[e.kind].arrow : null, `${e.kind} (directed: ${e.directed}) in the SVG`);
  }
  assert.equal(drawn[g.edges.find((e) => e.kind === 'leads-to').id].arrow, 'none', 'an undirected leads-to has no head');
  assert.equal(svg['related-to'].arrow, 'triangle', 'a directed related-to has one');
  await send({ type: 'graph', graph: graph() });
  await waitFor(() => window.conceptGraph.cy().edges().length === 4);
});

test('one edge-style table drives both the cytoscape style and the SVG export', async () => {
  const g = everyKind((kind) => kind !== 'co-occurrence' && kind !== 'related-to');
  await showEveryKind();
  await send({ type: 'graph', graph: g });
  await waitFor((n) => window.conceptGraph.cy().edges().length === n, g.edges.length);
  // A hover left from an earlier test would widen and fade edges.
  await page.evaluate(() => void window.conceptGraph.cy().elements().removeClass('faded near'));
  const drawn = await drawnEdges();
  const svg = await exportedEdges(22);
  const round = (n) => Math.round(n * 10) / 10;
  for (const e of g.edges) {
    const style = EDGE_STYLES[e.kind];
    const screen = drawn[e.id];
    const file = svg[e.kind];
    assert.ok(file, `${e.kind} is in the SVG`);
    assert.deepEqual(screen.lineStyle === 'dashed' ? screen.dash : null, style.dash, `${e.kind}: dash on screen`);
    assert.equal(file.dash, style.dash ? style.dash.join(' ') : null, `${e.kind}: dash in the SVG`);
    assert.equal(screen.width, edgeWidth(e.kind, e.weight), `${e.kind}: width on screen`);
    assert.equal(file.width, round(edgeWidth(e.kind, e.weight)), `${e.kind}: width in the SVG`);
    assert.equal(screen.opacity, style.opacity, `${e.kind}: opacity on screen`);
    assert.equal(file.opacity, style.opacity, `${e.kind}: opacity in the SVG`);
    assert.equal(file.arrow, e.directed ? style.arrow : null, `${e.kind}: arrow in the SVG`);
    if (file.arrow) assert.equal(file.markerColor, file.stroke, `${e.kind}: the head has the line's colour`);
  }
  // Every relation kind names the same theme colour in the table.
  assert.equal(svg['leads-to'].stroke, svg['part-of'].stroke);
  await send({ type: 'graph', graph: graph() });
  await waitFor(() => window.conceptGraph.cy().edges().length === 4);
});

// ---- label culling, search, local graph and legend: the pure functions with hand-checked answers ----

test('label culling keeps a label unless it overlaps one kept before it, whatever the grid cell size', () => {
  const boxes = [
    { id: 'A', x1: 0, y1: 0, x2: 50, y2: 15 },
    { id: 'B', x1: 40, y1: 5, x2: 90, y2: 20 }, // overlaps A: left out
    { id: 'C', x1: 50, y1: 0, x2: 100, y2: 15 }, // touches A (x 50), overlaps only B, which was left out: kept
    { id: 'D', x1: 1000, y1: 1000, x2: 1010, y2: 1010 },
    { id: 'E', x1: -70, y1: -10, x2: -1, y2: 5 }, // negative coordinates: kept
    { id: 'F', x1: -30, y1: -5, x2: 10, y2: 3 }, // overlaps A and E: left out
    { id: 'W', x1: 0, y1: 100, x2: 500, y2: 110 }, // spans many cells
    { id: 'X', x1: 300, y1: 102, x2: 310, y2: 108 }, // inside W, cells away from W's first: left out
    { id: 'N', x1: NaN, y1: 0, x2: 10, y2: 10 }, // no box: left out
  ];
  for (const cell of [8, 64, 10_000]) assert.deepEqual([...cullLabels(boxes, cell)].sort(), ['A', 'C', 'D', 'E', 'W'], `cell ${cell}`);
  // The order is the priority: B first keeps B and leaves out A (and C, which overlaps B).
  assert.deepEqual([...cullLabels([boxes[1], boxes[0], boxes[2]])].sort(), ['B']);
});

test('label priority: the given ids first, then preferred ones, then by mentions, ties in payload order', () => {
  const nodes = [{ id: 'a', mentions: 1 }, { id: 'b', mentions: 5 }, { id: 'c', mentions: 5 }, { id: 'd', mentions: 0 }, { id: 'e', mentions: 9 }];
  assert.deepEqual(labelOrder(nodes, { first: ['d', null, 'zz'] }), ['d', 'e', 'b', 'c', 'a']);
  assert.deepEqual(labelOrder(nodes, { first: [null], preferred: new Set(['a', 'c']) }), ['c', 'a', 'e', 'b', 'd']);
});

test('search matches either name, case-insensitively; a blank query matches nothing special', () => {
  const { nodes } = graph();
  // entropy (en name "entropy") and emergence ("emergence" has "en"); "second law" has no "en".
  assert.deepEqual([...searchMatches(nodes, 'EN')].sort(), ['emergence', 'entropy']);
  assert.deepEqual([...searchMatches(nodes, '熵')], ['entropy']);
  assert.deepEqual([...searchMatches(nodes, ' Law ')], ['second-law']);
  assert.deepEqual([...searchMatches(nodes, '第二')], ['second-law']);
  assert.equal(searchMatches(nodes, '   '), null);
  assert.deepEqual([...searchMatches(nodes, 'no such name')], []);
});

test('local graph: the neighbourhood by depth, over the shown edge kinds only', () => {
  const { edges } = graph();
  // agi —leads-to— emergence —contrasts— second-law —prerequisite— entropy; emergence —co-occurrence— entropy.
  const at = (m) => Object.fromEntries([...m].sort());
  assert.deepEqual(at(neighbourhood(edges, 'agi', 1)), { agi: 0, emergence: 1 });
  assert.deepEqual(at(neighbourhood(edges, 'agi', 2)), { agi: 0, emergence: 1, entropy: 2, 'second-law': 2 });
  const noCo = (k) => k !== 'co-occurrence';
  assert.deepEqual(at(neighbourhood(edges, 'agi', 2, noCo)), { agi: 0, emergence: 1, 'second-law': 2 });
  assert.deepEqual(at(neighbourhood(edges, 'agi', 3, noCo)), { agi: 0, emergence: 1, 'second-law': 2, entropy: 3 });
  assert.deepEqual(at(neighbourhood(edges, 'nowhere', 3)), { nowhere: 0 });
});

test('visible concepts: sections, only-in-document, search and local graph together', () => {
  const g = graph();
  const view = { hiddenSections: [], hiddenKinds: [], presentOnly: false };
  const none = { search: '', local: { on: false, depth: 1, centre: null } };
  const ids = (v, f) => [...visibleNodeIds(g, { ...view, ...v }, { ...none, ...f })].sort();
  assert.deepEqual(ids({}, {}), ['agi', 'emergence', 'entropy', 'second-law']);
  assert.deepEqual(ids({ hiddenSections: ['s2'] }, {}), ['agi', 'entropy', 'second-law']);
  assert.deepEqual(ids({ hiddenSections: [''] }, {}), ['emergence', 'entropy', 'second-law'], 'the no-section entry hides agi');
  assert.deepEqual(ids({ presentOnly: true }, {}), ['emergence', 'entropy', 'second-law']);
  assert.deepEqual(ids({}, { search: 'en' }), ['emergence', 'entropy']);
  assert.deepEqual(ids({}, { local: { on: true, depth: 1, centre: 'agi' } }), ['agi', 'emergence']);
  assert.deepEqual(ids({ hiddenKinds: ['co-occurrence'] }, { local: { on: true, depth: 2, centre: 'agi' } }), ['agi', 'emergence', 'second-law']);
  assert.deepEqual(ids({}, { local: { on: true, depth: 1, centre: null } }), ['agi', 'emergence', 'entropy', 'second-law'], 'no centre: the whole graph');
  assert.deepEqual(ids({ hiddenSections: ['s1'] }, { search: 'en', local: { on: true, depth: 3, centre: 'agi' } }), ['emergence']);
});

// ---- the same in the page ----

const visibleIds = () => page.evaluate(() => window.conceptGraph.cy().nodes(':visible').map((n) => n.id()).sort());

test('the search box filters and rings concepts by either name as you type', async () => {
  await open({ clearSession: true });
  await page.fill('#search', 'EN');
  await waitFor(() => window.conceptGraph.cy().nodes(':visible').length === 2);
  assert.deepEqual(await visibleIds(), ['emergence', 'entropy']);
  assert.deepEqual(await page.evaluate(() => window.conceptGraph.cy().nodes('.match').map((n) => n.id()).sort()), ['emergence', 'entropy']);
  await page.fill('#search', '涌');
  await waitFor(() => window.conceptGraph.cy().nodes(':visible').length === 1);
  assert.deepEqual(await visibleIds(), ['emergence']);
  const listed = await page.$$eval('#nodes button', (bs) => bs.map((b) => b.dataset.id));
  assert.deepEqual(listed, ['emergence'], 'the keyboard list follows the search');
  await page.fill('#search', '');
  await waitFor(() => window.conceptGraph.cy().nodes(':visible').length === 4);
  assert.equal(await page.evaluate(() => window.conceptGraph.cy().nodes('.match').length), 0);
});

test('the local graph shows the selected concept’s neighbourhood at depth 1, 2 or 3; the legend hides an edge kind', async () => {
  await send({ type: 'select', conceptId: 'agi' });
  await waitFor(() => window.conceptGraph.cy().getElementById('agi').selected());
  assert.equal(await page.isDisabled('#depth'), true, 'the depth waits for the toggle');
  await page.check('#local');
  await waitFor(() => window.conceptGraph.cy().nodes(':visible').length === 2);
  assert.deepEqual(await visibleIds(), ['agi', 'emergence']);
  await page.selectOption('#depth', '2');
  await waitFor(() => window.conceptGraph.cy().nodes(':visible').length === 4);
  // The legend: a click on "Same paragraph" hides co-occurrence edges, so entropy is 3 steps away.
  if (!(await page.isVisible('#kind-co-occurrence'))) await page.click('summary');
  await page.click('label.entry:has(#kind-co-occurrence)');
  await waitFor(() => window.conceptGraph.cy().nodes(':visible').length === 3);
  assert.deepEqual(await visibleIds(), ['agi', 'emergence', 'second-law']);
  await page.selectOption('#depth', '3');
  await waitFor(() => window.conceptGraph.cy().nodes(':visible').length === 4);
  // Selecting another concept moves the centre.
  await send({ type: 'select', conceptId: 'entropy' });
  await page.selectOption('#depth', '1');
  await waitFor(() => window.conceptGraph.cy().nodes(':visible').length === 2);
  assert.deepEqual(await visibleIds(), ['entropy', 'second-law']);
  await page.uncheck('#local');
  await page.click('label.entry:has(#kind-co-occurrence)');
  await waitFor(() => window.conceptGraph.cy().nodes(':visible').length === 4 && window.conceptGraph.state().hiddenKinds.length === 0);
});

test('the legend shows section colours and edge samples, and a click on an entry hides and shows', async () => {
  if (!(await page.isVisible('#section-1'))) await page.click('summary');
  const legend = await page.evaluate(() =>
    [...document.querySelectorAll('.legend label.entry')].map((l) => ({
      text: l.textContent,
      swatch: l.querySelector('.swatch')?.style.background ?? null,
      dash: l.querySelector('.edge-sample line')?.getAttribute('stroke-dasharray') ?? null,
      sample: !!l.querySelector('.edge-sample'),
    })),
  );
  const entry = (text) => legend.find((e) => e.text === text);
  assert.equal(entry('熵').swatch, 'rgb(55, 148, 255)', 'section 1 in --vscode-charts-blue');
  assert.equal(entry('涌现').swatch, 'rgb(209, 134, 22)', 'section 2 in --vscode-charts-orange');
  assert.equal(entry('Part of').dash, '6 3');
  assert.equal(entry('Leads to').dash, null);
  assert.ok(legend.filter((e) => e.sample).length === 7, 'one sample per edge kind');
  await page.click('label.entry:has(#section-1)');
  await waitFor(() => window.conceptGraph.cy().getElementById('emergence').hidden());
  assert.deepEqual(await visibleIds(), ['agi', 'entropy', 'second-law']);
  assert.deepEqual(await page.evaluate(() => window.conceptGraph.state().hiddenSections), ['s2']);
  await page.click('label.entry:has(#section-1)');
  await waitFor(() => window.conceptGraph.cy().getElementById('emergence').visible());
});

/** A big graph: `n` concepts on a grid 30 units apart, with long names and saved positions (no layout run). */
function bigGraph(n) {
  const nodes = [];
  const positions = {};
  for (let i = 0; i < n; i++) {
    nodes.push({ id: `c${i}`, label: `概念 concept ${i}`, otherName: '', explanation: '', section: i % 2 ? 's1' : 's2', mentions: i % 7 });
    positions[`c${i}`] = { x: (i % 20) * 30, y: Math.floor(i / 20) * 30 };
  }
  return { graph: { ...graph(), nodes, edges: [] }, positions };
}

test('labels: at least 11 px on screen at the default fit, never overlapping, more of them when zoomed in, the cursor’s first', async () => {
  const { graph: big, positions } = bigGraph(300);
  await page.goto(base);
  await page.evaluate(() => sessionStorage.clear());
  await page.reload();
  await waitFor(() => window.__posted.some((m) => m.type === 'ready'));
  await send({ type: 'init', state: { version: 1, hiddenSections: [], hiddenKinds: [], presentOnly: false, zoom: null, pan: null, positions }, strings: STRINGS, placement: 'editor' });
  await send({ type: 'graph', graph: big });
  await waitFor(() => window.conceptGraph.cy()?.nodes().length === 300 && window.conceptGraph.labelsSettled());
  const measure = () =>
    page.evaluate(() => {
      const labels = window.conceptGraph.labels();
      let overlaps = 0;
      for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) {
        const a = labels[i];
        const b = labels[j];
        if (a.x1 < b.x2 - 0.5 && b.x1 < a.x2 - 0.5 && a.y1 < b.y2 - 0.5 && b.y1 < a.y2 - 0.5) overlaps++;
      }
      const cy = window.conceptGraph.cy();
      const bb = cy.nodes(':visible').renderedBoundingBox({ includeLabels: false });
      const fill = Math.max(bb.w / cy.width(), bb.h / cy.height());
      return { fill, zoom: cy.zoom(), shown: labels.length, minFont: Math.min(...labels.map((l) => l.fontPx)), minHeight: Math.min(...labels.map((l) => l.height)), overlaps, ids: labels.map((l) => l.id) };
    });
  const fitted = await measure();
  console.log(`# 300 concepts at the default fit: zoom ${fitted.zoom.toFixed(2)}, nodes fill ${(fitted.fill * 100).toFixed(0)}%, ${fitted.shown} labels shown, smallest ${fitted.minFont.toFixed(1)} px font, ${fitted.minHeight.toFixed(1)} px box`);
  assert.ok(fitted.zoom < 0.8, `the fit zooms out (${fitted.zoom})`);
  // The fit frames the nodes: they fill most of the view (a fit framing the labels, whose size in graph
  // units grows as the zoom shrinks, would zoom out to the minimum).
  assert.ok(fitted.fill > 0.6, `the nodes fill ${(fitted.fill * 100).toFixed(0)}% of the view`);
  assert.ok(fitted.minFont >= 11 && fitted.minHeight >= 11, `labels are readable: ${fitted.minFont} px font, ${fitted.minHeight} px high`);
  assert.equal(fitted.overlaps, 0, 'no two shown labels overlap');
  assert.ok(fitted.shown > 0 && fitted.shown < 300, `some labels are left out (${fitted.shown} shown)`);
  // The most mentioned come first: the shown labels' mean mentions is above the graph's (3 here).
  const mean = fitted.ids.reduce((s, id) => s + (Number(id.slice(1)) % 7), 0) / fitted.shown;
  assert.ok(mean > 3, `shown labels favour mentions (mean ${mean.toFixed(2)})`);
  // A pan alone culls nothing again.
  const runs = await page.evaluate(() => window.conceptGraph.cullRuns());
  await page.evaluate(() => void window.conceptGraph.cy().panBy({ x: 30, y: 10 }));
  await waitFor(() => window.conceptGraph.labelsSettled());
  assert.equal(await page.evaluate(() => window.conceptGraph.cullRuns()), runs, 'a pan does not cull again');
  // The concept at the cursor gets its label even where a more mentioned one would win.
  const hiddenOne = await page.evaluate((shown) => window.conceptGraph.cy().nodes().map((n) => n.id()).find((id) => !shown.includes(id)), fitted.ids);
  await send({ type: 'cursor', conceptId: hiddenOne });
  await waitFor((id) => window.conceptGraph.labels().some((l) => l.id === id), hiddenOne);
  // Zooming in shows more labels, still readable and apart.
  await page.evaluate(() => void window.conceptGraph.cy().zoom({ level: window.conceptGraph.cy().zoom() * 3, renderedPosition: { x: 200, y: 200 } }));
  await waitFor(() => window.conceptGraph.labelsSettled());
  const zoomed = await measure();
  assert.ok(zoomed.shown > fitted.shown, `zoomed in: ${zoomed.shown} labels, fitted: ${fitted.shown}`);
  assert.equal(zoomed.overlaps, 0);
  assert.ok(zoomed.minFont >= 11, `zoomed labels ${zoomed.minFont} px`);
  // Idle again: no frame, no timer left running.
  await waitIdle();
  await page.evaluate(() => (window.__raf = 0));
  await page.waitForTimeout(1000);
  assert.equal(await page.evaluate(() => window.__raf), 0, 'idle after culling');
  // The legend is open in an editor tab.
  assert.equal(await page.evaluate(() => document.querySelector('details.legend').open && document.body.classList.contains('placement-editor')), true);
  await open({ clearSession: true });
});

test('the packaged page has no test hook', async () => {
  const [script] = graphWebviewBuilds({ testHooks: false, outdir: path.join(home, 'release') });
  const out = await build({ ...script, write: false });
  const text = out.outputFiles[0].text;
  assert.ok(text.includes('cytoscape') || text.length > 100_000, 'the bundle was built');
  assert.ok(!text.includes('conceptGraph'), 'window.conceptGraph is not in the release bundle');
  assert.ok(readFileSync(path.join(built, 'graph.js'), 'utf8').includes('conceptGraph'), 'the test build has it');
});
