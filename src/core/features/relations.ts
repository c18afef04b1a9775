import type { ConceptPack, Concept } from '../pack/packTypes';
import type { RelationKind } from '../pack/conceptPack';

/** A relation seen from one concept: outgoing ("leads to X") or incoming ("X leads to it"). */
export interface RelationView {
  kind: RelationKind;
  direction: 'out' | 'in';
  other: Concept;
}

export function relationsOf(pack: ConceptPack, concept: Concept): RelationView[] {
  const byId = new Map(pack.concepts.map((c) => [c.id, c]));
  const out: RelationView[] = [];
  for (const r of concept.relations) {
    const other = byId.get(r.target);
    if (other) out.push({ kind: r.kind, direction: 'out', other });
  }
  for (const c of pack.concepts)
    for (const r of c.relations) if (r.target === concept.id && c !== concept) out.push({ kind: r.kind, direction: 'in', other: c });
  return out;
}

/** Groups relation views by kind and direction, in a stable order. */
export function groupRelations(views: readonly RelationView[]): { kind: RelationKind; direction: 'out' | 'in'; others: Concept[] }[] {
  const groups = new Map<string, { kind: RelationKind; direction: 'out' | 'in'; others: Concept[] }>();
  for (const v of views) {
    // Symmetric kinds read the same both ways.
    const direction = v.kind === 'contrasts-with' || v.kind === 'related-to' ? 'out' : v.direction;
    const key = `${v.kind}/${direction}`;
    const g = groups.get(key) ?? { kind: v.kind, direction, others: [] };
    if (!g.others.includes(v.other)) g.others.push(v.other);
    groups.set(key, g);
  }
  return [...groups.values()];
}
