// What the workspace index answers: a concept's occurrences, every concept's count, every occurrence
// file by file (for exports), and the outlines the article search tries. Open documents (of any scheme
// the user edits) answer from their live scans, the other files from the index.

import { sectionAt } from '../../core/markdown/markdownStructure';
import type { CompiledPack } from '../../core/scan/compiledPack';
import type { Match } from '../../core/scan/scanner';
import { Disposable } from '../base/disposable';
import type { IWorkspace } from '../host/workspace';
import type { ITextDocument, Range } from '../host/textDocument';
import type { ScannedDocument } from '../scannedDocument';
import { isSourceDocument } from '../schemes';
import { HEADING_STRIDE, M_CONCEPT, M_END_CHAR, M_END_LINE, M_START_CHAR, M_START_LINE, M_TEXT, MATCH_STRIDE, type IndexedFile } from './fileIndex';
import type { IndexState } from './indexState';

export interface Occurrence {
  uri: string;
  range: Range;
  /** The words as they stand in the document. */
  text: string;
}

/** Every occurrence in one document, for exports: the concept's id, where, the words and the section's heading. */
export interface DocumentOccurrences {
  uri: string;
  pack: CompiledPack;
  occurrences: { concept: string; range: Range; text: string; section: string | undefined }[];
}

/** What the article search reads of a file: whether it is the article, and its headings. */
export type FileOutline = Pick<IndexedFile, 'uri' | 'isArticle' | 'headingTexts' | 'headingLines'>;

function rangeOf(m: Int32Array, k: number): Range {
  return { start: { line: m[k + M_START_LINE]!, character: m[k + M_START_CHAR]! }, end: { line: m[k + M_END_LINE]!, character: m[k + M_END_CHAR]! } };
}

/** The text of the heading a line stands under (the last heading that starts on or before it). */
function sectionOfLine(f: IndexedFile, line: number): string | undefined {
  let lo = 0;
  let hi = f.headingTexts.length - 1;
  let found: string | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (f.headingLines[mid * HEADING_STRIDE + 1]! <= line) {
      found = f.headingTexts[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export abstract class IndexQueries extends Disposable {
  constructor(
    private readonly docs: Pick<IWorkspace, 'documents'>,
    private readonly liveScans: { get(doc: ITextDocument): ScannedDocument | undefined },
  ) {
    super();
  }

  protected abstract get answering(): IndexState | undefined;

  /** Every occurrence of a concept: open documents first, then the indexed files. */
  occurrencesOf(conceptId: string): Occurrence[] {
    const out: Occurrence[] = [];
    const open = this.eachOpen((scanned) => {
      const ci = scanned.pack.indexOf.get(conceptId);
      if (ci === undefined) return;
      for (const m of scanned.matches) if (m.concept === ci) out.push({ uri: scanned.uri, range: scanned.range(m), text: scanned.text.slice(m.start, m.end) });
    });
    const state = this.answering;
    const ci = state?.pack.indexOf.get(conceptId);
    if (!state || ci === undefined || state.counts[ci] === 0) return out;
    for (const f of state.files.values()) {
      if (open.has(f.uri)) continue;
      const m = f.matches;
      for (let k = 0; k < m.length; k += MATCH_STRIDE) if (m[k + M_CONCEPT] === ci) out.push({ uri: f.uri, range: rangeOf(m, k), text: f.texts[m[k + M_TEXT]!]! });
    }
    return out;
  }

  /** How often each concept occurs in the workspace's Markdown (open documents as they are now). */
  conceptCounts(): Map<string, number> {
    const out = new Map<string, number>();
    const add = (id: string, n: number): void => void (n !== 0 && out.set(id, (out.get(id) ?? 0) + n));
    const open = this.eachOpen((scanned) => {
      for (const m of scanned.matches) add(scanned.pack.concepts[m.concept]!.id, 1);
    });
    const state = this.answering;
    if (state) {
      state.counts.forEach((n, ci) => add(state.pack.concepts[ci]!.id, n));
      for (const uri of open) {
        const f = state.files.get(uri);
        if (!f) continue;
        for (let k = 0; k < f.matches.length; k += MATCH_STRIDE) add(state.pack.concepts[f.matches[k + M_CONCEPT]!]!.id, -1);
      }
    }
    for (const [id, n] of out) if (n === 0) out.delete(id);
    return out;
  }

  /** Every occurrence of every concept, document by document (open documents as they are now). */
  documents(): DocumentOccurrences[] {
    const out: DocumentOccurrences[] = [];
    const open = this.eachOpen((scanned) => {
      const hs = scanned.headings;
      const pack = scanned.pack;
      out.push({ uri: scanned.uri, pack, occurrences: scanned.matches.map((m: Match) => ({ concept: pack.concepts[m.concept]!.id, range: scanned.range(m), text: scanned.text.slice(m.start, m.end), section: sectionAt(hs, m.start)?.text })) });
    });
    const state = this.answering;
    if (!state) return out;
    for (const f of state.files.values()) if (!open.has(f.uri)) out.push(this.documentOf(f, state.pack));
    return out;
  }

  private documentOf(f: IndexedFile, pack: CompiledPack): DocumentOccurrences {
    const occurrences: DocumentOccurrences['occurrences'] = [];
    const m = f.matches;
    for (let k = 0; k < m.length; k += MATCH_STRIDE) {
      occurrences.push({ concept: pack.concepts[m[k + M_CONCEPT]!]!.id, range: rangeOf(m, k), text: f.texts[m[k + M_TEXT]!]!, section: sectionOfLine(f, m[k + M_START_LINE]!) });
    }
    return { uri: f.uri, pack, occurrences };
  }

  /** The indexed files' outlines (titles and headings), in index order. */
  *outlines(): Iterable<FileOutline> {
    const state = this.answering;
    if (state) for (const f of state.files.values()) yield f;
  }

  /** The outline of one indexed file, if the index holds it. */
  outline(uri: string): FileOutline | undefined {
    return this.answering?.files.get(uri);
  }

  /** How many files the index holds. */
  get fileCount(): number {
    return this.answering?.files.size ?? 0;
  }

  /** Visits the open source documents' live scans; returns their URIs. */
  private eachOpen(visit: (scanned: ScannedDocument) => void): Set<string> {
    const seen = new Set<string>();
    for (const doc of this.docs.documents) {
      if (!isSourceDocument(doc.uri)) continue;
      const scanned = this.liveScans.get(doc);
      if (!scanned) continue;
      seen.add(doc.uri);
      visit(scanned);
    }
    return seen;
  }
}

