// The toolbar: the filters (a <details> with one checkbox per section and per edge kind), the
// "only concepts in this document" checkbox and Fit. Each checkbox changes the store's view state
// directly; `changed` then lets the app re-apply the filters and save.

import { EDGE_KINDS } from '../../shared/graphProtocol';
import { el } from './dom';
import { setShown, type GraphStore } from './graphStore';

export interface ToolbarActions {
  /** A filter changed (the store's view state already holds it). */
  changed(): void;
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

  constructor(
    private readonly store: GraphStore,
    private readonly actions: ToolbarActions,
  ) {
    const filters = el('details', { class: 'filters' });
    this.sectionSet.append(this.sectionLegend);
    this.kindSet.append(this.kindLegend);
    filters.append(this.summary, this.sectionSet, this.kindSet);
    this.presentLabel.append(this.presentBox, this.presentText);
    this.element.append(filters, this.presentLabel, this.fitButton);
    this.presentBox.addEventListener('change', () => {
      store.view.presentOnly = this.presentBox.checked;
      actions.changed();
    });
    this.fitButton.addEventListener('click', () => actions.fit());
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
    const kinds = EDGE_KINDS.map((k) => this.checkbox(strings.kinds[k], !view.hiddenKinds.includes(k), (on) => setShown(this.store.view.hiddenKinds, k, on), `kind-${k}`));
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
    this.sectionSet.dataset.key = key;
    const boxes = entries.map((e, i) => this.checkbox(e.title, !this.store.view.hiddenSections.includes(e.id), (on) => setShown(this.store.view.hiddenSections, e.id, on), `section-${i}`, this.store.sectionColor(e.id || null)));
    this.sectionSet.replaceChildren(this.sectionLegend, ...boxes);
  }

  private checkbox(text: string, checked: boolean, onChange: (on: boolean) => void, id: string, color?: string): HTMLLabelElement {
    const label = el('label');
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
    label.append(document.createTextNode(text));
    return label;
  }
}
