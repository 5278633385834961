// A weekday: "on Tuesday", "last Friday", "next Monday", "Friday, Dec. 23",
// "late Friday", "Thursday's meeting". This file is where a weekday is
// resolved: after HeidelTime's news rule, a bare weekday is the latest one on
// or before publication ("said on Thursday" in a Thursday article is that
// day) unless its clause looks ahead, when it is the next one on or after
// publication ("will vote on Friday" in a Friday article is that day too);
// what a call, vote or deadline plans comes after the day it was made.
import { addDays, daysBetween } from '../../../model/calendar';
import { dayDate, weekdayDate } from '../resolve';
import { parsePhrase, resolvePhrase, weekdayNumber } from '../parsePhrase';
import { TIME_ZONE_SRC, WEEKDAYS, WEEKDAY_SRC } from '../resources/patterns';
import { alternation, CALL_VERBS, phraseAlternation, PLAN_PARTICIPLES, REPORTING_VERBS, SCHEDULE_VERBS, STARTING_WORDS } from '../../text/lexicon';
import { DEADLINE_BEFORE_RE, exec, expression, ongoing, single, sticky, type Parser, type Scan } from '../scan';
import { setForLater } from '../setForLater';
import { tenseAt, type ClauseTense } from '../tenseAt';
import { sharesPluralWeekday } from './recurrence';
import { dayTimex, startWithEdge, timex, weekValue } from '../timex';

const WEEKDAY_RE = sticky(
  `(?:((?:[Oo]n|[Ff]or|[Bb]y|[Uu]ntil|[Tt]ill|[Ss]ince|[Ff]rom|[Bb]efore|[Aa]fter|[Ll]ast|[Nn]ext|[Tt]his|[Tt]his\\s+past|[Tt]his\\s+coming|[Cc]oming|[Ll]ate|[Ee]arly)\\s+))?` +
  `(${WEEKDAY_SRC})(?!s\\b|[A-Za-z])(?:['\\u2019]s)?(\\s+(?:morning|afternoon|evening|night))?`);
// "the following Monday", "the next Tuesday": the first such day after the day the story last told, not publication's.
const FOLLOWING_RE = sticky(`[Tt]he\\s+(?:following|next)\\s+(${WEEKDAY_SRC})(?![\\w'\u2019-])`);
const WEEKDAY_DATE_LINK_RE = /^(?:,\s*|\s*\(\s*|\s+)/;
// "Tuesday last week", "Monday of next week", "on Friday this week": the week is named after the day, which is one day in it.
const WEEK_AFTER_RE = /^\s+(?:of\s+)?(last|this|next)\s+week(?![\w'\u2019-])/i;
const WEEK_BEFORE_RE = /\b(last|next)\s+week(?![\w'\u2019-])(?![^.;]*\b(?:last|next|this)\s+week\b)/i;
// A quotation or a sentence between the week and the weekday: the week belongs to other words than the day's.
const SPEAKER_CHANGE_RE = /["\u201c\u201d]|``|''|[.!?]\s/;
// A comma between them closes the week's clause ("the union, which learned of it last week, said on Tuesday" dates
// the saying by itself), unless the week opens the sentence: "Last week, the board met on Tuesday".
const FRONTED_RE = /^\W*(?:(?:and|but|then|also|earlier)\W+)?$/i;
const WEEK_OFFSET: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 };
// "Last week the inquiry held two hearings. At the first, on Monday, …": a sentence that opens by picking one of what
// the sentence before told ("the first", "the second", "the other") is set in the week that sentence named.
const PICKS_FROM_BEFORE_RE = /^\W*(?:(?:at|in|during|on|by|for)\s+)?the\s+(?:first|second|third|fourth|other|latter|former)(?:\s+(?:one|of\s+them))?\s*,/i;
const WEEK_VALUE_RE = /^\d{4}-W\d{2}$/;

const DAY_VALUE_RE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The day of a sentence that picks one of what the sentence before told: in the week that sentence named, or, after
 * a first one dated to its day ("At the second, on Thursday"), the first such weekday after it, not after
 * publication. Null when the sentence picks nothing or the sentence before named no week or day.
 */
function dayOfPicked(scan: Scan, at: number, wd: number): string | null {
  const prev = scan.previous;
  const value = scan.previousValue;
  if (!value || scan.lastInSentence || !PICKS_FROM_BEFORE_RE.test(scan.s.slice(0, at))) return null;
  if (WEEK_VALUE_RE.test(value) && weekValue(prev.start) === value) return addDays(weekdayDate(prev.start, 1, 'on-or-before'), (wd + 6) % 7);
  if (!DAY_VALUE_RE.test(value) || prev.precision !== 'day' || prev.start !== value) return null;
  const day = weekdayDate(prev.start, wd, 'after');
  return day <= scan.pub ? day : null;
}
const TITLE_AFTER = /^\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|Observer|Tribune|Independent|Mail|Star|Sport|Journal|Review|Magazine|Edition|Night\s+Live|Night\s+Football|School)\b/;

// A weekday that starts what a call, plan or announcement is for: "from Wednesday", "starting Thursday", "for talks on Friday".
const STARTING_BEFORE_RE = new RegExp(`\\b(?:${alternation(STARTING_WORDS)})\\s+(?:on\\s+|from\\s+)?$`, 'i');
const FOR_BEFORE_RE = /\bfor\s+(?:[A-Za-z-]+\s+){1,3}$/i;
// A timetable told in the present: "the sale begins Friday", "the fair opens on Monday" name the coming day.
// "the two leaders meet separately Monday", "could leave as soon as Tuesday": a meeting told in the present, and the
// earliest a thing can happen, lie ahead too.
// "polls close at 8 p.m. Sunday", "the offer expires at midnight on Friday": the hour between leaves the timetable as it is.
// "opens at 10:30 a.m. EDT (1430 GMT) on Monday": the wire's second clock, in brackets, stands between too.
const CLOCK_BETWEEN = `(?:at\\s+(?:\\d{1,2}(?:[:.]\\d{2})?\\s*[ap]\\.?\\s?m\\.?|\\d{1,2}:\\d{2}|noon|midnight|midday)(?:\\s+${TIME_ZONE_SRC})?(?:\\s*\\(\\s*\\d{3,4}\\s+(?:GMT|UTC)\\s*\\))?,?\\s+)?`;
// "travels to Orlen on Wednesday", "leaves office Monday", "meets with the king on Tuesday": up to three words of its
// object or place between (no clause boundary: a comma, a conjunction, a relative word, a verb of saying), nor a
// determiner right before the day: "faces questions about a Monday meeting" names a meeting's day, not a timetable.
const SCHEDULE_OBJECT = "(?:\\s+(?!(?:and|but|or|who|which|that|when|after|before|since|until|said|says|told)\\b)[A-Za-z'\u2019-]+){0,3}" +
  "(?<!\\b(?:a|an|the|its|their|his|her|our|this|that))";
const SCHEDULED_BEFORE_RE = new RegExp(`\\b(?:(?:${phraseAlternation(SCHEDULE_VERBS)})(?:\\s+[a-z]+ly)?${SCHEDULE_OBJECT}\\s+${CLOCK_BETWEEN}(?:on\\s+)?|as\\s+(?:soon|early)\\s+as\\s+)$`, 'i');
// "the deadline is Friday", "the vote is on Sunday", "the deadline is 5 p.m. on Friday": a day a thing is on, told in
// the present right before the day, is the coming one (a day gone by would be told "was"), whatever verb of saying
// ends the sentence ("the race is on Friday, organisers said").
const COPULA_BEFORE_RE = new RegExp(`\\b(?:is|are)\\s+(?:(?:now|still)\\s+)?(?:(?:at\\s+)?(?:\\d{1,2}(?:[:.]\\d{2})?\\s*[ap]\\.?\\s?m\\.?|noon|midnight|midday)(?:\\s+${TIME_ZONE_SRC})?,?\\s+)?(?:on\\s+)?$`, 'i');
// ... made by a call or a plan ("sentenced on Friday for the attack on Monday" gives a reason, not a plan).
const CALL_VERB_RE = new RegExp(`\\b(?:${alternation(CALL_VERBS)})\\b`, 'i');

// "a memorial planned for Saturday was cancelled": a plan named by its participle, then told in the past.
const PLAN_BEFORE_RE = new RegExp(`\\b(?:${alternation(PLAN_PARTICIPLES)})\\s+(?:[A-Za-z.,'\\u2019-]+\\s+){0,8}?(?:for|on)\\s+$`, 'i');
const PAST_AFTER_RE = /^\s*,?\s*(?:was|were)\s+(?:[a-z]+ed|called\s+off|put\s+off)\b/;
// A weekday that names a term: "faces a Friday deadline", "ahead of a Monday cutoff". Told in the present, the term
// is still to come; "missed a Friday deadline" (past) keeps the day gone by.
const TERM_AFTER_RE = /^\s+(?:deadline|cutoff|cut-off)\b/i;
// "scrambled to strike a deal ahead of Friday's deadline": what was done ahead of a term, told in the past, came
// before it, so the term is the nearer of the day gone by and the day to come (a Wednesday paper's Friday is two days
// on, a Saturday paper's the day before).
const AHEAD_OF_TERM_RE = /\b(?:ahead\s+of|before|in\s+the\s+run-up\s+to)\s+(?:a\s+|the\s+)?$/i;

// An end still open: "until at least" leaves it so whatever the verb's tense; a state told in the present lasts until it.
// "in force until Sunday evening": a part of the day after the weekday is still the term's.
const AT_LEAST_UNTIL_RE = /\b(?:until|till)\s+at\s+least\s+(?:on\s+)?\S+(?:\s+(?:morning|afternoon|evening|night))?$/i;
const UNTIL_RE = /\b(?:until|till)\s+(?:on\s+)?\S+(?:\s+(?:morning|afternoon|evening|night))?$/i;
// "closed until at least 0900 GMT (5 a.m. local) Sunday", "by 5 p.m., Monday": an hour between the term's word and its day, with
// the wire's second clock in brackets, leaves the term as it is.
const CLOCK_BEFORE_DAY = new RegExp(`\\s(?:\\d{1,2}(?:[:.]\\d{2})?\\s*[ap]\\.?\\s?m\\.?|\\d{3,4}\\s+(?:GMT|UTC)|\\d{1,2}:\\d{2}|noon|midnight|midday)(?:\\s+${TIME_ZONE_SRC})?(?:\\s*\\([^()]{1,30}\\))?,?\\s+(?:on\\s+)?$`, 'i');
function withoutClock(beforeDay: string): string {
  return beforeDay.replace(CLOCK_BEFORE_DAY, ' ');
}
// "extended the curfew until Friday", "prolonged the ban until Monday": an extension's new end lies ahead of it ("extended
// the curfew, which had run until Friday" names the old end, after a comma).
const EXTENDED_UNTIL_RE = /\b(?:extend(?:s|ed|ing)?|prolong(?:s|ed|ing)?)\s(?:[^.;,]{0,60}?\s)?(?:until|till)\s+(?:at\s+least\s+)?(?:on\s+)?\S+$/i;
const THROUGH_BEFORE_RE = /\b(?:through|thru)\s+$/i;
function openDeadline(upToDay: string, tense: ClauseTense): boolean {
  return AT_LEAST_UNTIL_RE.test(upToDay) || EXTENDED_UNTIL_RE.test(upToDay) || (tense === 'present' && UNTIL_RE.test(upToDay));
}

// A future told from the past ("they said they would fight Wednesday's ruling"): what it plans with a day three days
// back, in a Saturday paper, is still that day, nearer than the one four days ahead; "will attend Wednesday's hearing"
// and "could play in Wednesday's final" look ahead from publication itself and keep two days at most.
const PAST_REPORTING = [...REPORTING_VERBS.filter((v) => /(?:ed|said|wrote)$/.test(v)), 'told'];
const FUTURE_IN_PAST_RE = new RegExp(`\\b(?:${alternation(PAST_REPORTING)})\\b[^.;]*\\b(?:would|could|might)\\b`, 'i');
function nearerBack(before: string, back: string, pub: string, ahead: string): boolean {
  return addDays(back, 2) >= pub || (FUTURE_IN_PAST_RE.test(before) && daysBetween(back, pub) < daysBetween(pub, ahead));
}

export const weekday: Parser = {
  name: 'weekday',
  example: 'the ministry said on Tuesday',
  firstWords: [
    'on', 'for', 'by', 'until', 'till', 'since', 'from', 'before', 'after', 'last', 'next', 'this', 'coming', 'late', 'early', 'the',
    ...Object.keys(WEEKDAYS),
  ],
  parse(scan, at) {
    const { s, pub } = scan;
    const following = exec(FOLLOWING_RE, s, at);
    if (following) {
      const from = scan.previous.precision === 'day' ? scan.previous.start : pub;
      const day = weekdayDate(from, weekdayNumber(following[1]!), 'after');
      const end = at + following[0].length;
      return { ...single(end, expression(scan, at, end, dayDate(day), 'weekday-following', day < pub ? 'past' : 'future')), timexes: [timex(s, at, end, 'DATE', day)] };
    }
    const m = exec(WEEKDAY_RE, s, at);
    if (!m) return null;
    // "every Monday since 2015", "Tuesday nights", "Monday and Tuesday nights": a habit, not a day.
    if (/\b(?:every|each)\s+$/i.test(s.slice(Math.max(0, at - 8), at))) return null;
    if (sharesPluralWeekday(s, at + (m[1]?.length ?? 0))) return null;
    if (/^s\b/.test(s.slice(at + m[0].length, at + m[0].length + 2))) return null;
    // "The Sunday Times", "Saturday Night Live": a title, not a day.
    if (TITLE_AFTER.test(s.slice(at + m[0].length, at + m[0].length + 20))) return null;
    const prefix = (m[1] ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
    const wd = weekdayNumber(m[2] ?? '');
    let end = at + m[0].length;
    // "Friday, Dec. 23" and "Thursday (Dec. 22)": the written date rules; the weekday picks its year.
    const link = WEEKDAY_DATE_LINK_RE.exec(s.slice(end, end + 8));
    // "Thursday's vote": a day named as a noun's takes no date after it and no week around it.
    const possessive = /'s|\u2019s/.test(m[0]);
    if (link && !possessive) {
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
          // "Friday, Dec. 23" is one TIMEX3; "Thursday (Dec. 22)" two.
          const timexes = link[0].includes('(')
            ? [timex(s, at, end, 'DATE', date.start), timex(s, phrase.start, phrase.end, 'DATE', date.start)]
            : [timex(s, at, phrase.end, 'DATE', date.start)];
          return { ...single(phraseEnd, prefix === 'since' ? ongoing(scan, e) : e), timexes };
        }
      }
    }
    let tense: ClauseTense;
    let day: string;
    let rule: string;
    const week = !possessive && !/^(?:last|next|this|this past|this coming|coming)$/.test(prefix)
      ? WEEK_AFTER_RE.exec(s.slice(end, end + 24)) : null;
    // "Last week the board met on Tuesday": a week named earlier in the sentence holds a bare weekday whose clause
    // agrees with it in time ("last week the board said it will vote on Tuesday" looks ahead of publication instead).
    const weekBefore = !week && (prefix === '' || prefix === 'on') && !possessive
      ? WEEK_BEFORE_RE.exec(s.slice(0, at)) : null;
    const earlierWeek = weekBefore && !SPEAKER_CHANGE_RE.test(s.slice(weekBefore.index, at)) &&
      (FRONTED_RE.test(s.slice(0, weekBefore.index)) || !s.slice(weekBefore.index, at).includes(',')) && tenseAt(s, at, end) !== (weekBefore[1]!.toLowerCase() === 'last' ? 'future' : 'past')
      ? weekBefore : null;
    const named = week ?? earlierWeek;
    const picked = !named && (prefix === '' || prefix === 'on') && !possessive && tenseAt(s, at, end) !== 'future' ? dayOfPicked(scan, at, wd) : null;
    if (picked) {
      day = picked;
      tense = day < pub ? 'past' : day > pub ? 'future' : 'present';
      rule = 'weekday-of-week';
    } else if (named) {
      // Weeks run Monday to Sunday, as the weeks of "last week" do (resolve.ts weekDate).
      const offset = WEEK_OFFSET[(named[1] ?? '').toLowerCase()] ?? 0;
      day = addDays(weekdayDate(addDays(pub, 7 * offset), 1, 'on-or-before'), (wd + 6) % 7);
      tense = day < pub ? 'past' : day > pub ? 'future' : 'present';
      rule = 'weekday-of-week';
    } else if (prefix === 'last' || prefix === 'this past') {
      tense = 'past';
      day = weekdayDate(pub, wd, 'before');
      rule = 'weekday-last';
    } else if (prefix === 'next' || prefix === 'this coming' || prefix === 'coming') {
      tense = 'future';
      day = weekdayDate(pub, wd, 'after');
      rule = 'weekday-next';
    } else {
      tense = prefix === 'since' ? 'past' : tenseAt(s, at, end);
      if ((prefix === '' || prefix === 'on') && !possessive && COPULA_BEFORE_RE.test(s.slice(Math.max(0, at - 40), at + (prefix ? m[1]!.length : 0)))) tense = 'future';
      // "set sentencing for Thursday", "adjourned the trial until Monday": a day a happening is set or moved to.
      if (/^(?:|for|until|till)$/.test(prefix) && !possessive && !m[3] && setForLater(s.slice(0, at + (prefix ? m[1]!.length : 0)), s.slice(end))) tense = 'future';
      // "the coupon is valid through Friday", "the exhibition is on view through Sunday": a state told in the present
      // lasts up to the day still ahead ("was valid through Friday" and "ran through Sunday" have reached it).
      if ((tense === 'present' || tense === 'unknown') && !prefix && !possessive && THROUGH_BEFORE_RE.test(s.slice(Math.max(0, at - 12), at))) tense = 'future';
      // "a Monday deadline", "Friday's deadline": a day that names a term.
      const term = !prefix && !m[3] && TERM_AFTER_RE.test(s.slice(at + m[0].length, at + m[0].length + 12));
      // "the sale runs until Sunday": only a stretch's timetable takes "until" (SCHEDULE_OBJECT stops at it).
      if ((tense === 'present' || tense === 'unknown') && (prefix === '' || prefix === 'on' || prefix === 'until' || prefix === 'till') &&
        (SCHEDULED_BEFORE_RE.test(s.slice(Math.max(0, at - 60), at + (prefix ? m[1]!.length : 0))) || term)) tense = 'future';
      const ahead = weekdayDate(pub, wd, 'on-or-after');
      const back = weekdayDate(pub, wd, 'on-or-before');
      if (term && tense === 'past' && AHEAD_OF_TERM_RE.test(s.slice(Math.max(0, at - 30), at))) {
        day = daysBetween(back, pub) < daysBetween(pub, ahead) ? back : ahead;
        rule = 'weekday-term';
      } else if (tense === 'future' && !prefix && /['\u2019]s$/.test(m[0].replace(/\s+\S+$/, '')) &&
        // A term still to meet ("racing to meet Monday's deadline") is no happening the reader knows of; only a
        // future told from the past ("said it would miss Friday's deadline") may have reached it.
        (term ? FUTURE_IN_PAST_RE.test(s.slice(0, at)) && daysBetween(back, pub) < daysBetween(pub, ahead) : nearerBack(s.slice(0, at), back, pub, ahead)) &&
        !/\b(?:ahead\s+of|before|until|till|by|for)\s+$/i.test(s.slice(Math.max(0, at - 12), at))) {
        // "would look for ways around Wednesday's ruling" in a Friday paper: a day named as a noun's, one or two days
        // back, is a happening the reader knows of, whatever the clause plans with it ("ahead of Thursday's vote" waits).
        day = back;
        rule = 'weekday-past';
      } else if (tense === 'future' && PLAN_BEFORE_RE.test(s.slice(Math.max(0, at - 80), at + (prefix ? m[1]!.length : 0))) &&
        PAST_AFTER_RE.test(s.slice(end, end + 30))) {
        // "a rally planned for Saturday was called off": the plan's day is the nearer one, gone by in a Sunday paper,
        // still ahead in a Thursday one.
        day = daysBetween(back, pub) <= daysBetween(pub, ahead) ? back : ahead;
        rule = 'weekday-plan-told';
      } else if (tense === 'future') {
        // "will vote on Friday" in a Friday paper is that day: a week on would be "next Friday".
        day = ahead;
        rule = 'weekday-future';
      } else {
        day = back;
        rule = 'weekday-past';
      }
    }
    // "voted on Sunday to strike until at least Friday": a deadline after the day it was set.
    const window = s.slice(Math.max(0, at - 70), at);
    const beforeDay = withoutClock(window);
    // "until at least 9 a.m. on Friday": with an hour between, "on" does not stand for the term's word.
    const clockBetween = beforeDay !== window;
    const deadline = /^(?:by|until|till|before)$/.test(prefix) || ((!prefix || (prefix === 'on' && clockBetween)) && DEADLINE_BEFORE_RE.test(beforeDay));
    // "called on Tuesday for a strike from Wednesday", "announced on Monday talks starting Thursday": what a call
    // or an announcement plans comes after the day it was made, whatever the tense of the verb that made it.
    const before = s.slice(Math.max(0, at - 160), at);
    const planned =
      CALL_VERB_RE.test(before) &&
      (prefix === 'from' || STARTING_BEFORE_RE.test(before) || ((prefix === '' || prefix === 'on') && FOR_BEFORE_RE.test(before)));
    if (!named && !picked && (deadline || planned) && scan.lastInSentence && day < scan.lastInSentence) {
      day = weekdayDate(scan.lastInSentence, wd, 'after');
      rule = deadline ? 'weekday-deadline' : 'weekday-planned';
    } else if (!named && !picked && deadline && day < pub && openDeadline(beforeDay + s.slice(at, at + m[0].length), tense)) {
      // "banned flights until at least Friday", "the roads are closed until Friday": an end not yet reached, ahead of
      // publication, not the day gone by ("stayed closed until Friday" has reached it).
      day = weekdayDate(pub, wd, 'on-or-after');
      rule = 'weekday-deadline';
    }
    // "late Friday" and "early Monday" still name the day; "Tuesday last week" is one expression.
    end = at + m[0].length + (week?.[0].length ?? 0);
    const counted = expression(scan, at, end, dayDate(day), rule, tense);
    // A picked day says what it was counted from: the week or the day the sentence before told.
    const e = picked ? { ...counted, anchor: { kind: 'previous' as const, date: scan.previous.start } } : counted;
    const t = dayTimex(s, startWithEdge(s, at), end, day, m[3]?.trim());
    return { ...single(end, prefix === 'since' ? ongoing(scan, e) : e), timexes: [t] };
  },
};
