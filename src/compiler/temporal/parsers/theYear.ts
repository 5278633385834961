// "for the year", "the first nine months of the year", "the full year", "by
// year-end", "at year's end": the year a report speaks of without naming it.
// It is the year "the end of the year" reads (calendarUnit.ts): publication's,
// or in a past clause the year of the last date the story gave. "The year" is
// a TIMEX3 only: it dates no event on the timeline; a year-end ahead does.
import { yearDate } from '../resolve';
import { exec, expression, single, sticky, storyYear, timexesOnly, type Parser } from '../scan';
import { tenseAt } from '../tenseAt';
import { timex } from '../timex';

// Example: "profit rose for the full year", "revenue for the first nine months of the year", "close by year-end".
const THE_YEAR_RE = sticky(
  "(?:the\\s+(?:(full|whole|entire|calendar)\\s+)?(year)(?![\\w'\\u2019-])|year(?:-|\\s+)end(?![\\w-])|year['\\u2019]s\\s+end(?![\\w-]))", 'i');

/** Words before a bare "the year" that make it the year spoken of: "for the year", "most of the year". */
const LEAD_BEFORE = /\b(?:for|of|in|during|through|throughout|over|into)\s+$/i;
/** "the year ended June 30" (a span, read as a duration), "the year before the vote", "the year 2000", "the year-ago". */
const NOT_AFTER = /^\s*(?:ended|ending|to|through|before|after|earlier|ago|since|when|that|in\s+which|of\s+\d|\d|(?:one|two|three|four|five|six|seven|eight|nine|nineteen|twenty)\b)/i;
/** "the man of the year", "car of the year": a title, not a time. */
const TITLE_BEFORE = /\b(?:man|woman|person|player|coach|team|car|book|album|song|record|athlete|teacher|word|story|company)\s+of\s+$/i;

export const theYear: Parser = {
  name: 'the-year',
  example: 'revenue for the first nine months of the year',
  firstWords: ['the', 'year'],
  parse(scan, at) {
    const m = exec(THE_YEAR_RE, scan.s, at);
    if (!m) return null;
    const { s } = scan;
    const end = at + m[0].length;
    // "Player of the Year" in capitals names an award.
    if (m[2] === 'Year') return null;
    const past = tenseAt(s, at, end) === 'past';
    const year = past ? storyYear(scan) : scan.pub.slice(0, 4);
    if (m[2]) {
      const before = s.slice(Math.max(0, at - 40), at);
      if (!m[1] && !LEAD_BEFORE.test(before)) return null;
      if (NOT_AFTER.test(s.slice(end, end + 16)) || TITLE_BEFORE.test(before)) return null;
      return timexesOnly(end, [timex(s, at, end, 'DATE', year)]);
    }
    const t = timex(s, at, end, 'DATE', year, { mod: 'END' });
    // "debt stood at $5 million at year-end": the year is the story's, known to TimeML but not to the timeline.
    if (past) return timexesOnly(end, [t]);
    return { ...single(end, expression(scan, at, end, yearDate(Number(year), 'end'), 'year-end', 'future')), timexes: [t] };
  },
};
