// Turns the pure graph model into the webview's payload: labels and explanations in the reader's
// language. No vscode here, so the unit tests can use it too.

import { buildConceptGraph, type Span } from '../../core/graph/conceptGraph';
import { pick } from '../../core/features/language';
import type { Lang } from '../../core/pack/conceptPack';
import type { CompiledPack } from '../../core/scan/compiledPack';
import type { Match } from '../../core/scan/scanner';
import type { GraphPayload } from '../../shared/graphProtocol';

export interface PayloadInput {
  pack: CompiledPack;
  lang: Lang;
  /** The document, when there is one: its matches and its paragraphs (for co-occurrence). */
  document: { uri: string; name: string; matches: readonly Match[]; paragraphs: readonly Span[] } | undefined;
}

export function graphPayload({ pack, lang, document }: PayloadInput): GraphPayload {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const g = buildConceptGraph(pack, document?.matches ?? [], document?.paragraphs ?? []);
  return {
    packId: pack.pack.id,
    lang,
    document: document ? { uri: document.uri, name: document.name } : null,
    sections: pack.pack.sections.map((s) => ({ id: s.id, title: s.title[lang] ?? s.heading })),
    nodes: g.nodes.map((n) => {
      const c = pack.concepts[n.index]!;
      const label = pick(c.name, lang) || c.id;
      const otherName = c.name[other] && c.name[other] !== label ? c.name[other] : '';
      return { id: n.id, label, otherName, explanation: pick(c.explanation, lang), section: n.section ?? null, mentions: n.mentions };
    }),
    edges: [
      ...g.relations.map((e) => ({ id: `${e.kind}:${e.source}:${e.target}`, source: e.source, target: e.target, kind: e.kind, weight: 1, directed: e.directed })),
      ...g.coOccurrences.map((e) => ({ id: `co:${e.source}:${e.target}`, source: e.source, target: e.target, kind: 'co-occurrence' as const, weight: e.weight, directed: false })),
    ],
  };
}
