// Add Concept from Selection: the selected words become a concept of the article's pack. Three quick
// inputs (the name in the other language, the home section, an explanation), each of which can be
// cancelled; nothing is written until the last one is answered. The write is one WorkspaceEdit on the
// pack's text (undoable, comments and layout kept), or a new `<article>.conceptpack.json` beside it.

import * as vscode from 'vscode';
import type { Command } from '../commands/command';
import { COMMANDS } from '../commands/commandIds';
import type { CommandContext } from '../commands/commandContext';
import type { ArticlePacks } from '../../services/articlePacks';
import { articleName } from '../../services/articlePacks';
import type { SectionChoice } from '../../services/authoring/newConcept';
import type { ScannedDocument } from '../../services/scannedDocument';
import type { Lang } from '../../core/pack/conceptPack';
import type { AuthoringModuleLoader } from './authoringModule';
import { fileExists, requirePackHome, requireTrust, selectedWords, writePack } from './packWrites';
import { isGivenAnswers, type GivenAnswers } from '../../services/authoring/givenAnswers';

interface Answers {
  name: Partial<Record<Lang, string>>;
  section: SectionChoice | undefined;
  explanation: string;
}

/** A concept name is one line, and not a paragraph. */
const MAX_NAME_LENGTH = 100;

export class AddConceptFromSelectionCommand implements Command {
  readonly id = COMMANDS.addConceptFromSelection;

  constructor(
    private readonly context: CommandContext,
    private readonly articlePacks: ArticlePacks,
    private readonly authoring: AuthoringModuleLoader,
  ) {}

  /**
   * With `given` (scripts and tests: `{ otherName?, section?: heading text or null, explanation? }`),
   * the questions are not asked.
   */
  async execute(given?: unknown): Promise<string | undefined> {
    if (!requireTrust()) return undefined;
    const active = this.context.activeMarkdown();
    if (!active || !requirePackHome(this.articlePacks, active.doc)) return undefined;
    const text = selectedWords(active.editor, MAX_NAME_LENGTH, vscode.l10n.t('Concept Lens: select the name of a concept first (one line, at most {0} characters).', MAX_NAME_LENGTH));
    if (!text) return undefined;
    const m = this.authoring.get();
    const known = m.conceptNamed(active.doc.pack, text);
    if (known !== undefined) return this.offerExisting(active.doc, known, text);
    const offset = active.doc.offset(active.editor.selection.start);
    const answers = isGivenAnswers(given) ? this.given(active.doc, text, offset, given) : await this.ask(active.doc, text, offset);
    if (!answers) return undefined;
    return this.write(active.doc, answers);
  }

  /** The selection already names a concept: say which, and offer its section. */
  private async offerExisting(doc: ScannedDocument, concept: number, text: string): Promise<undefined> {
    const c = doc.pack.concepts[concept]!;
    const open = vscode.l10n.t('Go to Section');
    const name = c.name.zh ?? c.name.en ?? c.id;
    const choice = await vscode.window.showInformationMessage(vscode.l10n.t('“{0}” already names the concept “{1}”.', text, name), open);
    if (choice === open) await vscode.commands.executeCommand(COMMANDS.goToSection, doc.uri, c.id);
    return undefined;
  }

  /** The three questions; undefined as soon as one is cancelled. */
  private async ask(doc: ScannedDocument, text: string, offset: number): Promise<Answers | undefined> {
    const m = this.authoring.get();
    const lang = m.nameLanguage(text);
    const other: Lang = lang === 'zh' ? 'en' : 'zh';
    const otherName = await vscode.window.showInputBox({
      title: vscode.l10n.t('Add Concept “{0}” (1/3)', text),
      prompt: other === 'en' ? vscode.l10n.t('Its name in English (optional)') : vscode.l10n.t('Its name in Chinese (optional)'),
      ignoreFocusOut: true,
    });
    if (otherName === undefined) return undefined;
    const pack = this.articlePacks.find(doc.uri, doc.text)?.pack;
    const choices = m.sectionChoices(doc.headings, offset, pack);
    const none = { label: vscode.l10n.t('No section'), choice: undefined };
    const picked = await vscode.window.showQuickPick([...choices.map((c) => ({ label: c.heading, description: c.isNew ? vscode.l10n.t('new section of the pack') : undefined, choice: c })), none], {
      title: vscode.l10n.t('Add Concept “{0}” (2/3): its home section', text),
      ignoreFocusOut: true,
    });
    if (!picked) return undefined;
    const explanation = await vscode.window.showInputBox({ title: vscode.l10n.t('Add Concept “{0}” (3/3)', text), prompt: vscode.l10n.t('An explanation in one to three sentences (optional)'), ignoreFocusOut: true });
    if (explanation === undefined) return undefined;
    const name = { [lang]: text, ...(otherName.trim() ? { [other]: otherName.trim() } : {}) };
    return { name, section: picked.choice, explanation };
  }

  private given(doc: ScannedDocument, text: string, offset: number, g: GivenAnswers): Answers {
    const m = this.authoring.get();
    const lang = m.nameLanguage(text);
    const other: Lang = lang === 'zh' ? 'en' : 'zh';
    const section = g.section ? m.sectionChoices(doc.headings, offset, this.articlePacks.find(doc.uri, doc.text)?.pack).find((c) => c.heading === g.section) : undefined;
    return { name: { [lang]: text, ...(g.otherName ? { [other]: g.otherName } : {}) }, section, explanation: g.explanation ?? '' };
  }

  private async write(doc: ScannedDocument, answers: Answers): Promise<string | undefined> {
    const m = this.authoring.get();
    const existing = this.articlePacks.find(doc.uri, doc.text);
    const concept = m.conceptSpec(answers, new Set(doc.pack.concepts.map((c) => c.id)));
    const uri = existing?.uri ?? this.articlePacks.packUriFor(doc.uri);
    const written = await writePack(uri, existing !== undefined || (await fileExists(uri)), (text) => m.editsForExisting(text, concept, answers.section), () =>
      m.newPackFor(doc.text, doc.headings, articleName(doc.uri), { ...concept, ...(answers.section ? { section: answers.section.id } : {}) }, new Set()),
    );
    if (!written) return undefined;
    vscode.window.setStatusBarMessage(vscode.l10n.t('Concept Lens: added “{0}” to {1}', concept.name.zh ?? concept.name.en ?? concept.id, vscode.workspace.asRelativePath(vscode.Uri.parse(uri))), 4000);
    return concept.id;
  }
}
