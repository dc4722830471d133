/** Only letters count: copied text keeps its wording while years, figures and punctuation change. */
function lettersOnly(text: string): string {
  return text.replace(/[^\p{L}]/gu, "");
}

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const chars = Array.from(text);
  for (let i = 0; i + 1 < chars.length; i += 1) {
    const gram = `${chars[i]}${chars[i + 1]}`;
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** Letter count of the text as the similarity measure sees it. */
export function comparableLength(text: string): number {
  return Array.from(lettersOnly(text)).length;
}

/** Dice coefficient of character bigram multisets, 0..1. */
export function textSimilarity(a: string, b: string): number {
  const left = bigrams(lettersOnly(a));
  const right = bigrams(lettersOnly(b));
  let sizeLeft = 0;
  let sizeRight = 0;
  let shared = 0;
  left.forEach((count) => (sizeLeft += count));
  right.forEach((count, gram) => {
    sizeRight += count;
    shared += Math.min(count, left.get(gram) ?? 0);
  });
  return sizeLeft + sizeRight === 0 ? 0 : (2 * shared) / (sizeLeft + sizeRight);
}
