// "For the week, the index fell 3.8%", "the shares rose 2% for the day",
// "he arrived in Arlen later in the day": the day, week or month a report
// speaks of without naming it. It is the one holding the last day the story
// gave (the Friday a market report told), else publication's. Like "for the
// year" (theYear.ts) it is a TIMEX3 only and dates no event.
import { exec, sticky, timexesOnly, type Parser } from '../scan';
import { timex, valueAtUnit } from '../timex';

// Example: "For the week, the index fell", "later in the day".
const PERIOD_RE = sticky("the\\s+(day|week|month)(?=\\s*[,.;])", 'i');

/** "for the week," closes a figure's clause or opens one; "earlier in the day." places a happening within it. */
const LEAD_BEFORE = /(?:^|[^A-Za-z])(?:for|(?:earlier|later)\s+in)\s+$/i;
/** "for the day." after a verb of staying or a price names no report's period: "closed for the day", "off for the day". */
const STAY_BEFORE = /\b(?:closed|close|closes|shut|off|out|home|leave|left|enough|all|rest)\s+for\s+$/i;

export const reportedPeriod: Parser = {
  name: 'reported-period',
  example: 'For the week, the index fell 3.8%',
  firstWords: ['the'],
  parse(scan, at) {
    const m = exec(PERIOD_RE, scan.s, at);
    if (!m) return null;
    const before = scan.s.slice(Math.max(0, at - 40), at);
    if (!LEAD_BEFORE.test(before) || STAY_BEFORE.test(before)) return null;
    const unit = m[1]!.toLowerCase();
    // "in the day" is only the day of the story with "earlier" or "later" before it; "for the day" is a report's too.
    const anchor = scan.previous.precision === 'day' && scan.previous.start <= scan.pub ? scan.previous.start : scan.pub;
    const end = at + m[0].length;
    return timexesOnly(end, [timex(scan.s, at, end, 'DATE', valueAtUnit(anchor, unit))]);
  },
};
