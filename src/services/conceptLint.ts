// Lints every open Markdown document as its scan changes: after the scans' own pause in typing, on
// the incremental scan's blocks, so a keystroke re-checks only the blocks it touched. The engine
// (word lists, pinyin) loads on the first lint, after activation. The latest findings of each
// document are kept for the quick fixes and the hover.

import type { LintCache } from '../core/lint/conceptLinter';
import type { LintDiagnostic } from '../core/lint/lintTypes';
import type { CompiledPack } from '../core/scan/compiledPack';
import { Disposable } from './base/disposable';
import type { DocumentScans } from './documentScans';
import type { ILog } from './host/log';
import type { ILintDiagnostics, ILintEngine, ILinter, LintReport } from './host/lintHost';
import type { ISettings } from './host/settings';
import type { IWorkspace } from './host/workspace';
import type { ITextDocument } from './host/textDocument';
import type { ScannedDocument } from './scannedDocument';
import type { Block } from '../core/markdown/blocks';
import { isAnnotatedMarkdown } from './schemes';

/** Text a slice of the first lint reads before it yields: some milliseconds of work. */
const SLICE_UNITS = 64 * 1024;

interface DocState {
  pack: CompiledPack;
  cache: LintCache;
}

export class ConceptLint extends Disposable {
  private readonly reports = new Map<string, LintReport>();
  private readonly states = new Map<string, DocState>();
  private readonly linters = new WeakMap<CompiledPack, Promise<ILinter>>();
  /** Bumped by every request for a document: a slower, older lint never overwrites a newer one. */
  private readonly generation = new Map<string, number>();

  constructor(
    private readonly scans: DocumentScans,
    private readonly workspace: IWorkspace,
    private readonly settings: ISettings,
    private readonly engine: ILintEngine,
    private readonly problems: ILintDiagnostics,
    private readonly log: ILog,
    /** Lets the host's other work run (typing) between slices of a long lint. */
    private readonly yieldToHost: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
  ) {
    super();
    this.register(scans.onDidChange((doc) => (doc ? void this.lintScanned(doc) : this.lintAll())));
    this.register(workspace.onDidOpenDocument((d) => (isAnnotatedMarkdown(d) ? void this.lintDocument(d) : undefined)));
    this.register(workspace.onDidCloseDocument((d) => this.forget(d.uri)));
    this.register(
      settings.onDidChange((e) => {
        // The messages are worded in the language explanationLanguage chooses.
        if (e.affects('conceptLens.lint') || e.affects('conceptLens.explanationLanguage')) this.lintAll();
      }),
    );
    this.register({ dispose: () => problems.clear() });
  }

  /** Lints every open Markdown document (on start, and when the pack or the settings change). */
  lintAll(): void {
    if (!this.settings.window().lint.enabled) {
      this.reports.clear();
      this.problems.clear();
      return;
    }
    for (const doc of this.workspace.documents) if (isAnnotatedMarkdown(doc)) void this.lintDocument(doc);
  }

  /** Lints one document now (brought up to date first). Resolves when its findings are published. */
  async lintDocument(doc: ITextDocument): Promise<LintReport | undefined> {
    const scanned = this.scans.get(doc);
    if (!scanned) {
      this.forget(doc.uri);
      return undefined;
    }
    return this.lintScanned(scanned);
  }

  /** The latest findings for a document, if they are for its current version. */
  reportFor(uri: string, version: number): LintReport | undefined {
    const r = this.reports.get(uri);
    return r && r.version === version ? r : undefined;
  }

  /** The finding at an offset of a document's current version, if any. */
  findingAt(uri: string, version: number, offset: number): LintDiagnostic | undefined {
    return this.reportFor(uri, version)?.diagnostics.find((d) => d.start <= offset && offset <= d.end);
  }

  private async lintScanned(doc: ScannedDocument): Promise<LintReport | undefined> {
    const { enabled, severities } = this.settings.window().lint;
    if (!enabled) return undefined;
    const uri = doc.uri;
    const generation = (this.generation.get(uri) ?? 0) + 1;
    this.generation.set(uri, generation);
    let linter: ILinter;
    try {
      linter = await this.linterFor(doc.pack);
    } catch (e) {
      this.log.error(`Concept lint: cannot load its word lists: ${String(e)}`);
      return undefined;
    }
    if (this.isDisposed || this.generation.get(uri) !== generation) return undefined;
    let state = this.states.get(uri);
    if (!state || state.pack !== doc.pack) this.states.set(uri, (state = { pack: doc.pack, cache: new WeakMap() }));
    const input = { text: doc.text, blocks: doc.blocks(), matches: doc.matches, matchesIn: (b: Block) => doc.matchesOverlapping(b.start, b.end) };
    // The blocks not checked yet, a slice at a time, so that typing goes on meanwhile (the first lint of
    // a large document); an edit in between starts a newer lint, and this one stops.
    for (let at = 0; at < input.blocks.length; ) {
      at = linter.warm(input, state.cache, at, SLICE_UNITS);
      if (at < input.blocks.length) await this.yieldToHost();
      if (this.isDisposed || this.generation.get(uri) !== generation) return undefined;
    }
    const diagnostics = linter.lint(input, severities, state.cache);
    const report: LintReport = { uri, version: doc.version, pack: doc.pack, diagnostics, severities };
    this.reports.set(uri, report);
    this.problems.set(report);
    return report;
  }

  private linterFor(pack: CompiledPack): Promise<ILinter> {
    let p = this.linters.get(pack);
    if (!p) {
      p = this.engine.linterFor(pack);
      this.linters.set(pack, p);
      // A failed load is tried again next time.
      p.catch(() => this.linters.delete(pack));
    }
    return p;
  }

  private forget(uri: string): void {
    this.reports.delete(uri);
    this.states.delete(uri);
    this.generation.delete(uri);
    this.problems.delete(uri);
  }
}
