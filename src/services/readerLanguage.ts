// The reader's language, decided in one place for every hover, tree, graph, quick pick and the guide:
// the setting conceptLens.explanationLanguage, else the script of the document being read, else the
// language of VS Code's interface.

import { readerLanguage, uiLang } from '../core/features/language';
import type { Lang } from '../core/pack/conceptPack';
import type { ISettings } from './host/settings';

export class ReaderLanguage {
  constructor(
    private readonly settings: Pick<ISettings, 'window'>,
    /** VS Code's display language (vscode.env.language), e.g. 'en' or 'zh-cn'. */
    private readonly uiLanguage: string,
  ) {}

  /** For a document (its text decides under 'auto'); without one, the setting else the UI's language. */
  of(doc?: { readonly text: string }): Lang {
    return readerLanguage(this.settings.window().explanationLanguage, doc?.text ?? '', this.uiLanguage);
  }

  /** The language of the interface itself (the webview's `lang`), whatever the setting says. */
  get ui(): Lang {
    return uiLang(this.uiLanguage);
  }
}
