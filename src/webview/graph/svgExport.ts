// The graph as a standalone SVG document, from what is on screen (visible nodes and edges, their
// positions, sizes and colours; edges look as edgeStyles.ts says). Pack text is escaped, a concept name cannot inject markup, and the
// characters XML does not allow (control characters, U+FFFE/U+FFFF, lone surrogates) are dropped: the
// file always parses as XML.

import { escapeXml } from '../../core/features/markdownEscape';
import type { ArrowShape } from './edgeStyles';

export interface SvgNode {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  opacity: number;
}

export interface SvgEdge {
  /** The edge's kind, as its class (so a reader of the file can tell the lines apart). */
  kind: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Length of the target node's radius, where the arrow stops. */
  targetRadius: number;
  color: string;
  width: number;
  /** Dash and gap lengths, or null for a solid line. */
  dash: readonly number[] | null;
  /** The head at the target, or null for none (an undirected edge). */
  arrow: ArrowShape | null;
  opacity: number;
}

/** Each arrow head in a 10×10 box pointing right, its tip at (10, 5): what cytoscape draws for the name. */
const ARROW_PATHS: Record<ArrowShape, string> = {
  triangle: 'M0,0L10,5L0,10z',
  vee: 'M0,0L10,5L0,10L3,5z',
  diamond: 'M0,5L5,0L10,5L5,10z',
  'triangle-backcurve': 'M0,0L10,5L0,10Q4,5 0,0z',
};

export interface SvgStyle {
  background: string;
  foreground: string;
  fontFamily: string;
  fontSize: number;
}

const num = (n: number): string => (Math.round(n * 10) / 10).toString();

export function graphSvg(nodes: readonly SvgNode[], edges: readonly SvgEdge[], style: SvgStyle): string {
  const pad = 40;
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const n of nodes) {
    x1 = Math.min(x1, n.x - n.size);
    y1 = Math.min(y1, n.y - n.size);
    x2 = Math.max(x2, n.x + n.size);
    y2 = Math.max(y2, n.y + n.size + style.fontSize * 2);
  }
  if (nodes.length === 0) [x1, y1, x2, y2] = [0, 0, 100, 100];
  const w = x2 - x1 + 2 * pad;
  const h = y2 - y1 + 2 * pad;
  // One marker per arrow shape and colour in use.
  const markerKey = (e: SvgEdge): string => `${e.arrow}\u0000${e.color}`;
  const markers = new Map<string, { id: string; arrow: ArrowShape; color: string }>();
  for (const e of edges) if (e.arrow && !markers.has(markerKey(e))) markers.set(markerKey(e), { id: `arrow${markers.size}`, arrow: e.arrow, color: e.color });
  const out: string[] = [];
  out.push(`<?xml version="1.0" encoding="UTF-8"?>`);
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${num(w)}" height="${num(h)}" viewBox="${num(x1 - pad)} ${num(y1 - pad)} ${num(w)} ${num(h)}">`);
  out.push(`<defs>${[...markers.values()].map((m) => `<marker id="${m.id}" class="${m.arrow}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="${ARROW_PATHS[m.arrow]}" fill="${escapeXml(m.color)}"/></marker>`).join('')}</defs>`);
  out.push(`<rect x="${num(x1 - pad)}" y="${num(y1 - pad)}" width="${num(w)}" height="${num(h)}" fill="${escapeXml(style.background)}"/>`);
  out.push('<g class="edges">');
  for (const e of edges) {
    const dx = e.x2 - e.x1;
    const dy = e.y2 - e.y1;
    const len = Math.hypot(dx, dy) || 1;
    const ex = e.x2 - (dx / len) * e.targetRadius;
    const ey = e.y2 - (dy / len) * e.targetRadius;
    const dash = e.dash ? ` stroke-dasharray="${e.dash.map(num).join(' ')}"` : '';
    const marker = e.arrow ? ` marker-end="url(#${markers.get(markerKey(e))?.id})"` : '';
    out.push(`<line class="${escapeXml(e.kind)}" x1="${num(e.x1)}" y1="${num(e.y1)}" x2="${num(ex)}" y2="${num(ey)}" stroke="${escapeXml(e.color)}" stroke-width="${num(e.width)}" stroke-opacity="${num(e.opacity)}"${dash}${marker}/>`);
  }
  out.push('</g>');
  out.push(`<g class="nodes" font-family="${escapeXml(style.fontFamily)}" font-size="${style.fontSize}" fill="${escapeXml(style.foreground)}" text-anchor="middle">`);
  for (const n of nodes) {
    out.push(`<g opacity="${num(n.opacity)}"><circle cx="${num(n.x)}" cy="${num(n.y)}" r="${num(n.size / 2)}" fill="${escapeXml(n.color)}"/><text x="${num(n.x)}" y="${num(n.y + n.size / 2 + style.fontSize + 2)}">${escapeXml(n.label)}</text></g>`);
  }
  out.push('</g>');
  out.push('</svg>');
  return out.join('\n');
}
