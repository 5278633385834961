// A holiday whose day moves: "Easter", "Good Friday", "last Thanksgiving",
// "Labor Day 2021", "Easter week", "Black Friday", "Mother's Day". Without a year, "last" and "next" take the
// one before or after publication, "this" the publication year's, anything
// else the one the clause's tense points to, as for a year-less date. The
// calendar rules are in resources/feasts.ts.
import { dayDate, yearlessFeast } from '../resolve';
import { MOVABLE_FEASTS } from '../resources/feasts';
import { exec, expression, single, sticky, timexesOnly, type Parser } from '../scan';
import { tenseAt } from '../tenseAt';
import { timex, weekValue } from '../timex';
import { addDays, parseIsoDay } from '../../../model/calendar';

// Capitalised only: "easter" and "thanksgiving" in lower case are a direction and a prayer. A bare "Easter" before
// another capitalised word names something else ("the Easter Rising", "Easter Island").
const FEAST_RE = sticky(
  '(?:([Ll]ast|[Nn]ext|[Tt]his)\\s+)?(Easter(?:\\s+(?:Sunday|Monday)|(?!\\s+[A-Z]))|Good\\s+Friday|Thanksgiving(?:\\s+Day)?|Memorial\\s+Day|Labor\\s+Day|Election\\s+Day|Black\\s+Friday|Cyber\\s+Monday|Martin\\s+Luther\\s+King(?:\\s+Jr\\.?)?\\s+Day|Presidents[\'\\u2019]?\\s+Day|Columbus\\s+Day|(?:Mother|Father)[\'\\u2019]s\\s+Day)' +
  '(\\s+week)?(?:,?\\s+(\\d{4})(?!\\d))?(?![\\w\\u2019\'-])');

export const movableFeast: Parser = {
  name: 'movable-feast',
  example: 'the shops close on Good Friday',
  firstWords: ['last', 'next', 'this', 'easter', 'good', 'thanksgiving', 'memorial', 'labor', 'election', 'black', 'cyber', 'martin', 'presidents', 'columbus', 'mother', 'father'],
  parse(scan, at) {
    const { s, pub } = scan;
    const m = exec(FEAST_RE, s, at);
    if (!m) return null;
    const dayIn = MOVABLE_FEASTS[m[2]!.toLowerCase().replace(/\s+/g, ' ').replace(/\u2019/g, "'").replace(/ jr\.? day$/, ' day')];
    if (!dayIn) return null;
    const end = at + m[0].length;
    const which = m[1]?.toLowerCase();
    const pubYear = parseIsoDay(pub).year;
    const tense = which === 'last' ? 'past' : which === 'next' ? 'future' : tenseAt(s, at, end);
    let day: string;
    if (m[4]) day = dayIn(Number(m[4]));
    else if (which === 'this') day = dayIn(pubYear);
    else if (which === 'last') day = dayIn(pubYear) < pub ? dayIn(pubYear) : dayIn(pubYear - 1);
    else if (which === 'next') day = dayIn(pubYear) > pub ? dayIn(pubYear) : dayIn(pubYear + 1);
    // "as Easter week began": a week is placed by its first day, six days before the feast.
    else if (m[3]) day = addDays(yearlessFeast(pub, (year) => addDays(dayIn(year), -6), tense), 6);
    else day = yearlessFeast(pub, dayIn, tense);
    // "Easter week" is the ISO week that ends on Easter Sunday: a TIMEX3, too wide to date an event by a day.
    if (m[3]) return timexesOnly(end, [timex(s, at, end, 'DATE', weekValue(day))]);
    return { ...single(end, expression(scan, at, end, dayDate(day), 'movable-feast', tense)), timexes: [timex(s, at, end, 'DATE', day)] };
  },
};
