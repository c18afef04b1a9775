// Draft Concept Pack from This Article: proposes the concepts of the active document from its own text
// (never from a pack), and the writer ticks the ones to add to the article's pack, or to a new pack
// beside the article. The draft is made in a worker thread (cancellable from its notification); cancelling
// it or the list writes nothing.

import * as vscode from 'vscode';
import type { Command } from '../commands/command';
import { COMMANDS } from '../commands/commandIds';
import type { CommandContext } from '../commands/commandContext';
import { articleName, type ArticlePacks } from '../../services/articlePacks';
import type { ScannedDocument } from '../../services/scannedDocument';
import type { AuthoringModule, AuthoringModuleLoader } from './authoringModule';
import { fileExists, requireTrust, writePack, requirePackHome } from './packWrites';
import type { DraftInWorker } from '../../services/authoring/draftInWorker';

type Draft = ReturnType<AuthoringModule['draftPack']>;

interface CandidateItem extends vscode.QuickPickItem {
  id: string;
}

export class DraftPackCommand implements Command {
  readonly id = COMMANDS.draftConceptPack;

  constructor(
    private readonly context: CommandContext,
    private readonly articlePacks: ArticlePacks,
    private readonly authoring: AuthoringModuleLoader,
    private readonly drafts: DraftInWorker,
  ) {}

  /** With `chosen` (scripts and tests: concept ids, or 'all'), the list is not shown. */
  async execute(chosen?: unknown): Promise<string[] | undefined> {
    if (!requireTrust()) return undefined;
    const active = this.context.activeMarkdown();
    if (!active || !requirePackHome(this.articlePacks, active.doc)) return undefined;
    const { doc } = active;
    // In a worker thread (the host stays responsive); Cancel on the notification stops it.
    const outcome = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Concept Lens: drafting the concepts of {0}…', articleName(doc.uri)), cancellable: true },
      (_progress, token) => this.drafts.draft(doc.text, {}, token),
    );
    if (outcome.kind === 'cancelled') return undefined;
    const { draft } = outcome;
    if (draft.candidates.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Concept Lens found no recurring terms in this document.'));
      return undefined;
    }
    const ids = Array.isArray(chosen) ? chosen.filter((x): x is string => typeof x === 'string') : chosen === 'all' ? draft.candidates.map((c) => c.id) : await this.pick(draft);
    if (!ids || ids.length === 0) return undefined;
    return this.write(doc, draft, new Set(ids));
  }

  private async pick(draft: Draft): Promise<string[] | undefined> {
    const headings = new Map(draft.pack.article.sections.map((s) => [s.id, s.heading]));
    const items: CandidateItem[] = draft.candidates.map((c) => ({
      id: c.id,
      label: [c.name.zh, c.name.en].filter(Boolean).join(' · '),
      description: vscode.l10n.t('{0} times, first on line {1}', c.count, c.first.line + 1) + (c.first.section ? ` · ${headings.get(c.first.section) ?? ''}` : ''),
      detail: c.example,
    }));
    const picked = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Draft Concept Pack: tick the concepts to add'),
      canPickMany: true,
      matchOnDescription: true,
      matchOnDetail: true,
      ignoreFocusOut: true,
    });
    return picked?.map((p) => p.id);
  }

  private async write(doc: ScannedDocument, draft: Draft, chosen: ReadonlySet<string>): Promise<string[] | undefined> {
    const m = this.authoring.get();
    const existing = this.articlePacks.find(doc.uri, doc.text);
    const uri = existing?.uri ?? this.articlePacks.packUriFor(doc.uri);
    const concepts = draft.pack.concepts.filter((c) => chosen.has(c.id));
    let added = concepts.map((c) => c.id);
    const written = await writePack(
      uri,
      existing !== undefined || (await fileExists(uri)),
      (text) => {
        const r = m.editsForDraft(text, concepts, draft.pack.article.sections);
        if (r.ok) added = r.added;
        return r;
      },
      () => m.newPackFromDraft(draft, chosen),
    );
    if (!written) return undefined;
    vscode.window.setStatusBarMessage(vscode.l10n.t('Concept Lens: {0} concepts added to {1}', added.length, vscode.workspace.asRelativePath(vscode.Uri.parse(uri))), 4000);
    return added;
  }
}
