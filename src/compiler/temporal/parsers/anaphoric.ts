// "that day", "that week", "that year", "that summer": the unit of the date
// the story last gave ("The dam failed on March 3. That night, the valley
// flooded" is the night of March 3). "June of that year" is read with its
// month by the calendar phrase.
import { unitInterval } from '../../../model/calendar';
import { narrow, seasonDate, shift, weekDate, type Unit } from '../resolve';
import { partOf, SEASONS } from '../resources/patterns';
import { exec, expression, single, sticky, timexesOnly, type Found, type Parser, type Scan } from '../scan';
import { dateValue, dayFromCoarser, dayTimex, timex, weekValue } from '../timex';
import { tenseAt } from '../tenseAt';
import type { ResolvedDate } from '../types';

// "the end of that year", "the beginning of that month": an edge of the unit, its part on the timeline, its mod in TimeML.
// "that same day", "that very night": the same unit, said with weight.
const THAT_RE = sticky('(?:(?:the\\s+)?(end|beginning|start|middle)\\s+of\\s+)?that\\s+(?:(?:same|very)\\s+)?(day|morning|afternoon|evening|night|week|weekend|month|year|spring|summer|autumn|fall|winter)(?![\\w-])', 'i');
// "The dam failed on March 3. By the evening, the valley had flooded": a bare part of the day, after its preposition, in
// a past clause, is that part of the day the story last gave (TimeML's TIME "2021-03-03TEV", the preposition outside).
// The story's day before must be one it wrote, not publication's.
// What follows must end the phrase: "in the morning papers", "during the evening rush" name other things.
const THE_PART_RE = sticky('(?:in|by|during|through|throughout|until|into)\\s+(the\\s+(morning|afternoon|evening|night))(?![\\w\'\u2019-])', 'id');
const PART_ENDS_RE = /^(?:\s*(?:[,.;:)]|$)|\s+(?:and|but|or|when|as|before|after|until|while|with|at|in|on|to|for|from|near|outside|inside|local)\b)/i;

function partOfThatDay(scan: Scan, at: number): Found | null {
  const m = exec(THE_PART_RE, scan.s, at);
  const day = scan.previous;
  if (!m || day.precision !== 'day' || day.start === scan.pub) return null;
  const start = m.indices![1]![0];
  const end = at + m[0].length;
  if (!PART_ENDS_RE.test(scan.s.slice(end, end + 12)) || tenseAt(scan.s, start, end) !== 'past') return null;
  // A TIMEX3 only: the clause often goes on to its own day ("fought the fire through the night and put it out on
  // Wednesday"), which dates the event better than the night before it.
  return timexesOnly(end, [dayTimex(scan.s, start, end, day.start, m[2]!)]);
}

// "the following spring", "the next winter": the first such season after the date the story last gave.
const NEXT_SEASON_RE = sticky('the\\s+(?:following|next)\\s+(spring|summer|autumn|fall|winter)(?![\\w-])', 'i');

function seasonYear(scan: Scan, season: string): ResolvedDate {
  const s = SEASONS[season]!;
  const { start } = scan.previous;
  const month = Number(start.slice(5, 7));
  // January and February belong to the winter that began the December before.
  const year = Number(start.slice(0, 4)) - (s === 'winter' && month <= 2 ? 1 : 0);
  return seasonDate(year, s);
}

function followingSeason(scan: Scan, at: number, end: number, word: string): Found {
  const season = SEASONS[word]!;
  const from = scan.previous.start;
  let date = seasonDate(Number(from.slice(0, 4)), season);
  if (date.start <= from) date = seasonDate(Number(from.slice(0, 4)) + 1, season);
  const e = expression(scan, at, end, date, 'that-unit', 'past');
  e.anchor = { kind: 'previous', date: from };
  return { ...single(end, e), timexes: [timex(scan.s, at, end, 'DATE', dateValue(date.start, 'season'))] };
}

export const anaphoric: Parser = {
  name: 'anaphoric',
  example: 'the dam failed on March 3, and that night the valley flooded',
  firstWords: ['that', 'the', 'end', 'beginning', 'start', 'middle', 'in', 'by', 'during', 'through', 'throughout', 'until', 'into'],
  parse(scan, at) {
    const partOfDay = partOfThatDay(scan, at);
    if (partOfDay) return partOfDay;
    const next = exec(NEXT_SEASON_RE, scan.s, at);
    if (next) return followingSeason(scan, at, at + next[0].length, next[1]!.toLowerCase());
    const m = exec(THAT_RE, scan.s, at);
    if (!m) return null;
    // "in June of that year": the month's phrase reads it.
    if (/\bof\s+$/i.test(scan.s.slice(Math.max(0, at - 4), at))) return null;
    const end = at + m[0].length;
    const edge = partOf(m[1] ?? '');
    const word = m[2]!.toLowerCase();
    const anchor = scan.previous;
    let date: ResolvedDate;
    let value: string;
    if (SEASONS[word]) {
      date = seasonYear(scan, word);
      value = dateValue(date.start, 'season');
    } else if (word === 'week' || word === 'weekend') {
      date = anchor.precision === 'day' ? weekDate(anchor.start) : shift(anchor, 'week', 0, false);
      value = anchor.precision === 'day' ? `${weekValue(anchor.start)}${word === 'weekend' ? '-WE' : ''}` : dateValue(date.start, date.precision);
    } else {
      const unit: Unit = word === 'month' ? 'month' : word === 'year' ? 'year' : 'day';
      const moved = shift(anchor, unit, 0, false);
      // "that year" is the whole year of the date before, not a day in it.
      date = { ...unitInterval(moved.start, moved.precision), precision: moved.precision };
      // "by the end of that year" is the year's last part; a day has no edge to narrow.
      if (edge && unit !== 'day') date = { ...narrow(date, edge, date.precision), precision: date.precision };
      // "that day" after a bare year or month is a day of it, not the whole year.
      value = unit === 'day' ? dayFromCoarser(date.start, date.precision) : dateValue(date.start, date.precision);
    }
    const e = expression(scan, at, end, date, 'that-unit', 'past');
    e.anchor = { kind: 'previous', date: anchor.start };
    const part = /morning|afternoon|evening|night/.test(word) ? word : undefined;
    const t = date.precision === 'day' ? dayTimex(scan.s, at, end, date.start, part) : timex(scan.s, at, end, 'DATE', value);
    return { ...single(end, e), timexes: [t] };
  },
};
