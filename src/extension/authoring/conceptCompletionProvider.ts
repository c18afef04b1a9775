// Completion of concept names while writing: two characters of a name in either language, or the
// pinyin initials of a Chinese one (dcpq → 对称破缺), offer the concept's name. Only in prose (not in
// code, math, links or front matter, judged on the block around the cursor alone), and from an index
// built once per pack, so a keystroke costs a binary search.

import * as vscode from 'vscode';
import type { DocumentScans } from '../../services/documentScans';
import type { ReaderLanguage } from '../../services/readerLanguage';
import type { ISettings } from '../../services/host/settings';
import type { CompiledPack } from '../../core/scan/compiledPack';
import { pick } from '../../core/features/language';
import { scanOf } from '../host/textDocuments';
import type { AuthoringModule, AuthoringModuleLoader } from './authoringModule';

type CompletionIndex = ReturnType<AuthoringModule['buildCompletionIndex']>;

export class ConceptCompletionProvider implements vscode.CompletionItemProvider {
  private index: { pack: CompiledPack; index: CompletionIndex } | undefined;

  constructor(
    private readonly scans: DocumentScans,
    private readonly settings: ISettings,
    private readonly language: ReaderLanguage,
    private readonly authoring: AuthoringModuleLoader,
  ) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionList | undefined {
    if (!this.settings.window().completionEnabled) return undefined;
    const doc = scanOf(this.scans, document);
    if (!doc) return undefined;
    const m = this.authoring.get();
    const offset = doc.offset(position);
    const context = m.completionContext(doc.text, offset, doc.exclusionsAt(Math.max(0, offset - 1)));
    if (!context.inProse) return undefined;
    const candidates = m.conceptCompletions(this.indexOf(doc.pack), context.word);
    if (candidates.length === 0) return undefined;
    const lang = this.language.of(doc);
    const items = candidates.map((c) => {
      const concept = doc.pack.concepts[doc.pack.indexOf.get(c.conceptId)!]!;
      const item = new vscode.CompletionItem({ label: c.insertText, description: c.detail }, vscode.CompletionItemKind.Reference);
      item.range = new vscode.Range(position.translate(0, -c.replaceLength), position);
      // What was typed may be pinyin: let VS Code keep the item whatever the label.
      item.filterText = context.word.slice(context.word.length - c.replaceLength);
      item.sortText = c.sortText;
      item.detail = c.detail;
      // Pack text is untrusted: the explanation goes in as text, never as Markdown.
      item.documentation = new vscode.MarkdownString().appendText(pick(concept.explanation, lang));
      return item;
    });
    // Incomplete: the next keystroke asks again, and the index answers at once.
    return new vscode.CompletionList(items, true);
  }

  private indexOf(pack: CompiledPack): CompletionIndex {
    if (this.index?.pack !== pack) this.index = { pack, index: this.authoring.get().buildCompletionIndex(pack.pack) };
    return this.index.index;
  }
}
