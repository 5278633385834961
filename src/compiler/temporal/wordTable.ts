// A table from words to bit sets, read straight from a text without
// building the word: the scanner's first look at each word start.

interface WordNode { next: Array<WordNode | undefined>; value: number }

/**
 * Words of ASCII letters with a number each, read straight from a text
 * without building the word: `valueAt` walks the run of letters at a
 * position, case-insensitively. Every pattern of the tagger that begins with
 * a word requires a non-letter right after it, so a match can only begin
 * where the run of letters is one of the pattern's first words.
 */
export class WordTable {
  private readonly root: WordNode = { next: [], value: 0 };

  /** Adds `bits` to the word's number. */
  add(word: string, bits: number): void {
    let node = this.root;
    for (const ch of word.toLowerCase()) {
      const k = ch.charCodeAt(0) - 97;
      if (k < 0 || k > 25) throw new Error(`not a word of ASCII letters: ${word}`);
      node = node.next[k] ??= { next: [], value: 0 };
    }
    node.value |= bits;
  }

  /** The number of the run of letters at `at`; 0 for a word not in the table, -1 when no letter starts there. */
  valueAt(s: string, at: number): number {
    let node: WordNode | undefined = this.root;
    let i = at;
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i) | 32;
      if (c < 97 || c > 122) break;
      node = node.next[c - 97];
      if (!node) return 0;
    }
    return i === at ? -1 : node.value;
  }
}
