// What the services tell the user, as facts: the adapter words them (in the user's language) and
// shows them. Keeping the wording out of the services keeps them testable and host-free.

import type { PackProblem } from '../../core/pack/loadPack';

export interface INotifications {
  /** A pack has errors (its valid concepts are used): say so once per reload, with a way to the Problems panel. */
  packHasErrors(packUri: string, errors: number): void;
  /** A document is over the size limit and is not scanned (said once per document). */
  documentTooLarge(uri: string, limitKB: number): void;
  /** The workspace has more Markdown files than the index holds (`max`): say so once, with the setting. */
  indexCapped(max: number): void;
}

/** A pack file's problems, or the reason it could not be read. */
export type PackReport = { readonly problems: readonly PackProblem[] } | { readonly unreadable: string };

/** The Problems panel's entries for the packs. */
export interface IPackDiagnostics {
  set(packUri: string, report: PackReport): void;
  clear(): void;
}
