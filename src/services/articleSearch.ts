// Finds the pack's article in the workspace: the file the setting conceptLens.article names, else an
// open document or a Markdown file that isArticle() recognises (its front-matter title or headings).
// Workspace files are judged by the index (it tells which file is the article), not read again; only a
// configured file the index does not recognise is read (unless it is over the size limit, by its stat). The
// answer is kept until the index, the setting or the pack changes.

import { isArticle } from '../core/features/articleMatch';
import { parseMarkdown } from '../core/markdown/markdownStructure';
import type { Heading } from '../core/markdown/headings';
import { LineIndex } from '../core/text/lineIndex';
import { exceedsSizeLimit } from '../core/features/sizeLimit';
import { Disposable } from './base/disposable';
import type { Event } from './base/event';
import type { IWorkspace } from './host/workspace';
import type { ISettings } from './host/settings';
import type { ITextDocument } from './host/textDocument';
import type { PackSource } from './documentScans';
import type { ScannedDocument } from './scannedDocument';
import type { FileOutline } from './index/indexQueries';
import { HEADING_STRIDE } from './index/fileIndex';
import { isSourceDocument } from './schemes';
import { errorText, type ILog } from './host/log';

export interface Article {
  uri: string;
  headings: readonly Heading[];
  lineOf: (offset: number) => number;
}

interface Outline extends Omit<Article, 'uri'> {
  text: string;
}

/** What the search reads of the workspace index. */
export interface ArticleOutlines {
  outlines(): Iterable<FileOutline>;
  outline(uri: string): FileOutline | undefined;
  readonly onDidChange: Event<void>;
}

/**
 * An indexed file as an article. The index keeps each heading's line, not its offsets, so here a
 * heading's "offsets" are its line and lineOf() gives them back (the article's users only ever ask
 * lineOf() for a heading's start).
 */
function indexedArticle(o: FileOutline): Article {
  const headings: Heading[] = o.headingTexts.map((text, i) => {
    const line = o.headingLines[i * HEADING_STRIDE + 1]!;
    return { level: o.headingLines[i * HEADING_STRIDE]!, text, start: line, end: line, contentStart: line, contentEnd: line };
  });
  return { uri: o.uri, headings, lineOf: (line) => line };
}

export class ArticleSearch extends Disposable {
  /** The search per value of the setting (it is a resource setting: folders may name different files). */
  private readonly found = new Map<string, Promise<Article | undefined>>();

  constructor(
    private readonly workspace: IWorkspace,
    private readonly settings: ISettings,
    private readonly packs: PackSource,
    /** Open documents that are already scanned give their headings from there, not by parsing them again. */
    private readonly scans: { getIfScanned(doc: ITextDocument): ScannedDocument | undefined },
    private readonly index: ArticleOutlines,
    private readonly log: ILog,
  ) {
    super();
    const reset = (): void => this.found.clear();
    this.register(index.onDidChange(reset));
    this.register(workspace.onDidSaveDocument(reset));
    this.register(settings.onDidChange((e) => (e.affects('conceptLens.article') || e.affects('conceptLens.maxFileSizeKB')) && reset()));
    this.register(packs.onDidChange(reset));
  }

  /** The article, as seen from a document (whose folder's setting counts) or from the workspace. */
  find(scope?: string): Promise<Article | undefined> {
    const configured = this.settings.resource(scope).article;
    const key = configured ? this.workspace.resolvePath(configured, scope) : '';
    let search = this.found.get(key);
    if (!search) this.found.set(key, (search = this.search(key)));
    return search;
  }

  private async search(configured: string): Promise<Article | undefined> {
    const pack = this.packs.current.pack;
    const limitKB = this.settings.window().maxFileSizeKB;
    // The configured file, then open documents (they may be unsaved): each once.
    const first: string[] = configured ? [configured] : [];
    for (const d of this.workspace.documents) if (d.languageId === 'markdown' && isSourceDocument(d.uri)) first.push(d.uri);
    const tried = new Set<string>();
    for (const uri of first) {
      if (tried.has(uri)) continue;
      tried.add(uri);
      const open = this.workspace.documents.find((d) => d.uri === uri);
      const indexed = !open && this.index.outline(uri);
      // An indexed file that is the article has all its headings there; a configured file that is not
      // recognised is read (the index keeps only some headings of other files).
      if (indexed && indexed.isArticle) return indexedArticle(indexed);
      if (indexed && uri !== configured) continue;
      const outline = await this.outlineOf(uri, open, limitKB);
      if (!outline) continue;
      if (uri === configured || isArticle(outline.text, outline.headings, pack)) return { uri, headings: outline.headings, lineOf: outline.lineOf };
    }
    for (const o of this.index.outlines()) if (o.isArticle && !tried.has(o.uri)) return indexedArticle(o);
    return undefined;
  }

  /**
   * A candidate's text and headings: an open document's from its scan (which keeps to the size limit),
   * another's by parsing it; undefined when it is over the size limit or cannot be read.
   */
  private async outlineOf(uri: string, open: ITextDocument | undefined, limitKB: number): Promise<Outline | undefined> {
    const scanned = open && this.scans.getIfScanned(open);
    if (scanned) return { text: scanned.text, headings: scanned.headings, lineOf: (offset) => scanned.position(offset).line };
    const text = open ? open.getText() : await this.readFile(uri, limitKB);
    if (text === undefined || exceedsSizeLimit(text, limitKB)) return undefined;
    const { headings } = parseMarkdown(text);
    const lines = new LineIndex(text);
    return { text, headings, lineOf: (offset) => lines.lineAt(offset) };
  }

  private async readFile(uri: string, limitKB: number): Promise<string | undefined> {
    const stat = await this.workspace.stat(uri);
    if (!stat || exceedsSizeLimit(stat.size, limitKB)) return undefined;
    try {
      const bytes = await this.workspace.readFile(uri);
      // The file may have grown since its stat (or a file system may not know sizes).
      return exceedsSizeLimit(bytes.byteLength, limitKB) ? undefined : new TextDecoder().decode(bytes);
    } catch (e) {
      this.log.warn(`cannot read ${uri} to see whether it is the article: ${errorText(e)}`);
      return undefined;
    }
  }
}
