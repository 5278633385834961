// "Days later, he was freed", "Hours afterwards, the road reopened": a length
// of unstated count before "later". TimeML marks the length and leaves "later"
// as its signal, as it does for "three days later" (countedShift.ts) and "a
// few days later" (PXD). The count is unknown, so no event is dated by it.
import { exec, sticky, timexesOnly, type Parser } from '../scan';
import { durationValue, timex } from '../timex';

// Example: "Days later, the Orlen bridge reopened".
const UNITS_LATER_RE = sticky('(minutes|hours|days|weeks|months|years)\\s+(?:later|afterwards?)(?![\\w-])', 'i');
/**
 * A count before the unit is read by countedShift.ts at the count ("two days later", "a few days later"); a determiner
 * or an ordinal makes the unit a noun ("in the days later", "the first days later"), no length of its own.
 */
const NOT_BARE_BEFORE = /\b(?:the|those|these|its|their|first|last|final|early)\s+$/i;

export const unitsLater: Parser = {
  name: 'units-later',
  example: 'Days later, the Orlen bridge reopened',
  firstWords: ['minutes', 'hours', 'days', 'weeks', 'months', 'years'],
  parse(scan, at) {
    const { s } = scan;
    const m = exec(UNITS_LATER_RE, s, at);
    if (!m || NOT_BARE_BEFORE.test(s.slice(Math.max(0, at - 16), at))) return null;
    const unitEnd = at + m[1]!.length;
    return timexesOnly(at + m[0].length, [timex(s, at, unitEnd, 'DURATION', durationValue(null, m[1]!))]);
  },
};
