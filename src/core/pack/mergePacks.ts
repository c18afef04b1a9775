import type { ConceptPack } from './packTypes';

/**
 * Layers packs in order: a later pack's concept replaces an earlier one with the same id, and its
 * sections are added. Returns the ids that were replaced, so the caller can say so.
 */
export function mergePacks(packs: readonly ConceptPack[]): { pack: ConceptPack; replaced: string[] } {
  if (packs.length === 1) return { pack: packs[0]!, replaced: [] };
  const byId = new Map<string, ConceptPack['concepts'][number]>();
  const replaced: string[] = [];
  const sections = new Map<string, ConceptPack['sections'][number]>();
  for (const p of packs) {
    for (const s of p.sections) if (!sections.has(s.id)) sections.set(s.id, s);
    for (const c of p.concepts) {
      if (byId.has(c.id)) {
        replaced.push(c.id);
        byId.delete(c.id); // re-inserted below so the order follows the layering
      }
      byId.set(c.id, c);
    }
  }
  const first = packs[0]!;
  const concepts = [...byId.values()].map((c) => ({ ...c, relations: c.relations.filter((r) => byId.has(r.target)) }));
  return { pack: { ...first, id: packs.map((p) => p.id).join('+'), sections: [...sections.values()], concepts }, replaced };
}
