// Quick fixes on the concept lint's findings, and a source action that fixes every misspelt name of
// a document at once. Each fix is one WorkspaceEdit, so one undo takes it back.

import * as vscode from 'vscode';
import { fixAllTitle, fixTitle } from '../../core/lint/lintMessages';
import type { LintDiagnostic, LintFix } from '../../core/lint/lintTypes';
import type { ConceptLint } from '../../services/conceptLint';
import type { ReaderLanguage } from '../../services/readerLanguage';
import { LINT_SOURCE } from './lintDiagnostics';
import { languageSample } from '../host/textDocuments';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('conceptLens');

export class ConceptLintCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND];

  constructor(
    private readonly lint: ConceptLint,
    private readonly language: ReaderLanguage,
  ) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const report = this.lint.reportFor(document.uri.toString(), document.version);
    if (!report) return [];
    const lang = this.language.of(languageSample(document));
    const actions: vscode.CodeAction[] = [];
    if (!context.only || context.only.contains(vscode.CodeActionKind.QuickFix))
      for (const diagnostic of context.diagnostics) {
        if (diagnostic.source !== LINT_SOURCE) continue;
        const start = document.offsetAt(diagnostic.range.start);
        const end = document.offsetAt(diagnostic.range.end);
        const finding = report.diagnostics.find((d) => d.rule === diagnostic.code && d.start === start && d.end === end);
        finding?.fixes.forEach((fix, k) => actions.push(quickFix(document, diagnostic, finding, fix, k === 0, lang)));
      }
    const all = fixAllEdit(document, report.diagnostics);
    if (all && (!context.only || context.only.contains(FIX_ALL_KIND) || FIX_ALL_KIND.contains(context.only))) {
      const action = new vscode.CodeAction(fixAllTitle(lang), FIX_ALL_KIND);
      action.edit = all;
      actions.push(action);
    }
    return actions;
  }
}

function quickFix(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, finding: LintDiagnostic, fix: LintFix, first: boolean, lang: 'zh' | 'en'): vscode.CodeAction {
  const action = new vscode.CodeAction(fixTitle(fix, lang), vscode.CodeActionKind.QuickFix);
  const edit = new vscode.WorkspaceEdit();
  for (const r of fix.more ?? [{ start: finding.start, end: finding.end, replacement: fix.replacement }]) edit.replace(document.uri, new vscode.Range(document.positionAt(r.start), document.positionAt(r.end)), r.replacement);
  action.edit = edit;
  action.diagnostics = [diagnostic];
  action.isPreferred = first && fix.safe;
  return action;
}

/** One edit that applies the safe fix of every misspelling, or undefined when there is none. */
export function fixAllEdit(document: vscode.TextDocument, findings: readonly LintDiagnostic[]): vscode.WorkspaceEdit | undefined {
  const edit = new vscode.WorkspaceEdit();
  let last = -1;
  for (const d of [...findings].sort((a, b) => a.start - b.start)) {
    const fix = d.rule === 'concept-misspelling' ? d.fixes.find((f) => f.safe) : undefined;
    if (!fix || d.start < last) continue;
    edit.replace(document.uri, new vscode.Range(document.positionAt(d.start), document.positionAt(d.end)), fix.replacement);
    last = d.end;
  }
  return edit.get(document.uri).length > 0 ? edit : undefined;
}
