// Centuries, decades and years written in words: "the 20th century", "the
// nineteenth century", "this century", "the nineties", "nineteen ninety-six",
// "the year two thousand". TIMEX3 values "19" (a century: its first two
// digits), "199" (a decade), "1996". A decade or year in words also dates an
// event, as "the 1990s" or "1996" do; a century is too coarse for the
// timeline.
import { decadeDate, yearDate } from '../resolve';
import { ORDINAL_WORDS, spelledYearAt, TEEN_WORDS, UNIT_WORDS } from '../resources/patterns';
import { exec, expression, single, sticky, timexesOnly, type Found, type Parser, type Scan } from '../scan';
import { tenseAt } from '../tenseAt';
import { timex } from '../timex';

const DECADE_WORD: Record<string, number> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};

const PART = '(?:(early|mid|late)[\\s-]+)?';
const CENTURY_RE = sticky(`(?:the\\s+)?${PART}(\\d{1,2})(?:st|nd|rd|th)[\\s-]+century(?![\\w-])|(?:the\\s+)?${PART}(${Object.keys(ORDINAL_WORDS).join('|')})[\\s-]+century(?![\\w-])`, 'i');
const THIS_CENTURY_RE = sticky('(this|last|next|the\\s+last|the\\s+next|the\\s+new|the\\s+previous)\\s+century(?![\\w-])', 'i');
// "by the end of the decade", "the middle of this century", "this decade", "next decade": the decade or century of
// publication or the next, with its edge as the mod. "the decade" and "the century" alone are read so only after an edge.
const EDGE_OF_RE = sticky('(?:the\\s+)?(?:end|beginning|start|middle)\\s+of\\s+(?:this|the|the\\s+current|next|the\\s+next)\\s+(decade|century)(?![\\w-])|(this|next|the\\s+current|the\\s+next)\\s+decade(?![\\w-])', 'i');

/** A decade or century of publication named by its edge, or this or next decade; null in a past clause, whose is the story's. */
function edgeOfUnit(scan: Scan, at: number): Found | null {
  const m = exec(EDGE_OF_RE, scan.s, at);
  if (!m) return null;
  const end = at + m[0].length;
  const unit = (m[1] ?? 'decade').toLowerCase();
  const next = /\bnext\s+(?:decade|century)$/i.test(m[0]) ? 1 : 0;
  if (tenseAt(scan.s, at, end) === 'past') return null;
  const value = unit === 'century' ? String(Math.floor(scan.pubYear / 100) + next) : String(Math.floor(scan.pubYear / 10) + next);
  return timexesOnly(end, [timex(scan.s, at, end, 'DATE', value)]);
}
const DECADE_WORD_RE = sticky(`(?:the\\s+)?${PART}(?:(nineteen|eighteen|twenty)[\\s-]+)?(${Object.keys(DECADE_WORD).join('|')})(?![\\w-])`, 'i');
const THE_YEAR_RE = sticky('the\\s+year\\s+', 'i');
const TWO_THOUSAND_RE = sticky(`the\\s+year\\s+two\\s+thousand(?:\\s+(?:and\\s+)?(${Object.keys(UNIT_WORDS).join('|')}|${Object.keys(TEEN_WORDS).join('|')}|twenty))?(?![\\w-])`, 'i');

function century(scan: Scan, at: number, end: number, n: number) {
  return timexesOnly(end, [timex(scan.s, at, end, 'DATE', String(n - 1).padStart(2, '0'))]);
}

export const era: Parser = {
  name: 'era',
  example: 'the city grew in the nineteenth century',
  firstWords: ['the', 'early', 'mid', 'late', 'this', 'last', 'next', 'end', 'beginning', 'start', 'middle', 'nineteen', 'eighteen', 'twenty', ...Object.keys(ORDINAL_WORDS).filter((w) => /^[a-z]+$/.test(w)), ...Object.keys(DECADE_WORD)],
  parse(scan, at) {
    const { s } = scan;
    let m = exec(CENTURY_RE, s, at);
    if (m) {
      const n = m[2] ? Number(m[2]) : ORDINAL_WORDS[m[4]!.toLowerCase().replace(/\s+/g, ' ')]!;
      if (n < 1 || n > 30) return null;
      return century(scan, at, at + m[0].length, n);
    }
    const edge = edgeOfUnit(scan, at);
    if (edge) return edge;
    m = exec(THIS_CENTURY_RE, s, at);
    if (m) {
      const which = m[1]!.toLowerCase().replace(/\s+/g, ' ');
      const shiftBy = /last|previous/.test(which) ? -1 : /next/.test(which) ? 1 : 0;
      return century(scan, at, at + m[0].length, Math.floor(scan.pubYear / 100) + 1 + shiftBy);
    }
    m = exec(DECADE_WORD_RE, s, at);
    if (m) {
      const end = at + m[0].length;
      const d = DECADE_WORD[m[3]!.toLowerCase()]! * 10;
      const named = m[2]?.toLowerCase();
      // "the nineties": the latest such decade begun by publication.
      const base = named === 'eighteen' ? 1800 : named === 'nineteen' ? 1900 : named === 'twenty' ? 2000 : (2000 + d <= scan.pubYear ? 2000 : 1900);
      // A bare "forties" is an age as often as a decade: only with "the" or a century.
      if (!named && !/^the\s/i.test(m[0])) return null;
      const year = base + d;
      const part = m[1]?.toLowerCase() as 'early' | 'mid' | 'late' | undefined;
      const t = timex(s, at, end, 'DATE', String(year).slice(0, 3));
      const e = expression(scan, at, end, decadeDate(year, part), part ? `${part}-decade` : 'decade', tenseAt(s, at, end));
      return { ...single(end, e), timexes: [t] };
    }
    const theYear = exec(THE_YEAR_RE, s, at);
    const spelled = spelledYearAt(s, at + (theYear?.[0].length ?? 0), scan.pubYear);
    if (spelled) {
      const { year, end } = spelled;
      const e = expression(scan, at, end, yearDate(year), 'year', tenseAt(s, at, end));
      return { ...single(end, e), timexes: [timex(s, at, end, 'DATE', String(year))] };
    }
    m = exec(TWO_THOUSAND_RE, s, at);
    if (m) {
      const end = at + m[0].length;
      const add = m[1] ? (UNIT_WORDS[m[1].toLowerCase()] ?? TEEN_WORDS[m[1].toLowerCase()] ?? 20) : 0;
      const year = 2000 + add;
      const e = expression(scan, at, end, yearDate(year), 'year', tenseAt(s, at, end));
      return { ...single(end, e), timexes: [timex(s, at, end, 'DATE', String(year))] };
    }
    return null;
  },
};
