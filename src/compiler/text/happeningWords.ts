// The words that tell what happened, compared across reports: a crude stem
// ("closed", "closure" and "closing" meet) and the kind of happening a stem
// names (lexicon.ts's HAPPENING_KINDS), so "quake" here and "earthquake"
// there, or "evacuated" and "fled", count as the same word.
import { HAPPENING_KINDS } from './lexicon';

/** The crude stem words are compared by: "closed", "closure" and "closing" meet. */
export function stemWord(lower: string): string {
  return lower.replace(/(ing|ed|es|s|ure)$/u, '').slice(0, 6);
}

/** The kind of happening each stem names. */
const KIND_OF_STEM = new Map<string, number>();
HAPPENING_KINDS.forEach((group, kind) => {
  for (const word of group.split(' ')) KIND_OF_STEM.set(stemWord(word), kind);
});

/** The kind of happening a stem names, if any. */
export function kindOfStem(stem: string): number | undefined {
  return KIND_OF_STEM.get(stem);
}
