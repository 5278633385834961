// The present, the past and the future named without a date: "now",
// "currently", "these days" (PRESENT_REF); "recently", "in recent years",
// "the past" (PAST_REF); "the future", "in the near term", "will one day"
// (FUTURE_REF).
// TimeML marks them; they date no event of the timeline. "Soon" is read in
// parsers/soon.ts, only where its clause looks ahead.
// "current" and "future" count only where they qualify time ("the current
// year" is a year, "future quarters" the future) or stand alone as adjectives
// of the present ("current conditions").
import { exec, sticky, timexesOnly, type Parser } from '../scan';
import { timex, wholeTimex } from '../timex';

const TIME_NOUNS = '(?:years?|months?|weeks?|days?|quarters?|decades?|periods?|times?|seasons?)';

/** "will one day be", "could one day replace": a modal makes "one day" some future day, not a day's length. */
export const SOME_DAY_RE = sticky(`(?<=\\b(?:will|would|could|may|might|can|should|must)\\s+(?:(?:still|also|even|yet)\\s+)?)one\\s+day(?![\\w'\\u2019-])`, 'i');

const FORMS: ReadonlyArray<{ re: RegExp; value: string }> = [
  { re: SOME_DAY_RE, value: 'FUTURE_REF' },
  { re: sticky(`now(?![\\w'\\u2019-])`, 'i'), value: 'PRESENT_REF' },
  { re: sticky(`(?:currently|presently|nowadays|these\\s+days|at\\s+present|at\\s+the\\s+moment|for\\s+the\\s+time\\s+being)(?![\\w-])`, 'i'), value: 'PRESENT_REF' },
  { re: sticky(`current(?=\\s+[a-z])(?!\\s+(?:account|affairs|events|president|chairman|chief|head|director|owner|members?|holders?|leader|minister|level|rate|price|form|version|system|law|rules?)\\b)`, 'i'), value: 'PRESENT_REF' },
  { re: sticky(`(?:recently|lately)(?![\\w-])`, 'i'), value: 'PAST_REF' },
  { re: sticky(`(?:in\\s+)?recent\\s+${TIME_NOUNS}(?![\\w-])`, 'i'), value: 'PAST_REF' },
  { re: sticky(`the\\s+past(?=\\s*[,.;:)"'\\u201d\\u2019]|\\s+(?:and|or|but|when|while|as|because|is|was|has|had|have|were|are|that)\\b|$)`, 'i'), value: 'PAST_REF' },
  { re: sticky(`past\\s+${TIME_NOUNS}(?![\\w-])`, 'i'), value: 'PAST_REF' },
  // "the future", "the near future", but not "the future of the town" (a noun) nor "future payments" (a kind of payment).
  { re: sticky(`the\\s+(?:(?:near|distant|foreseeable|immediate)\\s+)?future(?![\\w'\\u2019-])(?!\\s+of\\b)`, 'i'), value: 'FUTURE_REF' },
  { re: sticky(`future(?=\\s*[,.;:)"'\\u201d\\u2019]|$)`, 'i'), value: 'FUTURE_REF' },
  { re: sticky(`future\\s+${TIME_NOUNS}(?![\\w-])`, 'i'), value: 'FUTURE_REF' },
  // "in coming months", "coming quarters": the future as a whole, as "in recent months" is the past ("the coming
  // months" counts a length, read by the duration parser).
  { re: sticky(`(?:in\\s+)?(?<!the\\s)coming\\s+(?:weeks|months|years|quarters|decades)(?![\\w-])`, 'i'), value: 'FUTURE_REF' },
  { re: sticky(`(?:the\\s+)?(?:near|short|long)\\s+term(?![\\w-])|a\\s+later\\s+date|as\\s+soon\\s+as\\s+possible|in\\s+future(?![\\w-])(?!\\s+[a-z])`, 'i'), value: 'FUTURE_REF' },
];

export const reference: Parser = {
  name: 'reference',
  example: 'prices are now falling',
  firstWords: [
    'now', 'currently', 'presently', 'nowadays', 'these', 'at', 'for', 'current', 'recently', 'lately', 'in', 'recent',
    'the', 'past', 'coming', 'near', 'distant', 'foreseeable', 'immediate', 'future', 'short', 'long', 'a', 'as', 'one',
  ],
  parse(scan, at) {
    for (const form of FORMS) {
      const m = exec(form.re, scan.s, at);
      if (!m) continue;
      const end = at + m[0].length;
      // "at present", "in future", "as soon as possible" are whole; elsewhere a preposition is TimeML's signal.
      const whole = /^(?:at|in\s+future|as|for)\b/i.test(m[0]);
      return timexesOnly(end, [whole ? wholeTimex(at, end, 'DATE', form.value) : timex(scan.s, at, end, 'DATE', form.value)]);
    }
    return null;
  },
};
