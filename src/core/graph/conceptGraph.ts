// The Concept Graph's model: one node per concept of the pack (with its mentions in the document),
// the pack's typed relations as edges, and co-occurrence edges between concepts named in the same
// paragraph of the document, weighted by the number of such paragraphs. Pure: the host turns it into
// the webview's message, the unit tests check it directly.

import type { RelationKind } from '../pack/conceptPack';
import type { CompiledPack } from '../scan/compiledPack';
import type { Match } from '../scan/scanner';
import type { Block } from '../markdown/blocks';

/** A stretch of the document: a paragraph, for co-occurrence. */
export interface Span {
  start: number;
  end: number;
}

export interface GraphNode {
  id: string;
  /** Index of the concept in the compiled pack. */
  index: number;
  section: string | undefined;
  /** Occurrences in the document (0: absent). */
  mentions: number;
}

export interface RelationEdge {
  kind: RelationKind;
  source: string;
  target: string;
  /** Symmetric kinds (contrasts-with, related-to) have no direction. */
  directed: boolean;
}

export interface CoOccurrenceEdge {
  /** The smaller id of the pair (in code-unit order), so an edge has one spelling. */
  source: string;
  target: string;
  /** In how many paragraphs both concepts occur. */
  weight: number;
}

export interface ConceptGraph {
  nodes: GraphNode[];
  relations: RelationEdge[];
  coOccurrences: CoOccurrenceEdge[];
}

export const SYMMETRIC_KINDS: ReadonlySet<RelationKind> = new Set<RelationKind>(['contrasts-with', 'related-to']);

/** The paragraphs of a document for co-occurrence: its paragraph blocks (and text inside HTML blocks); headings are not paragraphs. */
export function paragraphSpans(blocks: readonly Block[]): Span[] {
  const out: Span[] = [];
  for (const b of blocks) if (b.kind === 'paragraph' || b.kind === 'htmlText') out.push({ start: b.contentStart, end: b.contentEnd });
  return out.sort((a, b) => a.start - b.start);
}

/** The pack's relations as edges: unknown targets and self-relations dropped, a symmetric pair once. */
export function relationEdges(cp: CompiledPack): RelationEdge[] {
  const out: RelationEdge[] = [];
  const seen = new Set<string>();
  for (const c of cp.concepts) {
    for (const r of c.relations) {
      if (r.target === c.id || !cp.indexOf.has(r.target)) continue;
      const directed = !SYMMETRIC_KINDS.has(r.kind);
      const [a, b] = directed || c.id < r.target ? [c.id, r.target] : [r.target, c.id];
      const key = `${r.kind}\u0000${a}\u0000${b}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ kind: r.kind, source: a, target: b, directed });
    }
  }
  return out;
}

/**
 * Co-occurrence edges: for each paragraph, every pair of distinct concepts that occur in it adds 1 to
 * the pair's weight. `matches` and `paragraphs` are sorted by start (as scans and paragraphSpans give
 * them); a match counts for the paragraph its start lies in.
 */
export function coOccurrenceEdges(cp: CompiledPack, matches: readonly Match[], paragraphs: readonly Span[]): CoOccurrenceEdge[] {
  const weights = new Map<string, CoOccurrenceEdge>();
  let p = 0;
  let i = 0;
  while (i < matches.length && p < paragraphs.length) {
    const para = paragraphs[p]!;
    const m = matches[i]!;
    if (m.start < para.start) {
      i++;
      continue;
    }
    if (m.start >= para.end) {
      p++;
      continue;
    }
    const inPara = new Set<number>();
    while (i < matches.length && matches[i]!.start < para.end) inPara.add(matches[i++]!.concept);
    p++;
    const ids = [...inPara].map((c) => cp.concepts[c]!.id).sort();
    for (let a = 0; a < ids.length; a++)
      for (let b = a + 1; b < ids.length; b++) {
        const key = `${ids[a]}\u0000${ids[b]}`;
        const e = weights.get(key);
        if (e) e.weight++;
        else weights.set(key, { source: ids[a]!, target: ids[b]!, weight: 1 });
      }
  }
  return [...weights.values()].sort((x, y) => (x.source < y.source ? -1 : x.source > y.source ? 1 : x.target < y.target ? -1 : x.target > y.target ? 1 : 0));
}

/** The whole graph of a pack over one document (no document: no matches, no paragraphs). */
export function buildConceptGraph(cp: CompiledPack, matches: readonly Match[], paragraphs: readonly Span[]): ConceptGraph {
  const mentions = new Array<number>(cp.concepts.length).fill(0);
  for (const m of matches) if (m.concept >= 0 && m.concept < mentions.length) mentions[m.concept]!++;
  const nodes = cp.concepts.map((c, index) => ({ id: c.id, index, section: c.section, mentions: mentions[index]! }));
  return { nodes, relations: relationEdges(cp), coOccurrences: coOccurrenceEdges(cp, matches, paragraphs) };
}
