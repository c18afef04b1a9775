// Which pack wins where two user packs define the same concept id: for each document, the pack nearer
// to it (the one whose folder holds the document most closely), and elsewhere the later one. The
// registry compiles such a variant only for documents that need one, and keeps it until the packs change.

import type { ConceptPack } from '../core/pack/loadPack';
import { pathOf } from './host/uri';

export interface UserPack {
  uri: string;
  pack: ConceptPack;
}

/** Concept ids that two or more user packs define, with the packs that define each. */
export function duplicateIds(packs: readonly UserPack[]): Map<string, string[]> {
  const where = new Map<string, string[]>();
  for (const p of packs) for (const c of p.pack.concepts) where.set(c.id, [...(where.get(c.id) ?? []), p.uri]);
  for (const [id, uris] of where) if (uris.length < 2) where.delete(id);
  return where;
}

/** How closely a pack's folder holds a document: the length of their common folder path. */
function nearness(packUri: string, documentUri: string): number {
  const path = pathOf(packUri);
  const folder = path.slice(0, path.lastIndexOf('/') + 1);
  const doc = pathOf(documentUri);
  return doc.startsWith(folder) ? folder.length : -1;
}

/** The user packs in layering order for a document: the nearest last, so that it wins. Stable otherwise. */
export function layersFor(packs: readonly UserPack[], documentUri: string): UserPack[] {
  return packs
    .map((p, i) => ({ p, i, near: nearness(p.uri, documentUri) }))
    .sort((a, b) => a.near - b.near || a.i - b.i)
    .map((x) => x.p);
}
