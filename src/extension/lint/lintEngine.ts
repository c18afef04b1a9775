// The concept lint's engine in the extension: the linter lives in dist/authoring.js (with pinyin-pro),
// and the word lists in dist/lexicon; both load on the first lint, after activation.

import * as vscode from 'vscode';
import type { CompiledPack } from '../../core/scan/compiledPack';
import type { Lexicon } from '../../core/lint/lexicon';
import type { ILintEngine, ILinter } from '../../services/host/lintHost';
import type { AuthoringModuleLoader } from '../authoring/authoringModule';

export class VscodeLintEngine implements ILintEngine {
  private lexicon: Promise<Lexicon> | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly authoring: AuthoringModuleLoader,
  ) {}

  async linterFor(pack: CompiledPack): Promise<ILinter> {
    const lexicon = await (this.lexicon ??= this.loadLexicon().catch((e: unknown) => {
      this.lexicon = undefined; // tried again next time
      throw e;
    }));
    return new (this.authoring.get().ConceptLinter)(pack, lexicon);
  }

  private async loadLexicon(): Promise<Lexicon> {
    const read = async (name: string): Promise<string> => new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, 'dist', 'lexicon', name)));
    const [en, zh] = await Promise.all([read('en.txt'), read('zh.txt')]);
    return this.authoring.get().lexiconFromLists(en, zh, true);
  }
}
