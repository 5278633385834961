// Dates anchored to another happening of the same sentence: "an aftershock
// shook the valley on Sunday, a day after a strong quake left 2,000
// dead" dates the quake to Saturday; "survivors of an earthquake the day
// before that killed 2,500" likewise. The tagger leaves such a phrase
// unresolved (it names no date it can count from); the sentence's own date
// is what it counts from. Pure: a sentence, the tagger's unresolved phrases
// and its dates in, dated expressions out.
import { addDays, addMonths } from '../../model/calendar';
import type { Precision } from '../../model/schema';
import type { TimeExpression, Unresolved } from '../temporal/findTimeExpressions';
import { IRREGULAR_PAST } from '../text/lexicon';

const COUNT: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, several: Number.NaN, few: Number.NaN,
};
const PHRASE = /^(?:(?:the|(\w+))\s+)?(hours?|days?|weeks?|months?|years?)\s+(before|after)$/i;

/** An anchored phrase's date: the anchor's day shifted by the phrase's count, at the precision the unit allows. */
function shifted(anchor: TimeExpression, n: number, unit: string, sign: 1 | -1): { start: string; end: string; precision: Precision } | null {
  const u = unit.toLowerCase().replace(/s$/, '');
  const from = anchor.date.start;
  if (u === 'hour') return anchor.date.precision === 'day' ? { start: from, end: from, precision: 'day' } : null;
  if (u === 'day' || u === 'week') {
    if (anchor.date.precision !== 'day') return null;
    const day = addDays(from, sign * n * (u === 'week' ? 7 : 1));
    return { start: day, end: day, precision: 'day' };
  }
  if (u === 'month') {
    const month = addMonths(`${from.slice(0, 7)}-01`, sign * n);
    return { start: month, end: addDays(addMonths(month, 1), -1), precision: 'month' };
  }
  const year = Number(from.slice(0, 4)) + sign * n;
  return { start: `${year}-01-01`, end: `${year}-12-31`, precision: 'year' };
}

/** Whether the words after an anchored phrase tell a happening: an indefinite noun ("a massive earthquake"), or a noun and its verb. */
function tellsHappening(after: string): boolean {
  if (/^\s*(?:a|an|one|another|\d)/i.test(after)) return true;
  const clause = after.split(/[,;:.]/)[0]!.split(/\s+/).filter(Boolean).slice(0, 8);
  return clause.some((w, i) => i > 0 && (/^[a-z]{3,}ed$/.test(w) || IRREGULAR_PAST.has(w)));
}

/**
 * The happenings a sentence dates relative to its own date. "N days after
 * <noun>" dates the noun N days before the anchor; "N days before <noun>" N
 * days after it; "<noun> the day before that …" dates the noun a day before
 * the anchor. The anchor is the sentence's date nearest before the phrase,
 * else after it.
 */
export function anchoredDates(sentence: string, unresolved: Unresolved[], dates: TimeExpression[], toldBefore?: ToldBefore): TimeExpression[] {
  const out: TimeExpression[] = [];
  for (const u of unresolved) {
    if (!/anchored/i.test(u.reason)) continue;
    const m = PHRASE.exec(u.text.trim());
    if (!m) continue;
    const n = m[1] === undefined ? 1 : COUNT[m[1].toLowerCase()] ?? Number(m[1]);
    if (!Number.isInteger(n) || n <= 0) continue;
    const before = dates.filter((d) => d.end <= u.start);
    const anchor = before[before.length - 1] ?? dates.find((d) => d.start >= u.end);
    if (!anchor) {
      const earlier = dates.length === 0 && toldBefore ? toldEarlier(sentence, u, m, n, toldBefore) : null;
      if (earlier) out.push(earlier);
      continue;
    }
    const direction = m[3]!.toLowerCase();
    // "the day before that killed …": a relative clause follows, so the phrase dates the noun before it.
    const relative = /^\s*(?:that|which|who)\b/i.test(sentence.slice(u.end, u.end + 8));
    // "a day after a strong quake", "a day after the earthquake killed 2,000": the sentence tells that happening.
    // "the day before the fire" only dates its own clause by a happening told before: no event of its own.
    if (!relative && !tellsHappening(sentence.slice(u.end))) continue;
    const sign: 1 | -1 = relative ? (direction === 'before' ? -1 : 1) : direction === 'after' ? -1 : 1;
    const date = shifted(anchor, n, m[2]!, sign);
    if (!date) continue;
    out.push({
      start: u.start,
      end: u.end,
      text: u.text,
      date,
      kind: 'point',
      rule: relative ? 'anchored-relative' : 'anchored-noun',
      tense: 'past',
    });
  }
  return out;
}

/** The day of a happening the article told before, found by a word naming it ("quake"), or nothing. */
export type ToldBefore = (word: string) => { start: string; precision: Precision } | undefined;

// "… two hours after the first tremor", "a day after the main blast": a happening named with "the", so told before.
const TOLD_NOUN = /^\s*the\s+(?:(?:first|initial|main|original|earlier|previous|deadly|big|massive|powerful|major)\s+)?([a-z]{3,})\b/i;

/**
 * "A second tremor shook the port two hours after the first quake": no date in the sentence, but the happening it counts
 * from was told before, with its day; the phrase dates the sentence's own happening from it ("after" later, "before"
 * earlier). A noun the article has not told with a day ("two days after the vote" with no vote dated) dates nothing.
 */
function toldEarlier(sentence: string, u: Unresolved, m: RegExpExecArray, n: number, toldBefore: ToldBefore): TimeExpression | null {
  const noun = TOLD_NOUN.exec(sentence.slice(u.end));
  const anchor = noun ? toldBefore(noun[1]!.toLowerCase()) : undefined;
  if (!anchor) return null;
  const day = shifted({ date: { start: anchor.start, end: anchor.start, precision: anchor.precision } } as TimeExpression, n, m[2]!, m[3]!.toLowerCase() === 'after' ? 1 : -1);
  // Weeks counted from a happening told elsewhere (which may have lasted days) name the month, not the day.
  const month = day && day.precision === 'day' && /^weeks?$/i.test(m[2]!) ? `${day.start.slice(0, 7)}-01` : null;
  const date = month ? { start: month, end: addDays(addMonths(month, 1), -1), precision: 'month' as const } : day;
  // The expression runs to the noun ("two hours after the first quake"): it says what the date counts from.
  const end = u.end + noun![0].length;
  return date ? { start: u.start, end, text: sentence.slice(u.start, end), date, kind: 'point', rule: 'anchored-told', tense: 'past' } : null;
}
