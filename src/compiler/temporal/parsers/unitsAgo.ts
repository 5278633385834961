// "just weeks ago", "Months ago, the plan was shelved", "years ago", and told
// from a past time "Weeks earlier, …", "had closed months before.": a unit of
// unstated count before "ago", "earlier" or a closing "before". TimeML marks
// the unit with that word ("just" and "only" stay outside) and gives it the
// value of the past it points into (PAST_REF), as for "several years ago"
// and "several days before" (countedShift.ts). The count is unknown, so no
// event is dated by it.
import { exec, sticky, timexesOnly, type Parser } from '../scan';
import { timex } from '../timex';
import { NUMBER_FIRST_WORDS } from '../resources/patterns';

// Example: "Just weeks ago, the Orlen council had backed the plan".
// Example: "The Kessig mill had closed years earlier".
// "before" only closing its clause: "days before the vote" is a stretch beside a happening (happeningStretch.ts).
const UNITS_AGO_RE = sticky('(?:minutes|hours|days|weeks|months|years|decades)\\s+(?:ago|earlier|before(?=\\s*(?:[,.;:)]|$)))(?![\\w-])', 'i');
/** Words before the unit that make it part of a counted or owned phrase: a count's first word, "half", a determiner. */
const COUNT_OR_DETERMINER: ReadonlySet<string> = new Set([
  ...NUMBER_FIRST_WORDS, 'half', 'dozen', 'couple', 'hundred', 'thousand', 'the', 'those', 'these', 'its', 'their', 'his', 'her', 'of',
]);

/**
 * Whether the unit at `at` is bare: a count or a determiner right before it, or a count one word before ("three
 * business days ago"), makes it a counted date read at the count ("three weeks ago", "a few years ago" in
 * countedShift.ts, "two and a half years ago", which no calendar counts to) or a noun.
 */
function bare(s: string, at: number): boolean {
  const words = s.slice(Math.max(0, at - 30), at).toLowerCase().match(/[a-z0-9][\w'-]*/g) ?? [];
  const counted = (w: string | undefined) => w !== undefined && (/^\d/.test(w) || COUNT_OR_DETERMINER.has(w));
  return !counted(words.at(-1)) && !counted(words.at(-2));
}

export const unitsAgo: Parser = {
  name: 'units-ago',
  example: 'Just weeks ago, the Orlen council had backed the plan',
  firstWords: ['minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades'],
  parse(scan, at) {
    const { s } = scan;
    const m = exec(UNITS_AGO_RE, s, at);
    if (!m || !bare(s, at)) return null;
    const end = at + m[0].length;
    return timexesOnly(end, [timex(s, at, end, 'DATE', 'PAST_REF')]);
  },
};
