// The graph on screen: creates cytoscape on the first graph, keeps its elements in step with the host's
// payload (adding, removing and updating, never moving a placed node), applies the filters as classes,
// and marks the hovered, focused, selected, cursor and search-matching nodes. Labels keep their size on
// screen; when a zoom or pan ends (and after any other change), overlapping labels are left out by
// priority (labelCulling.ts). It reads and updates the store; what the user does on the canvas goes to
// the app through RendererEvents.

import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import type { EdgeKind, GraphEdgeData, GraphNodeData } from '../../shared/graphProtocol';
import { graphStylesheet, LABEL_GAP_PX, LABEL_LINE, LABEL_MAX_PX, LABEL_PX, nodeSize } from './cytoscapeStyle';
import { edgeWidth } from './edgeStyles';
import type { FrameGate, RendererLike } from './frameGate';
import { searchMatches, visibleNodeIds } from './graphFilters';
import type { GraphStore } from './graphStore';
import { cullLabels, labelOrder, type LabelBox } from './labelCulling';
import { placeFresh } from './layout';

/** How long after the last zoom or pan event the labels are sized and culled again (one timer, then none). */
const VIEWPORT_END_MS = 120;
/** Room left beside each label when culling, in screen px. */
const LABEL_SIDE_PX = 4;
/** The margin a fit leaves around the nodes (and their labels), in screen px. */
const FIT_PADDING_PX = 20;

export interface RendererEvents {
  /** Zoom or pan changed (the store already holds the new values). */
  viewportChanged(): void;
  /** A node was dragged to a new place (the store already holds it). */
  nodeMoved(): void;
  hover(n: NodeSingular): void;
  unhover(): void;
  tap(id: string): void;
  doubleTap(id: string): void;
  /** The selected node changed (the local graph follows it). */
  selectionChanged(): void;
}

export class GraphRenderer {
  private core: Core | undefined;
  /** The zoom the stylesheet's label sizes are for. */
  private styledZoom = 1;
  private viewportTimer: ReturnType<typeof setTimeout> | undefined;
  /** The zoom the labels were last culled at (null: cull again whatever the zoom). */
  private culledZoom: number | null = null;
  /** Label widths at LABEL_PX, measured once per distinct label and font. */
  private readonly widths = new Map<string, number>();
  private measurer: CanvasRenderingContext2D | null | undefined;
  /** The ids the filters let through (cytoscape's cached visible() can lag behind a class change). */
  private shownIds = new Set<string>();
  /** How many times the labels were culled (tests check that a pan alone does not cull again). */
  cullRuns = 0;

  constructor(
    private readonly store: GraphStore,
    readonly container: HTMLElement,
    private readonly gate: FrameGate,
    private readonly events: RendererEvents,
  ) {}

  /** The cytoscape instance, once the first graph arrived. */
  get cy(): Core | undefined {
    return this.core;
  }

  /**
   * Brings the elements in line with the store's graph and applies the filters; positions of nodes
   * already shown never change.
   */
  sync(): void {
    const g = this.store.graph;
    if (!g) return;
    const c = this.ensureCy();
    const nodeIds = new Set(g.nodes.map((n) => n.id));
    const edgeIds = new Set(g.edges.map((e) => e.id));
    const fresh: string[] = [];
    c.batch(() => {
      c.elements().forEach((ele) => {
        if (!(ele.isNode() ? nodeIds : edgeIds).has(ele.id())) ele.remove();
      });
      for (const n of g.nodes) if (this.upsertNode(c, n)) fresh.push(n.id);
      for (const e of g.edges) this.upsertEdge(c, e);
    });
    if (fresh.length > 0) this.place(c, fresh);
    this.applyFilters();
    // After the filters: the first fit frames the visible nodes only.
    this.restoreViewportOnce(c);
  }

  /**
   * Hides nodes filtered out (sections, "only in this document", the search, the local graph) and edges
   * of hidden kinds; rings the search's matches; then culls the labels again.
   */
  applyFilters(): void {
    const c = this.core;
    const g = this.store.graph;
    if (!c || !g) return;
    const { hiddenKinds } = this.store.view;
    const kinds = new Set<EdgeKind>(hiddenKinds);
    const { search, local } = this.store.transient;
    const shown = visibleNodeIds(g, this.store.view, { search, local: { ...local, centre: this.localCentre() } });
    const matches = searchMatches(g.nodes, search);
    this.shownIds = shown;
    c.batch(() => {
      c.nodes().forEach((n) => {
        n.toggleClass('hidden', !shown.has(n.id()));
        n.toggleClass('match', matches?.has(n.id()) ?? false);
      });
      c.edges().forEach((e) => void e.toggleClass('hidden', kinds.has(e.data('kind') as EdgeKind)));
    });
    this.relabel(true);
  }

  /** The concept the local graph centres on: the selected one, else the one at the editor's cursor. */
  localCentre(): string | null {
    const c = this.core;
    const selected = c?.$('node:selected');
    if (selected && selected.nonempty()) return selected.first().id();
    return this.store.cursorId && c?.getElementById(this.store.cursorId).nonempty() ? this.store.cursorId : null;
  }

  /**
   * Sizes the labels for the zoom and leaves out those that would overlap a label of higher priority (the
   * concept at the cursor, the selected one, search matches, then the most mentioned). Skipped when
   * nothing changed but the pan (`force` false and the zoom as last time): a pan moves every label alike.
   */
  relabel(force: boolean): void {
    clearTimeout(this.viewportTimer);
    this.viewportTimer = undefined;
    const c = this.core;
    const g = this.store.graph;
    if (!c || !g) return;
    const zoom = c.zoom();
    if (!force && zoom === this.culledZoom) return;
    if (zoom !== this.styledZoom) {
      this.styledZoom = zoom;
      c.style(graphStylesheet(this.store.theme, zoom));
    }
    const selected = c.$('node:selected').map((n) => n.id());
    const matches = searchMatches(g.nodes, this.store.transient.search) ?? undefined;
    const order = labelOrder(g.nodes, { first: [this.store.cursorId, ...selected], ...(matches ? { preferred: matches } : {}) });
    const labels = new Map(g.nodes.map((n) => [n.id, n.label]));
    const boxes: LabelBox[] = [];
    for (const id of order) {
      const n = c.getElementById(id);
      if (n.empty() || !this.shownIds.has(id)) continue;
      const p = n.renderedPosition();
      const w = Math.min(LABEL_MAX_PX, this.labelWidth(labels.get(id) ?? ''));
      const top = p.y + ((n.data('size') as number) * zoom) / 2 + LABEL_GAP_PX;
      // A little room each side: cytoscape draws a label a few px wider than the canvas measures it.
      boxes.push({ id, x1: p.x - w / 2 - LABEL_SIDE_PX, x2: p.x + w / 2 + LABEL_SIDE_PX, y1: top, y2: top + LABEL_PX * LABEL_LINE });
    }
    const shown = cullLabels(boxes);
    c.batch(() => c.nodes().forEach((n) => void n.toggleClass('nolabel', !shown.has(n.id()))));
    this.culledZoom = zoom;
    this.cullRuns++;
  }

  /** Whether the labels are up to date with the viewport (no zoom or pan end pending). */
  get labelsSettled(): boolean {
    return this.viewportTimer === undefined;
  }

  /** A label's width on screen at LABEL_PX, measured with the theme's font (cached per label). */
  private labelWidth(label: string): number {
    const key = `${this.store.theme.fontFamily}\u0000${label}`;
    const known = this.widths.get(key);
    if (known !== undefined) return known;
    if (this.measurer === undefined) this.measurer = document.createElement('canvas').getContext('2d');
    let w = label.length * LABEL_PX; // no canvas: a wide guess
    if (this.measurer) {
      this.measurer.font = `${LABEL_PX}px ${this.store.theme.fontFamily}`;
      w = this.measurer.measureText(label).width;
    }
    this.widths.set(key, w);
    return w;
  }

  /** The graph's nodes that are not filtered out, in the payload's order. */
  visibleNodes(): GraphNodeData[] {
    const c = this.core;
    const g = this.store.graph;
    return c && g ? g.nodes.filter((n) => this.shownIds.has(n.id)) : [];
  }

  /** Fades everything but a node and its neighbours. */
  highlight(n: NodeSingular): void {
    const c = this.core;
    if (!c) return;
    const hood = n.closedNeighborhood();
    c.batch(() => {
      c.elements().not(hood).addClass('faded');
      hood.edges().addClass('near');
    });
  }

  unhighlight(): void {
    const c = this.core;
    c?.batch(() => c.elements().removeClass('faded near'));
  }

  /** Marks the concept under the editor's cursor; with `centre`, brings it into view if it is off screen. */
  markCursor(centre: boolean): void {
    const c = this.core;
    if (!c) return;
    c.$('node.cursor').removeClass('cursor');
    const id = this.store.cursorId;
    if (!id) return;
    const n = c.getElementById(id);
    if (n.empty()) return;
    n.addClass('cursor');
    if (centre && n.visible() && this.offScreen(n)) c.center(n);
  }

  /** After the cursor moved: the local graph may centre elsewhere, and the cursor's label comes first. */
  cursorChanged(): void {
    if (this.store.transient.local.on && this.core?.$('node:selected').empty()) this.applyFilters();
    else this.relabel(true);
  }

  /** Selects a node and centres on it; false when the graph has no such node. */
  select(id: string): boolean {
    const c = this.core;
    const n = c?.getElementById(id);
    if (!c || !n || n.empty()) return false;
    c.$(':selected').unselect();
    n.select();
    if (n.visible()) c.center(n);
    return true;
  }

  /** Marks the node whose list button has the keyboard focus, and brings it into view. */
  markKeyboard(id: string): NodeSingular | undefined {
    const c = this.core;
    if (!c) return undefined;
    c.$('node.kbd').removeClass('kbd');
    const n = c.getElementById(id);
    if (n.empty()) return undefined;
    n.addClass('kbd');
    if (this.offScreen(n)) c.center(n);
    return n;
  }

  clearKeyboard(): void {
    this.core?.$('node.kbd').removeClass('kbd');
  }

  /** Client coordinates of a node's centre (for the tooltip). */
  clientPosition(n: NodeSingular): { x: number; y: number } {
    const p = n.renderedPosition();
    const box = this.container.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }

  /**
   * Fits the visible nodes, leaving room on screen for their labels. Not cytoscape's fit(): labels keep
   * their size on screen, so in graph units they grow as the zoom shrinks, and a fit that framed them
   * would zoom out again and again. The nodes are framed instead, with margins in screen px for labels.
   */
  fit(): void {
    const c = this.core;
    const g = this.store.graph;
    if (!c || !g) return;
    const nodes = c.nodes().filter((n) => this.shownIds.has(n.id()));
    if (nodes.empty()) return;
    const bb = nodes.boundingBox({ includeLabels: false, includeOverlays: false });
    const padBottom = FIT_PADDING_PX + LABEL_GAP_PX + LABEL_PX * LABEL_LINE;
    const h = Math.max(1, c.height() - FIT_PADDING_PX - padBottom);
    const zoomFor = (left: number, right: number): number => {
      const w = Math.max(1, c.width() - left - right);
      return Math.min(c.maxZoom(), Math.max(c.minZoom(), Math.min(w / Math.max(bb.w, 1), h / Math.max(bb.h, 1))));
    };
    // Room at the sides for the labels that stick out past the outermost nodes, measured at the zoom
    // without it (one correction: a label may then touch the margin).
    const first = zoomFor(FIT_PADDING_PX, FIT_PADDING_PX);
    let left = 0;
    let right = 0;
    const labels = new Map(g.nodes.map((n) => [n.id, n.label]));
    nodes.forEach((n) => {
      const half = Math.min(LABEL_MAX_PX, this.labelWidth(labels.get(n.id()) ?? '')) / 2;
      const x = n.position('x');
      left = Math.max(left, half - (x - bb.x1) * first);
      right = Math.max(right, half - (bb.x2 - x) * first);
    });
    const padLeft = FIT_PADDING_PX + left;
    const padRight = FIT_PADDING_PX + right;
    const zoom = zoomFor(padLeft, padRight);
    const w = Math.max(1, c.width() - padLeft - padRight);
    c.viewport({ zoom, pan: { x: padLeft + w / 2 - ((bb.x1 + bb.x2) / 2) * zoom, y: FIT_PADDING_PX + h / 2 - ((bb.y1 + bb.y2) / 2) * zoom } });
    this.relabel(false);
  }

  /** Re-reads colours after a theme change: the stylesheet and the section colours of the nodes. */
  restyle(): void {
    const c = this.core;
    const g = this.store.graph;
    if (!c || !g) return;
    c.style(graphStylesheet(this.store.theme, this.styledZoom));
    c.batch(() => {
      for (const n of g.nodes) c.getElementById(n.id).data('color', this.store.sectionColor(n.section));
    });
  }

  private ensureCy(): Core {
    if (this.core) return this.core;
    const c = cytoscape({
      container: this.container,
      style: graphStylesheet(this.store.theme),
      layout: { name: 'preset' },
      minZoom: 0.1,
      maxZoom: 4,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    this.core = c;
    this.gate.attach((c as unknown as { renderer(): RendererLike }).renderer());
    this.listen(c);
    new ResizeObserver(() => c.resize()).observe(this.container);
    return c;
  }

  private listen(c: Core): void {
    const ev = this.events;
    c.on('viewport', () => {
      this.store.view.zoom = c.zoom();
      this.store.view.pan = { ...c.pan() };
      ev.viewportChanged();
      // Labels are sized and culled once the zoom or pan ends, not on every step of it.
      clearTimeout(this.viewportTimer);
      this.viewportTimer = setTimeout(() => this.relabel(false), VIEWPORT_END_MS);
    });
    c.on('select unselect', 'node', () => ev.selectionChanged());
    c.on('dragfree', 'node', (e) => {
      const n = e.target as NodeSingular;
      this.store.setSavedPosition(n.id(), n.position());
      ev.nodeMoved();
    });
    c.on('mouseover', 'node', (e) => ev.hover(e.target as NodeSingular));
    c.on('mouseout', 'node', () => ev.unhover());
    c.on('tap', 'node', (e) => ev.tap((e.target as NodeSingular).id()));
    c.on('dbltap', 'node', (e) => ev.doubleTap((e.target as NodeSingular).id()));
  }

  /** Adds or updates a node; true when it was added without a saved position. */
  private upsertNode(c: Core, n: GraphNodeData): boolean {
    const data: ElementDefinition['data'] = { id: n.id, label: n.label, section: n.section ?? '', mentions: n.mentions, size: nodeSize(n.mentions), color: this.store.sectionColor(n.section) };
    const existing = c.getElementById(n.id);
    let fresh = false;
    if (existing.nonempty()) existing.data(data);
    else {
      const saved = this.store.savedPosition(n.id);
      fresh = !saved;
      c.add({ group: 'nodes', data, position: saved ? { ...saved } : { x: 0, y: 0 } });
    }
    c.getElementById(n.id).toggleClass('absent', n.mentions === 0);
    return fresh;
  }

  private upsertEdge(c: Core, e: GraphEdgeData): void {
    // `directed` picks the arrow rule in the stylesheet; `width` comes from the edge-style table.
    const data = { id: e.id, source: e.source, target: e.target, kind: e.kind, weight: e.weight, directed: e.directed === true, width: edgeWidth(e.kind, e.weight) };
    const existing = c.getElementById(e.id);
    if (existing.nonempty()) existing.data(data);
    else c.add({ group: 'edges', data });
  }

  /** Places new nodes and saves their positions. */
  private place(c: Core, fresh: readonly string[]): void {
    if (placeFresh(c, this.store.graph!, fresh)) this.store.layoutRuns++;
    for (const id of fresh) this.store.setSavedPosition(id, c.getElementById(id).position());
    this.store.save();
  }

  /** The first graph shows the saved zoom and pan, or fits the visible nodes. */
  private restoreViewportOnce(c: Core): void {
    if (this.store.viewportRestored) return;
    this.store.viewportRestored = true;
    const { zoom, pan } = this.store.view;
    if (zoom !== null && pan !== null) {
      c.viewport({ zoom, pan });
      this.relabel(true);
    } else this.fit();
  }

  /** Whether a node's centre is outside the visible part of the graph. */
  private offScreen(n: NodeSingular): boolean {
    const c = this.core!;
    const p = n.renderedPosition();
    return p.x < 0 || p.y < 0 || p.x > c.width() || p.y > c.height();
  }
}
