// Damerau–Levenshtein distance in its restricted form (optimal string alignment): insertions,
// deletions, substitutions and transpositions of two adjacent units, each one edit. That is the
// measure of typing slips ("entrophy", "Transfomer", "emdedding").

/**
 * The distance between `a` and `b`, or `max + 1` as soon as it is known to exceed `max`. Strings are
 * short (concept names), so three rows of a small table do; the length check settles most pairs.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = b.length;
  let prev2 = new Int32Array(n + 1);
  let prev = new Int32Array(n + 1);
  let cur = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[n]!, max + 1);
}

/** The edits a name of `letters` letters may be misspelt by: none below 5, one up to 8, else two. */
export function allowedEdits(letters: number): number {
  if (letters < 5) return 0;
  return letters <= 8 ? 1 : 2;
}
