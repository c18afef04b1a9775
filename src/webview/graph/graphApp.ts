// The Concept Graph page put together: the store, the renderer and the DOM parts (toolbar, tooltip, node
// list), and what the host's messages do to them. Everything the page says to the host goes through
// the store's post(), in the typed protocol.

import type { NodeSingular } from 'cytoscape';
import type { HostMessage } from '../../shared/graphProtocol';
import { el } from './dom';
import { FrameGate } from './frameGate';
import { exportPng, exportSvg } from './graphExport';
import { GraphRenderer } from './graphRenderer';
import { GraphStore, type VsCodeApi } from './graphStore';
import { NodeList } from './nodeList';
import { readTheme } from './theme';
import { Toolbar } from './toolbar';
import { Tooltip } from './tooltip';

export class GraphApp {
  readonly store: GraphStore;
  readonly gate: FrameGate;
  readonly renderer: GraphRenderer;
  private readonly toolbar: Toolbar;
  private readonly tooltip = new Tooltip();
  private readonly nodeList: NodeList;

  constructor(root: HTMLElement, api: VsCodeApi, win: Window) {
    this.store = new GraphStore(api, readTheme());
    this.gate = new FrameGate(win);
    this.toolbar = new Toolbar(this.store, { changed: () => this.filtersChanged(), transientChanged: () => this.filtersChanged(false), fit: () => this.renderer.fit() });
    this.nodeList = new NodeList({
      focused: (id) => this.keyboardFocus(id),
      blurred: () => {
        this.renderer.clearKeyboard();
        this.tooltip.hide();
      },
      open: (id) => this.store.post({ type: 'openSection', conceptId: id }),
      reveal: (id) => this.store.post({ type: 'reveal', conceptId: id }),
    });
    const container = el('div', { id: 'cy', role: 'img' });
    this.renderer = new GraphRenderer(this.store, container, this.gate, {
      viewportChanged: () => {
        this.tooltip.hide();
        this.store.save();
      },
      nodeMoved: () => this.store.save(),
      hover: (n) => {
        this.renderer.highlight(n);
        this.showTooltip(n);
      },
      unhover: () => {
        this.renderer.unhighlight();
        this.tooltip.hide();
      },
      tap: (id) => this.store.post({ type: 'reveal', conceptId: id }),
      doubleTap: (id) => this.store.post({ type: 'openSection', conceptId: id }),
      // The local graph follows the selection; otherwise only the labels' priority changes.
      selectionChanged: () => (this.store.transient.local.on ? this.filtersChanged(false) : this.renderer.relabel(true)),
    });
    root.append(this.toolbar.element, container, this.nodeList.list, this.nodeList.hint, this.tooltip.element);
  }

  receive(m: HostMessage): void {
    switch (m.type) {
      case 'init':
        this.store.strings = m.strings;
        this.store.placement = m.placement;
        this.toolbar.setPlacement(m.placement);
        this.store.adoptHostState(m.state);
        this.renderStrings();
        break;
      case 'graph':
        this.store.graph = m.graph;
        this.renderGraph();
        break;
      case 'cursor':
        this.store.cursorId = m.conceptId;
        this.renderer.markCursor(true);
        this.renderer.cursorChanged();
        break;
      case 'select':
        this.select(m.conceptId);
        break;
      case 'export':
        this.export(m.requestId, m.format);
        break;
    }
  }

  /** Re-reads the theme's colours (the body's theme class changed). */
  applyTheme(): void {
    this.store.theme = readTheme();
    if (!this.renderer.cy || !this.store.graph) return;
    this.renderer.restyle();
    this.toolbar.renderSections();
  }

  private renderStrings(): void {
    const strings = this.store.strings;
    if (!strings) return;
    this.toolbar.renderStrings();
    this.nodeList.renderStrings(strings);
    this.renderer.container.setAttribute('aria-label', strings.graphLabel);
  }

  private renderGraph(): void {
    this.renderer.sync();
    this.toolbar.renderSections();
    this.renderList();
    this.renderer.markCursor(false);
  }

  /** Re-applies the filters; `persist`: the change is to the saved view state (not the search or local graph). */
  private filtersChanged(persist = true): void {
    this.renderer.applyFilters();
    this.renderList();
    if (persist) this.store.save();
  }

  private renderList(): void {
    if (this.renderer.cy) this.nodeList.render(this.renderer.visibleNodes(), this.store.strings);
  }

  /** Show in Graph: selects and focuses the node, and tells the host what was selected. */
  private select(id: string): void {
    const found = this.renderer.select(id);
    if (found) this.nodeList.focus(id);
    this.store.post({ type: 'selected', conceptId: found ? id : null });
  }

  private keyboardFocus(id: string): void {
    const n = this.renderer.markKeyboard(id);
    if (n) this.showTooltip(n);
  }

  private showTooltip(n: NodeSingular): void {
    const { graph, strings } = this.store;
    const data = graph?.nodes.find((d) => d.id === n.id());
    if (!graph || !data || !strings) return;
    const section = graph.sections.find((s) => s.id === data.section)?.title ?? strings.noSection;
    this.tooltip.show(data, section, strings, this.renderer.clientPosition(n));
  }

  private export(requestId: number, format: 'svg' | 'png'): void {
    const cy = this.renderer.cy;
    try {
      if (!cy) throw new Error('no graph');
      const data = format === 'svg' ? exportSvg(cy, this.store.theme) : exportPng(cy, this.store.theme);
      this.store.post({ type: 'exported', requestId, format, data });
    } catch (err) {
      this.store.post({ type: 'exportFailed', requestId, message: err instanceof Error ? err.message : String(err) });
    }
  }
}
