// Which concepts the graph shows: the section and "only in this document" filters, the search box and the
// local graph (the selected concept's neighbourhood). Linear in the graph's size. No DOM and no cytoscape
// here: test/webview/graph.test.mjs calls these with hand-made graphs.

import type { EdgeKind, GraphEdgeData, GraphNodeData, GraphViewState } from '../../shared/graphProtocol';

/** The depths the local graph offers. */
export const LOCAL_DEPTHS = [1, 2, 3] as const;
export type LocalDepth = (typeof LOCAL_DEPTHS)[number];

/** What the page filters on besides the persisted view state. */
export interface TransientFilters {
  /** The search box's text ('' when empty). */
  search: string;
  /** The local graph: on, its depth, and the concept it centres on (null: none, the whole graph shows). */
  local: { on: boolean; depth: LocalDepth; centre: string | null };
}

/** The ids whose name in either language contains the query, case-insensitively; null when the query is blank. */
export function searchMatches(nodes: readonly GraphNodeData[], query: string): Set<string> | null {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return null;
  const hits = new Set<string>();
  for (const n of nodes) if (n.label.toLocaleLowerCase().includes(q) || n.otherName.toLocaleLowerCase().includes(q)) hits.add(n.id);
  return hits;
}

/**
 * Every concept within `depth` edges of `centre`, with its distance (centre: 0), following edges both
 * ways, only over the kinds `followKind` allows. Breadth-first: each node and edge is looked at once.
 */
export function neighbourhood(edges: readonly Pick<GraphEdgeData, 'source' | 'target' | 'kind'>[], centre: string, depth: number, followKind: (k: EdgeKind) => boolean = () => true): Map<string, number> {
  const adjacent = new Map<string, string[]>();
  const link = (a: string, b: string): void => {
    const list = adjacent.get(a);
    if (list) list.push(b);
    else adjacent.set(a, [b]);
  };
  for (const e of edges) {
    if (!followKind(e.kind)) continue;
    link(e.source, e.target);
    link(e.target, e.source);
  }
  const dist = new Map<string, number>([[centre, 0]]);
  let frontier = [centre];
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const m of adjacent.get(id) ?? []) {
        if (dist.has(m)) continue;
        dist.set(m, d);
        next.push(m);
      }
    }
    frontier = next;
  }
  return dist;
}

/**
 * The ids of the concepts to show: not in a hidden section, mentioned if "only in this document" is on,
 * matching the search, and (with the local graph on and a centre) within its depth of the centre over
 * edges of shown kinds.
 */
export function visibleNodeIds(graph: { nodes: readonly GraphNodeData[]; edges: readonly GraphEdgeData[] }, view: Pick<GraphViewState, 'hiddenSections' | 'hiddenKinds' | 'presentOnly'>, filters: TransientFilters): Set<string> {
  const sections = new Set(view.hiddenSections);
  const kinds = new Set<EdgeKind>(view.hiddenKinds);
  const matches = searchMatches(graph.nodes, filters.search);
  const { on, depth, centre } = filters.local;
  const near = on && centre !== null ? neighbourhood(graph.edges, centre, depth, (k) => !kinds.has(k)) : null;
  const shown = new Set<string>();
  for (const n of graph.nodes) {
    if (sections.has(n.section ?? '')) continue;
    if (view.presentOnly && n.mentions === 0) continue;
    if (matches && !matches.has(n.id)) continue;
    if (near && !near.has(n.id)) continue;
    shown.add(n.id);
  }
  return shown;
}
