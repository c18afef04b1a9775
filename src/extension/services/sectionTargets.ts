// Where an occurrence links to: the section of the article that explains its concept. The first that
// exists of: a heading of the same document that names the concept; the article in the workspace;
// the built-in concept guide. Candidates for the article over the size limit are skipped.

import * as vscode from 'vscode';
import { isArticle, sectionHeading } from '../../core/features/articleMatch';
import { parseMarkdown } from '../../core/markdown/markdownStructure';
import type { Heading } from '../../core/markdown/headings';
import { LineIndex } from '../../core/text/lineIndex';
import type { Concept } from '../../core/pack/loadPack';
import type { DocumentScans, ScannedDocument } from './documentScans';
import type { ConceptGuideProvider } from './conceptGuideProvider';
import { readSettings, settingUri } from './settings';
import type { PackRegistry } from './packRegistry';
import { GUIDE_SCHEME, isSourceDocument } from '../schemes';
import { exceedsSizeLimit } from '../../core/features/sizeLimit';

export type TargetKind = 'document' | 'article' | 'guide';

export interface SectionTarget {
  kind: TargetKind;
  uri: vscode.Uri;
  range: vscode.Range;
  /** The heading text, for tooltips and hovers. */
  title: string;
}

interface ArticleInfo {
  uri: vscode.Uri;
  headings: readonly Heading[];
  lineOf: (offset: number) => number;
}

/** A URI that opens `uri` with the cursor at `range`'s start (the `#L` fragment VS Code's opener reads). */
export function uriAt(uri: vscode.Uri, range: vscode.Range): vscode.Uri {
  return uri.with({ fragment: `L${range.start.line + 1},${range.start.character + 1}` });
}

export class SectionTargets implements vscode.Disposable {
  private article: Promise<ArticleInfo | undefined> | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly packs: PackRegistry,
    private readonly guide: ConceptGuideProvider,
    /** Open documents that are already scanned give their headings from there, not by parsing them again. */
    private readonly scans: Pick<DocumentScans, 'getIfScanned'>,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{md,markdown}');
    const reset = (): void => {
      this.article = undefined;
    };
    this.disposables.push(
      watcher,
      watcher.onDidChange(reset),
      watcher.onDidCreate(reset),
      watcher.onDidDelete(reset),
      vscode.workspace.onDidSaveTextDocument(reset),
      vscode.workspace.onDidChangeConfiguration((e) => (e.affectsConfiguration('conceptLens.article') || e.affectsConfiguration('conceptLens.maxFileSizeKB')) && reset()),
      packs.onDidChange(reset),
    );
  }

  /**
   * The heading of `doc` that names the concept: the first heading holding one of its occurrences. In
   * the concept guide, the concept's own entry (its title names every concept of the pack).
   */
  inDocument(doc: ScannedDocument, concept: number): SectionTarget | undefined {
    const h = doc.uri.scheme === GUIDE_SCHEME ? this.guideEntry(doc, concept) : doc.headingNaming(concept);
    return h && { kind: 'document', uri: doc.uri, range: doc.range({ start: h.start, end: h.end }), title: h.text };
  }

  private guideEntry(doc: ScannedDocument, concept: number): Heading | undefined {
    const line = this.guide.entryLine(doc.uri, doc.pack.concepts[concept]!);
    return line === undefined ? undefined : doc.headings.find((h) => doc.position(h.start).line === line);
  }

  async resolve(doc: ScannedDocument, concept: number): Promise<SectionTarget> {
    return this.inDocument(doc, concept) ?? (await this.inArticle(doc.pack.concepts[concept]!)) ?? this.inGuide(doc.pack.concepts[concept]!);
  }

  async inArticle(concept: Concept): Promise<SectionTarget | undefined> {
    const article = await this.findArticle();
    return article ? this.articleTarget(article, concept) : undefined;
  }

  private articleTarget(article: ArticleInfo, concept: Concept): SectionTarget | undefined {
    const h = sectionHeading(article.headings, this.packs.current.pack, concept);
    if (!h) return undefined;
    const line = article.lineOf(h.start);
    return { kind: 'article', uri: article.uri, range: new vscode.Range(line, 0, line, 0), title: h.text };
  }

  inGuide(concept: Concept): SectionTarget {
    const { uri, line, title } = this.guide.locate(concept);
    return { kind: 'guide', uri, range: new vscode.Range(line, 0, line, 0), title };
  }

  findArticle(): Promise<ArticleInfo | undefined> {
    return (this.article ??= this.searchArticle());
  }

  private async searchArticle(): Promise<ArticleInfo | undefined> {
    const pack = this.packs.current.pack;
    const folder = vscode.workspace.workspaceFolders?.[0];
    const { article: configured, maxFileSizeKB } = readSettings();
    const candidates: vscode.Uri[] = [];
    if (configured) candidates.push(settingUri(configured));
    // Open documents first, of any scheme: they may be unsaved.
    // (Not the guide, nor views of other versions such as a diff's git: side.)
    for (const d of vscode.workspace.textDocuments) if (d.languageId === 'markdown' && isSourceDocument(d.uri)) candidates.push(d.uri);
    if (folder) candidates.push(...(await vscode.workspace.findFiles('**/*.{md,markdown}', '**/{node_modules,.git,.vscode-test}/**', 200)));
    const seen = new Set<string>();
    for (const uri of candidates) {
      if (seen.has(uri.toString())) continue;
      seen.add(uri.toString());
      const outline = await this.outline(uri, maxFileSizeKB);
      if (!outline) continue;
      if ((configured && uri === candidates[0]) || isArticle(outline.text, outline.headings, pack)) return { uri, headings: outline.headings, lineOf: outline.lineOf };
    }
    return undefined;
  }

  /**
   * A candidate's text and headings: an open document's from its scan (which keeps to the size limit),
   * another's by parsing it; undefined when it is over the size limit (a file's by its stat, so it is
   * not read).
   */
  private async outline(uri: vscode.Uri, maxFileSizeKB: number): Promise<{ text: string; headings: readonly Heading[]; lineOf: (offset: number) => number } | undefined> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const scanned = open && this.scans.getIfScanned(open);
    if (scanned) return { text: scanned.text, headings: scanned.headings, lineOf: (offset) => scanned.position(offset).line };
    let text: string;
    try {
      if (open) text = open.getText();
      else {
        if (exceedsSizeLimit((await vscode.workspace.fs.stat(uri)).size, maxFileSizeKB)) return undefined;
        const bytes = await vscode.workspace.fs.readFile(uri);
        // The file may have grown since its stat (or a file system may not know sizes).
        if (exceedsSizeLimit(bytes.byteLength, maxFileSizeKB)) return undefined;
        text = new TextDecoder().decode(bytes);
      }
    } catch {
      return undefined;
    }
    if (exceedsSizeLimit(text, maxFileSizeKB)) return undefined;
    const { headings } = parseMarkdown(text);
    const lines = new LineIndex(text);
    return { text, headings, lineOf: (offset) => lines.lineAt(offset) };
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
