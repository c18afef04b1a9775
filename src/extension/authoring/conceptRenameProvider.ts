// Rename Concept (F2 on an occurrence): a concept's name in one language changes in the pack that
// defines it and at every occurrence of that name (inflections keep their ending) in the workspace's
// Markdown, in one WorkspaceEdit that VS Code shows in its refactor preview before applying it.

import * as vscode from 'vscode';
import type { DocumentScans } from '../../services/documentScans';
import type { PackRegistry } from '../../services/packRegistry';
import type { ConceptIndex } from '../../services/index/conceptIndex';
import type { ScannedDocument } from '../../services/scannedDocument';
import { renamedOccurrence } from '../../services/authoring/renameConcept';
import { setName } from '../../core/authoring/packEdits';
import { refusalText } from './packWrites';
import { nameLanguage } from '../../core/text/script';
import type { Lang } from '../../core/pack/conceptPack';
import { scanOf, toRange, toUri } from '../host/textDocuments';

interface Renaming {
  doc: ScannedDocument;
  id: string;
  lang: Lang;
  oldName: string;
  packUri: string;
  range: vscode.Range;
}

export class ConceptRenameProvider implements vscode.RenameProvider {
  constructor(
    private readonly scans: DocumentScans,
    private readonly packs: PackRegistry,
    private readonly occurrences: ConceptIndex,
  ) {}

  prepareRename(document: vscode.TextDocument, position: vscode.Position): { range: vscode.Range; placeholder: string } {
    const r = this.renaming(document, position);
    return { range: r.range, placeholder: r.oldName };
  }

  async provideRenameEdits(document: vscode.TextDocument, position: vscode.Position, newName: string, token: vscode.CancellationToken): Promise<vscode.WorkspaceEdit | undefined> {
    const r = this.renaming(document, position);
    const name = newName.trim();
    if (!name || name === r.oldName) return undefined;
    const edit = new vscode.WorkspaceEdit();
    const meta: vscode.WorkspaceEditEntryMetadata = { needsConfirmation: true, label: vscode.l10n.t('Rename concept “{0}”', r.oldName) };
    const pack = await vscode.workspace.openTextDocument(toUri(r.packUri));
    const change = setName(pack.getText(), r.id, r.lang, name);
    if (!change.ok) throw new Error(vscode.l10n.t('Concept Lens cannot change {0}: {1}', vscode.workspace.asRelativePath(pack.uri), refusalText(change)));
    for (const e of change.edits) edit.replace(pack.uri, new vscode.Range(pack.positionAt(e.offset), pack.positionAt(e.offset + e.length)), e.content, meta);
    for (const o of await this.occurrences.findComplete(r.id, token)) {
      const renamed = renamedOccurrence(o.text, r.oldName, name);
      if (renamed !== undefined) edit.replace(toUri(o.uri), toRange(o.range), renamed, meta);
    }
    return edit;
  }

  /** What F2 at a position would rename; says why not (VS Code shows the message) when it cannot. */
  private renaming(document: vscode.TextDocument, position: vscode.Position): Renaming {
    const doc = scanOf(this.scans, document);
    const m = doc?.matchAt(position);
    if (!doc || !m) throw new Error(vscode.l10n.t('Put the cursor on a concept to rename it.'));
    const concept = doc.pack.concepts[m.concept]!;
    const text = doc.text.slice(m.start, m.end);
    const lang = nameLanguage(text);
    const oldName = concept.name[lang];
    const defining = this.packs.userPackDefining(concept.id, doc.uri);
    if (!defining) throw new Error(vscode.l10n.t('“{0}” is a concept of the built-in pack: add it to your article’s pack first.', concept.name.zh ?? concept.name.en ?? concept.id));
    if (!oldName || renamedOccurrence(text, oldName, oldName) === undefined) throw new Error(vscode.l10n.t('“{0}” is an alias: rename the concept at one of its names.', text));
    return { doc, id: concept.id, lang, oldName, packUri: defining.uri, range: toRange(doc.range(m)) };
  }
}
