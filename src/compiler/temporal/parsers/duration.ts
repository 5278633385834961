// A stated length of time: "44 days of clashes", "for the past 100 days",
// "a three-year term". Durations are properties of events, never dates;
// "two days later" and "a year ago" are left to the dated parsers.
import { NUMBER_FIRST_WORDS, NUMBER_SRC, UNIT_SRC, numberValue } from '../resources/patterns';
import { duration as found, exec, sticky, type Parser } from '../scan';

const DURATION_LEAD = '(?:(?:for|over|within|in|during|after|throughout|nearly|almost|about|some|around|roughly|at\\s+least|more\\s+than|less\\s+than|up\\s+to|the\\s+(?:past|last|next|first|previous|coming|following|final|better\\s+part\\s+of\\s+the))\\s+){0,3}';
const DURATION_RE = sticky(
  `${DURATION_LEAD}(${NUMBER_SRC})[\\s-]+(${UNIT_SRC})(?![\\w])(?:['\\u2019]\\s+time)?(?:-long)?` +
  '(?:\\s+of\\s+(?!the\\b|a\\b|an\\b|his\\b|her\\b|its\\b|their\\b)[a-z][a-z-]*)?', 'i');
const DURATION_HYPHEN_RE = sticky(`(${NUMBER_SRC})-(day|week|month|year|decade|hour|century)(?:-long)?\\s+[a-z][a-z-]*`, 'i');
const DURATION_PAST_RE = sticky(`${DURATION_LEAD}the\\s+(?:past|last|previous|coming|next)\\s+(?:few\\s+|several\\s+)?(${UNIT_SRC})(?![\\w])`, 'i');
const AGE_RE = /^[\s-]+old\b/i;

export const duration: Parser = {
  name: 'duration',
  example: 'in 44 days of clashes',
  firstWords: [
    'for', 'over', 'within', 'in', 'during', 'after', 'throughout', 'nearly', 'almost', 'about', 'some', 'around', 'roughly',
    'at', 'more', 'less', 'up', 'the', ...NUMBER_FIRST_WORDS,
  ],
  parse(scan, at) {
    const { s } = scan;
    let m = exec(DURATION_HYPHEN_RE, s, at);
    if (m && !/-old/i.test(m[0])) return found(scan, at, at + m[0].length);
    m = exec(DURATION_RE, s, at);
    if (m) {
      const end = at + m[0].length;
      const rest = s.slice(end, end + 12);
      if (AGE_RE.test(rest)) return null;
      // "two days later", "a year ago" are dates: the relative rule takes them at the count.
      if (/^\s+(?:ago|later|earlier|afterwards?|before|after)\b/i.test(rest)) return null;
      if (/^\s+on\s*(?:[,.;:)]|$)/i.test(s.slice(end, end + 6))) return null;
      const lead = /^[a-z]+/i.exec(m[0])?.[0]?.toLowerCase() ?? '';
      const count = m[1] ?? '';
      // A bare "a day" or "an hour" with no lead word is too weak to report.
      if (/^(?:a|an)$/i.test(count) && m[0].trim().toLowerCase().startsWith(count.toLowerCase()) && !/\sof\s/.test(m[0])) return null;
      if (lead === '' && /^\d/.test(count) === false && !/^(?:a|an)$/i.test(count) && numberValue(count) === null && !/of/.test(m[0])) return null;
      return found(scan, at, end);
    }
    m = exec(DURATION_PAST_RE, s, at);
    if (m && !/^(?:last|this|next)\s/i.test(m[0])) return found(scan, at, at + m[0].length);
    return null;
  },
};
