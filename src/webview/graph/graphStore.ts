// Everything the page remembers, in one object: the view state it persists (filters, zoom, pan,
// positions), the host's latest strings and graph, the concept under the editor's cursor and the theme.
// The other modules read and change it here; nothing else keeps state between messages.

import { emptyViewState, isViewState, type GraphPayload, type GraphPlacement, type GraphStrings, type GraphViewState, type Point, type WebviewMessage } from '../../shared/graphProtocol';
import type { TransientFilters } from './graphFilters';
import type { Theme } from './theme';

/** The part of the webview API the page uses (acquireVsCodeApi()). */
export interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: GraphViewState): void;
}

/** How long the page waits for the state to settle before it sends it to the host. */
const POST_STATE_MS = 250;

export class GraphStore {
  view: GraphViewState;
  strings: GraphStrings | undefined;
  graph: GraphPayload | undefined;
  cursorId: string | null = null;
  /** The side bar or an editor tab (the host says which in 'init'). */
  placement: GraphPlacement = 'sidebar';
  /** The search box and the local graph: not persisted (a reload starts with the whole graph). */
  readonly transient: Omit<TransientFilters, 'local'> & { local: Omit<TransientFilters['local'], 'centre'> } = { search: '', local: { on: false, depth: 1 } };
  /** How many times the full force layout ran (tests check that typing does not rerun it). */
  layoutRuns = 0;
  /** Whether the saved zoom and pan were applied (only once, to the first graph). */
  viewportRestored = false;
  /** Whether the state came from the page itself (hide/show), which wins over the host's copy. */
  private readonly ownState: boolean;
  private postTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly api: VsCodeApi,
    public theme: Theme,
  ) {
    const restored = api.getState();
    this.ownState = isViewState(restored);
    this.view = isViewState(restored) ? restored : emptyViewState();
  }

  post(m: WebviewMessage): void {
    this.api.postMessage(m);
  }

  /** Takes the host's copy of the state (after a reload), unless the page kept its own. */
  adoptHostState(state: GraphViewState | null): void {
    if (!this.ownState && state) this.view = { ...emptyViewState(), ...state };
    this.api.setState(this.view);
    // The host learns what the page shows (after a restore, the state the workbench handed back).
    this.post({ type: 'state', state: this.view });
  }

  /** Keeps the state in the page (setState, for hide/show) and, debounced, in the host (reloads). */
  save(): void {
    this.api.setState(this.view);
    clearTimeout(this.postTimer);
    this.postTimer = setTimeout(() => {
      this.postTimer = undefined;
      this.post({ type: 'state', state: this.view });
    }, POST_STATE_MS);
  }

  /** Whether the last state change has been sent to the host. */
  get stateSent(): boolean {
    return this.postTimer === undefined;
  }

  /** A concept's saved position. Ids come from packs: `constructor` or `__proto__` must not read Object.prototype. */
  savedPosition(id: string): Point | undefined {
    return Object.hasOwn(this.view.positions, id) ? this.view.positions[id] : undefined;
  }

  /** Saves a position as an own property, whatever the id (an assignment to `__proto__` would set the prototype). */
  setSavedPosition(id: string, p: Point): void {
    Object.defineProperty(this.view.positions, id, { value: { x: p.x, y: p.y }, enumerable: true, writable: true, configurable: true });
  }

  /** A section's colour: the theme's section colours in the pack's section order, cycled. */
  sectionColor(section: string | null): string {
    const i = this.graph ? this.graph.sections.findIndex((s) => s.id === section) : -1;
    return i < 0 ? this.theme.noSection : this.theme.sections[i % this.theme.sections.length]!;
  }
}

/** Adds `value` to `hidden` when `on` is false, removes it when true. */
export function setShown<T>(hidden: T[], value: T, on: boolean): void {
  const i = hidden.indexOf(value);
  if (on && i >= 0) hidden.splice(i, 1);
  if (!on && i < 0) hidden.push(value);
}
