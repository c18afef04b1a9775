// The answers a script may give Add Concept from Selection instead of its three questions. Only a plain
// object counts: a menu passes the document's Uri as the first argument (the editor's context menu
// does), and a Uri has none of these fields, so it must not read as "every answer given, all empty".

/** Answers given as the command's argument instead of asked. */
export interface GivenAnswers {
  otherName?: string;
  /** The home section's heading text, or null for none. */
  section?: string | null;
  explanation?: string;
}

/** Whether `v` is answers given by a caller: a plain object whose known fields have the right types. */
export function isGivenAnswers(v: unknown): v is GivenAnswers {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  const g = v as Record<string, unknown>;
  return (g['otherName'] === undefined || typeof g['otherName'] === 'string') && (g['section'] === undefined || g['section'] === null || typeof g['section'] === 'string') && (g['explanation'] === undefined || typeof g['explanation'] === 'string');
}
