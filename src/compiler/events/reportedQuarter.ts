// "Halden Mills posted a third-quarter loss of $4 million", "net income rose 12% in the second quarter": a result
// told for a quarter that ended by publication is a figure reported for a period, a happening of that quarter. The
// tagger reads such a quarter as a TIMEX3 but gives it no event date when its year is not written; here it dates the
// sentence's happening, at year precision over the quarter's months, when the sentence has no other date of a
// happening. Left alone: a fiscal quarter (its months are the company's), a quarter compared with ("the year-earlier
// quarter", or named again beside it, "after a flat second quarter"), one still to come ("a loss in the fourth
// quarter", told in October), one inside a quotation, a quarter's end ("the quarter ended June 30"), a report of it ("a third-quarter earnings report"), and a sentence that dates its happening otherwise
// ("will publish its third-quarter figures on Nov. 28": the quarter names the figures).
// "Revenue rose 4% in the quarter to $2.3 billion", "In the latest quarter, the mill lost $2 million": a quarter told
// without its number is the one the article has already named by it (`named`, the values of the ordinal quarters of
// earlier sentences), when the sentence gives a figure as done; an expected figure ("expects revenue in the latest
// quarter to total $28 million") and "that quarter" (often a year-ago one) are left alone.
// "Halden says it expects to show a profit of 12 cents a unit for the second quarter", "its second-quarter profit
// will likely come in below last year's": a result the company only expects is a forecast, even for a quarter that
// has ended; nothing is reported yet. ("As expected, Halden reported lower third-quarter earnings", "Halden, which
// expects to open a plant next year, posted a third-quarter loss": the result is told as done.)
import { periodDate } from '../temporal/resolve';
import { reportsQuarter } from '../temporal/timex';
import type { TimeExpression } from '../temporal/findTimeExpressions';
import type { Timex } from '../temporal/types';
import { quotationAt } from './quotation';
import { ESTIMATING_WORDS, FORECASTING_WORDS, MODAL_VERBS, alternation } from '../text/lexicon';

const ORDINAL_QUARTER = /\b(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter\b/i;
const QUARTER_AGAIN = /^the\s+(?:(?:latest|most\s+recent|recent|just-ended|past)\s+)?quarter$/i;
const FIGURE = /[$€£¥#]\s?\d|\d\s*(?:%|percent\b|million\b|billion\b|cents\b)/i;
// A figure still to come: a word of forecasting or estimating, or a modal ("expects revenue in the latest quarter to total").
const EXPECTED = new RegExp(`\\b(?:${alternation([...FORECASTING_WORDS, ...[...ESTIMATING_WORDS].filter((w) => !/^see/.test(w)), ...MODAL_VERBS])})\\b`, 'i');
// "In the year-ago period (its second quarter, which ended in May), …": the quarter named again is the yardstick.
// "After a flat second quarter, the mill's profit rose": an earlier quarter set before the one reported.
const COMPARED_BEFORE = /\b(?:year-ago|year-earlier|year-before|prior-year|comparable|corresponding|previous|prior)\b[^.;]{0,40}$|\b(?:after|following|since|before)\s+(?:an?|the|its)\s+(?:[a-z-]+\s+)?$/i;
// "the quarter ended June 30": an accounting period's end, told with its own date; "a third-quarter earnings report
// that came in low": the report, issued after the quarter, not a result of it.
const NOT_RESULT_AFTER = /^\s+(?:(?:that\s+)?end(?:ed|ing|s)\b|(?:[a-z-]+\s+){0,2}reports?\b)/i;
// A present word of expecting followed by "to" and a verb, or "is expected to": the company's forecast of its result.
const EXPECTING_TO = /\b(?:(?:expects|anticipates|forecasts|projects|estimates|predicts)\s+to|(?:is|are)\s+(?:expected|forecast|projected)\s+to)\s+[a-z]+\b/gi;
// A result told as done between the word of expecting and the quarter: the expecting belongs to another clause.
const DONE_BETWEEN = /\b(?:reported|posted|earned|lost|rose|fell|jumped|climbed|dropped|declined|slipped|gained|said|had|was|were|booked|recorded)\b/i;
// "its second-quarter profit will likely come in lower": the quarter's result with a modal after it.
const MODAL_AFTER = new RegExp(`^(?:['’]s)?\\s+(?:[a-z-]+\\s+){0,2}?(?:${alternation([...MODAL_VERBS])})\\b`, 'i');

/** Whether the sentence tells the quarter's result as one expected, not yet reported. */
function expectedResult(sentence: string, t: { start: number; end: number }): boolean {
  if (MODAL_AFTER.test(sentence.slice(t.end))) return true;
  const before = sentence.slice(0, t.start);
  return [...before.matchAll(EXPECTING_TO)].some((m) => !DONE_BETWEEN.test(before.slice(m.index + m[0].length)));
}

/**
 * Dates for the quarters a sentence reports results for, at most one for each quarter, none where the tagger already
 * found a date over the same words.
 */
export function reportedQuarters(
  sentence: string,
  timexes: readonly Timex[],
  expressions: readonly TimeExpression[],
  published: string,
  named: ReadonlySet<string> = new Set(),
): TimeExpression[] {
  const found: TimeExpression[] = [];
  for (const t of timexes) {
    const m = /^(\d{4})-Q([1-4])$/.exec(t.value);
    if (!m || !reportsQuarter(sentence, t, published)) continue;
    const text = sentence.slice(t.start, t.end);
    // "the fiscal first quarter": its months are the company's own, which the calendar quarter is not.
    const again = QUARTER_AGAIN.test(text) && named.has(t.value) && FIGURE.test(sentence) && !EXPECTED.test(sentence);
    if ((!ORDINAL_QUARTER.test(text) && !again) || /\bfiscal\b/i.test(text) || quotationAt(sentence, t.start)) continue;
    if (COMPARED_BEFORE.test(sentence.slice(Math.max(0, t.start - 50), t.start)) || NOT_RESULT_AFTER.test(sentence.slice(t.end))) continue;
    if (expectedResult(sentence, t)) continue;
    if (expressions.some((e) => e.start < t.end && t.start < e.end) || found.some((f) => f.text.toLowerCase() === text.toLowerCase())) continue;
    // "The latest quarter's results included …": the possessive goes with the date, as a weekday's does.
    const end = /^['’]s\b/.test(sentence.slice(t.end)) ? t.end + 2 : t.end;
    found.push({ start: t.start, end, text: sentence.slice(t.start, end), date: periodDate(Number(m[1]), Number(m[2]), false), kind: 'point', rule: 'reported-quarter', tense: 'past' });
  }
  return found;
}

/** The calendar quarters a sentence names by their number ("third-quarter", "the second quarter"), as TIMEX3 values. */
export function ordinalQuarters(sentence: string, timexes: readonly Timex[]): string[] {
  // A fiscal quarter's months are the company's: "the quarter" after it is not dated by the calendar's.
  const named = (t: Timex) => ORDINAL_QUARTER.test(sentence.slice(t.start, t.end)) && !/\bfiscal\s+(?:[a-z-]+\s+)?$/i.test(sentence.slice(Math.max(0, t.start - 20), t.start)) && !/\bfiscal\b/i.test(sentence.slice(t.start, t.end));
  return timexes.filter((t) => /^\d{4}-Q[1-4]$/.test(t.value) && named(t)).map((t) => t.value);
}
