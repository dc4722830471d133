import { diffWords } from "diff";

export interface NarrativePart {
  text: string;
  change: "same" | "added" | "removed";
}

/**
 * Chinese has no spaces between words, so jsdiff's default word splitting
 * would treat a whole sentence as one "word" and mark it all as changed, and
 * a per-character diff shreds words into single characters (改 → 变 inside
 * 改进). The ICU word segmenter splits by dictionary words (本|机关|认真|贯彻),
 * which is what a reader compares. The page is rendered on the server, so one
 * ICU build decides the segmentation for everyone.
 */
const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

/**
 * A word-level diff of two narratives: the new text with deletions and
 * insertions in place. Unchanged runs carry the new text's whitespace.
 */
export function diffNarrative(before: string, after: string): NarrativePart[] {
  return diffWords(before, after, { intlSegmenter: segmenter }).map((part) => ({
    text: part.value,
    change: part.added ? "added" : part.removed ? "removed" : "same",
  }));
}
