// "Price wars will continue through next year", "Westinghouse expects margins of 10% next year", "capital spending in
// 1990 will rise slightly", "the company foresees a boost throughout the 1990s", "costs for next year are lower": a year, season or decade not yet over
// that a forecast is about. What is forecast has not happened, and the period dates no happening a reader would put on
// a timeline. Left alone: a deed on a schedule ("will open next year", "planned to ship early next year", "could take
// effect in the first quarter of next year"), a day or a month ("will redeem on Nov. 16", "next month"), and a
// period already over at publication ("sales rose in 1988").
import type { TimeExpression } from '../temporal/findTimeExpressions';
import { FIGURE_CHANGING_VERBS, FORECASTING_WORDS, FORECAST_RESULT_WORDS, OUTCOME_VERBS, TREND_VERBS, alternation } from '../text/lexicon';

const COARSE = new Set(['year', 'season', 'decade', 'century']);
// "will continue", "would probably remain", "is going to rise", "'ll stay": a modal of the future, up to two words, a verb.
const WILL_THEN = /\b(?:will|would|['’]ll|(?:is|are)\s+going\s+to)\s+(?:not\s+|also\s+|probably\s+|still\s+|likely\s+|only\s+|further\s+|slightly\s+)?(?:not\s+|also\s+)?([a-z]+)\b/gi;

// "The break-even level for next year is far lower", "costs in 2027 are higher than planned": a level of a period not
// yet over, told in the present with a comparative right after the date, is a forecast's figure. ("Prices are higher
// now" has no such period; "the line is better and will open next year" tells the opening.)
const PRESENT_LEVEL = /^\s*(?:[\w'’-]+\s+){0,2}?(?:is|are)\s+(?:now\s+)?(?:much\s+|far\s+|slightly\s+|a\s+(?:bit|little|lot)\s+|somewhat\s+)?(?:lower|higher|smaller|bigger|larger|greater|less|more|cheaper|dearer|weaker|stronger|better|worse)\b/i;

// "The deal would dilute Orlo's earnings by about 9% in 2027", "the charges will reduce its operating results for this
// year", "the unit won't be profitable until 2026": a modal and a verb changing a company's figures, a forecast of them.
// ("Orlo will publish its results next year" puts them out on a schedule; "will start sales of the drug next year", "will
// cut income taxes next year" and "will open a plant next year" are deeds.)
const ACTS_ON_RESULT = new RegExp(
  String.raw`\b(?:will|would|could|may|might|can|won['’]t|wouldn['’]t|couldn['’]t|can['’]t)\s+(?:not\s+|also\s+|probably\s+|still\s+|likely\s+|further\s+)?(?:${alternation(FIGURE_CHANGING_VERBS)})\s+(?:[\w'’.&-]+\s+){0,4}?(?:${alternation(FORECAST_RESULT_WORDS)})\b(?![\s-]+tax(?:es)?\b)`,
  'i',
);

/** Whether a date is the period a forecast told in its clause is about: coarse, not over when published, forecast. */
export function isForecastPeriod(clause: string, e: TimeExpression, published: string | undefined): boolean {
  if (!published || !COARSE.has(e.date.precision) || e.date.end <= published) return false;
  const words = clause.toLowerCase().split(/[^a-z'’-]+/).filter(Boolean);
  if (words.some((w, i) => FORECASTING_WORDS.has(w) && forecastsFigure(words.slice(i + 1, i + 6)))) return true;
  const at = clause.indexOf(e.text);
  if (at >= 0 && PRESENT_LEVEL.test(clause.slice(at + e.text.length))) return true;
  if (ACTS_ON_RESULT.test(clause)) return true;
  return [...clause.matchAll(WILL_THEN)].some((m) => TREND_VERBS.has(m[1]!.toLowerCase()) || OUTCOME_VERBS.has(m[1]!.toLowerCase()));
}

/**
 * What follows a word of forecasting is a figure or a need ("expects margins of 10%", "predicted earnings of $4",
 * "expected to rise"), not a deed ("is expected to close", "expects to take delivery of new aircraft"): a verb after
 * "to" is a trend's.
 */
function forecastsFigure(next: string[]): boolean {
  const to = next.indexOf('to');
  return to < 0 || TREND_VERBS.has(next[to + 1] ?? '') || OUTCOME_VERBS.has(next[to + 1] ?? '');
}
