/** Search terms: whitespace-separated, width- and case-folded (organ names are Chinese, codes Latin). */
export function searchTerms(query: string): string[] {
  return fold(query)
    .split(/\s+/)
    .filter((term) => term.length > 0)
    .slice(0, 8);
}

function fold(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

/** Every term occurs somewhere in the text (AND search). */
export function matchesAll(text: string, terms: readonly string[]): boolean {
  const folded = fold(text);
  return terms.every((term) => folded.includes(term));
}

/**
 * About 80 characters of narrative around the first term found, so a result
 * shows why it matched; the excerpt is the text as written (matching folds
 * width, so full-width punctuation must not come back folded). Null when no
 * term occurs in the narrative (it matched a name).
 */
export function snippetAround(narrative: string, terms: readonly string[], radius = 40): string | null {
  // Fold character by character, remembering where each folded character came from.
  const chars = Array.from(narrative);
  let folded = "";
  const origin: number[] = [];
  chars.forEach((ch, i) => {
    const f = fold(ch);
    folded += f;
    for (let k = 0; k < f.length; k += 1) origin.push(i);
  });
  for (const term of terms) {
    const at = folded.indexOf(term);
    if (at < 0) continue;
    const first = origin[at] ?? 0;
    const last = origin[at + term.length - 1] ?? first;
    const start = Math.max(0, first - radius);
    const end = Math.min(chars.length, last + 1 + radius);
    const piece = chars.slice(start, end).join("").replace(/\s+/g, " ").trim();
    return `${start > 0 ? "…" : ""}${piece}${end < chars.length ? "…" : ""}`;
  }
  return null;
}
