// The time of a whole story, read sentence by sentence: what "the next day"
// counts from (the previous date), which year a year-less date takes when the
// story tells an earlier time ("In February 1994 … On May 19, the committee
// was set up" is 19 May 1994, not the May before publication), and the time
// of quoted speech and quoted documents, which keep their own ('"We vote
// tomorrow," he said on Tuesday' is Wednesday; "Sunday night" in an e-mail
// dated 3 March 2012 is the Sunday before it). Every date says what it was
// counted from (its anchor).
import { parseIsoDay } from '../../model/calendar';
import { formatUnit } from '../../model/formatDate';
import type { Precision } from '../../model/schema';
import { REPORTING_VERBS } from '../text/lexicon';
import { withFields } from '../text/withFields';
import { readChronology } from './chronology';
import { findTimeExpressions } from './findTimeExpressions';
import { dateFromHappening, dayOfHappeningBefore, rememberHappenings, stretchValue, type HappeningDates } from './anchoredEvents';
import { tenseAt } from './tenseAt';
import { deictic, reportsQuarter } from './timex';
import type { Anchor, Focus, TemporalContext, TemporalResult, TimeExpression, Timex } from './types';

/** The anchor in words, for the event's "why this date" line. */
export function describeAnchor(a: Anchor): string {
  const when = /^\d{4}$/.test(a.date) ? a.date : formatUnit(a.date, a.precision ?? 'day');
  switch (a.kind) {
    case 'publication':
      return `the publication date, ${when}`;
    case 'previous':
      return `the date before it, ${when}`;
    case 'story':
      return `the year the passage is set in, ${when}${a.text ? ` (from “${a.text}”)` : ''}`;
    case 'quote':
      return `the day the quote was said, ${when}${a.text ? ` (“${a.text}”)` : ''}`;
    case 'document':
      return `the quoted document's date, ${when}${a.text ? ` (“${a.text}”)` : ''}`;
    case 'event':
      return `${a.text ?? 'the happening it names'}, ${when}`;
  }
}

export interface DocumentTime {
  /** The time expressions of the story's next sentence (or piece of one), read in the story's time. */
  read(sentence: string): TemporalResult;
}

type Span = readonly [number, number];

const QUOTE_MARK = /["\u201c\u201d]|``|''/;

/** Where quoted speech runs in a sentence, and whether a quote is still open at its end. */
export function quoteSpans(sentence: string, openAtStart: boolean): { spans: Span[]; openAtEnd: boolean } {
  if (!openAtStart && !QUOTE_MARK.test(sentence)) return { spans: [], openAtEnd: false };
  const spans: Span[] = [];
  let from = openAtStart ? 0 : -1;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i]!;
    const two = sentence.slice(i, i + 2);
    const opens = c === '\u201c' || two === '``' || (c === '"' && from < 0);
    const closes = c === '\u201d' || two === "''" || (c === '"' && from >= 0);
    if (from < 0 && opens) {
      from = i + (two === '``' ? 2 : 1);
      if (two === '``') i++;
    } else if (from >= 0 && closes) {
      spans.push([from, i]);
      from = -1;
      if (two === "''") i++;
    }
  }
  if (from >= 0) spans.push([from, sentence.length]);
  return { spans, openAtEnd: from >= 0 };
}

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;
const inside = (spans: readonly Span[], start: number, end: number) => spans.some(([a, b]) => a <= start && end <= b);

/** Dates counted from publication by a word of the clause: they bring the story back to the present. */
const DEICTIC_RULE = /^(?:today|yesterday|tomorrow|weekday-(?:past|future|last|next|deadline|planned)|ago|from-now|the-weekend|day-of-month|(?:earlier-|later-)?(?:this|last|next|this-past|the-coming)-(?:week|weekend|month|year|season))$/;
/**
 * A date that sets the time of a passage: one opening its sentence ("In
 * February 1994, …") or a month or day of a past clause ("signed on 5 May
 * 1994"); not a year mid-sentence ("comparable periods in 1988") nor a year
 * before a noun ("the 1987 crash").
 */
function setsTheTime(sentence: string, e: TimeExpression): boolean {
  if (opensSentence(sentence, e.start)) return true;
  // "broke out on the night of May 5, 2019", "in the early hours of June 2, 2018": a part of the day before its date.
  return e.date.precision !== 'year' && /\b(?:in|on|from|during|until|between|through|throughout|by|over)\s+(?:the\s+)?(?:(?:night|morning|afternoon|evening|eve|early\s+hours|small\s+hours)\s+of\s+)?$/i.test(sentence.slice(0, e.start));
}

/** A date its sentence opens with: "In February 1994, …", "On May 19, …". */
function opensSentence(sentence: string, at: number): boolean {
  return /^\W*(?:(?:in|on|by|from|during|until|between|at)\s+)?(?:the\s+)?(?:(?:early|mid|late|end\s+of|beginning\s+of|spring\s+of|summer\s+of|autumn\s+of|fall\s+of|winter\s+of)[\s-]+)?$/i.test(sentence.slice(0, at));
}
/**
 * "That year, …", "That summer, …", "The following year, …" opening a past sentence, counted from a date the story gave
 * two years or more before publication: the passage is set back there, so "The strike began in 2011. That year, the
 * union struck twice. In August, talks broke down." reads August 2011. Not a day ("The next day" keeps the story's
 * day, not a year), nor a clause in the present ("That year is remembered as …"), nor a year close to publication's
 * (year-less dates already reach back a year).
 */
function returnsToTheYear(sentence: string, e: TimeExpression, pubYear: number): boolean {
  if (e.anchor?.kind !== 'previous' || EXPLICIT_YEAR.test(e.text) || !opensSentence(sentence, e.start)) return false;
  if (e.date.precision !== 'year' && e.date.precision !== 'season' && e.date.precision !== 'month') return false;
  return parseIsoDay(e.date.start).year <= pubYear - 2 && tenseAt(sentence, e.start, e.end) === 'past';
}
/** A past perfect before the date in its own clause: "had moved its fleet to Ardel in June 2017". */
// "had" then a verb, not "had to" (an obligation) nor "had a house", "had two sons" (a possession).
const PAST_PERFECT_BEFORE = /\bhad\s+(?:(?:not|never|already|just|also|since|earlier|first|previously)\s+)?(?!(?:to|a|an|the|no|his|her|its|their|our|my|your|some|any|one|two|three|four|five|many|few|more|less|little|much|nothing|everything)\b)[a-z]+\b[^,;:]*$/i;
function pastPerfectAt(sentence: string, at: number): boolean {
  return PAST_PERFECT_BEFORE.test(sentence.slice(0, at));
}
/** A sentence that reports someone's words ("…, the mayor said"): it speaks from the story's own time. */
const REPORTED = new RegExp(`\\b(?:${REPORTING_VERBS.join('|')}|told)\\b`, 'i');
/**
 * The sentence read without a backstory aside's year when it has gone back to the story's own time: a date took that
 * year in a sentence that reports someone's words ("on the late-November crossing, the mayor said"), and the date
 * neither opens the sentence nor is past perfect too. A flashback told on in the simple past ("He had moved to Velm in
 * May 2005. He met her there on June 3.") keeps it.
 */
function leaveAside(sentence: string, withAside: TemporalResult, context: TemporalContext): TemporalResult {
  if (!REPORTED.test(sentence)) return withAside;
  const plain = findTimeExpressions(sentence, { ...context, focus: null });
  const key = (t: Timex) => `${t.start}:${t.value}`;
  const same = new Set(plain.timexes.map(key));
  const took = withAside.timexes.filter((t) => !same.has(key(t)));
  return took.every((t) => opensSentence(sentence, t.start) || pastPerfectAt(sentence, t.start)) ? withAside : plain;
}
/** Sentences a focus outlives without being used or set again. */
const FOCUS_LIFE = 2;
const EXPLICIT_YEAR = /\b(?:1[5-9]|20)\d\d\b|\bnineteen\b|\btwo\s+thousand\b/i;
const SAY_NEAR = new RegExp(`\\b(?:${REPORTING_VERBS.join('|')}|told)\\b[^,;.]{0,30}$`, 'i');
const DOCUMENT_NOUN = /\b(?:e-?mail|letter|memo(?:randum)?|message|note|diary|cable|fax|text|post|tweet)s?\b/i;

/** The speaker's day or the quoted document's date that a quote in the sentence is read from, if the sentence gives one. */
function quoteAnchor(sentence: string, spans: readonly Span[], outside: readonly TimeExpression[], pub: string): Anchor | null {
  for (const e of outside) {
    if (e.date.precision !== 'day') continue;
    const before = sentence.slice(Math.max(0, e.start - 60), e.start);
    // "in an e-mail dated March 3, 2012:", "a letter sent on Sunday".
    if (DOCUMENT_NOUN.test(before) && e.start < (spans[0]?.[0] ?? sentence.length)) return { kind: 'document', date: e.date.start, text: sentence.slice(Math.max(0, before.search(DOCUMENT_NOUN) + e.start - before.length), e.end) };
    // "…," he said on Tuesday.
    if (SAY_NEAR.test(before) && e.date.start !== pub) return { kind: 'quote', date: e.date.start, text: sentence.slice(e.start - (SAY_NEAR.exec(before)?.[0].length ?? 0), e.end) };
  }
  return null;
}

/** A reporting verb in the past outside the quotes: "…," the general said. */
const SAID_PAST = new RegExp(`\\b(?:${REPORTING_VERBS.filter((v) => v === 'said' || v === 'wrote' || v.endsWith('ed')).join('|')}|told)\\b`, 'i');

/**
 * A quote said in a passage set years back, its day the one the story gave last ("On May 19, 1994, the accord was
 * signed. 'From today, the guns are silent,' the general said."): "today" in it is 19 May 1994, not publication's day.
 * Only a saying told in the past and undated (quoteAnchor reads a dated one), right after a day of that passage;
 * "says" speaks from now, and without a passage set back an undated saying is the story's own news.
 */
function saidInThePassage(sentence: string, spans: readonly Span[], focus: Focus | null, previous: { start: string; precision: Precision } | null): Anchor | null {
  if (!focus || focus.firm || previous?.precision !== 'day' || parseIsoDay(previous.start).year !== focus.year) return null;
  let outside = '';
  let from = 0;
  for (const [a, b] of spans) {
    outside += ` ${sentence.slice(from, a)}`;
    from = b;
  }
  outside += ` ${sentence.slice(from)}`;
  return SAID_PAST.test(outside) ? { kind: 'quote', date: previous.start, text: focus.text } : null;
}

/**
 * The day of a count from a happening that follows a time of day in its clause ("seen at 6 a.m. near the mill ten
 * days before the fire", the fire dated): the hour is on that day. Null when a comma or another clause stands between.
 */
function dayOfCountAfter(sentence: string, t: Timex, counted: readonly TimeExpression[]): string | null {
  const count = counted.find((e) => e.start >= t.end && e.date.precision === 'day' && !/[,;:()]|\b(?:and|but|then|while|when)\b/.test(sentence.slice(t.end, e.start)));
  return count ? count.date.start : null;
}

/** The unit word happeningStretch.ts marks: "weeks" of "in the weeks before the vote". */
const STRETCH_UNIT = /^(?:days|weeks|months)$/i;

export function readDocumentTime(published: string): DocumentTime {
  const pubYear = /^\d{4}/.test(published) ? parseIsoDay(published).year : 0;
  let previous: { start: string; precision: Precision } | null = null;
  let previousValue: string | null = null;
  let reportedQuarter: string | null = null;
  let focus: Focus | null = null;
  let focusAge = 0;
  let quoteOpen = false;
  const happenings: HappeningDates = new Map();
  const told: Array<{ sentence: string; expressions: readonly TimeExpression[] }> = [];
  let openQuoteAnchor: Anchor | null = null;
  const chronology = readChronology(published);
  const onHappeningDay = (t: Timex, sentence: string, counted: readonly TimeExpression[]): Timex => {
    const day = dayOfCountAfter(sentence, t, counted) ?? dayOfHappeningBefore(happenings, sentence, t.start);
    return day && day !== t.value.slice(0, 10) ? { ...t, value: `${day}${t.value.slice(10)}` } : t;
  };

  return {
    read(sentence) {
      if (focusAge >= FOCUS_LIFE) focus = null;
      const { spans, openAtEnd } = quoteSpans(sentence, quoteOpen);
      const context = { published, previous, previousValue, reportedQuarter, focus, quotes: spans };
      let result = findTimeExpressions(sentence, context);
      // "Jan. 4: Rebels seize the port" under "Chronology of the 2008 crisis:" is read in 2008.
      const item = chronology.focusFor(sentence, result.expressions, focus);
      if (item) result = findTimeExpressions(sentence, { ...context, focus: item });
      // A backstory aside's year is not the time of a sentence that has left it.
      else if (focus?.aside) result = leaveAside(sentence, result, context);
      const outside = result.expressions.filter((e) => !inside(spans, e.start, e.end));
      // A quote read from its own day: the speaker's, or the quoted document's.
      const anchor = spans.length > 0
        ? (quoteAnchor(sentence, spans, outside, published) ?? (quoteOpen ? openQuoteAnchor : null) ?? saidInThePassage(sentence, spans, focus, previous))
        : null;
      if (anchor && anchor.date !== published) {
        const own = findTimeExpressions(sentence, { ...context, published: anchor.date, focus: null });
        const inQuote = (e: { start: number; end: number }) => inside(spans, e.start, e.end);
        result = {
          expressions: [...outside, ...own.expressions.filter(inQuote).map((e) => withFields(e, { anchor }))].sort((a, b) => a.start - b.start),
          durations: result.durations,
          unresolved: result.unresolved,
          timexes: [...result.timexes.filter((t) => !inQuote(t)), ...own.timexes.filter(inQuote)].sort((a, b) => a.start - b.start),
        };
      }
      quoteOpen = openAtEnd;
      openQuoteAnchor = openAtEnd ? anchor ?? openQuoteAnchor : null;

      // "two years after his diagnosis": counted from a happening the story dated before. The story's sentences
      // are kept and read for their happenings only when a count anchored to one turns up.
      told.push({ sentence, expressions: result.expressions });
      const anchored = result.unresolved.map((u) => {
        if (u.reason !== 'anchored to another event') return null;
        for (const t of told.splice(0)) rememberHappenings(happenings, t.sentence, t.expressions);
        return dateFromHappening(happenings, sentence, u);
      });
      if (anchored.some(Boolean)) {
        result = {
          ...result,
          expressions: [...result.expressions, ...anchored.filter((e): e is TimeExpression => e !== null)].sort((a, b) => a.start - b.start),
          unresolved: result.unresolved.filter((_, k) => !anchored[k]),
        };
      }

      // "in the weeks before the vote", the vote dated Nov. 6 earlier in the story: the stretch is that month.
      const stretches = result.timexes.filter((t) => STRETCH_UNIT.test(sentence.slice(t.start, t.end)) && /^(?:PAST|FUTURE)_REF$/.test(t.value));
      if (stretches.length > 0) {
        for (const t of told.splice(0)) rememberHappenings(happenings, t.sentence, t.expressions);
        result = { ...result, timexes: result.timexes.map((t) => (stretches.includes(t) ? { ...t, value: stretchValue(happenings, sentence, t) ?? t.value } : t)) };
      }

      // "the grocer was stabbed at 9 p.m.", no day in its sentence, in a story that dated the stabbing months before: the
      // hour is on the day of the happening it names, not the day the story last read nor publication's; "seen at 6 a.m.
      // ten days before the fire" is on the day counted from the fire.
      const dayless = result.timexes.filter((t) => t.type === 'TIME' && !inside(spans, t.start, t.end) &&
        !result.timexes.some((o) => o !== t && DAY_VALUE.test(o.value.slice(0, 10))) && tenseAt(sentence, t.start, t.end) === 'past');
      if (dayless.length > 0) {
        for (const t of told.splice(0)) rememberHappenings(happenings, t.sentence, t.expressions);
        const counted = anchored.filter((e): e is TimeExpression => e !== null);
        result = { ...result, timexes: result.timexes.map((t) => (dayless.includes(t) ? onHappeningDay(t, sentence, counted) : t)) };
      }

      // What each date was counted from.
      let before = previous;
      result.expressions = result.expressions.map((e) => {
        let a = e.anchor;
        if (!a) {
          if (e.rule === 'relative-previous-event') a = before ? { kind: 'previous', date: before.start } : { kind: 'publication', date: published };
          else if (!EXPLICIT_YEAR.test(e.text)) a = { kind: 'publication', date: published };
        }
        before = { start: e.date.start, precision: e.date.precision };
        return a ? withFields(e, { anchor: a }) : e;
      });

      // The story's focus: an earlier year a past clause is set in ("In February 1994, …") sets it; a date counted
      // from publication ends it, and so do two sentences that neither use it nor set it again.
      focusAge += 1;
      const marks = [
        ...result.expressions.map((e) => ({ at: e.start, e })),
        ...result.timexes.filter((t) => deictic(sentence, t)).map((t) => ({ at: t.start, e: null })),
      ].sort((a, b) => a.at - b.at);
      for (const { at, e } of marks) {
        if (inside(spans, at, at + 1)) continue;
        if (!e || DEICTIC_RULE.test(e.rule)) focus = null;
        else if (e.anchor?.kind === 'story') focusAge = 0;
        else if (returnsToTheYear(sentence, e, pubYear)) {
          focus = { year: parseIsoDay(e.date.start).year, text: e.text };
          focusAge = 0;
          // "He was charged that month", "the next day": counted from a date of the passage's year, it is still there.
        } else if (focus && e.anchor?.kind === 'previous' && parseIsoDay(e.date.start).year === focus.year) focusAge = 0;
        else if (EXPLICIT_YEAR.test(e.text) && e.kind !== 'ongoing' && e.date.precision !== 'decade' && setsTheTime(sentence, e)) {
          const year = parseIsoDay(e.date.end).year;
          // A passage set in the year before publication needs no focus: year-less dates already reach back a year.
          const aside = !opensSentence(sentence, e.start) && pastPerfectAt(sentence, e.start);
          focus = e.tense === 'past' && year <= pubYear - 2 ? { year, text: e.text, ...(aside ? { aside } : {}) } : year >= pubYear - 1 ? null : focus;
          focusAge = 0;
        }
      }
      chronology.after(sentence, result.expressions);
      const last = result.expressions[result.expressions.length - 1];
      if (last) previous = { start: last.date.start, precision: last.date.precision };
      for (const t of result.timexes) {
        if ((t.type === 'DATE' || t.type === 'TIME') && /^\d{4}/.test(t.value)) previousValue = t.value;
        // "After a flat second quarter, … the gain" in a third-quarter report: an earlier quarter is a comparison; the latest
        // one ended is the quarter the story reports.
        if (reportsQuarter(sentence, t, published) && (!reportedQuarter || t.value > reportedQuarter)) reportedQuarter = t.value;
      }
      return result;
    },
  };
}
