// The article's sections for the Markdown preview, which renders synchronously: the article search is
// asynchronous, so a render uses the article as last found and starts the search when it is not known
// yet; when the search finds a different article, onDidChange asks for the preview to render again.

import { sectionHeading } from '../../core/features/articleMatch';
import type { Concept } from '../../core/pack/packTypes';
import type { SectionLink } from '../../core/preview/annotations';
import { PreviewSlugs } from '../../core/preview/previewSlugs';
import { Disposable } from '../base/disposable';
import { Emitter } from '../base/event';
import type { Article, ArticleSearch } from '../articleSearch';
import type { PackSource } from '../documentScans';
import { pathOf, schemeOf } from '../host/uri';

/** The scheme and authority of a URI string: links between two URIs need the same. */
function origin(uri: string): string {
  const m = /^[^:]*:(\/\/[^/?#]*)?/.exec(uri);
  return m ? m[0] : '';
}

/**
 * A relative reference from the document `from` to `to` (both URI strings, already encoded), or
 * undefined when they do not share a scheme and authority. The same file gives ''.
 */
export function relativeHref(from: string, to: string): string | undefined {
  if (schemeOf(from) !== schemeOf(to) || origin(from) !== origin(to)) return undefined;
  const a = pathOf(from).split('/');
  const b = pathOf(to).split('/');
  if (a.join('/') === b.join('/')) return '';
  a.pop();
  let common = 0;
  while (common < a.length && common < b.length - 1 && a[common] === b[common]) common++;
  const up = a.length - common;
  return '../'.repeat(up) + b.slice(common).join('/');
}

/** The preview's id of each heading of an article, in order (the article's own preview gives them). */
function articleIds(article: Article): string[] {
  const slugs = new PreviewSlugs();
  return article.headings.map((h) => slugs.next(h.text));
}

export class PreviewSections extends Disposable {
  private readonly changed = this.register(new Emitter<void>());
  /** Fires when the article a render used turns out to be another one (or was not known yet). */
  readonly onDidChange = this.changed.event;
  private readonly settled = new WeakMap<Promise<Article | undefined>, Article | undefined>();
  private readonly waiting = new WeakSet<Promise<Article | undefined>>();
  /** Per document: the article its last render used. */
  private readonly used = new Map<string, Article | undefined>();
  private readonly ids = new WeakMap<Article, string[]>();

  constructor(
    private readonly article: Pick<ArticleSearch, 'find'>,
    private readonly packs: Pick<PackSource, 'current'>,
  ) {
    super();
  }

  /** The article as known now, seen from a document; a search not yet settled gives the last one. */
  articleNow(documentUri: string): Article | undefined {
    const search = this.article.find(documentUri);
    if (this.settled.has(search)) {
      const found = this.settled.get(search);
      this.used.set(documentUri, found);
      return found;
    }
    if (!this.waiting.has(search)) {
      this.waiting.add(search);
      search.then(
        (found) => {
          this.settled.set(search, found);
          if (!this.isDisposed && this.used.get(documentUri)?.uri !== found?.uri) this.changed.fire();
        },
        () => this.settled.set(search, undefined),
      );
    }
    return this.used.get(documentUri);
  }

  /** The link from a document's preview to the article's section for a concept, if there is one. */
  link(concept: Concept, documentUri: string): SectionLink | undefined {
    const article = this.articleNow(documentUri);
    if (!article) return undefined;
    const h = sectionHeading(article.headings, this.packs.current.pack, concept);
    if (!h) return undefined;
    const path = relativeHref(documentUri, article.uri);
    if (path === undefined) return undefined;
    let ids = this.ids.get(article);
    if (!ids) this.ids.set(article, (ids = articleIds(article)));
    const id = ids[article.headings.indexOf(h)];
    return id === undefined ? undefined : { href: `${path}#${id}`, title: h.text };
  }
}
