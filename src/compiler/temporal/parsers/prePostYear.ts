// "the post-1959 politics of the island", "pre-2008 levels", "the pre-1990s
// rules": a year or a decade made the edge of the time after or before it.
// TimeML marks the whole word, its value the year or decade with mod AFTER or
// BEFORE; it describes a noun, so it dates no event of the timeline.
import { exec, sticky, timexesOnly, type Parser } from '../scan';
import { wholeTimex } from '../timex';

const PRE_POST_RE = sticky('(pre|post)-(1\\d{3}|20\\d\\d)(s)?(?![\\w-])', 'i');

export const prePostYear: Parser = {
  name: 'pre-post-year',
  example: 'the post-1959 politics of the island',
  firstWords: ['pre', 'post'],
  parse(scan, at) {
    const m = exec(PRE_POST_RE, scan.s, at);
    if (!m) return null;
    const end = at + m[0].length;
    // "the 1990s" is the decade 199; a decade ends in 0 ("pre-1995s" is no word).
    if (m[3] && !m[2]!.endsWith('0')) return null;
    const value = m[3] ? m[2]!.slice(0, 3) : m[2]!;
    const mod = m[1]!.toLowerCase() === 'pre' ? 'BEFORE' : 'AFTER';
    return timexesOnly(end, [{ ...wholeTimex(at, end, 'DATE', value), mod }]);
  },
};
