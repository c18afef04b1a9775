// Which node labels to draw: a label that would overlap one already placed is left out. Labels are taken
// in priority order (the caller's: the concept at the editor's cursor first, then the most mentioned), and
// each is checked only against the labels already placed in the grid cells it covers, so the work is
// linear in the number of labels (placed labels do not overlap, so a cell holds a bounded number of them).
// No DOM and no cytoscape here: test/webview/graph.test.mjs calls it with hand-made boxes.

/** A label's box on screen, in px. */
export interface LabelBox {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The side of a grid cell in screen px: about the size of a short label. */
export const CELL_PX = 64;

/** Cells are keyed by one number; coordinates beyond ±2^20 cells (67 million px) share the border cells. */
const SPAN = 2 ** 20;
const cellOf = (v: number, cell: number): number => Math.max(-SPAN, Math.min(SPAN - 1, Math.floor(v / cell)));

/**
 * The ids of the labels to show: each box in order is kept when it overlaps no kept box. Boxes that
 * only touch (one's x2 equals the other's x1) do not overlap.
 */
export function cullLabels(boxes: readonly LabelBox[], cell = CELL_PX): Set<string> {
  const grid = new Map<number, LabelBox[]>();
  const shown = new Set<string>();
  for (const b of boxes) {
    if (!(b.x2 >= b.x1 && b.y2 >= b.y1)) continue; // NaN or inverted: nothing to draw
    const cx1 = cellOf(b.x1, cell);
    const cx2 = cellOf(b.x2, cell);
    const cy1 = cellOf(b.y1, cell);
    const cy2 = cellOf(b.y2, cell);
    let free = true;
    for (let cx = cx1; cx <= cx2 && free; cx++) {
      for (let cy = cy1; cy <= cy2 && free; cy++) {
        for (const o of grid.get(cx * 2 * SPAN + cy) ?? []) {
          if (b.x1 < o.x2 && o.x1 < b.x2 && b.y1 < o.y2 && o.y1 < b.y2) {
            free = false;
            break;
          }
        }
      }
    }
    if (!free) continue;
    shown.add(b.id);
    for (let cx = cx1; cx <= cx2; cx++) {
      for (let cy = cy1; cy <= cy2; cy++) {
        const key = cx * 2 * SPAN + cy;
        const list = grid.get(key);
        if (list) list.push(b);
        else grid.set(key, [b]);
      }
    }
  }
  return shown;
}

/** What orders the labels: the concept ids to put first (cursor, selection, search matches), then mentions. */
export interface LabelPriority {
  first: readonly (string | null | undefined)[];
  /** Ids whose labels come right after `first` (e.g. the search's matches). */
  preferred?: ReadonlySet<string>;
}

/**
 * The ids in label priority: `first` in its order, then `preferred` ones, then the rest; within a group
 * the most mentioned first, ties in the given order (a stable sort).
 */
export function labelOrder(nodes: readonly { id: string; mentions: number }[], priority: LabelPriority): string[] {
  const rank = new Map<string, number>();
  priority.first.forEach((id, i) => id && !rank.has(id) && rank.set(id, i));
  const group = (id: string): number => rank.get(id) ?? (priority.preferred?.has(id) ? priority.first.length : priority.first.length + 1);
  return nodes
    .map((n, i) => ({ id: n.id, g: group(n.id), m: n.mentions, i }))
    .sort((a, b) => a.g - b.g || b.m - a.m || a.i - b.i)
    .map((n) => n.id);
}
