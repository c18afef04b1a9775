// The accessible stand-in for the canvas: a visually hidden list with one button per visible node.
// Tab walks the nodes (the graph marks and centres the focused one), Enter opens the concept's section,
// Space or a click reveals its next occurrence.

import type { GraphNodeData, GraphStrings } from '../../shared/graphProtocol';
import { el } from './dom';

export interface NodeListActions {
  focused(id: string): void;
  blurred(): void;
  open(id: string): void;
  reveal(id: string): void;
}

export class NodeList {
  readonly list = el('ul', { id: 'nodes', class: 'sr-only' });
  /** The buttons' description (aria-describedby). */
  readonly hint = el('span', { id: 'node-hint', class: 'sr-only' });

  constructor(actions: NodeListActions) {
    const idOf = (e: Event): string | undefined => (e.target instanceof HTMLButtonElement ? e.target.dataset.id : undefined);
    this.list.addEventListener('focusin', (e) => {
      const id = idOf(e);
      if (id) actions.focused(id);
    });
    this.list.addEventListener('focusout', () => actions.blurred());
    this.list.addEventListener('keydown', (e) => {
      const id = idOf(e);
      if (id && e.key === 'Enter') {
        e.preventDefault();
        actions.open(id);
      }
    });
    this.list.addEventListener('click', (e) => {
      const id = idOf(e);
      if (id) actions.reveal(id);
    });
  }

  renderStrings(strings: GraphStrings): void {
    this.list.setAttribute('aria-label', strings.nodeListLabel);
    this.hint.textContent = strings.nodeHint;
  }

  /** Rebuilds the buttons; the focused node keeps the focus if it is still listed. */
  render(nodes: readonly GraphNodeData[], strings: GraphStrings | undefined): void {
    const active = document.activeElement;
    const focused = active instanceof HTMLButtonElement ? active.dataset.id : undefined;
    this.list.replaceChildren(...nodes.map((n) => this.item(n, strings)));
    if (focused) this.focus(focused);
  }

  /** Moves the focus to a node's button, without scrolling the page. */
  focus(id: string): void {
    this.list.querySelector<HTMLButtonElement>(`button[data-id="${CSS.escape(id)}"]`)?.focus({ preventScroll: true });
  }

  private item(n: GraphNodeData, strings: GraphStrings | undefined): HTMLLIElement {
    const li = el('li');
    const b = el('button', { type: 'button', 'data-id': n.id, 'aria-describedby': 'node-hint' });
    b.textContent = n.label;
    const detail = !strings ? '' : n.mentions > 0 ? `, ${strings.mentions}: ${n.mentions}` : `, ${strings.notInDocument}`;
    b.setAttribute('aria-label', n.label + detail);
    li.append(b);
    return li;
  }
}
