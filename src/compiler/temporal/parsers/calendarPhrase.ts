// A calendar phrase (parsePhrase.ts: "Dec. 12", "May 2021", "the fall of
// 2020", "1991", "the 1990s") with its lead word, and the list or range it
// opens. The lead word licenses bare years, months and seasons ("in 1991",
// "in May"); "since" makes the result ongoing; "from … to", "between … and"
// and dashes make spans; "in 2020, 2021 and 2022" gives one date per item.
import { daysBetween, isValidDay, isoDay, parseIsoDay } from '../../../model/calendar';
import type { Precision } from '../../../model/schema';
import { PHRASE_FIRST_WORDS, parsePhrase, resolvePhrase, type Inherited, type Phrase } from '../parsePhrase';
import { dayDate } from '../resolve';
import { lookedBack } from '../lookedBack';
import { AFTERMATH_WORDS, SCHEDULED_HAPPENING_NOUNS, UNFORESEEN_HAPPENING_NOUNS } from '../resources/scheduledHappenings';
import { YEAR_PREPOSITIONS } from '../resources/yearContext';
import { MONTH_SRC } from '../resources/patterns';
import { DEADLINE_BEFORE_RE, exec, expression, ongoing, quoted, single, sticky, type Found, type Parser, type Scan } from '../scan';
import { tenseAt, type ClauseTense } from '../tenseAt';
import { dateValue, timex } from '../timex';
import type { ResolvedDate, Timex } from '../types';
import { bareMonthOrSeasonOk, bareYearInContext, yearLooksLikeNumber } from '../yearGuard';
import { alternation, COMMITMENT_WORDS, phraseAlternation, SCHEDULE_VERBS } from '../../text/lexicon';

const PREP_RE = sticky(
  '(?:([Ss]ince|[Ii]n|[Oo]n|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Dd]uring|[Bb]efore|[Aa]fter|[Oo]f|[Tt]hrough|[Tt]hroughout|[Bb]etween|[Aa]s\\s+of|[Ss]tarting|[Bb]eginning|[Aa]round|[Cc]irca|[Ff]or|[Ii]nto|[Tt]o|[Oo]ver|[Dd]ue|[Aa]s\\s+early\\s+as|[Aa]s\\s+late\\s+as)\\s+)(?:both\\s+|either\\s+)?' +
  '(?:the\\s+(?:(?:aftermath|wake|end|start|beginning|outbreak|onset|middle|height|course|time|days|run-up)\\s+of\\s+(?:the\\s+)?)?)?');
const LIST_LINK_RE = sticky('(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)');
const RANGE_LINK_RE = sticky('(?:\\s*[-\\u2013\\u2014]\\s*|\\s+(?:to|until|till|through|and|thru)\\s+)');
const TWO_DIGIT_END_RE = sticky('[-\\u2013](\\d{2})(?![\\d])');
// "18-19 March 1999", "18 and 19 March": a day number that opens a range or list whose next member names the month.
const LEADING_DAY_RE = new RegExp(
  `(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?=(?:\\s*[-\\u2013]\\s*|\\s+(?:and|to|until|till|through)\\s+)(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_SRC})`, 'y');

/** A leading day number of "18-19 March", or null. */
function leadingDay(s: string, at: number): Phrase | null {
  LEADING_DAY_RE.lastIndex = at;
  const m = LEADING_DAY_RE.exec(s);
  const day = Number(m?.[1]);
  if (!m || day < 1 || day > 31) return null;
  return { start: at + m[0].indexOf(m[1]!), end: at + m[0].length, kind: 'day', day, bare: false };
}

// A promise, plan or order before a deadline points it forward: "has promised housing by June 30".
const COMMITMENT_BEFORE_RE = new RegExp(`\\b(?<!had\\s)(?:${phraseAlternation(COMMITMENT_WORDS)})\\b`, 'i');

const SAME_FAMILY: Record<string, string> = {
  iso: 'day', 'month-day': 'day', day: 'day', 'month-year': 'month', month: 'month', year: 'year', season: 'season', decade: 'decade',
};

const RULE_OF: Record<string, string> = {
  iso: 'iso-date', 'month-day': 'month-day', day: 'month-day', 'month-year': 'month-year', month: 'month',
  year: 'year', season: 'season', decade: 'decade',
};

function ruleName(p: Phrase): string {
  const base = RULE_OF[p.kind] ?? p.kind;
  return p.part ? `${p.part}-${base}` : base;
}

const ORDER: Precision[] = ['day', 'month', 'season', 'year', 'decade'];
function coarser(a: Precision, b: Precision): Precision {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

/** Year and month for list members written without them ("May and June 2021", "Dec. 12 and 13", "18-19 March"). */
function inheritFrom(items: Phrase[]): Inherited[] {
  const out: Inherited[] = items.map(() => ({}));
  let month: number | undefined;
  for (let k = 0; k < items.length; k += 1) {
    const it = items[k];
    if (!it) continue;
    if (it.month !== undefined) month = it.month;
    else if (it.kind === 'day' && month !== undefined) (out[k] as Inherited).month = month;
  }
  // A day number before the first month named ("18 and 19 March") takes that month.
  const firstMonth = items.find((it) => it.month !== undefined)?.month;
  for (let k = 0; k < items.length && items[k]?.month === undefined; k += 1) {
    if (items[k]?.kind === 'day' && firstMonth !== undefined) (out[k] as Inherited).month = firstMonth;
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

/** Words that give a term's date: a payment, an effect, an expiry, an extension, a record date, a deadline. */
const TERM_BEFORE = new RegExp(
  '\\b(?:payable|effective|expir(?:e|es|ing)(?:\\s+on)?|deadline\\s+(?:of|is)|(?:of\\s+)?record(?:\\s+on)?|' +
  'redeem(?:ed|able)?(?:\\s+[^\\s;]+){0,6}\\s+on|due(?:\\s+on)?|(?:set|scheduled|slated)\\s+for|starting|beginning|' +
  // "extended its offer for Orvel Inc. stock until" (a company's or a title's point, or a decimal one, ends no sentence), "would extend its tender, which was to lapse last Thursday, to", "was extended
  // to", "extended to Nov. 20 its offer"; a bare "the drought extended through March" tells how long something lasted.
  '(?:extend(?:s|ed|ing)?\\s(?:[^.;]|\\.(?=\\d)|\\.(?<=\\b(?:Inc|Corp|Co|Cos|Ltd|Bros|Mr|Mrs|Ms|Dr|Jr|St|No|U\\.S|U\\.K)\\.)){1,140}?\\s|(?:be|been|was|were|is|are)\\s+extended\\s+)(?:to|until|through)|extend(?:s|ed|ing)?\\s+(?:to|until))' +
  // "until 4 p.m. EDT, June 2", "expires at midnight on Dec. 31": the hour the term ends stands between.
  '(?:\\s+(?:at\\s+)?(?:\\d{1,2}(?:[:.]\\d\\d)?\\s*[ap]\\.?m\\.?|midnight|noon)(?:\\s+[A-Z]{2,4})?,?(?:\\s+on)?)?\\s+$', 'i');
/** "the Jan. 14 deadline", "named June 30 as the deadline". */
const TERM_AFTER = /^\s+(?:as\s+(?:the|a|its)\s+)?(?:deadline|expiry|expiration)\b/i;
/** A subject and "is" or "are" right before the day: "the primary is Nov. 5", "the talks are on Jan. 8" (not "today is"). */
const COPULA_BEFORE = /\b(?<!\b(?:today|tonight|it|this|that|there|here)\s)(?:is|are)\s+(?:(?:now|still)\s+)?(?:on\s+)?$/i;
/** How far ahead a deadline told in a past clause may lie and still be the one meant ("said they must leave by Nov. 22"). */
const DEADLINE_AHEAD_DAYS = 92;
/** Days a term's date may lie before publication and still be the one meant ("the Jan. 14 deadline" in a Jan. 15 paper). */
const TERM_GRACE_DAYS = 45;

/** The year that puts a term's date closest ahead of publication, or within the grace just before it. */
function nearestTerm(it: Phrase, scan: Scan, tense: ClauseTense, inh: Inherited): ResolvedDate | null {
  let best: ResolvedDate | null = null;
  let bestScore = Infinity;
  for (const year of [scan.pubYear - 1, scan.pubYear, scan.pubYear + 1]) {
    const d = resolvePhrase({ ...it, year }, scan.pub, tense, inh);
    if (!d) continue;
    const days = daysBetween(scan.pub, it.kind === 'month' ? d.end : d.start);
    const score = days >= 0 ? days : -days > TERM_GRACE_DAYS ? Infinity : -days * 4;
    if (score < bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The timetables that follow their subject: the forms in -s ("reopens", "takes effect"), and the phrasal ones whose
 * bare form no noun shares ("voters head to the polls", "the rules take effect", "tickets go on sale"). A bare form
 * alone ("vote", "meet", "close") is left out: "a final vote Nov. 4" names a vote, not a timetable.
 */
function subjectTimetable(verb: string): boolean {
  return /s$/.test(verb.split(' ')[0]!) || verb.includes(' ');
}

/** A present or present-perfect verb earlier in the sentence ("He has made 112 appearances, … in November"): the clause speaks from now. */
const PRESENT_BEFORE = /\b(?:has|have|is|are|says|say)\b/i;
/**
 * A timetable told in the present after its subject ("The museum reopens on June 1", "the council meets on April 2"):
 * the clause speaks from now even after a passage set years back. After a determiner the word is a plural noun ("the
 * votes on May 19"), no verb. A subject may end in a model number ("the Velm 5 goes on sale Sept. 21").
 */
export const SUBJECT_THEN_SCHEDULE = `(?:^|[^\\w'\u2019-])(?!(?:the|a|an|its|their|his|her|our|these|those|this|that|of|in|on|at|for|and|or)\\s)` +
  `[A-Za-z][\\w'\u2019-]*(?:\\s+\\d{1,3}[A-Za-z]?)?\\s+(?:${phraseAlternation(SCHEDULE_VERBS.filter(subjectTimetable))})(?![\\w-])`;
const SCHEDULE_PRESENT_BEFORE = new RegExp(SUBJECT_THEN_SCHEDULE, 'i');
/**
 * The same timetable right before its date ("The offer ends on Jan. 15", "the museum reopens Feb. 20") gives a term's
 * date: the one ahead, or one gone by in the last weeks, as "expires on" does.
 */
const SCHEDULE_TERM_BEFORE = new RegExp(`${SUBJECT_THEN_SCHEDULE}(?:\\s+on)?\\s+$`, 'i');

/** How far ahead a day named before its noun ("the Nov. 5 vote") may lie in a clause that does not look ahead. */
const NAMED_DAY_AHEAD_DAYS = 45;
const NAMED_DAY_BEFORE = /(?:^|[^A-Za-z])(?:the|a|an|its|their|his|her)\s+$/i;
/** A noun after the day (not a preposition, conjunction or verb that would make the day an adverb). */
const NAMED_DAY_AFTER = /^\s+(?!(?:and|or|to|through|until|at|in|on|of|for|from|by|with|was|is|were|are|will|would|when|as|that|which)\b)[a-z]+/;

/**
 * A happening set beforehand after the day ("the Nov. 5 election", "the Oct. 12 runoff"), and not what it left behind
 * ("the Nov. 5 election results").
 */
const SCHEDULED_AFTER = new RegExp(
  `^\\s+(?:${alternation(SCHEDULED_HAPPENING_NOUNS)})(?![\\w'\u2019-])(?!\\s+(?:${alternation(AFTERMATH_WORDS)})\\b)`, 'i');
/** A happening nobody sets beforehand after the day: "the Aug. 7 bombings", "the March 2 quake". */
const UNFORESEEN_AFTER = new RegExp(`^\\s+(?:${alternation(UNFORESEEN_HAPPENING_NOUNS)})(?![\\w'\u2019-])`, 'i');
/** Words that wait for a happening: "ahead of the", "in the run-up to the", "until the". */
const AWAITING_BEFORE = /\b(?:ahead\s+of|in\s+the\s+(?:run|lead)-up\s+to|until|till)\s+the\s+$/i;
/** Days a named day may lie before publication in a clause that looks ahead and still be the one meant ("the Feb. 20 vote will be rerun"). */
const NAMED_DAY_GONE_BY_DAYS = 45;

/** The preposition of a month told as when something happens ("in September", "for November"). */
const MONTH_PREPOSITION_BEFORE = /(?:^|[^A-Za-z])(?:in|for|during|until|till|into)\s+$/i;

/** Only a preposition before a month at the head of its sentence: "In September, …". */
const FRONTED_BEFORE = /^\W*[A-Za-z]+\s+$/;

/** A date of a group, and whether the story's focus gave it its year. */
type Resolved = (ResolvedDate & { fromFocus?: boolean; fromThatYear?: boolean }) | null;

function resolveGroup(scan: Scan, items: Phrase[], tense: ClauseTense): Resolved[] {
  const inherited = inheritFrom(items);
  const dates: Resolved[] = [];
  let prevDate: ResolvedDate | null = null;
  for (let k = 0; k < items.length; k += 1) {
    const it = items[k] as Phrase;
    const inh = inherited[k] ?? {};
    // "the Aug. 7 bombings", "the Dec. 12 vote": a day named before its noun is a happening the reader knows of,
    // the nearest such day, whatever the tense of a clause it sits in.
    const named = items.length === 1 && it.kind === 'month-day' && it.year === undefined &&
      NAMED_DAY_BEFORE.test(scan.s.slice(Math.max(0, it.start - 8), it.start)) && NAMED_DAY_AFTER.test(scan.s.slice(it.end, it.end + 24));
    let d: Resolved = resolvePhrase(it, scan.pub, named ? 'unknown' : tense, inh);
    // "hunted since soon after the Oct. 9 raid" in a May paper: a named happening months ahead is only a
    // plan when the clause looks ahead; otherwise it is the one gone by, the nearer October notwithstanding.
    if (named && d && tense !== 'future' && daysBetween(scan.pub, d.start) > NAMED_DAY_AHEAD_DAYS) d = resolvePhrase(it, scan.pub, 'past', inh);
    // "The Nov. 5 election will decide control of the council" in a March paper: a happening set beforehand, in a clause
    // that looks ahead, is the coming one, unless it went by in the last weeks ("the Feb. 20 vote will be rerun"). So is
    // one a present clause waits for: "candidates are raising money ahead of the Nov. 5 election".
    const awaited = tense === 'future' || (tense === 'present' && AWAITING_BEFORE.test(scan.s.slice(Math.max(0, it.start - 40), it.start)));
    if (named && d && awaited && daysBetween(d.start, scan.pub) > NAMED_DAY_GONE_BY_DAYS && SCHEDULED_AFTER.test(scan.s.slice(it.end, it.end + 40)) &&
      !lookedBack(scan.s, it.start, it.end)) {
      d = resolvePhrase(it, scan.pub, 'future', inh);
    }
    // "Towns hit by the March 20 floods will get aid" in a March 13 paper: nobody sets a flood or a bombing beforehand,
    // so its day is one gone by, however near the one ahead.
    if (named && d && d.start > scan.pub && UNFORESEEN_AFTER.test(scan.s.slice(it.end, it.end + 40))) d = resolvePhrase(it, scan.pub, 'past', inh);
    // "the board will audit the Nov. 5 election" in a September paper: a happening the clause looks back on is over.
    if (named && d && d.start > scan.pub && SCHEDULED_AFTER.test(scan.s.slice(it.end, it.end + 40)) && lookedBack(scan.s, it.start, it.end)) {
      d = resolvePhrase(it, scan.pub, 'past', inh);
    }
    // "told its dealers of a price rise in September" in an August paper: the month right after publication's, after
    // its preposition in a past clause, is the one ahead; a past clause meaning the one eleven months back writes "last
    // September". "sold itself under a June agreement" in May, a month before its noun, stays the one gone by, and so
    // does a month that opens the sentence ("In September, Orvel told its dealers …"): fronted, it dates the past verb.
    if (d && tense === 'past' && items.length === 1 && it.kind === 'month' && it.year === undefined && inh.year === undefined &&
      parseIsoDay(d.start).month === (parseIsoDay(scan.pub).month % 12) + 1 && MONTH_PREPOSITION_BEFORE.test(scan.s.slice(Math.max(0, it.start - 10), it.start)) &&
      !FRONTED_BEFORE.test(scan.s.slice(0, it.start))) {
      d = resolvePhrase(it, scan.pub, 'future', inh);
    }
    // "In February 1994 … On May 19, the committee was set up": a year-less date of a past clause
    // takes the year of the story in focus, not the one publication implies; a quote keeps its own time.
    const yearless = it.year === undefined && inh.year === undefined && it.kind !== 'year' && it.kind !== 'decade' && it.kind !== 'iso';
    if (d && yearless && scan.focus && !scan.stated && !scan.statedYear && !quoted(scan, it.start, it.end) &&
      (scan.focus.firm || ((tense === 'past' || tense === 'unknown') && !PRESENT_BEFORE.test(scan.s.slice(0, it.start)) &&
        !SCHEDULE_PRESENT_BEFORE.test(scan.s.slice(0, it.start))))) {
      const inFocus = resolvePhrase(it, scan.pub, tense, { ...inh, year: scan.focus.year });
      if (inFocus && inFocus.start <= scan.pub) d = { ...inFocus, fromFocus: true };
    }
    // A year-less date after a fully written one in the same sentence continues its story,
    // as long as it then falls between that date and publication.
    const thatYear = THAT_YEAR_AFTER.test(scan.s.slice(it.end));
    // "The museum was founded in 1921. On May 4 of that year it opened": "of that year" names the year of the date
    // before, in this sentence or the one before it, whatever the order or the tense.
    if (d && thatYear && !scan.statedYear && !scan.stated && it.year === undefined && inh.year === undefined && (it.kind === 'month-day' || it.kind === 'month' || it.kind === 'season')) {
      const inThatYear = resolvePhrase(it, scan.pub, tense, { year: parseIsoDay(scan.previous.start).year });
      if (inThatYear) d = { ...inThatYear, fromThatYear: true };
    }
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
    // "if they mail an offer by Nov. 22", "to leave by Jan. 14": a deadline weeks ahead, or just gone by, is that one,
    // whatever the tense of the clause that tells it; "had to be passed by March 1" in September is the March gone by.
    const near = d && deadline && yearless && !scan.focus ? nearestTerm(it, scan, tense, inh) : null;
    if (near && daysBetween(scan.pub, near.start) <= DEADLINE_AHEAD_DAYS) d = near;
    // "ordered the camp closed by Jan. 14" in a Jan. 15 paper: a deadline told in the past that went by in the last
    // weeks is that one, not next year's; a promise told in the present ("has promised housing by June 30") looks ahead.
    const goneBy = d !== null && tense === 'past' && d.start < scan.pub && daysBetween(d.start, scan.pub) <= TERM_GRACE_DAYS;
    const promised = deadline && !goneBy && COMMITMENT_BEFORE_RE.test(scan.s.slice(0, it.start));
    const setOn = scan.lastInSentence ?? (promised ? scan.pub : null);
    if (d && deadline && setOn && (it.kind === 'month-day' ? d.start : d.end) < setOn) {
      const { year } = parseIsoDay(d.start);
      const later = resolvePhrase({ ...it, year: year + 1 }, scan.pub, tense, {});
      if (later) d = later;
    }
    // "payable Dec. 7", "effective Feb. 1", "extended to Nov. 20", "the Jan. 14 deadline": a date a term falls on lies
    // ahead whatever the tense of the clause that set it, unless it fell in the last few weeks. So does a day a thing is
    // on, told in the present right before it: "the primary is Nov. 5", "the election is on Nov. 5".
    if (d && yearless && !scan.focus && (it.kind === 'month-day' || it.kind === 'month') &&
      (TERM_BEFORE.test(scan.s.slice(Math.max(0, it.start - 200), it.start)) || TERM_AFTER.test(scan.s.slice(it.end, it.end + 24)) ||
        (it.kind === 'month-day' && COPULA_BEFORE.test(scan.s.slice(Math.max(0, it.start - 40), it.start))) ||
        SCHEDULE_TERM_BEFORE.test(scan.s.slice(Math.max(0, it.start - 40), it.start)))) {
      d = nearestTerm(it, scan, tense, inh) ?? d;
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

// "the end of 1994", "the beginning of October", "the fall of 2020", "the 1990s": TimeML keeps these words with the phrase.
const EDGE_BEFORE = /(?:^|[^A-Za-z])((?:the\s+)?(?:end|beginning|start|middle)\s+of\s+(?:the\s+)?)$/i;
const EDGE_BEFORE_YEAR = /(?:^|[^A-Za-z])((?:the\s+)?(?:end|beginning|start|middle)\s+of\s+)$/i;
const THE_BEFORE = /(?:^|[^A-Za-z])(the\s+)$/i;

// "May 4 of that year", "in June of the same year": the year named by the date before it.
const THAT_YEAR_AFTER = /^\s*(?:of\s+)?(?:that|the\s+same)\s+year\b/i;
const OF_THAT_YEAR_AFTER = /^\s+of\s+(?:that|the\s+same)\s+year\b/i;

/**
 * The TIMEX3 of one phrase: its own words, with an edge ("the end of") or, for a season or decade, "the" before it, and
 * "of that year" after it (one expression, as "May of 1987" is: TimeML marks the whole phrase that names the date).
 */
function phraseTimex(s: string, p: Phrase, date: ResolvedDate): Timex {
  const head = s.slice(Math.max(0, p.start - 40), p.start);
  // "the end of the 2013 season": after "the", a year qualifies the noun that follows, whose end it is, not the year's.
  const edge = p.kind === 'year' ? EDGE_BEFORE_YEAR.exec(head) : EDGE_BEFORE.exec(head);
  const the = p.kind === 'season' || p.kind === 'decade' ? THE_BEFORE.exec(head) : null;
  const start = p.start - (edge?.[1]?.length ?? the?.[1]?.length ?? 0);
  const ofThatYear = p.year === undefined ? OF_THAT_YEAR_AFTER.exec(s.slice(p.end, p.end + 24)) : null;
  return timex(s, start, p.end + (ofThatYear?.[0].length ?? 0), 'DATE', centuryOfHundreds(p) ?? dateValue(date.start, date.precision));
}

/**
 * "the 1800s", "the early 1900s": before 2000 the hundreds name a century, TimeML's "18", "19" (the mod keeps its
 * edge). The timeline still dates the event by the phrase's first decade, its finest stand-in. "the 2000s" is the
 * decade news means by it ("200").
 */
function centuryOfHundreds(p: Phrase): string | null {
  return p.kind === 'decade' && p.year !== undefined && p.year % 100 === 0 && p.year < 2000 ? String(p.year / 100) : null;
}

export const calendarPhrase: Parser = {
  name: 'calendar-phrase',
  example: 'talks began in the spring of 2021',
  firstWords: [
    'on', 'since', 'in', 'by', 'until', 'till', 'from', 'during', 'before', 'after', 'of', 'through', 'throughout', 'between',
    'as', 'starting', 'beginning', 'around', 'circa', 'for', 'into', 'to', 'over', 'due', ...PHRASE_FIRST_WORDS,
  ],
  parse(scan, at) {
    const { s } = scan;
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
    first ??= leadingDay(s, phraseAt);
    if (!first) return null;
    if (first.kind === 'year' && yearLooksLikeNumber(s, first)) return null;
    // "the 1988 quarter", "the 1988 third quarter": the quarter's parser reads the whole.
    if (first.kind === 'year' && /^\s+(?:(?:first|second|third|fourth|fiscal)[\s-]+)?(?:quarter|period|half)\b/i.test(s.slice(first.end, first.end + 24))) return null;
    // "by 2050", "until 2040", "will be reached in 2060": a year far ahead is a target, never a bare count.
    if (first.far && !/^(?:by|until|till|before|through|beyond)$/.test(prep) &&
      !(/^(?:in|from|to|around|circa|after)$/.test(prep) && tenseAt(s, first.start, first.end) === 'future')) return null;
    const licensed = prep !== '' && (YEAR_PREPOSITIONS.has(prep) || prep.startsWith('as ') || prep === 'starting' || prep === 'beginning' || prep === 'on');
    if (first.bare) {
      // "1992-1994" licenses itself: two years joined by a dash.
      const dashRange = first.kind === 'year' && /^[-\u2013]\d{2,4}(?!\d)/.test(s.slice(first.end, first.end + 6)) &&
        nextMember(scan, first.end, first, true) !== null;
      const ok = first.kind === 'year'
        ? (licensed && prep !== 'on') || bareYearInContext(s, first) || dashRange
        : bareMonthOrSeasonOk(s, first, prep);
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
        if (a.fromFocus && scan.focus) e.anchor = { kind: 'story', date: String(scan.focus.year), text: scan.focus.text };
        // TimeML marks each end of a range: "from [1992] to [1994]".
        return { ...single(endPhrase.end, e), timexes: [phraseTimex(s, first, a), phraseTimex(s, endPhrase, b)] };
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
    const out: Found = { end: cursor, expressions: [], durations: [], unresolved: [], timexes: [] };
    // "a June agreement", "a September move": a month before its noun is a TIMEX3, but says too little of when for an event.
    const modifierOnly = first.bare && first.kind === 'month' && prep === '';
    items.forEach((it, k) => {
      const d = dates[k];
      if (!d) {
        out.unresolved.push({ start: it.start, end: it.end, text: s.slice(it.start, it.end), reason: 'not a calendar day' });
        return;
      }
      out.timexes!.push(phraseTimex(s, it, d));
      if (modifierOnly) return;
      const { fromFocus, fromThatYear, ...date } = d;
      const e = expression(scan, it.start, it.end, date, ruleName(it), tense);
      if (fromFocus && scan.focus) e.anchor = { kind: 'story', date: String(scan.focus.year), text: scan.focus.text };
      if (fromThatYear) e.anchor = { kind: 'previous', date: scan.previous.start };
      out.expressions.push(prep === 'since' ? ongoing(scan, e) : e);
    });
    // The phrase claims the "of that year" its TIMEX3 took in.
    out.end = Math.max(cursor, ...out.timexes!.map((t) => t.end));
    return out;
  },
};
