// The temporal tagger: finds the date expressions of one sentence, resolves
// them against the article's publication date (or the previous event for
// "the next day"), and sets durations ("44 days of clashes") apart, since
// they are properties of events, never dates. Scans word starts left to
// right; at each, the first rule that matches claims its words, so results
// come out in text order and never overlap.
import { addDays, addMonths, isoDay, isValidDay, parseIsoDay, unitInterval } from '../../model/calendar';
import type { Precision } from '../../model/schema';
import { isCap } from '../text/tokens';
import {
  EVENT_NOUNS, LABEL_NOUNS, NUMBER_FIRST_WORDS, NUMBER_SRC, SEASONS, UNIT_SRC, UNIT_WORDS, WEEKDAYS,
  WEEKDAY_SRC, WordTable, YEAR_DETERMINERS, YEAR_PREPOSITIONS, numberValue, MONTH_SRC,
} from './lexicon';
import {
  PHRASE_FIRST_WORDS, parsePhrase, plausibleYear, resolvePhrase, weekdayNumber, type Inherited, type Phrase,
} from './parsePhrase';
import {
  dayDate, dayOfMonth, lastSeason, monthDate, nextSeason, seasonDate, shift, weekDate, weekdayDate, yearDate,
  yearlessMonth, type Unit,
} from './resolve';
import { tenseAt, type ClauseTense } from './tenseAt';
import type {
  Duration, ResolvedDate, Tense, TemporalContext, TemporalResult, TimeExpression, Unresolved,
} from './types';

export type {
  Duration, ResolvedDate, Tense, TemporalContext, TemporalResult, TimeExpression, Unresolved,
} from './types';

/** What a rule found at one position: everything it produced and where scanning resumes. */
interface Match {
  end: number;
  expressions: TimeExpression[];
  durations: Duration[];
  unresolved: Unresolved[];
}

interface Scan {
  s: string;
  pub: string;
  pubYear: number;
  previous: { start: string; precision: Precision };
  /** The latest date in this sentence written with its year: "On Sept. 27, 2020, … the Nov. 9 agreement". */
  stated: string | null;
  /** The latest bare year or year range written in this sentence; only "… of that year" refers back to it. */
  statedYear: string | null;
  /** The start of the last date read in this sentence, if any. */
  lastInSentence: string | null;
}

type Rule = (scan: Scan, at: number) => Match | null;

function sticky(src: string, flags = ''): RegExp {
  return new RegExp(src, `y${flags}`);
}

function exec(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

function reportTense(t: ClauseTense): Tense {
  return t === 'unknown' ? 'present' : t;
}

function expression(
  scan: Scan, start: number, end: number, date: ResolvedDate, rule: string, tense: ClauseTense,
  kind: TimeExpression['kind'] = 'point',
): TimeExpression {
  return { start, end, text: scan.s.slice(start, end), date, kind, rule, tense: reportTense(tense) };
}

function single(end: number, e: TimeExpression): Match {
  return { end, expressions: [e], durations: [], unresolved: [] };
}

function unresolved(scan: Scan, start: number, end: number, reason: string): Match {
  return { end, expressions: [], durations: [], unresolved: [{ start, end, text: scan.s.slice(start, end), reason }] };
}

const COMPARISON_BEFORE = /\b(?:worst|best|biggest|largest|highest|lowest|strongest|weakest|sharpest|steepest|longest|fastest|slowest|closest|greatest|deepest|heaviest|deadliest|bloodiest|costliest|busiest|earliest|hottest|coldest|wettest|driest|first\s+time|most|least|fewest)\b[^,;:]*\bsince\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?$/i;

function ongoing(scan: Scan, e: TimeExpression): TimeExpression {
  // "since X": open from X, still running at publication; X keeps its precision.
  const end = scan.pub >= e.date.start ? scan.pub : e.date.end;
  return { ...e, kind: 'ongoing', rule: 'since', tense: 'past', date: { ...e.date, end } };
}

// ---------------------------------------------------------------- relative

const DAY_PART = '(?:\\s+(?:morning|afternoon|evening|night))?';
const TODAY_RE = sticky(`(?:today|tonight|this\\s+(?:morning|afternoon|evening))(?![\\w'\\u2019])`, 'i');
const YESTERDAY_RE = sticky(`(?:the\\s+day\\s+before\\s+yesterday|yesterday${DAY_PART}|last\\s+night)(?![\\w'\\u2019])`, 'i');
const TOMORROW_RE = sticky(`(?:the\\s+day\\s+after\\s+tomorrow|tomorrow${DAY_PART})(?![\\w'\\u2019])`, 'i');
const CALENDAR_UNIT_RE = sticky(
  '(?:(earlier|later)\\s+(?:this|in\\s+the)\\s+|(?:the\\s+)?(?:(end|beginning|start|middle)\\s+of\\s+)(this|last|next|the)\\s+|(this\\s+past|last|this|next|the\\s+coming)\\s+)' +
  '(week|weekend|month|year)(?![\\w\\u2019\']|-)', 'i');
// "over the weekend", "at the weekend": the last one in a past clause, the coming one in a future clause.
const THE_WEEKEND_RE = sticky(`(?:over|at|during|on)\\s+the\\s+weekend(?![\\w'\\u2019])`, 'i');
const AGO_RE = sticky(`(${NUMBER_SRC})[\\s-]+(${UNIT_SRC})\\s+(ago|earlier|later|afterwards?|before|after|on)(?![\\w])`, 'i');
const NEIGHBOUR_RE = sticky(
  '(?:the\\s+(previous|next|following|same|preceding)\\s+(day|morning|afternoon|evening|night|week|month|year)|the\\s+day\\s+(before|after))(?![\\w])', 'i');
const THIS_MONTH_NAME_RE = sticky(`(last|this|next|this\\s+past)\\s+(${MONTH_SRC}|(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)(?![A-Za-z]))`, 'i');

const UNIT_OF: Record<string, Unit | 'hour'> = {
  day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month',
  year: 'year', years: 'year', decade: 'decade', decades: 'decade', hour: 'hour', hours: 'hour',
  minute: 'hour', minutes: 'hour', century: 'decade', centuries: 'decade',
};

/** Followed by a noun or a name: "two days before the vote" is anchored to the vote, not to a date we know. */
function anchoredAfter(s: string, at: number): boolean {
  // "two days before the vote", "six months before it expires", "a week after leaving office".
  return /^\s+(?:(?:the|a|an|his|her|its|their|this|that|these|those|it|they|he|she|we|you)\b|[A-Z0-9]|[a-z]+ing\b)/.test(s.slice(at, at + 20));
}

/** Saturday and Sunday, at the coarsest unit that holds both: the month, or the year when they straddle two. */
function weekendOf(saturday: string): ResolvedDate {
  const sunday = addDays(saturday, 1);
  return { start: saturday, end: sunday, precision: saturday.slice(0, 7) === sunday.slice(0, 7) ? 'month' : 'year' };
}

const relativeRule: Rule = (scan, at) => {
  const { s, pub } = scan;
  let m = exec(TODAY_RE, s, at);
  if (m) return single(at + m[0].length, expression(scan, at, at + m[0].length, dayDate(pub), 'today', 'present'));
  m = exec(YESTERDAY_RE, s, at);
  if (m) {
    const back = /before/i.test(m[0]) ? 2 : 1;
    return single(at + m[0].length, expression(scan, at, at + m[0].length, dayDate(addDays(pub, -back)), 'yesterday', 'past'));
  }
  m = exec(TOMORROW_RE, s, at);
  if (m) {
    const ahead = /after/i.test(m[0]) ? 2 : 1;
    return single(at + m[0].length, expression(scan, at, at + m[0].length, dayDate(addDays(pub, ahead)), 'tomorrow', 'future'));
  }
  m = exec(CALENDAR_UNIT_RE, s, at);
  if (m) return calendarUnit(scan, at, m);
  m = exec(THE_WEEKEND_RE, s, at);
  if (m) {
    const end = at + m[0].length;
    const tense = tenseAt(s, at, end);
    const saturday = weekdayDate(pub, 6, tense === 'future' ? 'on-or-after' : 'on-or-before');
    return single(end, expression(scan, at, end, weekendOf(saturday), 'the-weekend', tense === 'future' ? 'future' : 'past'));
  }
  m = exec(THIS_MONTH_NAME_RE, s, at);
  if (m) return namedRelative(scan, at, m);
  m = exec(AGO_RE, s, at);
  if (m) return countedShift(scan, at, m);
  m = exec(NEIGHBOUR_RE, s, at);
  if (m) {
    const end = at + m[0].length;
    const which = (m[1] ?? m[3] ?? '').toLowerCase();
    const unitWord = (m[2] ?? 'day').toLowerCase();
    if (m[3] && anchoredAfter(s, end)) return unresolved(scan, at, end, 'anchored to another event');
    const unit: Unit = unitWord === 'week' ? 'week' : unitWord === 'month' ? 'month' : unitWord === 'year' ? 'year' : 'day';
    const n = which === 'same' ? 0 : which === 'previous' || which === 'preceding' || which === 'before' ? -1 : 1;
    const date = neighbourDate(scan, unit, n);
    return single(end, expression(scan, at, end, date, 'relative-previous-event', n < 0 ? 'past' : 'present'));
  }
  return null;
};

/** "the next day", "the following week": one unit from the previous event, at that unit's precision. */
function neighbourDate(scan: Scan, unit: Unit, n: number): ResolvedDate {
  const anchor = scan.previous;
  if (unit === 'week') {
    if (anchor.precision !== 'day') return shift(anchor, 'week', n, false);
    return weekDate(addDays(anchor.start, 7 * n));
  }
  return shift(anchor, unit, n, false);
}

function calendarUnit(scan: Scan, at: number, m: RegExpExecArray): Match {
  const { pub } = scan;
  const end = at + m[0].length;
  const earlierLater = (m[1] ?? '').toLowerCase();
  const edge = (m[2] ?? '').toLowerCase();
  const which = (m[3] ?? m[4] ?? '').toLowerCase().replace(/\s+/g, ' ');
  const unit = (m[5] ?? '').toLowerCase();
  const offset = which === 'last' || which === 'this past' ? -1 : which === 'next' || which === 'the coming' ? 1 : 0;
  // "by the end of the year" looks ahead from publication; in a past clause the year is the story's, unknown here.
  if (which === 'the' && (unit === 'weekend' || tenseAt(scan.s, at, end) === 'past')) return unresolved(scan, at, end, 'which year is meant');
  const { year, month } = parseIsoDay(pub);
  let date: ResolvedDate;
  if (unit === 'week') {
    date = weekDate(addDays(pub, 7 * offset));
  } else if (unit === 'weekend') {
    // The Saturday of the weekend meant; "this weekend" read on a Sunday is the one just ending.
    const saturday = offset < 0 ? weekdayDate(pub, 6, 'before')
      : offset > 0 ? addDays(weekdayDate(pub, 6, 'after'), 0)
        : weekdayDate(pub, 6, parseIsoDay(pub) && weekdayDate(pub, 0, 'on-or-before') === pub ? 'on-or-before' : 'on-or-after');
    date = weekendOf(saturday);
  } else if (unit === 'month') {
    const first = addMonths(isoDay(year, month, 1), offset);
    const p = parseIsoDay(first);
    date = monthDate(p.year, p.month);
  } else {
    date = yearDate(year + offset);
  }
  // "earlier this month" ends at publication, "later this year" starts after it.
  if (earlierLater === 'earlier' && offset === 0) date = { ...date, end: pub < date.end ? pub : date.end };
  if (earlierLater === 'later' && offset === 0) {
    const next = addDays(pub, 1);
    date = { ...date, start: next > date.start ? (next <= date.end ? next : date.end) : date.start };
  }
  if (edge) {
    const part = edge === 'end' ? 'late' : edge === 'middle' ? 'mid' : 'early';
    if (date.precision === 'month' && unit === 'month') {
      const p = parseIsoDay(date.start);
      date = monthDate(p.year, p.month, part);
    } else if (unit === 'year') {
      date = yearDate(parseIsoDay(date.start).year, part);
    }
  }
  const tense: ClauseTense = offset < 0 || earlierLater === 'earlier' ? 'past' : offset > 0 || earlierLater === 'later' ? 'future' : 'present';
  const rule = `${earlierLater ? `${earlierLater}-` : ''}${which === 'the' ? 'this' : which.replace(/\s+/g, '-') || 'this'}-${unit}`;
  return single(end, expression(scan, at, end, date, rule, tense));
}

/** "last May", "this winter", "next spring". */
function namedRelative(scan: Scan, at: number, m: RegExpExecArray): Match | null {
  const { s, pub } = scan;
  const end = at + m[0].length;
  const which = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
  const name = m[2] ?? '';
  const season = SEASONS[name.toLowerCase()];
  const { year } = parseIsoDay(pub);
  if (season) {
    let y: number;
    if (which === 'last' || which === 'this past') y = lastSeason(pub, season);
    else if (which === 'next') y = nextSeason(pub, season);
    else y = yearlessSeasonThis(pub, season, tenseAt(s, at, end));
    return single(end, expression(scan, at, end, seasonDate(y, season), `${which.replace(' ', '-')}-season`, which === 'next' ? 'future' : which === 'this' ? 'present' : 'past'));
  }
  const phrase = parsePhrase(s, at + m[0].length - name.length, scan.pubYear);
  if (!phrase || phrase.kind !== 'month' || phrase.month === undefined) return null;
  const mon = phrase.month;
  const pubMonth = parseIsoDay(pub).month;
  let y: number;
  if (which === 'last' || which === 'this past') y = mon < pubMonth ? year : year - 1;
  else if (which === 'next') y = mon > pubMonth ? year : year + 1;
  else y = yearlessMonth(pub, mon, tenseAt(s, at, end));
  return single(end, expression(scan, at, end, monthDate(y, mon), `${which.replace(' ', '-')}-month`, which === 'next' ? 'future' : which === 'this' ? 'present' : 'past'));
}

function yearlessSeasonThis(pub: string, season: (typeof SEASONS)[string], tense: ClauseTense): number {
  const y = parseIsoDay(pub).year;
  const candidates = [y - 1, y, y + 1].map((yy) => ({ yy, i: seasonDate(yy, season) }));
  const holding = candidates.find((c) => c.i.start <= pub && pub <= c.i.end);
  if (holding) return holding.yy;
  if (tense === 'past') return lastSeason(pub, season);
  return nextSeason(pub, season);
}

/** "three weeks ago" (from publication), "two days later" (from the previous event). */
function countedShift(scan: Scan, at: number, m: RegExpExecArray): Match | null {
  const { s, pub } = scan;
  const end = at + m[0].length;
  const n = numberValue(m[1] ?? '');
  const unit = UNIT_OF[(m[2] ?? '').toLowerCase()];
  const direction = (m[3] ?? '').toLowerCase();
  if (!unit) return null;
  if (direction === 'on') {
    // "two years on" reads as "later" only at a clause end; "two days on the road" is a duration.
    if (!/^\s*(?:[,.;:)]|$)/.test(s.slice(end, end + 3))) return null;
  }
  if ((direction === 'before' || direction === 'after') && anchoredAfter(s, end)) {
    return unresolved(scan, at, end, 'anchored to another event');
  }
  const vague = n === null;
  const count = n ?? 3;
  const fromPublication = direction === 'ago';
  const sign = direction === 'ago' || direction === 'earlier' || direction === 'before' ? -1 : 1;
  const anchor = fromPublication ? { start: pub, precision: 'day' as Precision } : scan.previous;
  let date: ResolvedDate;
  if (unit === 'hour') {
    date = anchor.precision === 'day' ? dayDate(addDays(anchor.start, sign * Math.floor(count / 24))) : { ...unitInterval(anchor.start, anchor.precision), precision: anchor.precision };
  } else if (unit === 'week' && !vague && anchor.precision === 'day') {
    // Weeks are counted in days but only known to about the month.
    const day = addDays(anchor.start, sign * 7 * count);
    date = { start: day, end: day, precision: 'month' };
  } else {
    date = shift(anchor, unit, sign * count, vague);
  }
  const rule = fromPublication ? 'ago' : 'relative-previous-event';
  return single(end, expression(scan, at, end, date, rule, sign < 0 ? 'past' : 'present'));
}

// ---------------------------------------------------------------- durations

const DURATION_LEAD = '(?:(?:for|over|within|in|during|after|throughout|nearly|almost|about|some|around|roughly|at\\s+least|more\\s+than|less\\s+than|up\\s+to|the\\s+(?:past|last|next|first|previous|coming|following|final|better\\s+part\\s+of\\s+the))\\s+){0,3}';
const DURATION_RE = sticky(
  `${DURATION_LEAD}(${NUMBER_SRC})[\\s-]+(${UNIT_SRC})(?![\\w])(?:['\\u2019]\\s+time)?(?:-long)?` +
  '(?:\\s+of\\s+(?!the\\b|a\\b|an\\b|his\\b|her\\b|its\\b|their\\b)[a-z][a-z-]*)?', 'i');
const DURATION_HYPHEN_RE = sticky(`(${NUMBER_SRC})-(day|week|month|year|decade|hour|century)(?:-long)?\\s+[a-z][a-z-]*`, 'i');
const DURATION_PAST_RE = sticky(`${DURATION_LEAD}the\\s+(?:past|last|previous|coming|next)\\s+(?:few\\s+|several\\s+)?(${UNIT_SRC})(?![\\w])`, 'i');
const AGE_RE = /^[\s-]+old\b/i;

const durationRule: Rule = (scan, at) => {
  const { s } = scan;
  let m = exec(DURATION_HYPHEN_RE, s, at);
  if (m && !/-old/i.test(m[0])) return { end: at + m[0].length, expressions: [], durations: [{ start: at, end: at + m[0].length, text: m[0] }], unresolved: [] };
  m = exec(DURATION_RE, s, at);
  if (m) {
    const end = at + m[0].length;
    const rest = s.slice(end, end + 12);
    if (AGE_RE.test(rest)) return null;
    // "two days later", "a year ago" are dates: the relative rule takes them at the count.
    if (/^\s+(?:ago|later|earlier|afterwards?|before|after)\b/i.test(rest)) return null;
    if (/^\s+on\s*(?:[,.;:)]|$)/i.test(s.slice(end, end + 6))) return null;
    const lead = /^[a-z]+/i.exec(m[0])?.[0]?.toLowerCase() ?? '';
    const count = m[1] ?? '';
    // A bare "a day" or "an hour" with no lead word is too weak to report.
    if (/^(?:a|an)$/i.test(count) && m[0].trim().toLowerCase().startsWith(count.toLowerCase()) && !/\sof\s/.test(m[0])) return null;
    if (lead === '' && /^\d/.test(count) === false && !/^(?:a|an)$/i.test(count) && numberValue(count) === null && !/of/.test(m[0])) return null;
    return { end, expressions: [], durations: [{ start: at, end, text: m[0] }], unresolved: [] };
  }
  m = exec(DURATION_PAST_RE, s, at);
  if (m && !/^(?:last|this|next)\s/i.test(m[0])) {
    const end = at + m[0].length;
    return { end, expressions: [], durations: [{ start: at, end, text: m[0] }], unresolved: [] };
  }
  return null;
};

// ---------------------------------------------------------------- weekdays

const WEEKDAY_RE = sticky(
  `(?:((?:[Oo]n|[Ff]or|[Bb]y|[Uu]ntil|[Tt]ill|[Ss]ince|[Ff]rom|[Bb]efore|[Aa]fter|[Ll]ast|[Nn]ext|[Tt]his|[Tt]his\\s+past|[Tt]his\\s+coming|[Cc]oming|[Ll]ate|[Ee]arly)\\s+))?` +
  `(${WEEKDAY_SRC})(?!s\\b|[A-Za-z])(?:['\\u2019]s)?(\\s+(?:morning|afternoon|evening|night))?`);
const WEEKDAY_DATE_LINK_RE = /^(?:,\s*|\s*\(\s*|\s+)/;

const weekdayRule: Rule = (scan, at) => {
  const { s, pub } = scan;
  const m = exec(WEEKDAY_RE, s, at);
  if (!m) return null;
  // "every Monday since 2015": a habit, not a day.
  if (/\b(?:every|each)\s+$/i.test(s.slice(Math.max(0, at - 8), at))) return null;
  const prefix = (m[1] ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  const wd = weekdayNumber(m[2] ?? '');
  let end = at + m[0].length;
  // "Friday, Dec. 23" and "Thursday (Dec. 22)": the written date rules; the weekday picks its year.
  const link = WEEKDAY_DATE_LINK_RE.exec(s.slice(end, end + 8));
  if (link && !/'s|\u2019s/.test(m[0])) {
    const phrase = parsePhrase(s, end + link[0].length, scan.pubYear);
    if (phrase && phrase.kind === 'month-day') {
      phrase.weekday = wd;
      let phraseEnd = phrase.end;
      if (link[0].includes('(')) {
        const close = /^\s*\)/.exec(s.slice(phraseEnd, phraseEnd + 4));
        if (close) phraseEnd += close[0].length;
      }
      const tense = prefix === 'since' ? 'past' : tenseAt(s, at, phraseEnd);
      const date = resolvePhrase(phrase, pub, tense);
      if (date) {
        const e = expression(scan, at, phraseEnd, date, 'weekday-date', tense);
        return single(phraseEnd, prefix === 'since' ? ongoing(scan, e) : e);
      }
    }
  }
  let tense: ClauseTense;
  let day: string;
  let rule: string;
  if (prefix === 'last' || prefix === 'this past') {
    tense = 'past';
    day = weekdayDate(pub, wd, 'before');
    rule = 'weekday-last';
  } else if (prefix === 'next' || prefix === 'this coming' || prefix === 'coming') {
    tense = 'future';
    day = weekdayDate(pub, wd, 'after');
    rule = 'weekday-next';
  } else {
    tense = prefix === 'since' ? 'past' : tenseAt(s, at, end);
    if (tense === 'future') {
      day = weekdayDate(pub, wd, 'after');
      rule = 'weekday-future';
    } else {
      day = weekdayDate(pub, wd, 'on-or-before');
      rule = 'weekday-past';
    }
  }
  // "voted on Sunday to strike until at least Friday": a deadline after the day it was set.
  const deadline = /^(?:by|until|till|before)$/.test(prefix) || (!prefix && DEADLINE_BEFORE_RE.test(s.slice(Math.max(0, at - 24), at)));
  // "called on Tuesday for a strike from Wednesday", "announced on Monday talks starting Thursday": what a call
  // or an announcement plans comes after the day it was made, whatever the tense of the verb that made it.
  const before = s.slice(Math.max(0, at - 160), at);
  const planned =
    CALL_VERB_RE.test(before) &&
    (prefix === 'from' || STARTING_BEFORE_RE.test(before) || ((prefix === '' || prefix === 'on') && FOR_BEFORE_RE.test(before)));
  if ((deadline || planned) && scan.lastInSentence && day < scan.lastInSentence) {
    day = weekdayDate(scan.lastInSentence, wd, 'after');
    rule = deadline ? 'weekday-deadline' : 'weekday-planned';
  }
  // "late Friday" and "early Monday" still name the day.
  end = at + m[0].length;
  const e = expression(scan, at, end, dayDate(day), rule, tense);
  return single(end, prefix === 'since' ? ongoing(scan, e) : e);
};

// ---------------------------------------------------------------- calendar phrases

const ON_THE_DAY_RE = sticky('[Oo]n\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)(?=\\s*(?:[,.;:)]|$)|\\s+(?:and|when|at|in|as|after|before|with|to|for|from|by|of\\s+(?:this|last|the)\\s+month)\\b)');
const PREP_RE = sticky(
  '(?:([Ss]ince|[Ii]n|[Oo]n|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Dd]uring|[Bb]efore|[Aa]fter|[Oo]f|[Tt]hrough|[Tt]hroughout|[Bb]etween|[Aa]s\\s+of|[Ss]tarting|[Bb]eginning|[Aa]round|[Cc]irca|[Ff]or|[Ii]nto|[Tt]o|[Aa]s\\s+early\\s+as|[Aa]s\\s+late\\s+as)\\s+)' +
  '(?:the\\s+(?:(?:aftermath|wake|end|start|beginning|outbreak|onset|middle|height|course|time|days|run-up)\\s+of\\s+(?:the\\s+)?)?)?');
const LIST_LINK_RE = sticky('(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)');
const RANGE_LINK_RE = sticky('(?:\\s*[-\\u2013\\u2014]\\s*|\\s+(?:to|until|till|through|and|thru)\\s+)');
const TWO_DIGIT_END_RE = sticky('[-\\u2013](\\d{2})(?![\\d])');

/** The word before `at`, lower case, and the character just before it. */
function wordBefore(s: string, at: number): { word: string; char: string } {
  const head = s.slice(Math.max(0, at - 30), at);
  const m = /([A-Za-z][A-Za-z.]*)\s*$/.exec(head);
  return { word: m ? (m[1] ?? '').toLowerCase() : '', char: head.replace(/\s+$/, '').slice(-1) };
}

function wordAfter(s: string, at: number): string {
  const m = /^\s*([A-Za-z][A-Za-z-]*|%)/.exec(s.slice(at, at + 30));
  return m ? (m[1] ?? '') : '';
}

/** A bare year must not be a count, a price, a label or a clock time. */
const NOT_PLURAL = new Set(['was', 'is', 'has', 'as', 'his', 'its', 'this', 'thus', 'us', 'yes', 'plus', 'less', 'unless', 'across', 'towards', 'whereas', 'afterwards', 'besides', 'does', 'goes', 'says']);

function yearLooksLikeNumber(s: string, p: Phrase): boolean {
  if (p.kind !== 'year' || p.part) return false;
  const before = s.slice(Math.max(0, p.start - 2), p.start);
  // "$2020", "# 1991", "2,317", "3.2020": money, labels and the tail of a bigger number.
  if (/[$\u20ac\u00a3#]\s?$/.test(before) || /[\d,.]$/.test(before)) return true;
  const { word } = wordBefore(s, p.start);
  if (LABEL_NOUNS.has(word) || LABEL_NOUNS.has(word.replace(/\.$/, ''))) return true;
  if (word === 'at' || word === 'about' || word === 'some' || word === 'nearly' || word === 'than') return true;
  const next = wordAfter(s, p.end);
  const lower = next.toLowerCase();
  if (next === '%' || UNIT_WORDS.has(lower)) return true;
  // "2,000 troops" but not "in 1952 as a maker", "in 2015 his party".
  if (/^[a-z]+s$/.test(next) && !EVENT_NOUNS.has(lower) && !NOT_PLURAL.has(lower)) return true;
  return false;
}

/** Context that makes a bare year a year without a preposition: "the 1991 occupation", "1991's war", "(2020)". */
function bareYearInContext(s: string, p: Phrase): boolean {
  const after = s.slice(p.end, p.end + 3);
  if (/^['\u2019]s\b/.test(after)) return true;
  const { word, char } = wordBefore(s, p.start);
  if (char === '(' && /^\s*\)/.test(after)) return true;
  const next = wordAfter(s, p.end);
  if (EVENT_NOUNS.has(next.toLowerCase())) return true;
  if (YEAR_DETERMINERS.has(word) && (isCap(next) || /^-[a-z]/.test(after))) return true;
  return false;
}

function bareMonthOrSeasonOk(s: string, p: Phrase, prep: string): boolean {
  if (p.kind === 'month') {
    if (!prep) return false;
    // "May" the name: "Theresa May" never follows a preposition directly, but "in May's" is fine.
    return true;
  }
  if (p.kind === 'season') {
    // "the fall of Shusha" is an event, not a season.
    if (/^\s+of\b/.test(s.slice(p.end, p.end + 5))) return false;
    return prep !== '' && prep !== 'of' && prep !== 'to' && prep !== 'for';
  }
  return true;
}

/** Year and month for list members written without them ("May and June 2021", "Dec. 12 and 13"). */
function inheritFrom(items: Phrase[]): Inherited[] {
  const out: Inherited[] = items.map(() => ({}));
  let month: number | undefined;
  for (let k = 0; k < items.length; k += 1) {
    const it = items[k];
    if (!it) continue;
    if (it.month !== undefined) month = it.month;
    else if (it.kind === 'day' && month !== undefined) (out[k] as Inherited).month = month;
  }
  let year: number | undefined;
  for (let k = items.length - 1; k >= 0; k -= 1) {
    const it = items[k];
    if (!it) continue;
    if (it.year !== undefined && it.kind !== 'decade') year = it.year;
    else if (year !== undefined && it.kind !== 'year' && it.kind !== 'decade') (out[k] as Inherited).year = year;
  }
  return out;
}

// A weekday that starts what a call, plan or announcement is for: "from Wednesday", "starting Thursday", "for talks on Friday".
const STARTING_BEFORE_RE = /\b(?:starting|beginning|effective)\s+(?:on\s+|from\s+)?$/i;
const FOR_BEFORE_RE = /\bfor\s+(?:[A-Za-z-]+\s+){1,3}$/i;
// ... made by a call or a plan ("sentenced on Friday for the attack on Monday" gives a reason, not a plan).
const CALL_VERB_RE = /\b(?:call(?:ed|s)?|announc(?:ed|es)|schedul(?:ed|es)|plann?(?:ed|s)|set|urg(?:ed|es)|ask(?:ed|s)|vot(?:ed|es)|agre(?:ed|es)|declar(?:ed|es)|summon(?:ed|s)|conven(?:ed|es)|propos(?:ed|es)|request(?:ed|s)|demand(?:ed|s)|appeal(?:ed|s))\b/i;
const DEADLINE_BEFORE_RE = /\b(?:by|until|till|no\s+later\s+than|ahead\s+of|before)\s+(?:at\s+least\s+|the\s+end\s+of\s+)?$/i;
// A promise, plan or order before a deadline points it forward: "has promised housing by June 30".
const COMMITMENT_BEFORE_RE = /\b(?<!had\s)(?:promised|promises|pledged|pledges|vowed|vows|hopes?|hoped|plans?|planned|aims?|aimed|expects?|intends?|wants?|must|needs?\s+to|ordered|orders|gave|gives|asked|urged|told|set\s+a\s+deadline|deadline|agreed|required|requires)\b/i;

const SAME_FAMILY: Record<string, string> = {
  iso: 'day', 'month-day': 'day', day: 'day', 'month-year': 'month', month: 'month', year: 'year', season: 'season', decade: 'decade',
};

/** A following phrase that fits as the next member of a list or the end of a range. */
function nextMember(scan: Scan, at: number, first: Phrase, range: boolean): Phrase | null {
  const { s } = scan;
  if (range && first.kind === 'year') {
    const two = exec(TWO_DIGIT_END_RE, s, at);
    if (two) {
      const century = Math.floor((first.year ?? 0) / 100) * 100;
      const year = century + Number(two[1]);
      if (year > (first.year ?? 0)) return { start: at + 1, end: at + two[0].length, kind: 'year', year, bare: false };
    }
  }
  const link = exec(range ? RANGE_LINK_RE : LIST_LINK_RE, s, at);
  if (!link) return null;
  const p = parsePhrase(s, at + link[0].length, scan.pubYear, first.kind === 'month-day' || first.kind === 'day');
  if (!p) return null;
  if (SAME_FAMILY[p.kind] !== SAME_FAMILY[first.kind]) return null;
  if (p.kind === 'year' && yearLooksLikeNumber(s, p)) return null;
  // "between April 30 and May 3" and "May 3-5" but not "May 3 and 2,000 people".
  if (p.kind === 'day' && /^\s+[a-z]/.test(s.slice(p.end, p.end + 3)) && !range) return null;
  return p;
}

function resolveGroup(scan: Scan, items: Phrase[], tense: ClauseTense): (ResolvedDate | null)[] {
  const inherited = inheritFrom(items);
  const dates: (ResolvedDate | null)[] = [];
  let prevDate: ResolvedDate | null = null;
  for (let k = 0; k < items.length; k += 1) {
    const it = items[k] as Phrase;
    const inh = inherited[k] ?? {};
    let d = resolvePhrase(it, scan.pub, tense, inh);
    // A year-less date after a fully written one in the same sentence continues its story,
    // as long as it then falls between that date and publication.
    const thatYear = /^\s*(?:of\s+)?(?:that|the\s+same)\s+year\b/i.test(scan.s.slice(it.end));
    const anchor = thatYear ? scan.statedYear ?? scan.stated : scan.stated;
    // "signed on 4 March 1992, was ratified in the spring": a month or season may hold the anchor day.
    if (d && anchor && it.year === undefined && inh.year === undefined && (it.kind === 'month-day' || it.kind === 'month' || it.kind === 'season') && tense !== 'future') {
      const fromStated = resolvePhrase(it, scan.pub, tense, { year: parseIsoDay(anchor).year });
      const after = it.kind === 'month-day' ? fromStated?.start : fromStated?.end;
      if (fromStated && after !== undefined && after >= anchor && fromStated.start <= scan.pub) d = fromStated;
    }
    // Members written without a year follow the first one forward in time.
    if (d && prevDate && k > 0 && it.year === undefined && inh.year === undefined && d.start < prevDate.start) {
      const { year, month, day } = parseIsoDay(d.start);
      const later = it.kind === 'day' || it.kind === 'month-day' ? (isValidDay(year + 1, month, day) ? isoDay(year + 1, month, day) : null) : null;
      if (later) d = dayDate(later);
      else if (it.kind === 'month' || it.kind === 'season') d = resolvePhrase({ ...it, year: year + 1 }, scan.pub, tense, inh);
    }
    // "On Thursday, … signed a decree dissolving them by Jan. 1": a deadline comes after the date it was set on.
    // "The government has promised housing by June 30": a promised deadline lies ahead of publication.
    const deadline = d && k === 0 && it.year === undefined && inh.year === undefined && (it.kind === 'month-day' || it.kind === 'month')
      && DEADLINE_BEFORE_RE.test(scan.s.slice(Math.max(0, it.start - 24), it.start));
    const promised = deadline && COMMITMENT_BEFORE_RE.test(scan.s.slice(0, it.start));
    const setOn = scan.lastInSentence ?? (promised ? scan.pub : null);
    if (d && deadline && setOn && (it.kind === 'month-day' ? d.start : d.end) < setOn) {
      const { year } = parseIsoDay(d.start);
      const later = resolvePhrase({ ...it, year: year + 1 }, scan.pub, tense, {});
      if (later) d = later;
    }
    // "December to February 2021": a start month after the end month lies in the year before.
    if (d && k === 0 && items.length > 1 && it.year === undefined && inh.year !== undefined) {
      const last = items[items.length - 1];
      if (last?.month !== undefined && it.month !== undefined && it.month > last.month && (last.year ?? inh.year) === inh.year) {
        d = resolvePhrase({ ...it, year: inh.year - 1 }, scan.pub, tense, {});
      }
    }
    dates.push(d);
    prevDate = d ?? prevDate;
  }
  return dates;
}

const RULE_OF: Record<string, string> = {
  iso: 'iso-date', 'month-day': 'month-day', day: 'month-day', 'month-year': 'month-year', month: 'month',
  year: 'year', season: 'season', decade: 'decade',
};

function ruleName(p: Phrase): string {
  const base = RULE_OF[p.kind] ?? p.kind;
  return p.part ? `${p.part}-${base}` : base;
}

/**
 * A calendar phrase with its optional lead word, then any list members or a
 * range end. The lead word licenses bare years, months and seasons; "since"
 * makes the result ongoing; "from … to", "between … and" and dashes make spans.
 */
const phraseRule: Rule = (scan, at) => {
  const { s, pub } = scan;
  const dayOnly = exec(ON_THE_DAY_RE, s, at);
  if (dayOnly) {
    const end = at + dayOnly[0].length;
    const tense = tenseAt(s, at, end);
    const day = dayOfMonth(pub, Number(dayOnly[1]), tense);
    if (day) return single(end, expression(scan, at, end, dayDate(day), 'day-of-month', tense));
  }
  let prep = '';
  let phraseAt = at;
  const lead = exec(PREP_RE, s, at);
  if (lead) {
    prep = (lead[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    phraseAt = at + lead[0].length;
  }
  let first = parsePhrase(s, phraseAt, scan.pubYear);
  if (!first && lead) {
    // "in the fall of 2020": the article belongs to the phrase, not the lead.
    const the = /^the\s+/i.exec(s.slice(phraseAt, phraseAt + 4));
    if (the) first = parsePhrase(s, phraseAt + the[0].length, scan.pubYear);
  }
  if (!first) return null;
  if (first.kind === 'year' && yearLooksLikeNumber(s, first)) return null;
  const licensed = prep !== '' && (YEAR_PREPOSITIONS.has(prep) || prep.startsWith('as ') || prep === 'starting' || prep === 'beginning' || prep === 'on');
  if (first.bare) {
    // "1992-1994" licenses itself: two years joined by a dash.
    const dashRange = first.kind === 'year' && /^[-\u2013]\d{2,4}(?!\d)/.test(s.slice(first.end, first.end + 6)) &&
      nextMember(scan, first.end, first, true) !== null;
    const ok = first.kind === 'year'
      ? (licensed && prep !== 'on') || bareYearInContext(s, first) || dashRange
      : bareMonthOrSeasonOk(s, first, licensed ? prep : '');
    if (!ok) return null;
  }
  // Range: "from 1992 to 1994", "between April 30 and May 3", "2014-15", "May 3-5".
  const endPhrase = nextMember(scan, first.end, first, true);
  const rangeLinkIsAnd = endPhrase ? /^\s+and\s+$/i.test(s.slice(first.end, endPhrase.start)) : false;
  if (endPhrase && (!rangeLinkIsAnd || prep === 'between')) {
    const tense = prep === 'since' ? 'past' : tenseAt(s, first.start, endPhrase.end);
    const [a, b] = resolveGroup(scan, [first, endPhrase], tense);
    if (a && b && a.start <= b.end) {
      const precision = a.precision === b.precision ? a.precision : coarser(a.precision, b.precision);
      const e = expression(scan, first.start, endPhrase.end, { start: a.start, end: b.end, precision }, `range-${SAME_FAMILY[first.kind]}s`, tense, 'span');
      return single(endPhrase.end, e);
    }
  }
  // List: "in 2020, 2021 and 2022", "in May and June", "on Dec. 12 and 13".
  const items: Phrase[] = [first];
  let cursor = first.end;
  for (let guard = 0; guard < 20; guard += 1) {
    const member = nextMember(scan, cursor, first, false);
    if (!member) break;
    items.push(member);
    cursor = member.end;
  }
  const tense = prep === 'since' ? 'past' : tenseAt(s, first.start, cursor);
  const dates = resolveGroup(scan, items, tense);
  const out: Match = { end: cursor, expressions: [], durations: [], unresolved: [] };
  items.forEach((it, k) => {
    const d = dates[k];
    if (!d) {
      out.unresolved.push({ start: it.start, end: it.end, text: s.slice(it.start, it.end), reason: 'not a calendar day' });
      return;
    }
    const e = expression(scan, it.start, it.end, d, ruleName(it), tense);
    out.expressions.push(prep === 'since' ? ongoing(scan, e) : e);
  });
  return out;
};

const ORDER: Precision[] = ['day', 'month', 'season', 'year', 'decade'];
function coarser(a: Precision, b: Precision): Precision {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

// ---------------------------------------------------------------- scanner

const RULES: Rule[] = [relativeRule, weekdayRule, durationRule, phraseRule];

/**
 * The words each rule's patterns can begin with, lower case, in RULES order.
 * A word start whose word is in none of a rule's lists is skipped for that
 * rule (most words of a sentence start no date); a digit or an apostrophe
 * tries every rule.
 */
const FIRST_WORDS: string[][] = [
  [
    'today', 'tonight', 'this', 'the', 'yesterday', 'last', 'tomorrow', 'earlier', 'later', 'end', 'beginning', 'start',
    'middle', 'next', 'over', 'at', 'during', 'on', ...NUMBER_FIRST_WORDS,
  ],
  [
    'on', 'for', 'by', 'until', 'till', 'since', 'from', 'before', 'after', 'last', 'next', 'this', 'coming', 'late', 'early',
    ...Object.keys(WEEKDAYS),
  ],
  [
    'for', 'over', 'within', 'in', 'during', 'after', 'throughout', 'nearly', 'almost', 'about', 'some', 'around', 'roughly',
    'at', 'more', 'less', 'up', 'the', ...NUMBER_FIRST_WORDS,
  ],
  [
    'on', 'since', 'in', 'by', 'until', 'till', 'from', 'during', 'before', 'after', 'of', 'through', 'throughout', 'between',
    'as', 'starting', 'beginning', 'around', 'circa', 'for', 'into', 'to', ...PHRASE_FIRST_WORDS,
  ],
];
const ALL_RULES = (1 << RULES.length) - 1;
/** Word -> bit k set when RULES[k] can begin with it. */
const RULES_FOR_WORD = new WordTable();
FIRST_WORDS.forEach((words, k) => {
  for (const w of words) RULES_FOR_WORD.add(w, 1 << k);
});
const isAlnumCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The first word start at or after `from`: a letter, digit or apostrophe with no letter or digit before it; -1 when none. */
function nextWordStart(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((isAlnumCode(c) || c === 39 || c === 0x2019) && !(i > 0 && isAlnumCode(s.charCodeAt(i - 1)))) return i;
  }
  return -1;
}

/** Days already found valid: every sentence asks about its article's publication date and the previous event's day. */
const validDays = new Set<string>();

function validPublished(pub: string): boolean {
  if (validDays.has(pub)) return true;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(pub);
  const ok = !!m && isValidDay(Number(m[1]), Number(m[2]), Number(m[3])) && Number(m[1]) >= 1000 && Number(m[1]) <= 9000;
  if (ok) {
    // Bounded, for a dev server that runs for days.
    if (validDays.size >= 10000) validDays.clear();
    validDays.add(pub);
  }
  return ok;
}

/**
 * Every date expression, duration and unresolvable date mention in the
 * sentence, in text order. Never throws: a rule that fails on odd input
 * is skipped at that position.
 */
export function findTimeExpressions(sentence: string, context: TemporalContext): TemporalResult {
  const result: TemporalResult = { expressions: [], durations: [], unresolved: [] };
  if (typeof sentence !== 'string' || !context || !validPublished(String(context.published))) return result;
  const pub = context.published;
  const previous = context.previous && validPublished(String(context.previous.start))
    ? context.previous
    : { start: pub, precision: 'day' as Precision };
  const scan: Scan = { s: sentence, pub, pubYear: parseIsoDay(pub).year, previous, stated: null, statedYear: null, lastInSentence: null };
  // Where the search for the next word start resumes: after this one, or after what a rule read.
  let next: number;
  for (let at = nextWordStart(sentence, 0); at >= 0; at = nextWordStart(sentence, next)) {
    next = at + 1;
    const value = RULES_FOR_WORD.valueAt(sentence, at);
    const candidates = value < 0 ? ALL_RULES : value;
    if (candidates === 0) continue;
    let found: Match | null = null;
    for (let k = 0; k < RULES.length; k++) {
      if ((candidates & (1 << k)) === 0) continue;
      try {
        found = RULES[k]!(scan, at);
      } catch {
        found = null;
      }
      if (found && found.end > at) break;
      found = null;
    }
    if (!found) continue;
    result.expressions.push(...found.expressions);
    // "passed on 5 June and signed the following day": the date just read anchors what follows it.
    const latest = found.expressions[found.expressions.length - 1];
    if (latest) {
      scan.previous = { start: latest.date.start, precision: latest.date.precision };
      scan.lastInSentence = latest.date.start;
    }
    for (const e of found.expressions) {
      // Any date written with its year sets the story's year for year-less dates after it
      // ("talks began in the spring of 2021 but broke off in August"); a span hands on its
      // last year ("led the bank from 2012 to 2017, … arrested on Dec. 12 of that year").
      if (!/\d{4}/.test(e.text) || e.date.precision === 'decade') continue;
      if (e.kind === 'span' || e.date.precision === 'year') scan.statedYear = `${e.date.end.slice(0, 4)}-01-01`;
      else scan.stated = e.date.start;
    }
    result.durations.push(...found.durations);
    result.unresolved.push(...found.unresolved);
    next = found.end;
  }
  // "the deadliest clash since 2022", "its worst result since the 1990s": a yardstick, not a happening.
  // "… the worst since July, when 16 people were killed": then the when-clause is the happening, at X.
  if (!result.expressions.some((e) => e.rule === 'since')) return result;
  result.expressions = result.expressions.flatMap((e) => {
    if (e.rule !== 'since' || !COMPARISON_BEFORE.test(sentence.slice(Math.max(0, e.start - 90), e.start))) return [e];
    if (!/^\s*,?\s*when\b/i.test(sentence.slice(e.end, e.end + 12))) return [];
    const own = unitInterval(e.date.start, e.date.precision);
    return [{ ...e, kind: 'point' as const, rule: 'since-when', date: { ...e.date, end: own.end < e.date.end ? own.end : e.date.end } }];
  });
  return result;
}

// Re-exported so callers can reuse the year guard when reading datelines.
export { plausibleYear };
