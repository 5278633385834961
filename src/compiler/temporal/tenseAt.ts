// Reads the tense of the clause around a date expression from the nearest
// tense cue (a modal, a past form, a present-perfect auxiliary). The cue lists
// live in lexicon.ts; here is only how they are weighed.
import type { Tense } from './types';
import { FUTURE_WORDS, NOT_PAST_ED, PAST_WORDS, PRESENT_WORDS } from './lexicon';

export type ClauseTense = Tense | 'unknown';

/** How many words either side of the expression may carry its tense. */
const WINDOW = 8;

const WORD = /[A-Za-z\u2019'-]+/y;

function classify(word: string, next: string | undefined, nextAfter: string | undefined): ClauseTense {
  const w = word.toLowerCase().replace(/\u2019/g, "'");
  // Multi-word cues decided by the following word.
  if (w === 'set' || w === 'due') {
    if (next === 'for' || next === 'on' || next === 'in') return 'future';
    if (next === 'to') {
      // "due to the closure" gives a cause, not a plan.
      return nextAfter && /^(the|a|an|his|her|its|their|this|that|these|those)$/.test(nextAfter) ? 'unknown' : 'future';
    }
    return w === 'set' ? 'past' : 'unknown';
  }
  if ((w === 'is' || w === 'are' || w === 'was' || w === 'were') && next === 'to') return 'future';
  if (w === 'to' && next === 'be' && nextAfter !== undefined && /^(held|signed|opened|launched|completed)$/.test(nextAfter)) return 'future';
  if (FUTURE_WORDS.has(w) || w.endsWith("'ll")) return 'future';
  if (PAST_WORDS.has(w)) return 'past';
  if (PRESENT_WORDS.has(w)) return 'present';
  if (w.length >= 5 && w.endsWith('ed') && !NOT_PAST_ED.has(w)) return 'past';
  return 'unknown';
}

interface Word {
  text: string;
  start: number;
  end: number;
}

/** Words of the clause around [start, end), cut at strong punctuation and at the window's edge. */
function clauseWords(sentence: string, start: number, end: number): { before: Word[]; after: Word[] } {
  const from = Math.max(0, start - 160);
  const to = Math.min(sentence.length, end + 160);
  const before: Word[] = [];
  const after: Word[] = [];
  let i = from;
  while (i < to) {
    const ch = sentence[i] ?? '';
    if (/[;\u2014\n]/.test(ch)) {
      if (i < start) before.length = 0;
      else if (i >= end) break;
      i += 1;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(sentence);
    if (m && m.index === i && /[A-Za-z]/.test(m[0])) {
      const w = { text: m[0], start: i, end: i + m[0].length };
      if (w.end <= start) before.push(w);
      else if (w.start >= end) after.push(w);
      i = w.end;
    } else {
      i += 1;
    }
  }
  return { before: before.slice(-WINDOW), after: after.slice(0, WINDOW) };
}

/**
 * The tense of the clause holding sentence[start, end): the nearest cue wins;
 * a cue before the expression beats one the same distance after it, since
 * "said on Thursday that … will" dates the saying.
 */
export function tenseAt(sentence: string, start: number, end: number): ClauseTense {
  const { before, after } = clauseWords(sentence, start, end);
  const lower = (w: Word | undefined) => w?.text.toLowerCase();
  let best: ClauseTense = 'unknown';
  let bestDistance = Infinity;
  for (let k = before.length - 1; k >= 0; k -= 1) {
    const word = before[k];
    if (!word) continue;
    const next = k + 1 < before.length ? before[k + 1] : after[0];
    const nextAfter = k + 2 < before.length ? before[k + 2] : after[k + 2 - before.length];
    const t = classify(word.text, lower(next), lower(nextAfter));
    if (t !== 'unknown') {
      best = t;
      bestDistance = before.length - 1 - k;
      break;
    }
  }
  for (let k = 0; k < after.length; k += 1) {
    if (k + 0.5 >= bestDistance) break;
    const word = after[k];
    if (!word) continue;
    const t = classify(word.text, lower(after[k + 1]), lower(after[k + 2]));
    if (t !== 'unknown') return t;
  }
  return best;
}
