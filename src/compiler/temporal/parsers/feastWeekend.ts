// A holiday's weekend or break: "over the Thanksgiving weekend", "Labor Day
// weekend", "the Easter holiday", "the Memorial Day holiday weekend". The
// event is dated by the days the weekend covers (Good Friday to Easter Monday,
// Thanksgiving Thursday to Sunday, the Saturday to the Monday of a Monday
// holiday), not by the holiday's one day; the year is picked as for the
// holiday itself (the clause's tense, or "last", "next", "this"). The weekend
// is a TIMEX3 of the week's weekend ("2024-W48-WE"); a break, which TimeML has
// no value for, keeps the holiday's own day as its TIMEX3.
// Left alone: a bare holiday ("on Thanksgiving", parsers/movableFeast.ts), a
// holiday before another noun ("the Easter Rising", "Labor Day sales").
import { addDays, parseIsoDay, weekday } from '../../../model/calendar';
import { yearlessFeast } from '../resolve';
import { MOVABLE_FEASTS } from '../resources/feasts';
import { FEAST_BREAKS, FEAST_WEEKENDS } from '../resources/feastSpans';
import { exec, expression, single, sticky, type Parser } from '../scan';
import { tenseAt } from '../tenseAt';
import { timex, weekValue } from '../timex';

const FEAST_SPAN_RE = sticky(
  "(?:([Tt]he|[Ll]ast|[Nn]ext|[Tt]his)\\s+)?(Easter|Thanksgiving|Memorial\\s+Day|Labor\\s+Day|Martin\\s+Luther\\s+King(?:\\s+Jr\\.?)?\\s+Day|Presidents['\\u2019]?\\s+Day|Columbus\\s+Day)" +
  "(?:\\s+(?:holiday|long))?\\s+(weekend|holidays?|break)(?![\\w'\\u2019-])");

export const feastWeekend: Parser = {
  name: 'feast-weekend',
  example: 'shoppers crowded the malls over the Thanksgiving weekend',
  firstWords: ['the', 'last', 'next', 'this', 'easter', 'thanksgiving', 'memorial', 'labor', 'martin', 'presidents', 'columbus'],
  parse(scan, at) {
    const { s, pub } = scan;
    const m = exec(FEAST_SPAN_RE, s, at);
    if (!m) return null;
    const name = m[2]!.toLowerCase().replace(/\s+/g, ' ').replace(/\u2019/g, "'").replace(/ jr\.? day$/, ' day');
    const dayIn = MOVABLE_FEASTS[name];
    const span = FEAST_WEEKENDS[name];
    const weekend = m[3]!.toLowerCase() === 'weekend';
    if (!dayIn || !span || (!weekend && !FEAST_BREAKS.has(name))) return null;
    const end = at + m[0].length;
    const which = m[1]?.toLowerCase();
    const pubYear = parseIsoDay(pub).year;
    const first = (year: number): string => addDays(dayIn(year), span[0]);
    const tense = which === 'last' ? 'past' : which === 'next' ? 'future' : tenseAt(s, at, end);
    let start: string;
    if (which === 'this') start = first(pubYear);
    else if (which === 'last') start = first(pubYear) < pub ? first(pubYear) : first(pubYear - 1);
    else if (which === 'next') start = first(pubYear) > pub ? first(pubYear) : first(pubYear + 1);
    else start = yearlessFeast(pub, first, tense);
    const last = addDays(start, span[1] - span[0]);
    // At the coarsest unit that holds every day, as "the weekend" is (parsers/theWeekend.ts).
    const date = { start, end: last, precision: start.slice(0, 7) === last.slice(0, 7) ? 'month' as const : 'year' as const };
    const e = expression(scan, at, end, date, 'feast-weekend', tense);
    const feastStart = at + m[0].indexOf(m[2]!);
    const saturday = addDays(start, (6 - weekday(start) + 7) % 7);
    const t = weekend
      ? timex(s, at, end, 'DATE', `${weekValue(saturday)}-WE`)
      : timex(s, feastStart, feastStart + m[2]!.length, 'DATE', addDays(start, -span[0]));
    return { ...single(end, e), timexes: [t] };
  },
};
