// A replacement in the case the writer used: "Emdedding" → "Embedding", "TRANSFOMER" → "TRANSFORMER",
// "entrophy" → "entropy", "Secxond Law" → "Second Law" (word by word). A name with capitals inside a
// word (LayerNorm) keeps its own case.

export function withCaseOf(written: string, name: string): string {
  if (/[a-z][A-Z]/.test(name)) return name;
  const letters = written.replace(/[^A-Za-z]/g, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return name.toUpperCase();
  const writtenWords = written.match(/[A-Za-z]+/g) ?? [];
  let k = 0;
  return name.toLowerCase().replace(/[a-z]+/g, (word) => {
    const w = writtenWords[k++] ?? writtenWords[writtenWords.length - 1] ?? '';
    return /^[A-Z]/.test(w) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
  });
}
