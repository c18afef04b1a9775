// What the workspace index needs from its host, and the progress it reports.

import type { IWorkspace } from '../host/workspace';
import type { ISettings } from '../host/settings';
import type { INotifications } from '../host/notifications';
import type { ILog } from '../host/log';
import type { IIndexCache, IIndexWorker } from '../host/indexHost';
import type { PackSource } from '../documentScans';
import type { ScannedDocument } from '../scannedDocument';
import type { ITextDocument } from '../host/textDocument';

export interface IndexProgress {
  /** Files read of those listed. */
  done: number;
  total: number;
}

export interface ConceptIndexHost {
  workspace: IWorkspace;
  settings: ISettings;
  packs: PackSource;
  scans: { get(doc: ITextDocument): ScannedDocument | undefined };
  worker: IIndexWorker;
  /** Undefined when there is nowhere to keep it (no folder open): the index is then made each session. */
  cache: IIndexCache | undefined;
  notifications: INotifications;
  log: ILog;
}
