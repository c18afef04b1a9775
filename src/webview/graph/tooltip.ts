// The tooltip over a hovered or keyboard-focused node: its names, section, mentions and explanation,
// as text (never HTML), placed beside the node and kept inside the window.

import type { GraphNodeData, GraphStrings } from '../../shared/graphProtocol';
import { el } from './dom';

export class Tooltip {
  readonly element = el('div', { class: 'tooltip', role: 'tooltip', id: 'tooltip' });

  constructor() {
    this.element.hidden = true;
  }

  /** Shows a concept's details next to `at` (client coordinates of the node's centre). */
  show(node: GraphNodeData, sectionTitle: string, strings: GraphStrings, at: { x: number; y: number }): void {
    const title = el('div', { class: 'title' });
    title.textContent = node.otherName ? `${node.label} · ${node.otherName}` : node.label;
    const meta = el('div', { class: 'meta' });
    meta.textContent = `${sectionTitle} · ${node.mentions > 0 ? `${strings.mentions}: ${node.mentions}` : strings.notInDocument}`;
    const body = el('div');
    body.textContent = node.explanation;
    const tip = this.element;
    tip.replaceChildren(title, meta, body);
    tip.hidden = false;
    // Below and to the right of the node; above it when it would overflow the bottom.
    const x = Math.min(Math.max(4, at.x + 12), Math.max(4, window.innerWidth - tip.offsetWidth - 4));
    const y = at.y + 12 + tip.offsetHeight > window.innerHeight ? at.y - tip.offsetHeight - 12 : at.y + 12;
    tip.style.left = `${x}px`;
    tip.style.top = `${Math.max(4, y)}px`;
  }

  hide(): void {
    this.element.hidden = true;
  }
}
