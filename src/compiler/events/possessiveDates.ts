// "Police called last month's discovery of the gun a breakthrough", "yesterday's resignation of the chairman": a
// relative date in the possessive before a noun of a happening dates that happening. The tagger reads such a date as a
// TIMEX3 that dates no event of its own (a weekday's possessive, "Tuesday's raid", it dates already); here it dates the
// sentence's happening when nothing else in the sentence does. Left alone: a possessive before a noun of no happening
// ("last year's level", "last year's 40 cents a share"), a happening that only marks the time of another
// ("talks started before today's announcement", "the week following last month's squeeze"), one inside a quotation,
// and a sentence that has a date of its own.
import { dayDate, monthDate, weekDate, yearDate } from '../temporal/resolve';
import type { TimeExpression } from '../temporal/findTimeExpressions';
import { weekMonday } from '../temporal/timex';
import type { ResolvedDate, Timex } from '../temporal/types';
import { DATED_HAPPENING_NOUNS, POSSESSIVE_DATED_NOUNS } from '../text/lexicon';
import { quotationAt } from './quotation';

// The possessive, then up to three words (a name, an adjective), the last of them the noun.
const NOUN_AFTER = /^['’]s\s+((?:[\p{L}.&-]+\s+){0,3}?)([\p{L}-]+)/u;

// "prior to today's announcement", "in the week following last month's squeeze": a reference point, told elsewhere.
const REFERENCE_BEFORE = /\b(?:before|prior\s+to|after|following|since|until|ahead\s+of|in\s+the\s+run-up\s+to)\s+$/i;

const isHappeningNoun = (w: string): boolean =>
  DATED_HAPPENING_NOUNS.has(w) || POSSESSIVE_DATED_NOUNS.has(w) || /^[a-z]{3,}(?:tion|sion|ment)s?$/.test(w);

/** The date a TIMEX3 value names: a day, a month, an ISO week (at month precision) or a year. */
function dateOfValue(value: string): ResolvedDate | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return dayDate(value);
  let m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return monthDate(Number(m[1]), Number(m[2]));
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) return weekDate(weekMonday(Number(m[1]), Number(m[2])));
  if (/^\d{4}$/.test(value)) return yearDate(Number(value));
  return null;
}

/** Dates for the happenings a sentence names after a possessive date the tagger gave no event date. */
export function possessiveDates(sentence: string, timexes: readonly Timex[], expressions: readonly TimeExpression[]): TimeExpression[] {
  const found: TimeExpression[] = [];
  for (const t of timexes) {
    if (t.type !== 'DATE' || expressions.some((e) => e.start < t.end + 2 && t.start < e.end)) continue;
    const noun = NOUN_AFTER.exec(sentence.slice(t.end));
    if (!noun || !isHappeningNoun(noun[2]!.toLowerCase())) continue;
    if (REFERENCE_BEFORE.test(sentence.slice(0, t.start)) || quotationAt(sentence, t.start)) continue;
    const date = dateOfValue(t.value);
    if (!date) continue;
    const end = t.end + 2;
    found.push({ start: t.start, end, text: sentence.slice(t.start, end), date, kind: 'point', rule: 'possessive', tense: 'past' });
  }
  return found;
}
