// The Concept Graph page (bundled to media/graph.js). It draws the host's graph with cytoscape, keeps
// the layout stable (positions per concept id, kept in state; only new nodes are placed), persists
// filters, zoom and pan, and talks to the host only through the typed protocol.

import cytoscape, { type Core, type ElementDefinition, type NodeSingular, type StylesheetJson } from 'cytoscape';
import { EDGE_KINDS, emptyViewState, isHostMessage, isViewState, type EdgeKind, type GraphPayload, type GraphStrings, type GraphViewState, type HostMessage, type Point, type WebviewMessage } from '../../shared/graphProtocol';
import { FrameGate, type RendererLike } from './frameGate';
import { readTheme, type Theme } from './theme';
import { graphSvg, type SvgEdge, type SvgNode } from './svgExport';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: GraphViewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

/** What the tests read (window.conceptGraph). */
export interface GraphDebug {
  cy(): Core | undefined;
  state(): GraphViewState;
  idle(): boolean;
  layoutRuns(): number;
  /** Whether the last state change has been sent to the host (it keeps it across reloads). */
  stateSent(): boolean;
}

const vscode = acquireVsCodeApi();
const gate = new FrameGate(window);
const restored = vscode.getState();
let state: GraphViewState = isViewState(restored) ? restored : emptyViewState();
/** Whether the state came from the page itself (hide/show), which wins over the host's copy. */
const ownState = isViewState(restored);
let strings: GraphStrings | undefined;
let graph: GraphPayload | undefined;
let cy: Core | undefined;
let theme: Theme = readTheme();
let cursorId: string | null = null;
let layoutRuns = 0;
let viewportRestored = false;

const post = (m: WebviewMessage): void => vscode.postMessage(m);

// ---- DOM -------------------------------------------------------------------------------------

const app = document.getElementById('app')!;
const toolbar = el('div', { class: 'toolbar', role: 'toolbar' });
const filters = el('details', { class: 'filters' });
const summary = el('summary');
const sectionSet = el('fieldset');
const sectionLegend = el('legend');
const kindSet = el('fieldset');
const kindLegend = el('legend');
const presentLabel = el('label');
const presentBox = el('input', { type: 'checkbox', id: 'presentOnly' });
const fitButton = el('button', { type: 'button', id: 'fit' });
const container = el('div', { id: 'cy', role: 'img' });
const list = el('ul', { id: 'nodes', class: 'sr-only' });
const hint = el('span', { id: 'node-hint', class: 'sr-only' });
const tooltip = el('div', { class: 'tooltip', role: 'tooltip', id: 'tooltip' });
tooltip.hidden = true;
sectionSet.append(sectionLegend);
kindSet.append(kindLegend);
filters.append(summary, sectionSet, kindSet);
presentLabel.append(presentBox, document.createTextNode(''));
toolbar.append(filters, presentLabel, fitButton);
app.append(toolbar, container, list, hint, tooltip);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

presentBox.addEventListener('change', () => {
  state.presentOnly = presentBox.checked;
  applyFilters();
  saveState();
});
fitButton.addEventListener('click', () => {
  cy?.fit(cy.nodes(':visible'), 20);
});

// ---- state -----------------------------------------------------------------------------------

let postTimer: ReturnType<typeof setTimeout> | undefined;
/** Keeps the state in the page (setState, for hide/show) and, debounced, in the host (reloads). */
function saveState(): void {
  vscode.setState(state);
  clearTimeout(postTimer);
  postTimer = setTimeout(() => {
    postTimer = undefined;
    post({ type: 'state', state });
  }, 250);
}

// ---- messages --------------------------------------------------------------------------------

window.addEventListener('message', (e: MessageEvent<unknown>) => {
  if (isHostMessage(e.data)) onMessage(e.data);
});

function onMessage(m: HostMessage): void {
  switch (m.type) {
    case 'init':
      strings = m.strings;
      if (!ownState && m.state) state = { ...emptyViewState(), ...m.state };
      vscode.setState(state);
      renderStrings();
      break;
    case 'graph':
      graph = m.graph;
      render();
      break;
    case 'cursor':
      cursorId = m.conceptId;
      markCursor(true);
      break;
    case 'select':
      selectNode(m.conceptId);
      break;
    case 'export':
      try {
        post({ type: 'exported', requestId: m.requestId, format: m.format, data: m.format === 'svg' ? exportSvg() : exportPng() });
      } catch (err) {
        post({ type: 'exportFailed', requestId: m.requestId, message: err instanceof Error ? err.message : String(err) });
      }
      break;
  }
}

function renderStrings(): void {
  if (!strings) return;
  summary.textContent = strings.filters;
  sectionLegend.textContent = strings.sections;
  kindLegend.textContent = strings.relations;
  presentLabel.lastChild!.textContent = strings.presentOnly;
  presentBox.checked = state.presentOnly;
  fitButton.textContent = strings.fit;
  container.setAttribute('aria-label', strings.graphLabel);
  list.setAttribute('aria-label', strings.nodeListLabel);
  hint.textContent = strings.nodeHint;
  kindSet.replaceChildren(kindLegend, ...EDGE_KINDS.map((k) => checkbox(strings!.kinds[k], !state.hiddenKinds.includes(k), (on) => toggle(state.hiddenKinds, k, on), `kind-${k}`)));
}

function checkbox(text: string, checked: boolean, onChange: (on: boolean) => void, id: string, color?: string): HTMLLabelElement {
  const label = el('label');
  const box = el('input', { type: 'checkbox', id });
  box.checked = checked;
  box.addEventListener('change', () => {
    onChange(box.checked);
    applyFilters();
    saveState();
  });
  label.append(box);
  if (color) {
    const sw = el('span', { class: 'swatch', 'aria-hidden': 'true' });
    sw.style.background = color;
    label.append(sw);
  }
  label.append(document.createTextNode(text));
  return label;
}

function toggle<T>(hidden: T[], value: T, on: boolean): void {
  const i = hidden.indexOf(value);
  if (on && i >= 0) hidden.splice(i, 1);
  if (!on && i < 0) hidden.push(value);
}

// ---- graph -----------------------------------------------------------------------------------

function sectionColor(section: string | null): string {
  const i = graph ? graph.sections.findIndex((s) => s.id === section) : -1;
  return i < 0 ? theme.noSection : theme.sections[i % theme.sections.length]!;
}

const nodeSize = (mentions: number): number => Math.min(64, 16 + 7 * Math.sqrt(mentions));

function styles(t: Theme): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: 'data(size)',
        height: 'data(size)',
        'background-color': 'data(color)',
        color: t.foreground,
        'font-family': t.fontFamily,
        'font-size': 11,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': '120px',
        'border-width': 0,
        'border-color': t.focus,
        'overlay-opacity': 0,
      },
    },
    { selector: 'node.absent', style: { opacity: 0.35 } },
    { selector: 'node:selected', style: { 'border-width': 3, 'border-color': t.focus } },
    { selector: 'node.kbd', style: { 'border-width': 3, 'border-color': t.focus, 'border-style': 'double' } },
    { selector: 'node.cursor', style: { 'border-width': 3, 'border-color': t.cursor, 'font-weight': 'bold' } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': t.edge,
        'target-arrow-color': t.edge,
        'source-arrow-color': t.edge,
        'curve-style': 'bezier',
        'arrow-scale': 0.9,
        opacity: 0.8,
      },
    },
    { selector: 'edge[kind = "prerequisite-of"]', style: { 'target-arrow-shape': 'triangle' } },
    { selector: 'edge[kind = "leads-to"]', style: { 'target-arrow-shape': 'vee', width: 2 } },
    { selector: 'edge[kind = "part-of"]', style: { 'target-arrow-shape': 'diamond', 'line-style': 'dashed' } },
    { selector: 'edge[kind = "example-of"]', style: { 'target-arrow-shape': 'triangle-backcurve', 'line-style': 'dotted' } },
    { selector: 'edge[kind = "contrasts-with"]', style: { 'source-arrow-shape': 'tee', 'target-arrow-shape': 'tee', 'line-style': 'dashed', 'line-dash-pattern': [6, 3] } },
    { selector: 'edge[kind = "related-to"]', style: { width: 1 } },
    {
      selector: 'edge[kind = "co-occurrence"]',
      style: { 'curve-style': 'haystack', 'line-color': t.coOccurrence, width: 'mapData(weight, 1, 8, 1, 6)', opacity: 0.3 },
    },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.1 } },
    { selector: 'edge.near', style: { opacity: 1, width: 2.5 } },
  ];
}

function nodeData(n: GraphPayload['nodes'][number]): ElementDefinition['data'] {
  return { id: n.id, label: n.label, section: n.section ?? '', mentions: n.mentions, size: nodeSize(n.mentions), color: sectionColor(n.section) };
}

function ensureCy(): Core {
  if (cy) return cy;
  const c = cytoscape({
    container,
    style: styles(theme),
    layout: { name: 'preset' },
    minZoom: 0.1,
    maxZoom: 4,
    wheelSensitivity: 0.3,
    boxSelectionEnabled: false,
    selectionType: 'single',
  });
  cy = c;
  gate.attach((c as unknown as { renderer(): RendererLike }).renderer());
  c.on('viewport', () => {
    state.zoom = c.zoom();
    state.pan = { ...c.pan() };
    hideTooltip();
    saveState();
  });
  c.on('dragfree', 'node', (e) => {
    const n = e.target as NodeSingular;
    setSavedPosition(n.id(), n.position());
    saveState();
  });
  c.on('mouseover', 'node', (e) => highlight(e.target as NodeSingular));
  c.on('mouseout', 'node', () => unhighlight());
  c.on('tap', 'node', (e) => post({ type: 'reveal', conceptId: (e.target as NodeSingular).id() }));
  c.on('dbltap', 'node', (e) => post({ type: 'openSection', conceptId: (e.target as NodeSingular).id() }));
  new ResizeObserver(() => c.resize()).observe(container);
  return c;
}

/** A concept's saved position. Ids come from packs: `constructor` or `__proto__` must not read Object.prototype. */
function savedPosition(id: string): { x: number; y: number } | undefined {
  return Object.hasOwn(state.positions, id) ? state.positions[id] : undefined;
}

/** Saves a position as an own property, whatever the id (an assignment to `__proto__` would set the prototype). */
function setSavedPosition(id: string, p: { x: number; y: number }): void {
  Object.defineProperty(state.positions, id, { value: { x: p.x, y: p.y }, enumerable: true, writable: true, configurable: true });
}

/** Adds, removes and updates elements; positions of nodes already shown never change. */
function render(): void {
  if (!graph) return;
  const c = ensureCy();
  const g = graph;
  const nodeIds = new Set(g.nodes.map((n) => n.id));
  const edgeIds = new Set(g.edges.map((e) => e.id));
  const fresh: string[] = [];
  c.batch(() => {
    c.elements().forEach((ele) => {
      if (!(ele.isNode() ? nodeIds : edgeIds).has(ele.id())) ele.remove();
    });
    for (const n of g.nodes) {
      const existing = c.getElementById(n.id);
      if (existing.nonempty()) existing.data(nodeData(n));
      else {
        const saved = savedPosition(n.id);
        if (!saved) fresh.push(n.id);
        c.add({ group: 'nodes', data: nodeData(n), position: saved ? { ...saved } : { x: 0, y: 0 } });
      }
      c.getElementById(n.id).toggleClass('absent', n.mentions === 0);
    }
    for (const e of g.edges) {
      const existing = c.getElementById(e.id);
      const data = { id: e.id, source: e.source, target: e.target, kind: e.kind, weight: e.weight };
      if (existing.nonempty()) existing.data(data);
      else c.add({ group: 'edges', data });
    }
  });
  if (fresh.length > 0) placeFresh(c, fresh);
  renderSectionFilters();
  applyFilters();
  if (!viewportRestored) {
    viewportRestored = true;
    if (state.zoom !== null && state.pan !== null) c.viewport({ zoom: state.zoom, pan: state.pan });
    else c.fit(c.nodes(':visible'), 20);
  }
  markCursor(false);
}

/**
 * Places nodes that have no position yet. When no node has one (the first time), a deterministic
 * seed (sections around a circle) refined by cytoscape's cose force layout over the relation edges,
 * synchronously and without animation. Otherwise each new node goes near its placed neighbours, and
 * nothing else moves.
 */
function placeFresh(c: Core, fresh: string[]): void {
  const all = c.nodes();
  if (fresh.length === all.length) {
    const sections = graph!.sections.map((s) => s.id);
    const groups = new Map<string, string[]>();
    for (const n of graph!.nodes) {
      const key = n.section ?? '';
      groups.set(key, [...(groups.get(key) ?? []), n.id]);
    }
    const keys = [...groups.keys()].sort((a, b) => sections.indexOf(a) - sections.indexOf(b));
    const R = 60 + 30 * keys.length;
    keys.forEach((key, gi) => {
      const ids = groups.get(key)!;
      const a = (2 * Math.PI * gi) / keys.length;
      const cx = R * Math.cos(a);
      const cy0 = R * Math.sin(a);
      ids.forEach((id, i) => {
        const b = (2 * Math.PI * i) / ids.length + gi;
        const r = ids.length === 1 ? 0 : 25 + 6 * ids.length;
        c.getElementById(id).position({ x: cx + r * Math.cos(b), y: cy0 + r * Math.sin(b) });
      });
    });
    const relations = c.edges().filter((e) => e.data('kind') !== 'co-occurrence');
    all.union(relations).layout({ name: 'cose', randomize: false, animate: false, fit: false, nodeDimensionsIncludeLabels: true, idealEdgeLength: () => 70, nodeRepulsion: () => 9000, numIter: 1500 }).run();
    layoutRuns++;
  } else {
    const placed = new Set(all.map((n) => n.id()).filter((id) => !fresh.includes(id)));
    const bb = c.nodes().filter((n) => placed.has(n.id())).boundingBox();
    for (const id of fresh) {
      const n = c.getElementById(id);
      const near = n.neighborhood('node').filter((m) => placed.has(m.id()));
      const mates = (near.nonempty() ? near : c.nodes().filter((m) => placed.has(m.id()) && m.data('section') === n.data('section'))).nodes();
      let p: Point;
      if (mates.nonempty()) {
        const sum = mates.reduce((acc, m) => ({ x: acc.x + m.position('x'), y: acc.y + m.position('y') }), { x: 0, y: 0 });
        p = { x: sum.x / mates.length, y: sum.y / mates.length };
      } else p = { x: bb.x2 + 60, y: bb.y1 };
      const a = hash(id) % 360;
      n.position({ x: p.x + 40 * Math.cos((a * Math.PI) / 180), y: p.y + 40 * Math.sin((a * Math.PI) / 180) });
      placed.add(id);
    }
  }
  for (const id of fresh) setSavedPosition(id, c.getElementById(id).position());
  saveState();
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

function renderSectionFilters(): void {
  if (!graph || !strings) return;
  const used = new Set(graph.nodes.map((n) => n.section ?? ''));
  const entries = graph.sections.filter((s) => used.has(s.id)).map((s) => ({ id: s.id, title: s.title }));
  if (used.has('')) entries.push({ id: '', title: strings.noSection });
  const key = entries.map((e) => `${e.id}\u0000${e.title}`).join('\u0001') + theme.sections.join();
  if (sectionSet.dataset.key === key) return;
  sectionSet.dataset.key = key;
  sectionSet.replaceChildren(sectionLegend, ...entries.map((e, i) => checkbox(e.title, !state.hiddenSections.includes(e.id), (on) => toggle(state.hiddenSections, e.id, on), `section-${i}`, sectionColor(e.id || null))));
}

function applyFilters(): void {
  if (!cy) return;
  const hiddenSections = new Set(state.hiddenSections);
  const hiddenKinds = new Set<EdgeKind>(state.hiddenKinds);
  cy.batch(() => {
    cy!.nodes().forEach((n) => {
      n.toggleClass('hidden', hiddenSections.has(n.data('section') as string) || (state.presentOnly && n.data('mentions') === 0));
    });
    cy!.edges().forEach((e) => {
      e.toggleClass('hidden', hiddenKinds.has(e.data('kind') as EdgeKind));
    });
  });
  renderList();
}

// ---- interaction -----------------------------------------------------------------------------

function highlight(n: NodeSingular): void {
  const c = cy!;
  const hood = n.closedNeighborhood();
  c.batch(() => {
    c.elements().not(hood).addClass('faded');
    hood.edges().addClass('near');
  });
  showTooltip(n);
}

function unhighlight(): void {
  cy?.batch(() => cy!.elements().removeClass('faded near'));
  hideTooltip();
}

function showTooltip(n: NodeSingular): void {
  const data = graph?.nodes.find((d) => d.id === n.id());
  if (!data || !strings) return;
  const title = el('div', { class: 'title' });
  title.textContent = data.otherName ? `${data.label} · ${data.otherName}` : data.label;
  const meta = el('div', { class: 'meta' });
  const section = graph!.sections.find((s) => s.id === data.section)?.title ?? strings.noSection;
  meta.textContent = `${section} · ${data.mentions > 0 ? `${strings.mentions}: ${data.mentions}` : strings.notInDocument}`;
  const body = el('div');
  body.textContent = data.explanation;
  tooltip.replaceChildren(title, meta, body);
  tooltip.hidden = false;
  const p = n.renderedPosition();
  const box = container.getBoundingClientRect();
  const x = Math.min(Math.max(4, box.left + p.x + 12), Math.max(4, window.innerWidth - tooltip.offsetWidth - 4));
  const y = box.top + p.y + 12 + tooltip.offsetHeight > window.innerHeight ? box.top + p.y - tooltip.offsetHeight - 12 : box.top + p.y + 12;
  tooltip.style.left = `${x}px`;
  tooltip.style.top = `${Math.max(4, y)}px`;
}

function hideTooltip(): void {
  tooltip.hidden = true;
}

/** Whether a node's centre is outside the visible part of the graph. */
function offScreen(n: NodeSingular): boolean {
  const p = n.renderedPosition();
  return p.x < 0 || p.y < 0 || p.x > cy!.width() || p.y > cy!.height();
}

function markCursor(centre: boolean): void {
  if (!cy) return;
  cy.$('node.cursor').removeClass('cursor');
  if (!cursorId) return;
  const n = cy.getElementById(cursorId);
  if (n.empty()) return;
  n.addClass('cursor');
  if (centre && n.visible() && offScreen(n)) cy.center(n);
}

function selectNode(id: string): void {
  if (!cy) return;
  const n = cy.getElementById(id);
  if (n.empty()) return;
  cy.$(':selected').unselect();
  n.select();
  if (n.visible()) cy.center(n);
  const button = list.querySelector<HTMLButtonElement>(`button[data-id="${CSS.escape(id)}"]`);
  button?.focus({ preventScroll: true });
}

/** The visually hidden list of node buttons: Tab walks the nodes, Enter opens, Space reveals. */
function renderList(): void {
  if (!cy || !graph) return;
  const focused = document.activeElement instanceof HTMLButtonElement ? document.activeElement.dataset.id : undefined;
  const items = graph.nodes
    .filter((n) => cy!.getElementById(n.id).visible())
    .map((n) => {
      const li = el('li');
      const b = el('button', { type: 'button', 'data-id': n.id, 'aria-describedby': 'node-hint' });
      b.textContent = n.label;
      b.setAttribute('aria-label', strings && n.mentions > 0 ? `${n.label}, ${strings.mentions}: ${n.mentions}` : strings ? `${n.label}, ${strings.notInDocument}` : n.label);
      li.append(b);
      return li;
    });
  list.replaceChildren(...items);
  if (focused) list.querySelector<HTMLButtonElement>(`button[data-id="${CSS.escape(focused)}"]`)?.focus({ preventScroll: true });
}

list.addEventListener('focusin', (e) => {
  const id = e.target instanceof HTMLButtonElement ? e.target.dataset.id : undefined;
  if (!id || !cy) return;
  const n = cy.getElementById(id);
  cy.$('node.kbd').removeClass('kbd');
  n.addClass('kbd');
  if (offScreen(n)) cy.center(n);
  showTooltip(n);
});
list.addEventListener('focusout', () => {
  cy?.$('node.kbd').removeClass('kbd');
  hideTooltip();
});
list.addEventListener('keydown', (e) => {
  const id = e.target instanceof HTMLButtonElement ? e.target.dataset.id : undefined;
  if (id && e.key === 'Enter') {
    e.preventDefault();
    post({ type: 'openSection', conceptId: id });
  }
});
list.addEventListener('click', (e) => {
  const id = e.target instanceof HTMLButtonElement ? e.target.dataset.id : undefined;
  if (id) post({ type: 'reveal', conceptId: id });
});

// ---- theme -----------------------------------------------------------------------------------

function applyTheme(): void {
  theme = readTheme();
  if (!cy || !graph) return;
  cy.style(styles(theme));
  cy.batch(() => {
    for (const n of graph!.nodes) cy!.getElementById(n.id).data('color', sectionColor(n.section));
  });
  renderSectionFilters();
}

new MutationObserver(() => applyTheme()).observe(document.body, { attributes: true, attributeFilter: ['class'] });

// ---- export ----------------------------------------------------------------------------------

function exportPng(): string {
  if (!cy) throw new Error('no graph');
  return cy.png({ output: 'base64', full: true, scale: 2, bg: theme.background });
}

function exportSvg(): string {
  if (!cy) throw new Error('no graph');
  const nodes: SvgNode[] = cy.nodes(':visible').map((n) => ({
    label: n.data('label') as string,
    x: n.position('x'),
    y: n.position('y'),
    size: n.data('size') as number,
    color: n.data('color') as string,
    opacity: n.hasClass('absent') ? 0.35 : 1,
  }));
  const edges: SvgEdge[] = cy.edges(':visible').map((e) => {
    const kind = e.data('kind') as EdgeKind;
    const co = kind === 'co-occurrence';
    return {
      x1: e.source().position('x'),
      y1: e.source().position('y'),
      x2: e.target().position('x'),
      y2: e.target().position('y'),
      targetRadius: (e.target().data('size') as number) / 2,
      color: co ? theme.coOccurrence : theme.edge,
      width: co ? Math.min(6, e.data('weight') as number) : 1.5,
      dash: kind === 'part-of' || kind === 'contrasts-with' ? '6 3' : kind === 'example-of' ? '2 3' : null,
      directed: kind === 'prerequisite-of' || kind === 'leads-to' || kind === 'part-of' || kind === 'example-of',
      opacity: co ? 0.3 : 0.8,
    };
  });
  return graphSvg(nodes, edges, { background: theme.background, foreground: theme.foreground, fontFamily: theme.fontFamily, fontSize: 11 });
}

// ---- start -----------------------------------------------------------------------------------

const debug: GraphDebug = { cy: () => cy, state: () => state, idle: () => gate.idle, layoutRuns: () => layoutRuns, stateSent: () => postTimer === undefined };
(window as unknown as { conceptGraph: GraphDebug }).conceptGraph = debug;
post({ type: 'ready' });
