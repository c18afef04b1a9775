// The link provider's registration. VS Code asks a provider for an editor's links when the editor's text
// changes, and again whenever the registered link providers change; it has no event a provider can fire
// to say its links changed. When every document's links may have changed (a pack was added to, edited or
// reloaded: new occurrences, new targets), the provider is registered afresh, so that the editors already
// open ask for their links again.

import * as vscode from 'vscode';
import { Disposable } from '../../services/base/disposable';
import type { Event } from '../../services/base/event';
import { MARKDOWN_SELECTOR } from '../../services/schemes';

/** How long after the last change the provider is registered afresh (a pack reload comes in bursts). */
export const LINK_REFRESH_MS = 200;

export class ConceptLinkRegistration extends Disposable {
  private registration: vscode.Disposable;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** `everyDocumentChanged`: fires when every document's scan changed (undefined), or one document's. */
  constructor(
    private readonly provider: vscode.DocumentLinkProvider,
    everyDocumentChanged: Event<unknown>,
  ) {
    super();
    this.registration = this.registerProvider();
    this.register(everyDocumentChanged((doc) => doc === undefined && this.refreshSoon()));
    this.register({ dispose: () => (clearTimeout(this.timer), this.registration.dispose()) });
  }

  private refreshSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.isDisposed) return;
      this.registration.dispose();
      this.registration = this.registerProvider();
    }, LINK_REFRESH_MS);
  }

  private registerProvider(): vscode.Disposable {
    return vscode.languages.registerDocumentLinkProvider(MARKDOWN_SELECTOR, this.provider);
  }
}
