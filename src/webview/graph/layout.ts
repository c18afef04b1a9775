// Where new nodes go. The layout is stable: a node keeps its position once placed (the store saves it),
// so only nodes without one are placed here. The first time (no node placed yet) the whole graph is laid
// out; afterwards each new node goes next to its placed neighbours and nothing else moves.

import type { Core, NodeSingular } from 'cytoscape';
import type { GraphPayload, Point } from '../../shared/graphProtocol';

/**
 * Places the `fresh` nodes. Returns whether the full force layout ran (it runs only when no node had a
 * position).
 */
export function placeFresh(c: Core, graph: GraphPayload, fresh: readonly string[]): boolean {
  if (fresh.length === c.nodes().length) {
    seedBySection(c, graph);
    runForceLayout(c);
    return true;
  }
  placeNearNeighbours(c, fresh);
  return false;
}

/** A deterministic start: each section's nodes on a small circle, the sections around a big one. */
function seedBySection(c: Core, graph: GraphPayload): void {
  const order = graph.sections.map((s) => s.id);
  const groups = new Map<string, string[]>();
  for (const n of graph.nodes) {
    const key = n.section ?? '';
    groups.set(key, [...(groups.get(key) ?? []), n.id]);
  }
  const keys = [...groups.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const R = 60 + 30 * keys.length;
  keys.forEach((key, gi) => {
    const ids = groups.get(key)!;
    const a = (2 * Math.PI * gi) / keys.length;
    const cx = R * Math.cos(a);
    const cy = R * Math.sin(a);
    ids.forEach((id, i) => {
      const b = (2 * Math.PI * i) / ids.length + gi;
      const r = ids.length === 1 ? 0 : 25 + 6 * ids.length;
      c.getElementById(id).position({ x: cx + r * Math.cos(b), y: cy + r * Math.sin(b) });
    });
  });
}

/** Cytoscape's cose over the relation edges (co-occurrence would pull everything together), synchronously. */
function runForceLayout(c: Core): void {
  const relations = c.edges().filter((e) => e.data('kind') !== 'co-occurrence');
  c.nodes()
    .union(relations)
    .layout({ name: 'cose', randomize: false, animate: false, fit: false, nodeDimensionsIncludeLabels: true, idealEdgeLength: () => 70, nodeRepulsion: () => 9000, numIter: 1500 })
    .run();
}

/** Each new node 40 px from the centre of its placed neighbours (or section mates), at an angle its id fixes. */
function placeNearNeighbours(c: Core, fresh: readonly string[]): void {
  const placed = new Set(c.nodes().map((n) => n.id()).filter((id) => !fresh.includes(id)));
  const isPlaced = (m: NodeSingular): boolean => placed.has(m.id());
  const bb = c.nodes().filter(isPlaced).boundingBox();
  for (const id of fresh) {
    const n = c.getElementById(id);
    const near = n.neighborhood('node').filter(isPlaced);
    const mates = (near.nonempty() ? near : c.nodes().filter((m) => isPlaced(m) && m.data('section') === n.data('section'))).nodes();
    let p: Point;
    if (mates.nonempty()) {
      const sum = mates.reduce((acc, m) => ({ x: acc.x + m.position('x'), y: acc.y + m.position('y') }), { x: 0, y: 0 });
      p = { x: sum.x / mates.length, y: sum.y / mates.length };
    } else p = { x: bb.x2 + 60, y: bb.y1 };
    const a = ((hash(id) % 360) * Math.PI) / 180;
    n.position({ x: p.x + 40 * Math.cos(a), y: p.y + 40 * Math.sin(a) });
    placed.add(id);
  }
}

/** FNV-1a: a stable angle per id, so a new node lands in the same place every time. */
function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}
