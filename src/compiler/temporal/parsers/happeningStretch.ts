// "in the weeks before the vote", "in the days after the quake", "days after
// a gunman opened fire", "in the years that followed": a stretch of unstated
// length next to a happening. TimeML marks the unit word alone (the annotated
// news leaves "the" and the signal outside). Days, weeks and months are a
// DATE whose date is the happening's, which the sentence does not give; the
// value says only which side of the present the stretch lies on (PAST_REF,
// FUTURE_REF). Years and decades are a length of unstated count (PXY, PXE),
// as TimeML reads a bare "years" anywhere. Hours and minutes ("hours after
// the blast", "minutes before the deadline") are the same stretch at the
// clock's grain: a TIME on the side of the present its clause tells. No event
// is dated by it.
import { anchoredAfter, exec, sticky, timexesOnly, type Parser } from '../scan';
import { tenseAt } from '../tenseAt';
import { durationValue, timex } from '../timex';
import { HOUR_KIND_WORDS } from '../resources/patterns';

// Example: "His car was seen in the weeks before the flood".
// Example: "Hours after the blast, the square was sealed" (a TIME, PAST_REF).
// Example: "The mill shut; over the years that followed, it rotted" (the happening told before; "that" and the verb outside).
const STRETCH_RE = sticky('(the\\s+)?(minutes|hours|days|weeks|months|years|decades)\\s+(?:before|after|leading\\s+up\\s+to|following|preceding|(that\\s+(?:followed|preceded)))(?![\\w])', 'i');

/** "in the weeks before", "during the days after": the stretch with "the" needs a preposition of time before it. */
const LEAD_BEFORE = /(?:^|[^A-Za-z])(?:in|during|over|through|throughout|within|for)\s+$/i;
/**
 * A bare "days after" follows a verb or a comma ("was seen days after the attack", "Weeks before the vote, …"); after a
 * count (a word may stand between), an adjective or a determiner it is part of a longer phrase ("two days after", "eight
 * trading days after", "the first days after") that other parsers read or TimeML leaves alone; after an owner it is a
 * noun ("cut its hours after the strike").
 */
const NOT_BARE_AFTER = /(?:\b(?:the|a|an|first|last|final|few|several|many|those|these|recent|coming|next|past|of|some|more|fewer|all|most|its|his|her|their|our|your|my|whose)|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|dozen|\d[\d,.]*)(?:\s+[A-Za-z-]+)?)\s+$/i;

/** "office hours", "opening hours", "man-hours": the word before a bare "hours" or "minutes" names a kind of them. */
const HOUR_KIND_BEFORE = new RegExp(`(?:\\b[a-z]+ing|\\b(?:${HOUR_KIND_WORDS.join('|')})|-)\\s*$`, 'i');

export const happeningStretch: Parser = {
  name: 'happening-stretch',
  example: 'His car was seen in the weeks before the flood',
  firstWords: ['the', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades'],
  parse(scan, at) {
    const { s } = scan;
    const m = exec(STRETCH_RE, s, at);
    if (!m) return null;
    const before = s.slice(Math.max(0, at - 30), at);
    if (m[1] ? !LEAD_BEFORE.test(before) : NOT_BARE_AFTER.test(before)) return null;
    if (!m[1] && /^(?:hours|minutes)$/i.test(m[2]!) && HOUR_KIND_BEFORE.test(before)) return null;
    const end = at + m[0].length;
    // "that followed" points back to a happening already told; the others need it to follow: "in the weeks before, he
    // had …" has nothing to stand beside.
    if (m[3] ? !m[1] : !anchoredAfter(s, end)) return null;
    const unitStart = at + (m[1]?.length ?? 0);
    const unit = m[2]!;
    const unitEnd = unitStart + unit.length;
    // A bare "years after the war" is a point some years on, which no value here can give: left alone.
    if (/^(?:years|decades)$/i.test(unit)) return m[1] ? timexesOnly(end, [timex(s, unitStart, unitEnd, 'DURATION', durationValue(null, unit))]) : null;
    const value = tenseAt(s, at, end) === 'future' ? 'FUTURE_REF' : 'PAST_REF';
    return timexesOnly(end, [timex(s, unitStart, unitEnd, /^(?:hours|minutes)$/i.test(unit) ? 'TIME' : 'DATE', value)]);
  },
};
