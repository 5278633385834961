// Sentences in which the tagger must find no time at all: names, counts,
// labels and words that look like dates (after chrono-node's negative cases).
import { findTimeExpressions } from '../../../src/compiler/temporal/findTimeExpressions';

const NOTHING = [
  'Theresa May met the committee.',
  'May I ask a question?',
  'The fall of the city shocked the region.',
  'He marched with 2,317 soldiers.',
  'Route 1991 runs north of Kessa.',
  'The striker is 44 years old.',
  'Resolution 2334 was adopted.',
  'The airline flies a Boeing 737.',
  'See page 2012 of the report.',
  'The quote is from John 3:16.',
  'The ratio was 3:1 in favour.',
  'The Sunday Times editor resigned.',
  'A Sun reporter Sat with officials on Wed.',
  'Spring water is sold in Orvane.',
  'They won the 2-1 match.',
  'The ship has a half-dozen crew.',
  'Turnout was above 1800 voters.',
  'Each delegate received a copy.',
  'Every country sent an envoy.',
];

describe('no time in', () => {
  it.each(NOTHING)('%s', (sentence) => {
    const r = findTimeExpressions(sentence, { published: '2021-05-12', previous: null });
    expect(r.timexes.map((t) => sentence.slice(t.start, t.end))).toEqual([]);
    expect(r.expressions).toEqual([]);
  });
});
