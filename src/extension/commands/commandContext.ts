// The one place that decides what a command applies to: the active Markdown editor, and the concept
// named by the command's arguments (a node or item of the Concepts view, `[documentUri, conceptId]`
// from a hover link or the tree, a concept id from the graph), else the concept under the cursor, else
// one the user picks. Messages about a missing editor or concept are said here, the same way for all.

import * as vscode from 'vscode';
import type { CompiledPack } from '../../core/scan/compiledPack';
import type { DocumentScans } from '../../services/documentScans';
import type { ScannedDocument } from '../../services/scannedDocument';
import type { ReaderLanguage } from '../../services/readerLanguage';
import { pick } from '../../core/features/language';
import { conceptIdOf } from '../sidebar/conceptNode';
import { hostDocument, scanOf } from '../host/textDocuments';
import { pickConcept } from './conceptQuickPick';

export interface ActiveMarkdown {
  editor: vscode.TextEditor;
  doc: ScannedDocument;
}

/** A concept a command applies to: its index in `pack`, and the document it was found from, if any. */
export interface ConceptTarget {
  pack: CompiledPack;
  concept: number;
  id: string;
  doc: ScannedDocument | undefined;
}

export class CommandContext {
  constructor(
    private readonly scans: DocumentScans,
    private readonly language: ReaderLanguage,
  ) {}

  /** The active Markdown editor and its scan; unless `quiet`, says a Markdown file is needed. */
  activeMarkdown(quiet = false): ActiveMarkdown | undefined {
    const editor = vscode.window.activeTextEditor;
    const doc = editor && scanOf(this.scans, editor.document);
    if (editor && doc) return { editor, doc };
    if (!quiet) void vscode.window.showInformationMessage(this.notScannedMessage(editor));
    return undefined;
  }

  /** Why the active editor gives a command nothing: no Markdown open, Concept Lens off, or a file too large. */
  private notScannedMessage(editor: vscode.TextEditor | undefined): string {
    switch (editor && this.scans.whyNotScanned(hostDocument(editor.document))) {
      case 'disabled':
        return vscode.l10n.t('Concept Lens is turned off (setting conceptLens.enabled).');
      case 'too-large':
        return vscode.l10n.t('Concept Lens: this file is over the size limit (setting conceptLens.maxFileSizeKB) and is not scanned.');
      default:
        return vscode.l10n.t('Concept Lens: open a Markdown file first.');
    }
  }

  /** The concept under the active editor's cursor or selection, if any. */
  atCursor(): ConceptTarget | undefined {
    const active = this.activeMarkdown(true);
    const m = active?.doc.matchAtSelection(active.editor.selection);
    return active && m ? this.target(active.doc.conceptId(m), active.doc) : undefined;
  }

  /**
   * The concept of a command: from its arguments, else under the cursor, else (with `pickTitle`) the
   * user picks one. Undefined when there is none; an unknown id is said, by the id it was given.
   */
  async concept(args: readonly unknown[], pickTitle?: string, options: { cursor?: boolean } = {}): Promise<ConceptTarget | undefined> {
    const named = this.fromArguments(args);
    if (named) return this.known(named.id, named.doc);
    // Some commands are about the selection itself, not the concept under it: they always ask.
    const here = options.cursor === false ? undefined : this.atCursor();
    if (here || pickTitle === undefined) return here;
    const doc = this.activeMarkdown(true)?.doc;
    const id = await pickConcept(doc?.pack ?? this.scans.pack, doc, this.language.of(doc), pickTitle);
    return id === undefined ? undefined : this.known(id, doc);
  }

  /** The concept of a command that needs one: says how to choose one when there is none. */
  async requireConcept(args: readonly unknown[], pickTitle?: string): Promise<ConceptTarget | undefined> {
    const target = await this.concept(args, pickTitle);
    if (!target && pickTitle === undefined) void vscode.window.showInformationMessage(vscode.l10n.t('Concept Lens: choose a concept in the Concepts view or put the cursor on one.'));
    return target;
  }

  /** The concept's name in the reader's language, for messages. */
  nameOf(target: ConceptTarget): string {
    return pick(target.pack.concepts[target.concept]!.name, this.language.of(target.doc)) || target.id;
  }

  private fromArguments(args: readonly unknown[]): { id: string; doc: ScannedDocument | undefined } | undefined {
    const [first, second] = args;
    const fromTree = conceptIdOf(first);
    if (fromTree) return { id: fromTree, doc: this.activeMarkdown(true)?.doc };
    if (typeof first === 'string' && typeof second === 'string') {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === first);
      return { id: second, doc: document && scanOf(this.scans, document) };
    }
    if (typeof first === 'string' && args.length === 1) return { id: first, doc: this.activeMarkdown(true)?.doc };
    return undefined;
  }

  private known(id: string, doc: ScannedDocument | undefined): ConceptTarget | undefined {
    const t = this.target(id, doc);
    if (!t) void vscode.window.showWarningMessage(vscode.l10n.t('Unknown concept “{0}”.', id));
    return t;
  }

  private target(id: string, doc: ScannedDocument | undefined): ConceptTarget | undefined {
    const pack = doc?.pack ?? this.scans.pack;
    const concept = pack.indexOf.get(id);
    return concept === undefined ? undefined : { pack, concept, id, doc };
  }
}
