// The language our own messages are said in, for those the core words (a pack's problems, a refused
// pack write): the one VS Code shows this extension's translated strings in, so that a message never
// mixes a translated frame with text in another language.

import * as vscode from 'vscode';
import { uiLang } from '../../core/features/language';
import type { Lang } from '../../core/pack/conceptPack';

/** Chinese where VS Code loaded our Chinese strings (a zh-cn display language), else English. */
export function messageLanguage(): Lang {
  return vscode.l10n.bundle !== undefined && uiLang(vscode.env.language) === 'zh' ? 'zh' : 'en';
}
