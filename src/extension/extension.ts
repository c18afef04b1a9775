// The composition root: every service and registration is made here and owned by the context. The
// entry points (nodeEntry.ts for the desktop, webEntry.ts for the browser) call it with their platform.

import * as vscode from 'vscode';
import { PackRegistry } from '../services/packRegistry';
import { DocumentScans } from '../services/documentScans';
import { ConceptGuides } from '../services/conceptGuides';
import { ArticleSearch } from '../services/articleSearch';
import { SectionTargets } from '../services/navigation';
import { ConceptIndex } from '../services/index/conceptIndex';
import { IndexWorkerClient } from '../services/index/indexWorkerClient';
import { IndexStatus, indexCache, indexCacheFile } from './index/indexHost';
import { CancelIndexingCommand } from './commands/cancelIndexingCommand';
import { FollowedDocument } from '../services/followedDocument';
import { ReaderLanguage } from '../services/readerLanguage';
import { messageLanguage } from './host/messageLanguage';
import { GUIDE_SCHEME, MARKDOWN_SELECTOR as MARKDOWN } from '../services/schemes';
import { VscodeWorkspace } from './host/vscodeWorkspace';
import { VscodeSettings } from './host/vscodeSettings';
import { VscodeEditors } from './host/vscodeEditors';
import { VscodeNotifications, VscodePackDiagnostics } from './host/vscodeNotifications';
import { hostDocument, scanOf } from './host/textDocuments';
import type { ScannedDocument } from '../services/scannedDocument';
import type { CompiledPack } from '../core/scan/compiledPack';
import { ConceptGuideProvider } from './services/conceptGuideProvider';
import { guideLabels } from './services/labels';
import { ConceptHoverProvider } from './features/conceptHoverProvider';
import { ConceptLint } from '../services/conceptLint';
import { VscodeLintDiagnostics } from './lint/lintDiagnostics';
import { VscodeLintEngine } from './lint/lintEngine';
import { ConceptLintCodeActions } from './lint/lintCodeActions';
import { LintHoverProvider } from './lint/lintHoverProvider';
import { FixAllMisspellingsCommand } from './lint/fixAllMisspellingsCommand';
import { ChooseReadingCommand } from './commands/chooseReadingCommand';
import { ConceptLinkProvider } from './features/conceptLinkProvider';
import { articleSaved, ConceptLinkRegistration } from './features/conceptLinkRegistration';
import { ConceptDefinitionProvider } from './features/conceptDefinitionProvider';
import { ConceptReferenceProvider } from './features/conceptReferenceProvider';
import { ConceptHighlightProvider } from './features/conceptHighlightProvider';
import { ConceptSymbolProvider } from './features/conceptSymbolProvider';
import { ConceptDecorations } from './features/conceptDecorations';
import { register } from './commands/command';
import { CommandContext } from './commands/commandContext';
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
  ShowAllConceptsCommand,
  SortConceptsCommand,
  RevealInSidebarCommand,
} from './commands/sidebarCommands';
import { ConceptGraphView, GRAPH_VIEW } from './graph/conceptGraphView';
import { ConceptGraphPanel, GRAPH_PANEL } from './graph/conceptGraphPanel';
import { GraphPayloads } from './graph/graphPageHost';
import { ShowGraphCommand, ShowInGraphCommand, ExportGraphCommand, OpenGraphInEditorCommand } from './commands/graphCommands';
import { ExportConceptsCommand } from './commands/exportConceptsCommand';
import type { InflectionTable } from '../core/inflect/inflections';
import { ArticlePacks } from '../services/articlePacks';
import { AuthoringModuleLoader } from './authoring/authoringModule';
import { AddConceptFromSelectionCommand } from './authoring/addConceptCommand';
import { ConceptCompletionProvider } from './authoring/conceptCompletionProvider';
import { DraftPackCommand } from './authoring/draftPackCommand';
import { AddAliasCommand } from './authoring/addAliasCommand';
import { OpenConceptInPackCommand } from './authoring/openInPackCommand';
import { ConceptRenameProvider } from './authoring/conceptRenameProvider';
import { CopyConceptToArticlePackCommand } from './authoring/copyConceptCommand';
import { DraftInWorker } from '../services/authoring/draftInWorker';
import type { DraftRequest } from '../shared/draftProtocol';
import type { IndexRequest } from '../shared/indexProtocol';
import type { Platform } from './platform/platform';
import { PreviewSections } from '../services/preview/previewSections';
import { MarkdownPreview } from './preview/markdownPreview';
import { ActivationClock, describeFigures, type ActivationFigures } from './activationClock';

/** Set by the bundle's first line (scripts/build.mjs). */
declare const CONCEPT_LENS_LOAD_START: number | undefined;
/** The bundle's evaluation: this module's body runs after every module it imports. */
const LOAD = typeof CONCEPT_LENS_LOAD_START === 'number' ? performance.now() - CONCEPT_LENS_LOAD_START : undefined;

/** What activate() returns: figures for tests and the activation report. */
export interface ConceptLensApi {
  readonly activation: ActivationFigures;
  /** Which extension host runs us: 'node' (desktop) or 'web' (the browser's web worker host). */
  readonly host: Platform['host'];
  /** The scans of VS Code's documents (tests compare them with what the providers answer). */
  readonly scans: {
    get(document: vscode.TextDocument): ScannedDocument | undefined;
    readonly pack: CompiledPack;
    readonly onDidChange: DocumentScans['onDidChange'];
  };
  /** The Concepts view's tree provider and view (for tests). */
  readonly concepts: Pick<ConceptsView, 'provider' | 'view'>;
  /** The workspace index (tests wait for it and compare its answers with the CLI's). */
  readonly index: Pick<ConceptIndex, 'whenComplete' | 'partial' | 'counts' | 'conceptCounts' | 'find' | 'fileCount' | 'onDidChange' | 'flush' | 'reopen' | 'lastBuild'>;
  /**
   * Our document links: tests wait until VS Code asks for an editor's links again, and ask for links only
   * when the provider's registration is settled.
   */
  readonly links: Pick<ConceptLinkProvider, 'onDidProvide'> & {
    readonly registration: Pick<ConceptLinkRegistration, 'generation' | 'pending' | 'onDidRegister'>;
  };
  /** Our hover alone (the index benchmark times it apart from other extensions' hovers). */
  readonly conceptHover: Pick<ConceptHoverProvider, 'provideHover'>;
  /** Where the index is saved (undefined without a workspace folder). */
  readonly indexCacheFile: vscode.Uri | undefined;
  /** The Concept Graph view (tests read the messages from its page). */
  readonly graph: ConceptGraphView;
  /** The Concept Graph in an editor tab, also the tab's serializer (tests restore a tab through it). */
  readonly graphPanel: ConceptGraphPanel;
  /** VS Code's Markdown preview calls this once for its markdown-it instance (markdown.markdownItPlugins). */
  extendMarkdownIt<T>(md: T): T;
}

export function activateWith(context: vscode.ExtensionContext, platform: Platform): ConceptLensApi {
  const clock = new ActivationClock(LOAD);
  const log = vscode.window.createOutputChannel('Concept Lens', { log: true });
  // compromise (English inflections) is loaded only when a user pack needs it.
  const loadInflections = async (aliases: string[]): Promise<InflectionTable> => (await platform.loadInflections()).deriveInflections(aliases);
  // The host: the services see VS Code only through these.
  const workspace = new VscodeWorkspace();
  const settings = new VscodeSettings();
  const notifications = new VscodeNotifications(log);
  const diagnostics = new VscodePackDiagnostics(messageLanguage());
  const packs = new PackRegistry(workspace, settings, diagnostics, notifications, log, loadInflections);
  const scans = new DocumentScans(packs, workspace, settings, notifications);
  clock.lap('pack');
  // The first scan is part of activation: the document that activated us (decorations reuse it).
  const active = vscode.window.activeTextEditor?.document;
  clock.lap(active && scans.get(hostDocument(active)) ? 'firstScan' : undefined);
  const language = new ReaderLanguage(settings, vscode.env.language);
  const guides = new ConceptGuides(packs, language, guideLabels);
  // The workspace index: files read and scanned in a worker thread (in process if it cannot start),
  // kept in the workspace's storage between sessions. It starts once activation is over.
  const indexWorker = new IndexWorkerClient(() => platform.startWorker<IndexRequest>('indexWorker'), workspace, (uri) => uri.startsWith('file:'), log);
  const occurrences = new ConceptIndex({ workspace, settings, packs, scans, worker: indexWorker, cache: indexCache(context.storageUri), notifications, log });
  const indexStatus = new IndexStatus(occurrences);
  const article = new ArticleSearch(workspace, settings, packs, scans, occurrences, log);
  const targets = new SectionTargets(packs, article, guides);
  const followed = new FollowedDocument(new VscodeEditors(), workspace);
  const authoring = new AuthoringModuleLoader(() => platform.loadAuthoring());
  const articlePacks = new ArticlePacks(packs, workspace, settings);
  // Drafts run in a worker; in the extension host only if the worker cannot start (always in the browser).
  const drafts = new DraftInWorker(
    () => platform.startWorker<DraftRequest>('draftWorker'),
    (text, options) => {
      const m = authoring.get();
      return m.draftPack(text, { ...options, tagger: m.compromiseTagger });
    },
    log,
  );
  // The lint's word lists and linter load on its first run, after activation.
  const lintProblems = new VscodeLintDiagnostics((text) => language.of({ text }));
  const lint = new ConceptLint(scans, workspace, settings, new VscodeLintEngine(context.extensionUri, authoring), lintProblems, log);
  const commandContext = new CommandContext(scans, language);
  const guideProvider = new ConceptGuideProvider(guides);
  const decorations = new ConceptDecorations(scans, settings);
  const conceptsView = new ConceptsView({ scans, occurrences, followed, language, settings, log }, context.workspaceState);
  // Its page is created only when the workbench first resolves the view.
  const graphServices = { scans, targets, followed, language, settings, log, payloads: new GraphPayloads() };
  const graph = new ConceptGraphView(context.extensionUri, graphServices, context.workspaceState);
  // The editor tab's page is created only when the command opens it or a reload restores it.
  const graphPanel = new ConceptGraphPanel(context.extensionUri, graphServices, context.workspaceState);
  const links = new ConceptLinkProvider(scans, targets);
  const linkRegistration = new ConceptLinkRegistration(links, scans.onDidChange, articleSaved(article));
  const conceptHover = new ConceptHoverProvider(scans, targets, language, (id, uri) => packs.userPackDefining(id, uri) !== undefined);
  // The preview's plugin: made now, it runs only when a preview renders.
  const previewSections = new PreviewSections(article, packs);
  const preview = new MarkdownPreview(packs, settings, language, previewSections, log);
  clock.lap('services');

  context.subscriptions.push(
    log,
    settings,
    diagnostics,
    packs,
    scans,
    guides,
    occurrences,
    indexStatus,
    article,
    followed,
    guideProvider,
    decorations,
    conceptsView,
    graph,
    graphPanel,
    drafts,
    lintProblems,
    lint,
    previewSections,
    preview,
    vscode.window.registerWebviewViewProvider(GRAPH_VIEW, graph),
    vscode.window.registerWebviewPanelSerializer(GRAPH_PANEL, graphPanel),
    vscode.workspace.registerTextDocumentContentProvider(GUIDE_SCHEME, guideProvider),
    vscode.languages.registerHoverProvider(MARKDOWN, conceptHover),
    links,
    linkRegistration,
    vscode.languages.registerDefinitionProvider(MARKDOWN, new ConceptDefinitionProvider(scans, targets)),
    vscode.languages.registerReferenceProvider(MARKDOWN, new ConceptReferenceProvider(scans, occurrences)),
    vscode.languages.registerDocumentHighlightProvider(MARKDOWN, new ConceptHighlightProvider(scans)),
    vscode.languages.registerWorkspaceSymbolProvider(new ConceptSymbolProvider(packs, targets)),
    vscode.languages.registerRenameProvider(MARKDOWN, new ConceptRenameProvider(scans, packs, occurrences)),
    vscode.languages.registerCompletionItemProvider(MARKDOWN, new ConceptCompletionProvider(scans, settings, language, authoring)),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new ConceptLintCodeActions(lint, language), { providedCodeActionKinds: ConceptLintCodeActions.kinds }),
    vscode.languages.registerHoverProvider(MARKDOWN, new LintHoverProvider(lint, language)),
    ...register([
      new GoToConceptCommand(commandContext, scans, language, targets),
      new FindAllOccurrencesCommand(commandContext, occurrences),
      new GoToSectionCommand(commandContext, targets),
      new StepOccurrenceCommand(commandContext, 1),
      new StepOccurrenceCommand(commandContext, -1),
      new ToggleAnnotationsCommand(settings),
      new OpenConceptGuideCommand(guides),
      new RescanCommand(scans, packs),
      new CancelIndexingCommand(occurrences),
      new RevealOccurrenceCommand(),
      new CopyExplanationCommand(commandContext, conceptsView),
      new FilterConceptsCommand(conceptsView),
      new ClearFilterCommand(conceptsView),
      new TogglePresentOnlyCommand(conceptsView),
      new ShowAllConceptsCommand(conceptsView),
      new SortConceptsCommand(conceptsView),
      new RevealInSidebarCommand(conceptsView),
      new ShowGraphCommand(graph),
      new OpenGraphInEditorCommand(graphPanel),
      new ShowInGraphCommand(commandContext, { view: graph, panel: graphPanel }),
      new ExportGraphCommand({ view: graph, panel: graphPanel }, log),
      new ExportConceptsCommand(occurrences, () => scans.pack, log, settings),
      new AddConceptFromSelectionCommand(commandContext, articlePacks, authoring),
      new DraftPackCommand(commandContext, articlePacks, authoring, drafts),
      new AddAliasCommand(commandContext, packs),
      new OpenConceptInPackCommand(commandContext, packs),
      new CopyConceptToArticlePackCommand(commandContext, packs, articlePacks, authoring),
      new FixAllMisspellingsCommand(lint),
      new ChooseReadingCommand(commandContext, scans, language),
    ], log),
  );
  clock.lap('registrations');
  // The documents open at start are linted once activation is over.
  setTimeout(() => lint.lintAll(), 0);
  setTimeout(() => occurrences.start(), 0);

  const activation = clock.figures();
  log.info(`activated in the ${platform.host === 'web' ? 'web worker' : 'Node'} extension host: ${describeFigures(activation)}`);
  const editorScans = { get: (d: vscode.TextDocument) => scanOf(scans, d), onDidChange: scans.onDidChange, get pack() { return scans.pack; } };
  return {
    activation,
    host: platform.host,
    scans: editorScans,
    concepts: { provider: conceptsView.provider, view: conceptsView.view },
    index: occurrences,
    indexCacheFile: indexCacheFile(context.storageUri),
    links: { onDidProvide: links.onDidProvide, registration: linkRegistration },
    conceptHover,
    graph,
    graphPanel,
    extendMarkdownIt: (md) => preview.extendMarkdownIt(md),
  };
}
