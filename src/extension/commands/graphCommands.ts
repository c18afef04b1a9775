// The Concept Graph's commands: show it (in the side bar or an editor tab), show a concept in it, export
// it. Show in Graph and Export use the editor tab while one is open, else the side bar.

import * as vscode from 'vscode';
import { COMMANDS } from './commandIds';
import type { Command } from './command';
import type { CommandContext } from './commandContext';
import type { ConceptGraphView } from '../graph/conceptGraphView';
import type { ConceptGraphPanel } from '../graph/conceptGraphPanel';
import type { GraphPageHost } from '../graph/graphPageHost';
import type { ExportFormat } from '../../shared/graphProtocol';
import type { ILog } from '../../services/host/log';

/** Show Concept Graph: opens the graph view. */
export class ShowGraphCommand implements Command {
  readonly id = COMMANDS.showGraph;
  constructor(private readonly graph: ConceptGraphView) {}

  async execute(): Promise<void> {
    await this.graph.show();
  }
}

/** Open Concept Graph in Editor: the graph in an editor tab beside the text (the open one, revealed). */
export class OpenGraphInEditorCommand implements Command {
  readonly id = COMMANDS.openGraphInEditor;
  constructor(private readonly panel: ConceptGraphPanel) {}

  async execute(): Promise<void> {
    await this.panel.show();
  }
}

/** The graph a command acts on: the editor tab while one is open, else the side bar's. */
export interface GraphTargets {
  view: ConceptGraphView;
  panel: ConceptGraphPanel;
}
const graphOf = ({ view, panel }: GraphTargets): GraphPageHost => (panel.panel ? panel : view);

/**
 * Show in Graph: selects a concept in the graph and centres on it. The concept comes from the
 * arguments ([uriString, conceptId], as hover links pass them, or a node of the Concepts view), else
 * from the cursor.
 */
export class ShowInGraphCommand implements Command {
  readonly id = COMMANDS.showInGraph;
  constructor(
    private readonly context: CommandContext,
    private readonly graphs: GraphTargets,
  ) {}

  async execute(...args: unknown[]): Promise<string | undefined> {
    const target = await this.context.requireConcept(args);
    if (!target) return undefined;
    await graphOf(this.graphs).select(target.id);
    return target.id;
  }
}

/** Export Concept Graph: the graph as SVG or PNG, to a file chosen in a save dialog (or given). */
export class ExportGraphCommand implements Command {
  readonly id = COMMANDS.exportGraph;
  constructor(
    private readonly graphs: GraphTargets,
    private readonly log: ILog,
  ) {}

  async execute(target?: unknown): Promise<vscode.Uri | undefined> {
    let uri = target instanceof vscode.Uri ? target : typeof target === 'string' ? vscode.Uri.parse(target) : undefined;
    if (!uri) {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      uri = await vscode.window.showSaveDialog({
        title: vscode.l10n.t('Export Concept Graph'),
        saveLabel: vscode.l10n.t('Export'),
        ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, 'concept-graph.svg') } : {}),
        filters: { [vscode.l10n.t('SVG image')]: ['svg'], [vscode.l10n.t('PNG image')]: ['png'] },
      });
      if (!uri) return undefined;
    }
    const format: ExportFormat = uri.path.toLowerCase().endsWith('.png') ? 'png' : 'svg';
    try {
      const bytes = await graphOf(this.graphs).exportImage(format);
      await vscode.workspace.fs.writeFile(uri, bytes);
    } catch (e) {
      this.log.error(e instanceof Error ? e : String(e));
      void vscode.window.showErrorMessage(vscode.l10n.t('Concept Lens: cannot export the graph: {0}', e instanceof Error ? e.message : String(e)));
      return undefined;
    }
    vscode.window.setStatusBarMessage(vscode.l10n.t('Concept Lens: graph exported to {0}', vscode.workspace.asRelativePath(uri)), 3000);
    return uri;
  }
}
