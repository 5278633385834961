// "last May", "this winter", "next spring", "this past March": a named month
// or season placed by the word before it: "this" before a month keeps the
// publication's year, and so does a season within one calendar year (spring,
// summer, autumn); winter, which straddles two, is the one under way or the
// nearest by tense. "last" before the month just gone names the one a year
// before it ("last February" in a March paper is February of the year before).
import { parseIsoDay } from '../../../model/calendar';
import { parsePhrase } from '../parsePhrase';
import { lastSeason, monthDate, nextSeason, seasonDate } from '../resolve';
import { MONTH_SRC, SEASONS } from '../resources/patterns';
import { exec, expression, single, sticky, type Parser } from '../scan';
import { tenseAt, type ClauseTense } from '../tenseAt';

const NAMED_RELATIVE_RE = sticky(`(last|this|next|this\\s+past)\\s+(${MONTH_SRC}|(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)(?![A-Za-z]))`, 'i');

function yearlessSeasonThis(pub: string, season: (typeof SEASONS)[string], tense: ClauseTense): number {
  const y = parseIsoDay(pub).year;
  const candidates = [y - 1, y, y + 1].map((yy) => ({ yy, i: seasonDate(yy, season) }));
  const holding = candidates.find((c) => c.i.start <= pub && pub <= c.i.end);
  if (holding) return holding.yy;
  // "tenants vowed to strike this summer" in a March paper is the summer ahead, past verb or not: "this" names the
  // publication year's summer, as it does its September; only winter needs the tense to choose between two years.
  if (season !== 'winter') return y;
  if (tense === 'past') return lastSeason(pub, season);
  return nextSeason(pub, season);
}

export const namedRelative: Parser = {
  name: 'named-relative',
  example: 'talks stalled last May',
  firstWords: ['last', 'this', 'next'],
  parse(scan, at) {
    const m = exec(NAMED_RELATIVE_RE, scan.s, at);
    if (!m) return null;
    const { s, pub } = scan;
    const end = at + m[0].length;
    const which = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const name = m[2] ?? '';
    const season = SEASONS[name.toLowerCase()];
    const { year } = parseIsoDay(pub);
    const tense = which === 'next' ? 'future' : which === 'this' ? 'present' : 'past';
    if (season) {
      let y: number;
      if (which === 'last' || which === 'this past') y = lastSeason(pub, season);
      else if (which === 'next') y = nextSeason(pub, season);
      else y = yearlessSeasonThis(pub, season, tenseAt(s, at, end));
      return single(end, expression(scan, at, end, seasonDate(y, season), `${which.replace(' ', '-')}-season`, tense));
    }
    const phrase = parsePhrase(s, at + m[0].length - name.length, scan.pubYear);
    if (!phrase || phrase.kind !== 'month' || phrase.month === undefined) return null;
    const mon = phrase.month;
    const pubMonth = parseIsoDay(pub).month;
    let y: number;
    if (which === 'last' || which === 'this past') y = mon < pubMonth ? year : year - 1;
    else if (which === 'next') y = mon > pubMonth ? year : year + 1;
    // "this September" is the September of the publication's year, before or after it (TIDES; HeidelTime's news rule).
    else y = year;
    // "crashed last February" in a March paper: the month just gone is "last month" or "in February"; "last February" is
    // the one a year before it. "this past February" keeps the month just gone, and so does an earlier month ("last
    // January" in March).
    if (which === 'last' && mon === ((pubMonth + 10) % 12) + 1) y -= 1;
    return single(end, expression(scan, at, end, monthDate(y, mon), `${which.replace(' ', '-')}-month`, tense));
  },
};
