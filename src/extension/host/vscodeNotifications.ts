// INotifications and IPackDiagnostics over VS Code's messages and the Problems panel: the services
// say what happened, this words it in the user's language.

import * as vscode from 'vscode';
import type { Lang } from '../../core/pack/conceptPack';
import { problemMessage } from '../../core/pack/loadPack';
import { Disposable } from '../../services/base/disposable';
import type { INotifications, IPackDiagnostics, PackReport } from '../../services/host/notifications';
import type { ILog } from '../../services/host/log';
import { toUri } from './textDocuments';

export class VscodeNotifications implements INotifications {
  constructor(private readonly log: ILog) {}

  packHasErrors(packUri: string, errors: number): void {
    const show = vscode.l10n.t('Show Problems');
    vscode.window.showWarningMessage(vscode.l10n.t('Concept pack {0}: problems found ({1}); its valid concepts are used.', vscode.workspace.asRelativePath(toUri(packUri)), errors), show).then(
      (choice) => choice && vscode.commands.executeCommand('workbench.actions.view.problems'),
      (e: unknown) => this.log.error(`showing the pack's problems failed: ${String(e)}`),
    );
  }

  indexCapped(max: number): void {
    showIndexCapped(max, this.log);
  }

  documentTooLarge(uri: string, limitKB: number): void {
    void vscode.window.showInformationMessage(vscode.l10n.t('Concept Lens skips {0}: it is larger than {1} KB (setting conceptLens.maxFileSizeKB).', vscode.workspace.asRelativePath(toUri(uri)), limitKB));
  }
}

/** The one message the index's cap gives, with a way to the setting. */
export function showIndexCapped(max: number, log: ILog): void {
  const open = vscode.l10n.t('Change Setting');
  vscode.window.showWarningMessage(vscode.l10n.t('Concept Lens indexes the first {0} Markdown files of this workspace; the others are left out (setting conceptLens.index.maxFiles).', max.toLocaleString()), open).then(
    (choice) => choice && vscode.commands.executeCommand('workbench.action.openSettings', 'conceptLens.index.maxFiles'),
    (e: unknown) => log.error(`showing the index's cap failed: ${String(e)}`),
  );
}

export class VscodePackDiagnostics extends Disposable implements IPackDiagnostics {
  private readonly collection = this.register(vscode.languages.createDiagnosticCollection('concept-lens-packs'));

  /** `lang`: VS Code's display language, which the problems are said in. */
  constructor(private readonly lang: Lang) {
    super();
  }

  set(packUri: string, report: PackReport): void {
    this.collection.set(toUri(packUri), diagnosticsOf(report, this.lang));
  }

  clear(): void {
    this.collection.clear();
  }
}

function diagnosticsOf(report: PackReport, lang: Lang): vscode.Diagnostic[] {
  if ('unreadable' in report) return [new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), vscode.l10n.t('Cannot read the concept pack: {0}', report.unreadable), vscode.DiagnosticSeverity.Error)];
  return report.problems.map((p) => {
    const pos = new vscode.Position(Math.max(0, (p.line ?? 1) - 1), Math.max(0, (p.column ?? 1) - 1));
    const severity = p.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Error;
    const d = new vscode.Diagnostic(new vscode.Range(pos, pos), `${p.path}: ${problemMessage(p, lang)}`, severity);
    d.source = 'Concept Lens';
    return d;
  });
}
