import * as vscode from 'vscode';
import { readerLanguage, pick } from '../../core/features/language';
import type { ScannedDocument } from '../services/documentScans';
import type { PackRegistry } from '../services/packRegistry';
import { readSettings } from '../services/settings';

interface ConceptItem extends vscode.QuickPickItem {
  conceptId: string;
}

/** A quick pick of the pack's concepts: both names, the count in this document and the section. */
export async function pickConcept(packs: PackRegistry, doc: ScannedDocument | undefined, placeHolder: string): Promise<string | undefined> {
  const cp = doc?.pack ?? packs.current;
  const lang = readerLanguage(readSettings().explanationLanguage, doc?.text ?? '', vscode.env.language);
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
