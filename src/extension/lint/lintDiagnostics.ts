// The concept lint's findings in the Problems panel, worded in the reader's language.

import * as vscode from 'vscode';
import { lintMessage } from '../../core/lint/lintMessages';
import type { Severity } from '../../core/lint/lintTypes';
import type { Lang } from '../../core/pack/conceptPack';
import type { CompiledPack } from '../../core/scan/compiledPack';
import type { ILintDiagnostics, LintReport } from '../../services/host/lintHost';
import { toUri } from '../host/textDocuments';

const SEVERITY: Record<Exclude<Severity, 'off'>, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export const LINT_SOURCE = 'Concept Lens';

export class VscodeLintDiagnostics implements ILintDiagnostics, vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('concept-lens-lint');

  /** @param languageOf the reader's language for a document's text */
  constructor(private readonly languageOf: (text: string) => Lang) {}

  set(report: LintReport): void {
    const uri = toUri(report.uri);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === report.uri);
    if (!doc || doc.version !== report.version) return; // a newer lint follows
    const lang = this.languageOf(doc.getText());
    const out: vscode.Diagnostic[] = [];
    for (const d of report.diagnostics) {
      const severity = report.severities[d.rule];
      if (severity === 'off') continue;
      const range = new vscode.Range(doc.positionAt(d.start), doc.positionAt(d.end));
      const diagnostic = new vscode.Diagnostic(range, lintMessage(d, conceptName(report.pack, d.concept, lang), lang), SEVERITY[severity]);
      diagnostic.source = LINT_SOURCE;
      diagnostic.code = d.rule;
      out.push(diagnostic);
    }
    this.collection.set(uri, out);
  }

  delete(uri: string): void {
    this.collection.delete(toUri(uri));
  }

  clear(): void {
    this.collection.clear();
  }

  dispose(): void {
    this.collection.dispose();
  }
}

function conceptName(pack: CompiledPack, concept: number, lang: Lang): string {
  const c = pack.concepts[concept];
  return c ? (c.name[lang] ?? c.name.en ?? c.name.zh ?? c.id) : '';
}
