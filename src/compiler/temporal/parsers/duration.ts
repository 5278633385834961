// A stated length of time: "44 days of clashes", "for the past 100 days",
// "a three-year term", "nearly two years". Durations are properties of
// events, never dates; "two days later" and "a year ago" are left to the
// dated parsers. The TIMEX3 is the count and unit with their modifier
// ("nearly two years", "the past 100 days"), its value the ISO length
// ("P2Y", "P100D", "PXM" for "the past few months", "PXX" for "for a while").
import { numberValue, NUMBER_FIRST_WORDS, NUMBER_SRC, UNIT_SRC } from '../resources/patterns';
import { duration as found, exec, expression, single, sticky, timexesOnly, type Found, type Parser, type Scan } from '../scan';
import { dateValue, durationValue, timex, unitName, valueAtUnit, weekValue } from '../timex';
import { tenseAt } from '../tenseAt';
import { SOME_DAY_RE } from './reference';
import { alternation, ARMED_CONFLICT_WORDS, GRANTING_VERBS, LASTING_VERBS, LENGTH_BOUNDS, phraseAlternation, TRUCE_WORDS } from '../../text/lexicon';
import { addDays, addMonths, unitInterval } from '../../../model/calendar';
import type { Precision } from '../../../model/schema';
import type { ResolvedDate } from '../types';

/** The lead words a length may carry: a signal left outside ("for", "over") or a modifier kept ("nearly", "more than"). */
export const DURATION_LEAD = '(?:(?:for|over|within|in|during|after|throughout|nearly|almost|about|some|around|roughly|at\\s+least|more\\s+than|less\\s+than|up\\s+to|the\\s+(?:past|last|next|first|previous|coming|following|final|better\\s+part\\s+of\\s+the))\\s+){0,3}';
// "2 1/2 years", "two and a half years": the half is part of the count.
const HALF = '(\\s+1/2|\\s+and\\s+a\\s+half)?';
// "two to three weeks", "12 to 18 months": a range of counts, read by its first.
const TO_COUNT = `(?:\\s+(?:to|or)\\s+${NUMBER_SRC}|-\\d+)?`;
// "two more weeks", "an additional year"; "three straight years", "five consecutive quarters", "two full days";
// "eight trading days", "three business days", "ten working days" (days of a market's or an office's calendar, still days).
const MORE = '(?:\\s+(?:more|additional|extra|further|straight|consecutive|successive|full|whole|(?:trading|business|working)(?=\\s+days?\\b)))?';
// "the past two quarters", "several quarters": quarters counted as lengths (never "three quarters of the vote"); after a
// vague count, which no fraction has, "several quarters of losses" is a length too.
const LENGTH_UNIT_SRC = `(?:${UNIT_SRC}|quarters(?!\\s+of\\b)|(?<=\\b(?:several|few|many)\\s+)quarters)`;
const DURATION_RE = sticky(
  `${DURATION_LEAD}(${NUMBER_SRC})${HALF}${TO_COUNT}${MORE}[\\s-]+(${LENGTH_UNIT_SRC})(?![\\w])(\\s+and\\s+a\\s+half)?(?:['\\u2019]\\s+time)?(-long)?(\\s+or\\s+so(?![\\w]))?` +
  '(?:\\s+of\\s+(?!the\\b|a\\b|an\\b|his\\b|her\\b|its\\b|their\\b)[a-z][a-z-]*)?', 'id');
const DURATION_HYPHEN_RE = sticky(`(${NUMBER_SRC})-(day|week|month|year|decade|hour|century)(-long)?\\s+[a-z][a-z-]*`, 'id');
const DURATION_PAST_RE = sticky(`${DURATION_LEAD}the\\s+(?:past|last|previous|coming|next)\\s+(few\\s+|several\\s+)?(${LENGTH_UNIT_SRC})(?![\\w])`, 'id');
// "in the weeks ahead", "over the months to come": a stretch ahead of unstated length (PXW, PXM), when a preposition
// makes it a time ("the years ahead look hard" names the years as a subject).
const AHEAD_RE = sticky(`(?:in|over|during|through|for|within)\\s+the\\s+(?:(?:few|several|coming|next)\\s+)?(days|weeks|months|years|decades)\\s+(?:ahead|to\\s+come)(?![\\w])`, 'id');
// "during the first hours of a siege", "the final weeks of a campaign": the opening or closing stretch of what "of"
// names, a length of unstated count (PTXH, PXW). Only before "of": "the first days after the vote" and "the first
// years" alone are left alone.
const EDGE_STRETCH_RE = sticky('the\\s+(?:first|opening|final|closing)\\s+(?:few\\s+)?(hours|days|weeks|months|years)(?=\\s+of\\s+[a-z])', 'i');
const AGE_RE = /^[\s-]+old\b/i;
/** "the rebels' 8-month-old truce", "a two-year-old war": the age of a truce or a war is how long it has lasted. */
const LASTING_AGE_RE = /^-old\s+([a-z-]+)/i;
const LASTING_NOUNS: ReadonlySet<string> = new Set([...TRUCE_WORDS, ...ARMED_CONFLICT_WORDS]);
// "for years", "decades-long", "the first time in years", "after months of talks": a length with no count.
const UNCOUNTED_RE = sticky('(?:(?:for|in|over|after|within)\\s+)?(years|months|weeks|decades|centuries)(?:(-long)|(?=\\s+of\\s+[a-z]|\\s*[,.;:)]|\\s+(?:and|but|to|now|before|after|as|when|while|because|until)\\b|$))', 'id');
// "For weeks the union has picketed the mill", "the mayor for months refused": after "for" the length needs nothing behind it.
const FOR_UNCOUNTED_RE = sticky('for\\s+(years|months|weeks|decades|centuries)(?![\\w\'\\u2019-])', 'id');
// "within days", "for hours", "after days of talks": the short units need the lead ("days of old", "in days", "after
// hours" trading name no length).
const SHORT_UNCOUNTED_RE = sticky('(?:(?:for|within)\\s+(days|hours|minutes)(?![\\w\'\\u2019-])|after\\s+(days|hours)(?=\\s+of\\s+[a-z]))', 'id');

// "will live without power for a while", "stayed for quite a while": a length of no stated unit (TimeML's PXX). Only after
// "for": "once in a while" recurs, "a while ago" is a date, "after a while" a point.
const FOR_A_WHILE_RE = sticky('for\\s+(?:quite\\s+)?a\\s+(?:little\\s+|long\\s+|good\\s+)?while(?![\\w\'\\u2019-])(?!\\s+(?:ago|back)\\b)', 'i');

// "the trial could last a month", "the count took as long as a week": a verb of lasting or a bound right before a bare
// "a month" makes it a length (TimeML's DURATION, the bound outside the TIMEX3, as "for" is). What follows must end the
// length: "took a day trip" names a trip, "spent a week's wages" money.
const LASTING_BEFORE_RE = new RegExp(`(?:^|[^\\w'\u2019-])(?:${alternation(LASTING_VERBS)}|${phraseAlternation(LENGTH_BOUNDS)})\\s+$`, 'i');
const LENGTH_ENDS_RE = /^(?:\s*(?:[,.;:)]|$)|\s+(?:in|at|on|for|to|of|off|or|and|before|after|until|while|with|from|abroad|away|longer|now|more)\b)/i;

// "gave the rebels a week to leave", "offered him a month to decide": time handed to someone to act, the verb up to
// three words before (its person), the length followed by "to" and a verb. A count or a sum right before "a" makes it a
// rate ("gave $40 a month to the fund"), and "to" before a determiner or a person names who gets it ("a day to the poor").
const GRANTED_BEFORE_RE = new RegExp(`(?:^|[^\\w'\u2019-])(?:${alternation(GRANTING_VERBS)})(?:\\s+[A-Za-z][\\w'\u2019.-]*){0,3}\\s+$`, 'i');
const NOT_RATE_BEFORE_RE = /(?:\d|\b(?:hundred|thousand|million|billion|dollars?|cents?|euros?|pounds?))\s+$/i;
const TO_ACT_RE = /^\s+to\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|him|them|us|me|anyone|everyone|each)\b)[a-z]+\b/i;

/** Whether the bare "a month" from `at` to `end` is the object of a verb of lasting, a bound's length, or time granted. */
function lastingObject(s: string, at: number, end: number): boolean {
  if (LASTING_BEFORE_RE.test(s.slice(Math.max(0, at - 16), at)) && LENGTH_ENDS_RE.test(s.slice(end, end + 12))) return true;
  const before = s.slice(Math.max(0, at - 48), at);
  return GRANTED_BEFORE_RE.test(before) && !NOT_RATE_BEFORE_RE.test(before) && TO_ACT_RE.test(s.slice(end, end + 24));
}

function count(text: string, half: string | undefined): number | null {
  const n = numberValue(text);
  return n === null ? null : n + (half ? 0.5 : 0);
}

/** A duration whose TIMEX3 ends where the unit (and a "-long") ends; "the" right before a bare count is its own ("the nine months"). */
function withTimex(scan: Scan, at: number, end: number, timexEnd: number, n: number | null, unit: string): Found {
  const the = /(?:^|[^A-Za-z])(the\s+)$/i.exec(scan.s.slice(Math.max(0, at - 5), at));
  // Only a length in the plural: "the two-week visit", "the 30-day period" use the length as an adjective.
  const counted = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\s+[a-z]+s\b/i.test(scan.s.slice(at, timexEnd));
  const from = the && counted ? at - the[1]!.length : at;
  return { ...found(scan, at, end), timexes: [timex(scan.s, from, timexEnd, 'DURATION', durationValue(n, unit))] };
}

/**
 * "will reopen in three months", "would be repaid in five years": after "in", a whole count in a clause that looks
 * ahead names the point that far from publication (TimeML's DATE, at the unit counted: 2024-03 for months, 2028 for
 * years), not a length, and the event is dated there. "was built in two years", "the first cut in 20 years", "in the
 * next two years" stay lengths.
 */
function inCountAhead(scan: Scan, at: number, end: number, text: string, n: number | null, unit: string): { value: string; date: ResolvedDate } | null {
  if (n === null || !Number.isInteger(n) || !/^in\s+(?:(?:about|some|around|roughly|nearly|almost)\s+)?(?:a|an|one|\d+|[a-z]+)[\s-]+[a-z]+(?:['\u2019]\s+time)?$/i.test(text)) return null;
  const u = unitName(unit);
  if (!['day', 'week', 'month', 'year', 'decade'].includes(u) || tenseAt(scan.s, at, end) !== 'future') return null;
  const day = u === 'day' ? addDays(scan.pub, n) : u === 'week' ? addDays(scan.pub, 7 * n) : addMonths(scan.pub, (u === 'month' ? 1 : u === 'year' ? 12 : 120) * n);
  // On the timeline the point is known to the unit counted; weeks, counted in days, only to about the month.
  const precision = UNIT_PRECISION[u === 'week' ? 'month' : u] ?? 'year';
  return { value: valueAtUnit(day, u), date: { ...unitInterval(day, precision), precision } };
}

const UNIT_PRECISION: Record<string, Precision> = { day: 'day', week: 'day', month: 'month', year: 'year', decade: 'decade' };

/**
 * "the past year", "the last week": TimeML reads the unit before publication as a date, "the next month" the one after.
 * "The past decade" is the last ten years, a length: the decade before this one would be "the 1990s".
 */
function lastUnitTimex(scan: Scan, at: number, end: number, which: string, unit: string) {
  const sign = /past|last|previous/i.test(which) ? -1 : 1;
  const u = unitName(unit);
  const { pub } = scan;
  // "the past week" is the last seven days: the ISO week that holds most of them.
  const day = u === 'day' ? addDays(pub, sign) : u === 'week' ? addDays(pub, 3 * sign) : u === 'month' ? addMonths(pub, sign)
    : u === 'year' ? addMonths(pub, 12 * sign) : null;
  if (!day) return timex(scan.s, at, end, 'DURATION', durationValue(1, u));
  const value = u === 'week' ? weekValue(day) : dateValue(day, UNIT_PRECISION[u] ?? 'year');
  return timex(scan.s, at, end, 'DATE', value);
}

export const duration: Parser = {
  name: 'duration',
  example: 'in 44 days of clashes',
  firstWords: [
    'for', 'over', 'within', 'in', 'during', 'after', 'throughout', 'nearly', 'almost', 'about', 'some', 'around', 'roughly',
    'at', 'more', 'less', 'up', 'the', 'years', 'months', 'weeks', 'decades', 'centuries', ...NUMBER_FIRST_WORDS,
  ],
  parse(scan, at) {
    const { s } = scan;
    // "will one day be": the future, read by the reference parser.
    if (exec(SOME_DAY_RE, s, at)) return null;
    let m = exec(DURATION_HYPHEN_RE, s, at);
    if (m && !/-old/i.test(m[0])) {
      return withTimex(scan, at, at + m[0].length, m.indices![3]?.[1] ?? m.indices![2]![1], numberValue(m[1] ?? ''), m[2] ?? '');
    }
    m = exec(DURATION_RE, s, at);
    if (m) {
      const end = at + m[0].length;
      const rest = s.slice(end, end + 12);
      if (AGE_RE.test(rest)) {
        // A person's or a thing's age is no time ("a 30-year-old cyclist"); a truce's or a war's is its length.
        const lasting = LASTING_AGE_RE.exec(s.slice(end, end + 30));
        if (!lasting || !LASTING_NOUNS.has(lasting[1]!.toLowerCase())) return null;
        const ageEnd = end + '-old'.length;
        return timexesOnly(ageEnd, [timex(s, at, ageEnd, 'DURATION', durationValue(count(m[1] ?? '', m[2] ?? m[4]), m[3] ?? ''))]);
      }
      // "two days later", "a year ago" are dates: the relative rule takes them at the count. Trading or working days
      // count no calendar days, so "eight trading days after the crash" stays the length it is (as "eight days after
      // the crash" is one); "three business days ago" is a date no rule can count, and stays untagged.
      // "the next two days after the storm", "the past 24 hours before the vote" are a stretch the lead sets; "after" only
      // says what it follows, so the length keeps its lead as it does alone.
      const dated = /^\s+(?:ago|later|earlier|afterwards?|before|after)\b/i.test(rest);
      const besideHappening = /^\s+(?:before|after)\b/i.test(rest);
      const stretch = besideHappening && /\bthe\s+(?:past|last|next|first|previous|coming|following|final)\s/i.test(m[0]);
      if (dated && !stretch && !(/\s(?:trading|business|working)\s/i.test(m[0]) && besideHappening)) return null;
      if (/^\s+on\s*(?:[,.;:)]|$)/i.test(s.slice(end, end + 6))) return null;
      const lead = /^[a-z]+/i.exec(m[0])?.[0]?.toLowerCase() ?? '';
      const written = m[1] ?? '';
      // A bare "a day" or "an hour" with no lead word is too weak to report, unless a verb or a bound makes it a length.
      if (/^(?:a|an)$/i.test(written) && new RegExp(`^${written}[\\s-]+[a-z]+$`, 'i').test(m[0].trim()) && !/\sof\s/.test(m[0]) && !lastingObject(s, at, end)) return null;
      // "a decades-long feud": "a" counts the feud, not the decades.
      if (/^(?:a|an)$/i.test(written) && /s$/i.test(m[3] ?? '')) return null;
      if (lead === '' && /^\d/.test(written) === false && !/^(?:a|an)$/i.test(written) && numberValue(written) === null && !/of/.test(m[0])) return null;
      // The TIMEX3 ends with the unit, its half, "-long" or "or so", never with what the length measures.
      const timexEnd = Math.max(...[3, 4, 5, 6].map((k) => m!.indices![k]?.[1] ?? 0));
      const ahead = inCountAhead(scan, at, end, m[0], count(written, m[2] ?? m[4]), m[3] ?? '');
      if (ahead) return { ...single(end, expression(scan, at, end, ahead.date, 'in-count-ahead', 'future')), timexes: [timex(s, at, timexEnd, 'DATE', ahead.value)] };
      return withTimex(scan, at, end, timexEnd, count(written, m[2] ?? m[4]), m[3] ?? '');
    }
    m = exec(UNCOUNTED_RE, s, at) ?? exec(FOR_UNCOUNTED_RE, s, at);
    // A bare "years" needs a lead or what it measures: "for years", "years of war", "decades-long".
    if (m && (/^(?:for|in|over|after|within)\s/i.test(m[0]) || m[2] || /^\s+of\s/.test(s.slice(at + m[0].length, at + m[0].length + 4)))) {
      const end = at + m[0].length;
      return timexesOnly(end, [timex(s, at, end, 'DURATION', durationValue(null, m[1]!))]);
    }
    m = exec(FOR_A_WHILE_RE, s, at);
    if (m) {
      const end = at + m[0].length;
      return timexesOnly(end, [timex(s, at, end, 'DURATION', 'PXX')]);
    }
    m = exec(SHORT_UNCOUNTED_RE, s, at);
    if (m) {
      const end = at + m[0].length;
      return timexesOnly(end, [timex(s, at, end, 'DURATION', durationValue(null, m[1] ?? m[2]!))]);
    }
    m = exec(EDGE_STRETCH_RE, s, at);
    if (m) {
      const end = at + m[0].length;
      return timexesOnly(end, [timex(s, at, end, 'DURATION', durationValue(null, m[1]!))]);
    }
    m = exec(AHEAD_RE, s, at);
    if (m) {
      const end = at + m[0].length;
      return { ...found(scan, at, end), timexes: [timex(s, at, end, 'DURATION', durationValue(null, m[1]!))] };
    }
    m = exec(DURATION_PAST_RE, s, at);
    if (m && !/^(?:last|this|next)\s/i.test(m[0])) {
      const end = at + m[0].length;
      const unit = m[2] ?? '';
      const vague = m[1] !== undefined || /s$/i.test(unit);
      const t = vague ? timex(s, at, end, 'DURATION', durationValue(null, unit)) : lastUnitTimex(scan, at, end, m[0], unit);
      return { ...found(scan, at, end), timexes: [t] };
    }
    return null;
  },
};
