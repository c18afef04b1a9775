// How a reading was decided, packed in one number: decide() runs once per ambiguous name on every
// version of a document, and thousands of cached verdicts must allocate nothing.

/** Scopes as decisions report them, nearest first (SCOPES in packTypes.ts), and CHOSEN: no scope, the writer's choice (writerChoices.ts). */
export const SENTENCE = 0;
export const PARAGRAPH = 1;
export const SECTION = 2;
export const DOCUMENT = 3;
export const CHOSEN = 4;

/**
 * A decision packed in one number (decide() runs once per ambiguous name, on every version of a
 * document): read it with readingOfDecision(), scopeOfDecision(), cueOfDecision() and isContested().
 */
export type SenseDecision = number;
/** The scope bits of a decision that no evidence made: the fallback stands. */
export const NO_SCOPE = 7 << 4;

export function decision(v: Verdict, scope: number): SenseDecision {
  return readingOf(v) | (scope << 4) | ((cueOf(v) + 1) << 7) | (v & (CONTESTED | TIED));
}

/** Index of the reading in the ambiguity's readings. */
export const readingOfDecision = (d: SenseDecision): number => d & 15;
/** The scope whose evidence decided (SENTENCE…DOCUMENT), CHOSEN, or -1: no evidence anywhere, the fallback stands. */
export const scopeOfDecision = (d: SenseDecision): number => {
  const s = (d >>> 4) & 7;
  return s === 7 ? -1 : s;
};
/** One cue of the chosen reading in that scope (its id), or -1. */
export const cueOfDecision = (d: SenseDecision): number => ((d >>> 7) & CUE_BITS) - 1;
/** Whether another reading also had evidence in the scope that decided (it had less, or lost a tie). */
export const isContested = (d: SenseDecision): boolean => (d & CONTESTED) !== 0;
/** Whether the reading only tied with another in its scope and no wider scope broke the tie. */
export const isTie = (d: SenseDecision): boolean => (d & TIED) !== 0;
/** Whether a section around the name's own decided (under a title heading, the whole document is one). */
export const byEnclosingSection = (d: SenseDecision): boolean => (d & ENCLOSING) !== 0;

/**
 * A verdict packed in one number, so that caching thousands of them allocates nothing: the reading in
 * the low 4 bits, the cue above (+1, so 0 is "none"). UNDECIDED: no reading reached weight 1.
 */
export type Verdict = number;
export const UNDECIDED: Verdict = -1;
/** A bit of verdicts and decisions: another reading had evidence too. */
export const CONTESTED = 1 << 30;
/**
 * A bit of verdicts: the winner only tied with another reading (it stands if no wider scope breaks the
 * tie); in a decision, no wider scope broke it.
 */
export const TIED = 1 << 28;
/** A bit of decisions: a section that encloses the name's own section decided. */
export const ENCLOSING = 1 << 29;
/** The bits of a cue id (+1), below TIED in a decision (from bit 7): a pack has far fewer than 2^21 cues. */
const CUE_BITS = (1 << 21) - 1;
export const verdict = (reading: number, cue: number, contested: boolean): Verdict => reading | ((cue + 1) << 4) | (contested ? CONTESTED : 0);
const readingOf = (v: Verdict): number => v & 15;
const cueOf = (v: Verdict): number => ((v >>> 4) & CUE_BITS) - 1;
