// Choose How a Name Is Read Here: the writer's reading of an ambiguous name for the whole document (熵 as
// information entropy in notes on coding; "attention" as the everyday word in a talk's thanks). From a
// hover link, with `[documentUri, name, reading | null]`; from the palette, for the name at the cursor,
// with a pick of its readings. The choice is a comment in the document (writerChoices.ts): one edit, one undo.

import * as vscode from 'vscode';
import { COMMANDS } from './commandIds';
import type { Command } from './command';
import type { CommandContext } from './commandContext';
import type { DocumentScans } from '../../services/documentScans';
import type { ReaderLanguage } from '../../services/readerLanguage';
import type { CompiledPack } from '../../core/scan/compiledPack';
import { scanBlocks } from '../../core/markdown/blocks';
import { readChoiceEdits } from '../../core/authoring/readChoiceEdit';
import { readingLabel } from '../../core/features/readingLabels';
import { ambiguousNameAt } from '../../core/scan/senses/ambiguousNameAt';
import { senseReasonOf } from '../../core/scan/senses/senseReason';
import { ambiguityOfName, readingKeys } from '../../core/scan/senses/writerChoices';
import { scanOf } from '../host/textDocuments';
import { GUIDE_SCHEME } from '../../services/schemes';

/** What the command writes: the name (as the pack spells it) and the reading's key, null to read by context again. */
interface Choice {
  name: string;
  ambiguity: number;
  reading: string | null;
}

export class ChooseReadingCommand implements Command {
  readonly id = COMMANDS.chooseReading;

  constructor(
    private readonly context: CommandContext,
    private readonly scans: DocumentScans,
    private readonly language: ReaderLanguage,
  ) {}

  /** Resolves to whether the document was changed. */
  async execute(...args: unknown[]): Promise<boolean> {
    const [uri, name, reading] = args;
    if (typeof uri === 'string' && typeof name === 'string' && (typeof reading === 'string' || reading === null)) return this.fromLink(uri, name, reading);
    return this.fromCursor();
  }

  private async fromLink(uri: string, name: string, reading: string | null): Promise<boolean> {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    const pack = document && this.packOf(document);
    if (!document || !pack) return false;
    const ambiguity = ambiguityOfName(pack, name);
    if (ambiguity < 0) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Concept Lens: the concept pack has no name “{0}” that can be read more than one way.', name));
      return false;
    }
    if (reading !== null && !readingKeys(pack, ambiguity).includes(reading)) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Concept Lens: the concept pack has no reading “{1}” for “{0}”.', name, reading));
      return false;
    }
    return this.write(document, pack, { name, ambiguity, reading });
  }

  private async fromCursor(): Promise<boolean> {
    const active = this.context.activeMarkdown();
    if (!active) return false;
    const { editor, doc } = active;
    const document = editor.document;
    if (document.uri.scheme === GUIDE_SCHEME) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Concept Lens: the concept guide is read-only; choose how a name is read in your own documents.'));
      return false;
    }
    const text = document.getText();
    const blocks = scanBlocks(text).blocks;
    const pack = doc.pack;
    const m = ambiguousNameAt(text, blocks, pack, document.offsetAt(editor.selection.active));
    const reason = m && senseReasonOf(text, blocks, pack, m);
    if (!m || !reason) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Concept Lens: put the cursor on a name that can be read more than one way, such as 熵 or “attention”.'));
      return false;
    }
    const name = pack.surfaces[m.surface]!.exact;
    const lang = this.language.of(doc);
    const keys = readingKeys(pack, reason.ambiguity);
    const items: (vscode.QuickPickItem & { reading: string | null })[] = keys.map((key, r) => ({
      label: readingLabel(pack, reason.ambiguity, r, lang),
      description: r === reason.reading ? vscode.l10n.t('read so now') : undefined,
      reading: key,
    }));
    if (reason.chosen) items.push({ label: vscode.l10n.t('By its context'), description: vscode.l10n.t('take the choice out'), reading: null });
    const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Read “{0}” in this document as', text.slice(m.start, m.end)) });
    if (!picked) return false;
    return this.write(document, pack, { name, ambiguity: reason.ambiguity, reading: picked.reading });
  }

  private async write(document: vscode.TextDocument, pack: CompiledPack, choice: Choice): Promise<boolean> {
    // The live text: the scan may be a keystroke behind.
    const text = document.getText();
    const result = readChoiceEdits(text, scanBlocks(text).blocks, pack, choice.name, choice.ambiguity, choice.reading ?? undefined);
    if (!result.ok) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Concept Lens: “{0}” cannot be written in a comment.', choice.name));
      return false;
    }
    if (result.edits.length === 0) return false;
    const edit = new vscode.WorkspaceEdit();
    for (const e of result.edits) edit.replace(document.uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.text);
    return vscode.workspace.applyEdit(edit);
  }

  private packOf(document: vscode.TextDocument): CompiledPack | undefined {
    return scanOf(this.scans, document)?.pack;
  }
}
