// The toolbar: the search box, the local graph (on/off and its depth), "only concepts in this
// document", Fit, and the legend (a <details>, open at once in an editor tab): one entry per section in
// its colour and one per edge kind drawn as the graph draws it, each with a checkbox, so a click on an
// entry hides or shows what it stands for. Each control changes the store's state directly; `changed`
// then lets the app re-apply the filters (and save what persists).

import { EDGE_KINDS, type EdgeKind } from '../../shared/graphProtocol';
import { el } from './dom';
import { EDGE_STYLES, edgeWidth } from './edgeStyles';
import { LOCAL_DEPTHS, type LocalDepth } from './graphFilters';
import { setShown, type GraphStore } from './graphStore';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface ToolbarActions {
  /** A filter changed (the store's view state already holds it). */
  changed(): void;
  /** The search or the local graph changed (the store's transient filters hold it; nothing to save). */
  transientChanged(): void;
  fit(): void;
}

export class Toolbar {
  readonly element = el('div', { class: 'toolbar', role: 'toolbar' });
  private readonly summary = el('summary');
  private readonly sectionSet = el('fieldset');
  private readonly sectionLegend = el('legend');
  private readonly kindSet = el('fieldset');
  private readonly kindLegend = el('legend');
  private readonly presentLabel = el('label');
  private readonly presentText = document.createTextNode('');
  private readonly presentBox = el('input', { type: 'checkbox', id: 'presentOnly' });
  private readonly fitButton = el('button', { type: 'button', id: 'fit' });
  private readonly searchBox = el('input', { type: 'search', id: 'search', spellcheck: 'false', autocomplete: 'off' });
  private readonly localLabel = el('label');
  private readonly localText = document.createTextNode('');
  private readonly localBox = el('input', { type: 'checkbox', id: 'local' });
  private readonly depthSelect = el('select', { id: 'depth' });
  private readonly filters = el('details', { class: 'filters legend' });

  constructor(
    private readonly store: GraphStore,
    private readonly actions: ToolbarActions,
  ) {
    const filters = this.filters;
    this.sectionSet.append(this.sectionLegend);
    this.kindSet.append(this.kindLegend);
    filters.append(this.summary, this.sectionSet, this.kindSet);
    this.presentLabel.append(this.presentBox, this.presentText);
    for (const d of LOCAL_DEPTHS) {
      const option = el('option', { value: String(d) });
      option.textContent = String(d);
      this.depthSelect.append(option);
    }
    this.localLabel.append(this.localBox, this.localText);
    const row = el('div', { class: 'controls' });
    row.append(this.searchBox, this.localLabel, this.depthSelect, this.presentLabel, this.fitButton);
    this.element.append(row, filters);
    this.presentBox.addEventListener('change', () => {
      store.view.presentOnly = this.presentBox.checked;
      actions.changed();
    });
    // As you type: each input filters at once (linear in the graph's size).
    this.searchBox.addEventListener('input', () => {
      store.transient.search = this.searchBox.value;
      actions.transientChanged();
    });
    this.localBox.addEventListener('change', () => {
      store.transient.local.on = this.localBox.checked;
      this.depthSelect.disabled = !this.localBox.checked;
      actions.transientChanged();
    });
    this.depthSelect.addEventListener('change', () => {
      store.transient.local.depth = Number(this.depthSelect.value) as LocalDepth;
      actions.transientChanged();
    });
    this.fitButton.addEventListener('click', () => actions.fit());
  }

  /** An editor tab has room: the legend is open from the start. */
  setPlacement(placement: 'sidebar' | 'editor'): void {
    document.body.classList.toggle('placement-editor', placement === 'editor');
    if (placement === 'editor') this.filters.open = true;
  }

  /** The labels (from the host's strings) and the edge-kind checkboxes. */
  renderStrings(): void {
    const strings = this.store.strings;
    if (!strings) return;
    const view = this.store.view;
    this.summary.textContent = strings.filters;
    this.sectionLegend.textContent = strings.sections;
    this.kindLegend.textContent = strings.relations;
    this.presentText.textContent = strings.presentOnly;
    this.presentBox.checked = view.presentOnly;
    this.fitButton.textContent = strings.fit;
    this.searchBox.placeholder = strings.search;
    this.searchBox.setAttribute('aria-label', strings.search);
    this.localText.textContent = strings.local;
    this.depthSelect.setAttribute('aria-label', strings.depth);
    this.depthSelect.title = strings.depth;
    this.depthSelect.value = String(this.store.transient.local.depth);
    this.depthSelect.disabled = !this.store.transient.local.on;
    this.renderKinds();
  }

  /** One legend entry per edge kind: a sample of its line (the theme's colour, the table's dash and width). */
  renderKinds(): void {
    const strings = this.store.strings;
    if (!strings) return;
    const view = this.store.view;
    const kinds = EDGE_KINDS.map((k) => this.checkbox(strings.kinds[k], !view.hiddenKinds.includes(k), (on) => setShown(this.store.view.hiddenKinds, k, on), `kind-${k}`, undefined, k));
    this.kindSet.replaceChildren(this.kindLegend, ...kinds);
  }

  /** One checkbox per section the graph's nodes use, in the section's colour; rebuilt only when those change. */
  renderSections(): void {
    const { graph, strings, theme } = this.store;
    if (!graph || !strings) return;
    const used = new Set(graph.nodes.map((n) => n.section ?? ''));
    const entries = graph.sections.filter((s) => used.has(s.id)).map((s) => ({ id: s.id, title: s.title }));
    if (used.has('')) entries.push({ id: '', title: strings.noSection });
    const key = entries.map((e) => `${e.id}\u0000${e.title}`).join('\u0001') + theme.sections.join();
    if (this.sectionSet.dataset.key === key) return;
    // The theme changed or the sections did: the edge samples take the theme's colours again too.
    this.renderKinds();
    this.sectionSet.dataset.key = key;
    const boxes = entries.map((e, i) => this.checkbox(e.title, !this.store.view.hiddenSections.includes(e.id), (on) => setShown(this.store.view.hiddenSections, e.id, on), `section-${i}`, this.store.sectionColor(e.id || null)));
    this.sectionSet.replaceChildren(this.sectionLegend, ...boxes);
  }

  private checkbox(text: string, checked: boolean, onChange: (on: boolean) => void, id: string, color?: string, kind?: EdgeKind): HTMLLabelElement {
    const label = el('label', { class: 'entry' });
    if (this.store.strings) label.title = this.store.strings.legendHint;
    const box = el('input', { type: 'checkbox', id });
    box.checked = checked;
    box.addEventListener('change', () => {
      onChange(box.checked);
      this.actions.changed();
    });
    label.append(box);
    if (color) {
      const swatch = el('span', { class: 'swatch', 'aria-hidden': 'true' });
      swatch.style.background = color;
      label.append(swatch);
    }
    if (kind) label.append(this.edgeSample(kind));
    label.append(document.createTextNode(text));
    return label;
  }

  /** A short line drawn like an edge of this kind (presentation attributes, no inline style: the CSP allows it). */
  private edgeSample(kind: EdgeKind): SVGSVGElement {
    const s = EDGE_STYLES[kind];
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('class', 'edge-sample');
    svg.setAttribute('width', '24');
    svg.setAttribute('height', '10');
    svg.setAttribute('aria-hidden', 'true');
    const line = document.createElementNS(SVG_NS, 'line');
    for (const [k, v] of Object.entries({ x1: '1', y1: '5', x2: '23', y2: '5', stroke: this.store.theme[s.color], 'stroke-width': String(Math.min(3, edgeWidth(kind, 3))), 'stroke-opacity': String(Math.max(0.6, s.opacity)) })) line.setAttribute(k, v);
    if (s.dash) line.setAttribute('stroke-dasharray', s.dash.join(' '));
    svg.append(line);
    return svg;
  }
}
