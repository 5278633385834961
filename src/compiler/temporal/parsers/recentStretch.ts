// "in recent months", "recent weeks": a stretch of weeks or months up to now,
// whose length the writer leaves open. TimeBank writes it as a length
// (DURATION PXM, PXW) in every case it has, where it keeps "recent years"
// and "recent days" as the past at large (parsers/reference.ts reads those).
// "recent weeks and months" joins two stretches into the past at large, one
// PAST_REF over both words. Neither dates an event of the timeline.
import { exec, sticky, timexesOnly, type Parser } from '../scan';
import { timex } from '../timex';

const STRETCH_RE = sticky(`(?:in\\s+)?recent\\s+(weeks|months)(?:\\s+(?:and|or)\\s+(?:weeks|months|years|days))?(?![\\w-])`, 'i');

export const recentStretch: Parser = {
  name: 'recent-stretch',
  example: 'sales have slowed in recent months',
  firstWords: ['in', 'recent'],
  parse(scan, at) {
    const m = exec(STRETCH_RE, scan.s, at);
    if (!m) return null;
    const end = at + m[0].length;
    const joined = /\s(?:and|or)\s/i.test(m[0]);
    const t = joined
      ? timex(scan.s, at, end, 'DATE', 'PAST_REF')
      : timex(scan.s, at, end, 'DURATION', /^weeks$/i.test(m[1]!) ? 'PXW' : 'PXM');
    return timexesOnly(end, [t]);
  },
};
