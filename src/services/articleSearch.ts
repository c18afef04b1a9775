// Finds the pack's article in the workspace: the file the setting conceptLens.article names, else an
// open document or a Markdown file that isArticle() recognises (its front-matter title or headings).
// The answer is kept until a Markdown file, the setting or the pack changes. Candidates over the size
// limit are skipped (a file's by its stat, so it is not read).

import { isArticle } from '../core/features/articleMatch';
import { parseMarkdown } from '../core/markdown/markdownStructure';
import type { Heading } from '../core/markdown/headings';
import { LineIndex } from '../core/text/lineIndex';
import { exceedsSizeLimit } from '../core/features/sizeLimit';
import { Disposable } from './base/disposable';
import type { IWorkspace } from './host/workspace';
import type { ISettings } from './host/settings';
import type { ITextDocument } from './host/textDocument';
import type { PackSource } from './documentScans';
import type { ScannedDocument } from './scannedDocument';
import { isSourceDocument } from './schemes';
import { errorText, type ILog } from './host/log';

/** How many workspace files are tried as the article. */
export const ARTICLE_CANDIDATES_MAX = 200;

export interface Article {
  uri: string;
  headings: readonly Heading[];
  lineOf: (offset: number) => number;
}

interface Outline extends Omit<Article, 'uri'> {
  text: string;
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
    private readonly log: ILog,
  ) {
    super();
    const watcher = this.register(workspace.watchMarkdown());
    const reset = (): void => this.found.clear();
    this.register(watcher.onDidChange(reset));
    this.register(watcher.onDidCreate(reset));
    this.register(watcher.onDidDelete(reset));
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
    for (const uri of await this.candidates(configured)) {
      const outline = await this.outline(uri, limitKB);
      if (!outline) continue;
      if (uri === configured || isArticle(outline.text, outline.headings, pack)) return { uri, headings: outline.headings, lineOf: outline.lineOf };
    }
    return undefined;
  }

  /** The configured file, then open documents (they may be unsaved), then the workspace's files; each once. */
  private async candidates(configured: string): Promise<string[]> {
    const out: string[] = configured ? [configured] : [];
    // Documents the user writes, of any scheme; not the guide, nor views of other versions (a diff's git: side).
    for (const d of this.workspace.documents) if (d.languageId === 'markdown' && isSourceDocument(d.uri)) out.push(d.uri);
    if (this.workspace.folders.length > 0) out.push(...(await this.workspace.findMarkdownFiles(ARTICLE_CANDIDATES_MAX)));
    return [...new Set(out)];
  }

  /**
   * A candidate's text and headings: an open document's from its scan (which keeps to the size limit),
   * another's by parsing it; undefined when it is over the size limit or cannot be read.
   */
  private async outline(uri: string, limitKB: number): Promise<Outline | undefined> {
    const open = this.workspace.documents.find((d) => d.uri === uri);
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
