// Copy to This Article's Pack (palette, and the hover's link on a concept of the built-in pack): the
// concept's built-in entry is copied into the pack of the article being edited, where it overrides the
// built-in one. What to copy, and what to leave out, is decided in src/services/authoring/copyConcept.ts;
// this writes it as one undoable WorkspaceEdit that keeps the pack's comments (or a new pack), and says
// what was left out. A concept already in a user pack is opened there instead.

import * as vscode from 'vscode';
import type { Command } from '../commands/command';
import { COMMANDS } from '../commands/commandIds';
import type { CommandContext } from '../commands/commandContext';
import type { ArticlePacks } from '../../services/articlePacks';
import type { PackRegistry } from '../../services/packRegistry';
import type { ScannedDocument } from '../../services/scannedDocument';
import type { ConceptCopies, CopyPlan } from '../../services/authoring/copyConcept';
import type { AuthoringModuleLoader } from './authoringModule';
import { fileExists, requireTrust, writePack, requirePackHome } from './packWrites';

type Copy = Extract<CopyPlan, { kind: 'copy' }>;

export class CopyConceptToArticlePackCommand implements Command {
  readonly id = COMMANDS.copyConceptToArticlePack;
  private copies: ConceptCopies | undefined;

  constructor(
    private readonly context: CommandContext,
    private readonly packs: PackRegistry,
    private readonly articlePacks: ArticlePacks,
    private readonly authoring: AuthoringModuleLoader,
  ) {}

  /** Answers the id of the concept copied (undefined when nothing was written). */
  async execute(...args: unknown[]): Promise<string | undefined> {
    if (!requireTrust()) return undefined;
    const target = await this.context.concept(args, vscode.l10n.t('Copy a concept to this article’s pack'));
    if (!target) return undefined;
    const doc = target.doc ?? this.context.activeMarkdown()?.doc;
    if (!doc) return undefined;
    const m = this.authoring.get();
    this.copies ??= new m.ConceptCopies(this.packs, this.articlePacks, m.BUILTIN_PACK_SOURCE);
    const plan = this.copies.plan({ uri: doc.uri, text: doc.text, headings: doc.headings }, target.id);
    if (plan.kind === 'unknown') {
      void vscode.window.showInformationMessage(vscode.l10n.t('“{0}” is not a concept of the built-in pack.', this.context.nameOf(target)));
      return undefined;
    }
    if (plan.kind === 'open') {
      vscode.window.setStatusBarMessage(vscode.l10n.t('Concept Lens: “{0}” is already in {1}', this.context.nameOf(target), vscode.workspace.asRelativePath(vscode.Uri.parse(plan.packUri))), 4000);
      await vscode.commands.executeCommand(COMMANDS.openConceptInPack, doc.uri, target.id);
      return undefined;
    }
    if (!requirePackHome(this.articlePacks, doc)) return undefined;
    return (await this.write(doc, plan, this.context.nameOf(target))) ? target.id : undefined;
  }

  private async write(doc: ScannedDocument, plan: Copy, name: string): Promise<boolean> {
    const m = this.authoring.get();
    const exists = plan.packLoaded || (await fileExists(plan.packUri));
    const written = await writePack(plan.packUri, exists, (text) => m.copyEdits(text, plan), () => m.copyNewPack({ uri: doc.uri, text: doc.text, headings: doc.headings }, plan));
    if (!written) return false;
    const where = vscode.workspace.asRelativePath(vscode.Uri.parse(plan.packUri));
    const leftOut = [
      ...(plan.leftOut.relations.length > 0 ? [vscode.l10n.t('its relations to {0}', plan.leftOut.relations.map((id) => this.nameOf(doc, id)).join(', '))] : []),
      ...(plan.leftOut.senseOf !== undefined ? [vscode.l10n.t('its sense of “{0}”', this.nameOf(doc, plan.leftOut.senseOf))] : []),
      ...(plan.leftOut.section !== undefined ? [vscode.l10n.t('its section “{0}”', plan.leftOut.section)] : []),
    ];
    if (leftOut.length === 0) vscode.window.setStatusBarMessage(vscode.l10n.t('Concept Lens: copied “{0}” to {1}', name, where), 4000);
    else void vscode.window.showInformationMessage(vscode.l10n.t('Concept Lens copied “{0}” to {1} without {2}: that pack lacks them.', name, where, leftOut.join('; ')));
    return true;
  }

  /** A concept's name for a message, by its id (the id itself if the document's pack lacks it). */
  private nameOf(doc: ScannedDocument, id: string): string {
    const i = doc.pack.indexOf.get(id);
    return i === undefined ? id : this.context.nameOf({ pack: doc.pack, concept: i, id, doc });
  }
}
