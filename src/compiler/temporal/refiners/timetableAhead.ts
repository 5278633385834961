// "The museum opens in the fall", "the plant closes in March": a timetable
// told in the present names the coming month or season, the next one after
// publication, even when this year's is gone by ("opens in the fall" in a
// February paper is this year's fall, in a December paper next year's).
// Left alone: a written year ("opens in March 2012"), the past ("opened in
// March"), a month or season not yet over, and a habit ("the fair usually
// opens in the spring", "closes every winter").
import { addMonths, compareDays, unitInterval } from '../../../model/calendar';
import { alternation } from '../../text/lexicon';
import { SUBJECT_THEN_SCHEDULE } from '../parsers/calendarPhrase';
import { HABITUAL_WORDS } from '../resources/habitual';
import type { Refiner } from '../scan';
import type { TimeExpression, Timex } from '../types';

/**
 * The timetable right before the date: subject, verb in -s, an adverb in -ly, up to three words of its object ("opens
 * its new wing"; no clause boundary between), then "in" or "during", "the" for a season.
 */
const TIMETABLE_BEFORE = new RegExp(
  `${SUBJECT_THEN_SCHEDULE}(?:\\s+[a-z]+ly)?(?:\\s+(?!(?:and|but|or|who|which|that|when|after|before|since|until|said|says|told|in|during)\\b)[A-Za-z'\u2019-]+){0,3}` +
  `\\s+(?:in|during)\\s+(?:the\\s+)?$`, 'i');
const HABITUAL = new RegExp(`\\b(?:${alternation(HABITUAL_WORDS)})\\b`, 'i');
/** Words of the date itself that give its year: "March 2012", "the fall of '98". */
const WRITTEN_YEAR = /\d{4}|['\u2019]\d{2}\b/;
/** A TIMEX3 value that starts with its year ("2013-03", "2012-FA"). */
const YEAR_VALUE = /^(\d{4})(-(?:\d{2}|SP|SU|FA|WI))$/;

function ahead(e: TimeExpression, scan: { s: string; pub: string }): boolean {
  if (e.kind !== 'point' || (e.date.precision !== 'month' && e.date.precision !== 'season')) return false;
  if (WRITTEN_YEAR.test(e.text) || compareDays(e.date.end, scan.pub) >= 0) return false;
  const before = scan.s.slice(Math.max(0, e.start - 80), e.start);
  return TIMETABLE_BEFORE.test(before) && !HABITUAL.test(before) && !HABITUAL.test(scan.s.slice(e.end, e.end + 30));
}

export const timetableAhead: Refiner = {
  name: 'timetable-ahead',
  refine(result, scan) {
    if (!result.expressions.some((e) => ahead(e, scan))) return result;
    const moved: Array<{ start: number; end: number }> = [];
    const expressions = result.expressions.map((e) => {
      if (!ahead(e, scan)) return e;
      moved.push({ start: e.start, end: e.end });
      const start = addMonths(e.date.start, 12);
      const date = { ...unitInterval(start, e.date.precision), precision: e.date.precision };
      return { ...e, date, tense: 'future' as const, rule: `${e.rule}-timetable` };
    });
    const timexes = result.timexes.map((t): Timex => {
      const m = YEAR_VALUE.exec(t.value);
      if (!m || t.type !== 'DATE' || !moved.some((r) => t.start <= r.start && r.end <= t.end)) return t;
      return { ...t, value: `${Number(m[1]) + 1}${m[2]}` };
    });
    return { ...result, expressions, timexes };
  },
};
