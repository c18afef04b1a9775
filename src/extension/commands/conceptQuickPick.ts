import * as vscode from 'vscode';
import { pick } from '../../core/features/language';
import type { Lang } from '../../core/pack/conceptPack';
import type { CompiledPack } from '../../core/scan/compiledPack';
import type { ScannedDocument } from '../../services/scannedDocument';

interface ConceptItem extends vscode.QuickPickItem {
  conceptId: string;
}

/** A quick pick of the pack's concepts: both names, the count in this document and the section. */
export async function pickConcept(cp: CompiledPack, doc: ScannedDocument | undefined, lang: Lang, placeHolder: string): Promise<string | undefined> {
  const items: ConceptItem[] = cp.concepts.map((c, i) => {
    const section = cp.pack.sections.find((s) => s.id === c.section);
    const other = c.name[lang === 'zh' ? 'en' : 'zh'];
    const n = doc?.countOf(i) ?? 0;
    return {
      conceptId: c.id,
      label: pick(c.name, lang),
      description: other && other !== pick(c.name, lang) ? other : undefined,
      detail: [doc ? vscode.l10n.t('Occurrences in this document: {0}', n) : undefined, section ? (section.title[lang] ?? section.heading) : undefined].filter(Boolean).join(' · '),
    };
  });
  const chosen = await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true, matchOnDetail: true });
  return chosen?.conceptId;
}
