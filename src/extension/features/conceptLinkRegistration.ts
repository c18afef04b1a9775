// The link provider's registration. VS Code asks a provider for an editor's links when the editor's text
// changes, and again whenever the registered link providers change; it has no event a provider can fire
// to say its links changed. When every document's links may have changed (a pack was added to, edited or
// reloaded: new occurrences, new targets; the article was saved: its sections moved), the provider is
// registered afresh, so that the editors already open ask for their links again.

import * as vscode from 'vscode';
import { Disposable } from '../../services/base/disposable';
import { Emitter, type Event } from '../../services/base/event';
import type { ArticleSearch } from '../../services/articleSearch';
import { MARKDOWN_SELECTOR } from '../../services/schemes';

/** How long after the last change the provider is registered afresh (a pack reload comes in bursts). */
export const LINK_REFRESH_MS = 200;

export class ConceptLinkRegistration extends Disposable {
  private registration: vscode.Disposable;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private count = 0;
  private readonly registered = this.register(new Emitter<void>());
  /** Fires after the provider was registered afresh. */
  readonly onDidRegister = this.registered.event;
  /**
   * How many times the provider was registered. A link request that was under way while it changed may
   * have answered nothing (the old registration was gone), so a caller compares it before and after.
   */
  get generation(): number {
    return this.count;
  }
  /** True while a fresh registration is due. */
  get pending(): boolean {
    return this.timer !== undefined;
  }

  /**
   * `scansChanged`: fires with undefined when every document's scan changed (else one document's);
   * `articleSaved`: the article was saved.
   */
  constructor(
    private readonly provider: vscode.DocumentLinkProvider,
    scansChanged: Event<unknown>,
    articleSaved: Event<unknown>,
  ) {
    super();
    this.registration = this.registerProvider();
    this.register(scansChanged((doc) => doc === undefined && this.refreshSoon()));
    this.register(articleSaved(() => this.refreshSoon()));
    this.register({ dispose: () => (clearTimeout(this.timer), this.registration.dispose()) });
  }

  private refreshSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.isDisposed) return;
      this.registration.dispose();
      this.registration = this.registerProvider();
      this.registered.fire();
    }, LINK_REFRESH_MS);
  }

  private registerProvider(): vscode.Disposable {
    this.count++;
    return vscode.languages.registerDocumentLinkProvider(MARKDOWN_SELECTOR, this.provider);
  }
}

/** Fires when a saved document is the article (as its own folder sees it): links point into its sections. */
export function articleSaved(article: Pick<ArticleSearch, 'find'>): Event<void> {
  return (listener) =>
    vscode.workspace.onDidSaveTextDocument(async (d) => {
      const uri = d.uri.toString();
      if ((await article.find(uri))?.uri === uri) listener();
    });
}
