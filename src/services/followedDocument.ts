// The Markdown document the Concepts view and the Concept Graph show: the active editor's, kept while
// the focus is elsewhere (another kind of editor, a view, the graph itself), and when it closes the
// active Markdown editor's if there is one. One rule for both views.

import { Disposable } from './base/disposable';
import { Emitter } from './base/event';
import type { IEditors } from './host/editors';
import type { IWorkspace } from './host/workspace';
import type { ITextDocument } from './host/textDocument';
import { isAnnotatedMarkdown } from './schemes';

export class FollowedDocument extends Disposable {
  private followed: ITextDocument | undefined;
  private readonly changed = this.register(new Emitter<ITextDocument | undefined>());
  /** Fires when the followed document becomes another one (or none). */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly editors: IEditors,
    workspace: Pick<IWorkspace, 'onDidCloseDocument'>,
  ) {
    super();
    this.followed = this.activeMarkdown();
    this.register(editors.onDidChangeActiveDocument((doc) => doc && isAnnotatedMarkdown(doc) && this.follow(doc)));
    this.register(workspace.onDidCloseDocument((doc) => doc.uri === this.followed?.uri && this.follow(this.activeMarkdown())));
  }

  /** The followed document, if it is still open. */
  get document(): ITextDocument | undefined {
    return this.followed && !this.followed.isClosed ? this.followed : undefined;
  }

  /** Whether `uri` is the followed document's. */
  isFollowed(uri: string): boolean {
    return this.followed?.uri === uri;
  }

  private activeMarkdown(): ITextDocument | undefined {
    const doc = this.editors.activeDocument;
    return doc && isAnnotatedMarkdown(doc) && !doc.isClosed ? doc : undefined;
  }

  private follow(doc: ITextDocument | undefined): void {
    if (doc === this.followed || (doc && this.followed && doc.uri === this.followed.uri && !this.followed.isClosed)) return;
    this.followed = doc;
    this.changed.fire(doc);
  }
}
