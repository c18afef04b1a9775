// The read-only concept guide: a Markdown document per language, generated from the pack, so that a
// link always opens something real even when the article is not in the workspace. The vscode adapter
// (src/extension/services/conceptGuideProvider.ts) only serves its text.

import { conceptGuide, type ConceptGuide } from '../core/features/conceptGuide';
import type { Lang } from '../core/pack/conceptPack';
import type { Concept } from '../core/pack/loadPack';
import type { HoverLabels } from '../core/features/hoverContent';
import { Disposable } from './base/disposable';
import { Emitter } from './base/event';
import { pathOf } from './host/uri';
import type { PackSource } from './documentScans';
import type { ReaderLanguage } from './readerLanguage';
import { GUIDE_SCHEME } from './schemes';

/** The guide's words that are not the pack's, in the reader's language. */
export type GuideLabels = Pick<HoverLabels, 'relation'> & { title: string; intro: string; otherConcepts: string };

export class ConceptGuides extends Disposable {
  private readonly changed = this.register(new Emitter<string>());
  /** Fires with a guide's URI when its text changes (the pack changed). */
  readonly onDidChange = this.changed.event;
  private readonly cache = new Map<Lang, ConceptGuide>();

  constructor(
    private readonly packs: PackSource,
    private readonly language: ReaderLanguage,
    private readonly labels: (lang: Lang) => GuideLabels,
  ) {
    super();
    this.register(
      packs.onDidChange(() => {
        this.cache.clear();
        for (const lang of ['zh', 'en'] as const) this.changed.fire(this.uri(lang));
      }),
    );
  }

  /** The guide's URI in a language (by default the reader's). */
  uri(lang: Lang = this.language.of()): string {
    return `${GUIDE_SCHEME}:/${lang}/${encodeURIComponent(this.packs.current.pack.id)}.md`;
  }

  /** The text of the guide a URI names. */
  text(uri: string): string {
    return this.guide(langOf(uri)).text;
  }

  /** The 0-based line of a concept's own entry in the guide `uri` (undefined: not this pack's guide). */
  entryLine(uri: string, concept: Concept): number | undefined {
    const lang = langOf(uri);
    if (decodeURIComponent(pathOf(uri)) !== decodeURIComponent(pathOf(this.uri(lang)))) return undefined;
    return this.guide(lang).conceptLine.get(concept.id);
  }

  /** Where a concept's section is in the reader's guide (its section heading, else its own entry). */
  locate(concept: Concept): { uri: string; line: number; title: string } {
    const lang = this.language.of();
    const g = this.guide(lang);
    const section = this.packs.current.pack.sections.find((s) => s.id === concept.section);
    const line = (section && g.sectionLine.get(section.id)) ?? g.conceptLine.get(concept.id) ?? 0;
    const title = section ? section.heading : (concept.name[lang] ?? concept.id);
    return { uri: this.uri(lang), line, title };
  }

  private guide(lang: Lang): ConceptGuide {
    let g = this.cache.get(lang);
    if (!g) this.cache.set(lang, (g = conceptGuide(this.packs.current.pack, lang, this.labels(lang))));
    return g;
  }
}

function langOf(uri: string): Lang {
  return decodeURIComponent(pathOf(uri)).startsWith('/zh/') ? 'zh' : 'en';
}
