// Export Concepts…: asks for a format and a file, then writes the export of the workspace's Markdown
// with progress that can be cancelled. What is exported is decided in src/services/conceptExport.ts.

import * as vscode from 'vscode';
import { COMMANDS } from './commandIds';
import type { Command } from './command';
import { EXPORT_EXTENSIONS, isExportFormat, type ExportFormat } from '../../core/export/exportModel';
import { defaultExportName, exportWorkspaceConcepts, settingBaseIri, type ExportSource } from '../../services/conceptExport';
import { defaultBaseIri } from '../../core/export/exportSkos';
import type { ISettings } from '../../services/host/settings';
import type { CompiledPack } from '../../core/scan/compiledPack';
import { errorText, type ILog } from '../../services/host/log';

interface FormatItem extends vscode.QuickPickItem {
  format: ExportFormat;
}

function formatItems(): FormatItem[] {
  return [
    { format: 'md', label: vscode.l10n.t('Markdown glossary'), description: '.md', detail: vscode.l10n.t('Concepts by section with both names, explanations, relations and links to where they occur') },
    { format: 'csv', label: vscode.l10n.t('CSV, one row per occurrence'), description: '.csv', detail: vscode.l10n.t('For spreadsheets: UTF-8 with a byte order mark, so that Excel keeps Chinese') },
    { format: 'json', label: vscode.l10n.t('JSON'), description: '.json', detail: vscode.l10n.t('The concepts and their occurrences') },
    { format: 'skos', label: vscode.l10n.t('SKOS (Turtle)'), description: '.ttl', detail: vscode.l10n.t('The concepts as a W3C SKOS concept scheme, for thesaurus tools') },
  ];
}

export class ExportConceptsCommand implements Command {
  readonly id = COMMANDS.exportConcepts;
  constructor(
    private readonly source: ExportSource,
    private readonly pack: () => CompiledPack,
    private readonly log: ILog,
    private readonly settings: ISettings,
  ) {}

  /** The SKOS base IRI from `conceptLens.export.baseIri`, read now; a value that cannot be one is warned about and the default used. */
  private baseIri(pack: CompiledPack): string | undefined {
    const { base, invalid } = settingBaseIri(this.settings.window().exportBaseIri);
    if (invalid) {
      const fallback = defaultBaseIri(pack.pack);
      this.log.warn(`conceptLens.export.baseIri is not an absolute http(s) IRI ending in / or #; exporting with ${fallback}`);
      void vscode.window.showWarningMessage(
        vscode.l10n.t('Concept Lens: the setting conceptLens.export.baseIri must be an absolute http(s) IRI ending in / or #. The export uses the default base {0}.', fallback),
      );
    }
    return base;
  }

  /** Arguments, for tests and scripts: a format and a target URI skip the questions. */
  async execute(format?: unknown, target?: unknown): Promise<vscode.Uri | undefined> {
    // Turned off, the index holds nothing: an export would be an empty file that says it succeeded.
    if (!this.settings.window().enabled) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Concept Lens is turned off (setting conceptLens.enabled).'));
      return undefined;
    }
    const chosen = isExportFormat(format) ? format : (await vscode.window.showQuickPick(formatItems(), { title: vscode.l10n.t('Export Concepts: format') }))?.format;
    if (!chosen) return undefined;
    let uri = target instanceof vscode.Uri ? target : typeof target === 'string' ? vscode.Uri.parse(target) : undefined;
    if (!uri) {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      uri = await vscode.window.showSaveDialog({
        title: vscode.l10n.t('Export Concepts'),
        saveLabel: vscode.l10n.t('Export'),
        ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, defaultExportName(chosen)) } : {}),
        filters: { [chosen.toUpperCase()]: [EXPORT_EXTENSIONS[chosen]] },
      });
      if (!uri) return undefined;
    }
    const dest = uri;
    const pack = this.pack();
    const base = chosen === 'skos' ? this.baseIri(pack) : undefined;
    try {
      const text = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Concept Lens: exporting concepts'), cancellable: true }, (_progress, token) =>
        exportWorkspaceConcepts(this.source, pack, chosen, dest.toString(), token, base === undefined ? {} : { base }),
      );
      if (text === undefined) return undefined;
      await vscode.workspace.fs.writeFile(dest, new TextEncoder().encode(text));
    } catch (e) {
      this.log.error(`cannot export the concepts: ${errorText(e)}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('Concept Lens: cannot export the concepts: {0}', e instanceof Error ? e.message : String(e)));
      return undefined;
    }
    vscode.window.setStatusBarMessage(vscode.l10n.t('Concept Lens: concepts exported to {0}', vscode.workspace.asRelativePath(dest)), 3000);
    return dest;
  }
}
