// The graph as a standalone SVG document, from what is on screen (visible nodes and edges, their
// positions, sizes and colours). Pack text is escaped, a concept name cannot inject markup, and the
// characters XML does not allow (control characters, U+FFFE/U+FFFF, lone surrogates) are dropped: the
// file always parses as XML.

import { escapeXml } from '../../core/features/markdownEscape';

export interface SvgNode {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  opacity: number;
}

export interface SvgEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Length of the target node's radius, where the arrow stops. */
  targetRadius: number;
  color: string;
  width: number;
  dash: string | null;
  directed: boolean;
  opacity: number;
}

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
  const colors = [...new Set(edges.filter((e) => e.directed).map((e) => e.color))];
  const markerId = (c: string): string => `arrow${colors.indexOf(c)}`;
  const out: string[] = [];
  out.push(`<?xml version="1.0" encoding="UTF-8"?>`);
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${num(w)}" height="${num(h)}" viewBox="${num(x1 - pad)} ${num(y1 - pad)} ${num(w)} ${num(h)}">`);
  out.push(`<defs>${colors.map((c) => `<marker id="${markerId(c)}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="${escapeXml(c)}"/></marker>`).join('')}</defs>`);
  out.push(`<rect x="${num(x1 - pad)}" y="${num(y1 - pad)}" width="${num(w)}" height="${num(h)}" fill="${escapeXml(style.background)}"/>`);
  out.push('<g class="edges">');
  for (const e of edges) {
    const dx = e.x2 - e.x1;
    const dy = e.y2 - e.y1;
    const len = Math.hypot(dx, dy) || 1;
    const ex = e.x2 - (dx / len) * e.targetRadius;
    const ey = e.y2 - (dy / len) * e.targetRadius;
    const dash = e.dash ? ` stroke-dasharray="${escapeXml(e.dash)}"` : '';
    const marker = e.directed ? ` marker-end="url(#${markerId(e.color)})"` : '';
    out.push(`<line x1="${num(e.x1)}" y1="${num(e.y1)}" x2="${num(ex)}" y2="${num(ey)}" stroke="${escapeXml(e.color)}" stroke-width="${num(e.width)}" stroke-opacity="${num(e.opacity)}"${dash}${marker}/>`);
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
