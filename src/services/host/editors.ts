// What the services need of the host's editors: which document the user is looking at.

import type { Event } from '../base/event';
import type { ITextDocument } from './textDocument';

export interface IEditors {
  /** The document of the active text editor, if any. */
  readonly activeDocument: ITextDocument | undefined;
  readonly onDidChangeActiveDocument: Event<ITextDocument | undefined>;
}
