// The graph on screen: creates cytoscape on the first graph, keeps its elements in step with the host's
// payload (adding, removing and updating, never moving a placed node), applies the filters as classes,
// and marks the hovered, focused, selected and cursor nodes. It reads and updates the store; what the
// user does on the canvas goes to the app through RendererEvents.

import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import type { EdgeKind, GraphEdgeData, GraphNodeData } from '../../shared/graphProtocol';
import { graphStylesheet, nodeSize } from './cytoscapeStyle';
import { edgeWidth } from './edgeStyles';
import type { FrameGate, RendererLike } from './frameGate';
import type { GraphStore } from './graphStore';
import { placeFresh } from './layout';

export interface RendererEvents {
  /** Zoom or pan changed (the store already holds the new values). */
  viewportChanged(): void;
  /** A node was dragged to a new place (the store already holds it). */
  nodeMoved(): void;
  hover(n: NodeSingular): void;
  unhover(): void;
  tap(id: string): void;
  doubleTap(id: string): void;
}

export class GraphRenderer {
  private core: Core | undefined;

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

  /** Hides nodes of hidden sections (and absent ones with "only in this document") and edges of hidden kinds. */
  applyFilters(): void {
    const c = this.core;
    if (!c) return;
    const { hiddenSections, hiddenKinds, presentOnly } = this.store.view;
    const sections = new Set(hiddenSections);
    const kinds = new Set<EdgeKind>(hiddenKinds);
    c.batch(() => {
      c.nodes().forEach((n) => void n.toggleClass('hidden', sections.has(n.data('section') as string) || (presentOnly && n.data('mentions') === 0)));
      c.edges().forEach((e) => void e.toggleClass('hidden', kinds.has(e.data('kind') as EdgeKind)));
    });
  }

  /** The graph's nodes that are not filtered out, in the payload's order. */
  visibleNodes(): GraphNodeData[] {
    const c = this.core;
    const g = this.store.graph;
    return c && g ? g.nodes.filter((n) => c.getElementById(n.id).visible()) : [];
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

  fit(): void {
    this.core?.fit(this.core.nodes(':visible'), 20);
  }

  /** Re-reads colours after a theme change: the stylesheet and the section colours of the nodes. */
  restyle(): void {
    const c = this.core;
    const g = this.store.graph;
    if (!c || !g) return;
    c.style(graphStylesheet(this.store.theme));
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
    });
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
    if (zoom !== null && pan !== null) c.viewport({ zoom, pan });
    else c.fit(c.nodes(':visible'), 20);
  }

  /** Whether a node's centre is outside the visible part of the graph. */
  private offScreen(n: NodeSingular): boolean {
    const c = this.core!;
    const p = n.renderedPosition();
    return p.x < 0 || p.y < 0 || p.x > c.width() || p.y > c.height();
  }
}
