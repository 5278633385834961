// The words that tell what happened, compared across reports: a crude stem
// ("closed", "closure" and "closing" meet) and the kind of happening a stem
// names (lexicon.ts's HAPPENING_KINDS), so "quake" here and "earthquake"
// there, or "evacuated" and "fled", count as the same word.
import { HAPPENING_KINDS } from './lexicon';

/** The crude stem words are compared by: "closed", "closure" and "closing" meet. */
export function stemWord(lower: string): string {
  return lower.replace(/(ing|ed|es|s|ure)$/u, '').slice(0, 6);
}

/** The crude stem with a final "e" dropped, so a verb's forms meet: "vote", "voted", "voting"; "raise", "raised". */
export function verbStem(lower: string): string {
  return stemWord(lower).replace(/e$/, '');
}

/**
 * Each word of a lexicon's groups of one kind ("quake earthquake tremor"), keyed
 * as `key` writes it, to its group's number: the kind it names.
 */
export function kindsByWord(groups: readonly string[], key: (word: string) => string = (word) => word): Map<string, number> {
  const kinds = new Map<string, number>();
  groups.forEach((group, kind) => {
    for (const word of group.split(' ')) kinds.set(key(word), kind);
  });
  return kinds;
}

/** The kind of happening each stem names. */
const KIND_OF_STEM = kindsByWord(HAPPENING_KINDS, stemWord);

/** The kind of happening a stem names, if any. */
export function kindOfStem(stem: string): number | undefined {
  return KIND_OF_STEM.get(stem);
}
