// "Police arrested two men this week" read on a Monday, 30 October: the
// week runs to 5 November, but what a past clause tells of it happened by
// publication, so its days are Monday to publication, in October; "the vote
// is set for this week" read on a Thursday, 30 November, is publication to
// Sunday, in December. The calendar unit parser dates the whole week to the
// month holding most of its days, which put a past arrest in November.
// Left alone: a present clause ("this week is busy"), a future one read on
// a Sunday (the week is over; a Sunday paper's "this week" may be the next
// one), a week part ("early this week", "later this week", "the end of
// this week", which the parser places), and other weeks. The TIMEX3 keeps
// the ISO week.
import type { Refiner } from '../scan';
import { weekDays, weekSpan } from '../resolve';
import { tenseAt } from '../tenseAt';
import type { TimeExpression } from '../types';

const THIS_WEEK = /^this\s+week$/i;
const PART_BEFORE = /\b(?:early|late|mid)[\s-]+$/i;

/** The days of "this week" a past or future clause speaks of, or null when the whole week stands. */
function narrowed(e: TimeExpression, s: string, pub: string): TimeExpression | null {
  if (e.rule !== 'this-week' || !THIS_WEEK.test(e.text) || PART_BEFORE.test(s.slice(Math.max(0, e.start - 6), e.start))) return null;
  const clause = tenseAt(s, e.start, e.end);
  const tense = clause === 'past' || clause === 'future' ? clause : null;
  const week = weekDays(pub);
  // On a Sunday nothing of the week is left to come: what a future clause means is unclear, so the week stands.
  const date = tense === 'past' ? weekSpan(week.start, pub) : tense === 'future' && pub < week.end ? weekSpan(pub, week.end) : null;
  if (!tense || !date || (date.start === e.date.start && date.end === e.date.end)) return null;
  return { ...e, date, tense };
}

export const weekSoFar: Refiner = {
  name: 'week-so-far',
  refine(result, scan) {
    if (!result.expressions.some((e) => narrowed(e, scan.s, scan.pub))) return result;
    return { ...result, expressions: result.expressions.map((e) => narrowed(e, scan.s, scan.pub) ?? e) };
  },
};
