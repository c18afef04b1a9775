// The composition root: every service and registration is made here and owned by the context.

import * as vscode from 'vscode';
import { PackRegistry } from './services/packRegistry';
import { DocumentScans } from './services/documentScans';
import { ConceptGuideProvider } from './services/conceptGuideProvider';
import { GUIDE_SCHEME, MARKDOWN_SELECTOR as MARKDOWN } from './schemes';
import { SectionTargets } from './services/sectionTargets';
import { WorkspaceOccurrences } from './services/workspaceOccurrences';
import { ConceptHoverProvider } from './features/conceptHoverProvider';
import { ConceptLinkProvider } from './features/conceptLinkProvider';
import { ConceptDefinitionProvider } from './features/conceptDefinitionProvider';
import { ConceptReferenceProvider } from './features/conceptReferenceProvider';
import { ConceptHighlightProvider } from './features/conceptHighlightProvider';
import { ConceptSymbolProvider } from './features/conceptSymbolProvider';
import { ConceptDecorations } from './features/conceptDecorations';
import { register } from './commands/command';
import { GoToConceptCommand } from './commands/goToConceptCommand';
import { FindAllOccurrencesCommand } from './commands/findAllOccurrencesCommand';
import { GoToSectionCommand } from './commands/goToSectionCommand';
import { StepOccurrenceCommand } from './commands/stepOccurrenceCommand';
import { ToggleAnnotationsCommand } from './commands/toggleAnnotationsCommand';
import { OpenConceptGuideCommand } from './commands/openConceptGuideCommand';
import { RescanCommand } from './commands/rescanCommand';
import { ConceptsView } from './sidebar/conceptsView';
import {
  RevealOccurrenceCommand,
  CopyExplanationCommand,
  FilterConceptsCommand,
  ClearFilterCommand,
  TogglePresentOnlyCommand,
  SortConceptsCommand,
  RevealInSidebarCommand,
} from './commands/sidebarCommands';
import { ConceptGraphView, GRAPH_VIEW } from './graph/conceptGraphView';
import { ShowGraphCommand, ShowInGraphCommand, ExportGraphCommand } from './commands/graphCommands';
import type { InflectionTable } from '../core/inflect/inflections';
import { ActivationClock, describeFigures, type ActivationFigures } from './activationClock';

/** Set by the bundle's first line (scripts/build.mjs). */
declare const CONCEPT_LENS_LOAD_START: number | undefined;
/** The bundle's evaluation: this module's body runs after every module it imports. */
const LOAD = typeof CONCEPT_LENS_LOAD_START === 'number' ? performance.now() - CONCEPT_LENS_LOAD_START : undefined;

/** What activate() returns: figures for tests and the activation report. */
export interface ConceptLensApi {
  readonly activation: ActivationFigures;
  readonly scans: DocumentScans;
  /** The Concepts view's tree provider and view (for tests). */
  readonly concepts: Pick<ConceptsView, 'provider' | 'view'>;
  /** The Concept Graph view (tests read the messages from its page). */
  readonly graph: ConceptGraphView;
}

export function activate(context: vscode.ExtensionContext): ConceptLensApi {
  const clock = new ActivationClock(LOAD);
  const log = vscode.window.createOutputChannel('Concept Lens', { log: true });
  // compromise (English inflections) lives in its own bundle, loaded only when a user pack needs it.
  const loadInflections = async (aliases: string[]): Promise<InflectionTable> => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(vscode.Uri.joinPath(context.extensionUri, 'dist', 'inflections.js').fsPath) as typeof import('../core/inflect/compromiseInflections');
    return mod.deriveInflections(aliases);
  };
  const packs = new PackRegistry(loadInflections, log);
  const scans = new DocumentScans(packs);
  clock.lap('pack');
  // The first scan is part of activation: the document that activated us (decorations reuse it).
  const active = vscode.window.activeTextEditor?.document;
  clock.lap(active && scans.get(active) ? 'firstScan' : undefined);
  const guide = new ConceptGuideProvider(packs);
  const targets = new SectionTargets(packs, guide, scans);
  const occurrences = new WorkspaceOccurrences(scans);
  const decorations = new ConceptDecorations(scans);
  const conceptsView = new ConceptsView(scans, context.workspaceState, occurrences);
  // Its page is created only when the workbench first resolves the view.
  const graph = new ConceptGraphView(context.extensionUri, scans, targets, context.workspaceState);
  clock.lap('services');

  context.subscriptions.push(
    log,
    packs,
    scans,
    guide,
    targets,
    decorations,
    conceptsView,
    graph,
    vscode.window.registerWebviewViewProvider(GRAPH_VIEW, graph),
    vscode.workspace.registerTextDocumentContentProvider(GUIDE_SCHEME, guide),
    vscode.languages.registerHoverProvider(MARKDOWN, new ConceptHoverProvider(scans, targets)),
    vscode.languages.registerDocumentLinkProvider(MARKDOWN, new ConceptLinkProvider(scans, targets)),
    vscode.languages.registerDefinitionProvider(MARKDOWN, new ConceptDefinitionProvider(scans, targets)),
    vscode.languages.registerReferenceProvider(MARKDOWN, new ConceptReferenceProvider(scans, occurrences)),
    vscode.languages.registerDocumentHighlightProvider(MARKDOWN, new ConceptHighlightProvider(scans)),
    vscode.languages.registerWorkspaceSymbolProvider(new ConceptSymbolProvider(packs, targets)),
    ...register([
      new GoToConceptCommand(scans, packs, targets),
      new FindAllOccurrencesCommand(scans, packs, occurrences),
      new GoToSectionCommand(scans, packs, targets),
      new StepOccurrenceCommand(scans, 1),
      new StepOccurrenceCommand(scans, -1),
      new ToggleAnnotationsCommand(),
      new OpenConceptGuideCommand(guide),
      new RescanCommand(scans, packs),
      new RevealOccurrenceCommand(),
      new CopyExplanationCommand(conceptsView),
      new FilterConceptsCommand(conceptsView),
      new ClearFilterCommand(conceptsView),
      new TogglePresentOnlyCommand(conceptsView),
      new SortConceptsCommand(conceptsView),
      new RevealInSidebarCommand(conceptsView),
      new ShowGraphCommand(graph),
      new ShowInGraphCommand(scans, graph),
      new ExportGraphCommand(graph),
    ]),
  );
  clock.lap('registrations');

  const activation = clock.figures();
  log.info(`activated: ${describeFigures(activation)}`);
  return { activation, scans, concepts: { provider: conceptsView.provider, view: conceptsView.view }, graph };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
