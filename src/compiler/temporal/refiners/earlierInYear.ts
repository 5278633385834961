// "The firm adopted the plan earlier this year", "returned later that year",
// "delayed earlier in the year": before a year, "earlier" and "later" are
// part of the TIMEX3 (mod START or END, the value the year's), as TimeBank
// and AQUAINT write them in seven cases of eight. Before a week, a month or
// a day ("earlier this week", "Earlier Friday") they stay outside, as both
// corpora mostly leave them; the parsers already do that.
import type { Refiner } from '../scan';

/** "earlier " or "later in " right before a TIMEX3 that is "this year", "that year" or "the year". */
const LEAD_BEFORE = /(?:^|[^A-Za-z])((earlier|later)\s+(?:in\s+)?)$/i;
const THE_YEAR = /^(?:this|that|the)\s+year$/i;

export const earlierInYear: Refiner = {
  name: 'earlier-in-year',
  refine(result, scan) {
    const s = scan.s;
    if (!/\b(?:earlier|later)\s/i.test(s)) return result;
    let changed = false;
    const timexes = result.timexes.map((t) => {
      if (t.type !== 'DATE' || !THE_YEAR.test(s.slice(t.start, t.end))) return t;
      const lead = LEAD_BEFORE.exec(s.slice(Math.max(0, t.start - 16), t.start));
      if (!lead) return t;
      changed = true;
      return { ...t, start: t.start - lead[1]!.length, mod: /^earlier/i.test(lead[2]!) ? 'START' : 'END' };
    });
    return changed ? { ...result, timexes } : result;
  },
};
