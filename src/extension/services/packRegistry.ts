// Loads the built-in pack and the user's packs (setting conceptLens.packs), compiles them, and
// recompiles when the setting or a pack file changes. Pack problems go to the Problems panel.

import * as vscode from 'vscode';
import { BUILTIN_INFLECTIONS } from '../../core/pack/builtinInflections';
import { loadBuiltinCompiledPack } from '../../core/pack/builtinCompiledPack';
import { parsePack, type ConceptPack } from '../../core/pack/loadPack';
import { mergePacks } from '../../core/pack/mergePacks';
import { compilePack, type CompiledPack } from '../../core/scan/compiledPack';
import { hasInflection, mergeInflections, type InflectionTable } from '../../core/inflect/inflections';
import { readSettings, settingUri } from './settings';

export class PackRegistry implements vscode.Disposable {
  /** The built-in pack, restored as the build compiled it; user packs are merged into it. */
  private readonly builtin = loadBuiltinCompiledPack();
  private compiled = this.builtin;
  private readonly changed = new vscode.EventEmitter<CompiledPack>();
  readonly onDidChange = this.changed.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('concept-lens-packs');
  private readonly disposables: vscode.Disposable[] = [this.changed, this.diagnostics];
  private watchers: vscode.Disposable[] = [];
  private generation = 0;

  constructor(
    private readonly loadInflections: (aliases: string[]) => Promise<InflectionTable>,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('conceptLens.packs')) void this.reload();
      }),
    );
    if (readSettings().packs.length > 0) void this.reload();
  }

  get current(): CompiledPack {
    return this.compiled;
  }

  /** Reads the user's packs, compiles at once, and recompiles with full inflections in the background. */
  async reload(): Promise<void> {
    const generation = ++this.generation;
    const packs: ConceptPack[] = [this.builtin.pack];
    this.diagnostics.clear();
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    for (const uri of this.packUris()) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), uri.path.split('/').pop()!));
      watcher.onDidChange(() => void this.reload());
      watcher.onDidCreate(() => void this.reload());
      watcher.onDidDelete(() => void this.reload());
      this.watchers.push(watcher);
      let text: string;
      try {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch (e) {
        this.report(uri, [new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), vscode.l10n.t('Cannot read the concept pack: {0}', String(e)), vscode.DiagnosticSeverity.Error)]);
        continue;
      }
      const { pack, problems } = parsePack(text);
      this.report(
        uri,
        problems.map((p) => {
          const pos = new vscode.Position(Math.max(0, (p.line ?? 1) - 1), Math.max(0, (p.column ?? 1) - 1));
          const severity = p.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Error;
          const d = new vscode.Diagnostic(new vscode.Range(pos, pos), `${p.path}: ${p.message}`, severity);
          d.source = 'Concept Lens';
          return d;
        }),
      );
      if (pack) packs.push(pack);
    }
    if (generation !== this.generation) return;
    if (packs.length === 1) return this.publish(this.builtin);
    const { pack } = mergePacks(packs);
    this.publish(compilePack(pack, BUILTIN_INFLECTIONS));
    // compromise is slow to load: derive the user's inflections after the fact, off the typing path.
    const extra = pack.concepts.flatMap((c) => c.aliases.map((a) => a.text)).filter((t) => /[A-Za-z]/.test(t) && !hasInflection(BUILTIN_INFLECTIONS, t));
    if (extra.length === 0) return;
    try {
      const table = await this.loadInflections(extra);
      if (generation === this.generation) this.publish(compilePack(pack, mergeInflections(BUILTIN_INFLECTIONS, table)));
    } catch (e) {
      this.log.warn(`inflections for user packs failed: ${String(e)}`);
    }
  }

  private publish(cp: CompiledPack): void {
    this.compiled = cp;
    this.log.info(`concept pack ${cp.pack.id}: ${cp.concepts.length} concepts, ${cp.surfaces.length} surfaces`);
    this.changed.fire(cp);
  }

  private report(uri: vscode.Uri, diags: vscode.Diagnostic[]): void {
    this.diagnostics.set(uri, diags);
    // Warnings (an alias that matches almost everywhere) stay in the Problems panel; errors also say so at once.
    const errors = diags.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    if (errors > 0)
      void vscode.window.showWarningMessage(vscode.l10n.t('Concept pack {0}: problems found ({1}); its valid concepts are used.', vscode.workspace.asRelativePath(uri), errors), vscode.l10n.t('Show Problems')).then((choice) => {
        if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
      });
  }

  private packUris(): vscode.Uri[] {
    return readSettings().packs.map(settingUri);
  }

  dispose(): void {
    for (const d of [...this.disposables, ...this.watchers]) d.dispose();
  }
}
