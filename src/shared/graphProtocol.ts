// The Concept Graph's message protocol, shared by the extension host (src/extension/graph) and the
// webview (src/webview/graph). Everything that crosses postMessage is one of these types; the host
// checks what it receives with isWebviewMessage() before it acts on it. No vscode, no DOM.

export const RELATION_EDGE_KINDS = ['prerequisite-of', 'leads-to', 'part-of', 'contrasts-with', 'example-of', 'related-to'] as const;
export type RelationEdgeKind = (typeof RELATION_EDGE_KINDS)[number];
export type EdgeKind = RelationEdgeKind | 'co-occurrence';
export const EDGE_KINDS: readonly EdgeKind[] = [...RELATION_EDGE_KINDS, 'co-occurrence'];

export type ExportFormat = 'svg' | 'png';

export interface GraphSectionData {
  id: string;
  /** The section's title in the reader's language. */
  title: string;
}

export interface GraphNodeData {
  id: string;
  /** The concept's name in the reader's language (plain text: the webview never parses it as HTML). */
  label: string;
  /** The name in the other language, for the tooltip. */
  otherName: string;
  explanation: string;
  /** The section id, or null for a concept without one. */
  section: string | null;
  mentions: number;
}

export interface GraphEdgeData {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  /** Co-occurrence: paragraphs in common; relations: 1. */
  weight: number;
  /** Whether the relation goes from source to target (the page draws an arrow head) or both ways (none). */
  directed: boolean;
}

export interface GraphPayload {
  packId: string;
  lang: 'zh' | 'en';
  /** The document the mentions and co-occurrences come from, if any. */
  document: { uri: string; name: string } | null;
  sections: GraphSectionData[];
  nodes: GraphNodeData[];
  edges: GraphEdgeData[];
}

export interface Point {
  x: number;
  y: number;
}

/** What the view remembers: filters, zoom and pan, and the layout (positions per concept id). */
export interface GraphViewState {
  version: 1;
  hiddenSections: string[];
  hiddenKinds: EdgeKind[];
  presentOnly: boolean;
  zoom: number | null;
  pan: Point | null;
  positions: Record<string, Point>;
}

/** Where the page is shown: the narrow side bar or an editor tab (which opens the legend at once). */
export type GraphPlacement = 'sidebar' | 'editor';

/** The webview's UI strings, localized by the host. */
export interface GraphStrings {
  /** The legend's title (the legend is also the section and edge-kind filter). */
  filters: string;
  sections: string;
  relations: string;
  presentOnly: string;
  fit: string;
  noSection: string;
  /** Followed by ": n". */
  mentions: string;
  notInDocument: string;
  graphLabel: string;
  nodeListLabel: string;
  nodeHint: string;
  /** The search box's placeholder and accessible name. */
  search: string;
  /** The local-graph toggle: only the selected concept's neighbourhood. */
  local: string;
  /** The local graph's depth picker. */
  depth: string;
  /** The tooltip of a legend entry. */
  legendHint: string;
  kinds: Record<EdgeKind, string>;
}

export type HostMessage =
  | { type: 'init'; state: GraphViewState | null; strings: GraphStrings; placement: GraphPlacement }
  | { type: 'graph'; graph: GraphPayload }
  /** The concept under the editor's cursor (null: none). */
  | { type: 'cursor'; conceptId: string | null }
  /** Show in Graph: select the node and centre on it. */
  | { type: 'select'; conceptId: string }
  | { type: 'export'; requestId: number; format: ExportFormat };

export type WebviewMessage =
  | { type: 'ready' }
  /** Click / Space: the concept's next occurrence in the editor. */
  | { type: 'reveal'; conceptId: string }
  /** Double-click / Enter: the concept's section. */
  | { type: 'openSection'; conceptId: string }
  /** The answer to 'select': the concept now selected, or null when the graph has no such node. */
  | { type: 'selected'; conceptId: string | null }
  | { type: 'state'; state: GraphViewState }
  /** SVG: the markup; PNG: base64 without a data: prefix. */
  | { type: 'exported'; requestId: number; format: ExportFormat; data: string }
  | { type: 'exportFailed'; requestId: number; message: string };

export function emptyViewState(): GraphViewState {
  return { version: 1, hiddenSections: [], hiddenKinds: [], presentOnly: false, zoom: null, pan: null, positions: {} };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isPoint = (v: unknown): v is Point => isRecord(v) && isFiniteNumber(v.x) && isFiniteNumber(v.y);
const isEdgeKind = (v: unknown): v is EdgeKind => isString(v) && (EDGE_KINDS as readonly string[]).includes(v);

export function isViewState(v: unknown): v is GraphViewState {
  return (
    isRecord(v) &&
    v.version === 1 &&
    Array.isArray(v.hiddenSections) &&
    v.hiddenSections.every(isString) &&
    Array.isArray(v.hiddenKinds) &&
    v.hiddenKinds.every(isEdgeKind) &&
    typeof v.presentOnly === 'boolean' &&
    (v.zoom === null || isFiniteNumber(v.zoom)) &&
    (v.pan === null || isPoint(v.pan)) &&
    isRecord(v.positions) &&
    Object.values(v.positions).every(isPoint)
  );
}

/** Whether a value received from the webview is a well-formed message. */
export function isWebviewMessage(v: unknown): v is WebviewMessage {
  if (!isRecord(v)) return false;
  switch (v.type) {
    case 'ready':
      return true;
    case 'reveal':
    case 'openSection':
      return isString(v.conceptId);
    case 'selected':
      return v.conceptId === null || isString(v.conceptId);
    case 'state':
      return isViewState(v.state);
    case 'exported':
      return isFiniteNumber(v.requestId) && (v.format === 'svg' || v.format === 'png') && isString(v.data);
    case 'exportFailed':
      return isFiniteNumber(v.requestId) && isString(v.message);
    default:
      return false;
  }
}

/** Whether a value received from the host is a well-formed message (the webview checks, too). */
export function isHostMessage(v: unknown): v is HostMessage {
  if (!isRecord(v)) return false;
  switch (v.type) {
    case 'init':
      return (v.state === null || isViewState(v.state)) && isRecord(v.strings) && (v.placement === 'sidebar' || v.placement === 'editor');
    case 'graph':
      return isRecord(v.graph) && Array.isArray(v.graph.nodes) && Array.isArray(v.graph.edges);
    case 'cursor':
      return v.conceptId === null || isString(v.conceptId);
    case 'select':
      return isString(v.conceptId);
    case 'export':
      return isFiniteNumber(v.requestId) && (v.format === 'svg' || v.format === 'png');
    default:
      return false;
  }
}
