// TempEval-3's measures on small documents of our own: strict and relaxed
// extents, one-to-one matching, value and type over the relaxed matches.
import { matchTimexes, scoreTimeml, formatProblems } from '../../../../src/compiler/eval/timeml/scoreTimeml';
import type { Timex3 } from '../../../../src/compiler/eval/timeml/timemlDocument';

const TEXT = 'The port of Selvan reopened on Monday after two weeks, officials said last night.';

function span(text: string, type: Timex3['type'], value: string): Timex3 {
  const start = TEXT.indexOf(text);
  if (start < 0) throw new Error(text);
  return { start, end: start + text.length, type, value };
}

const gold = [span('Monday', 'DATE', '2020-05-04'), span('two weeks', 'DURATION', 'P2W'), span('last night', 'TIME', '2020-05-05TNI')];

describe('scoreTimeml', () => {
  it('scores a perfect system 1 on every figure', () => {
    const s = scoreTimeml([{ name: 'a', text: TEXT, gold, system: gold }]).overall;
    expect([s.strictF1, s.relaxedF1, s.valueF1, s.typeF1]).toEqual([1, 1, 1, 1]);
  });

  it('counts an overlapping extent as relaxed but not strict, and its value over the relaxed matches', () => {
    const system = [span('on Monday', 'DATE', '2020-05-04'), span('two weeks', 'DURATION', 'P14D')];
    const s = scoreTimeml([{ name: 'a', text: TEXT, gold, system }]).overall;
    expect(s.strictPrecision).toBe(0.5);
    expect(s.strictRecall).toBeCloseTo(1 / 3);
    expect(s.relaxedPrecision).toBe(1);
    expect(s.relaxedRecall).toBeCloseTo(2 / 3);
    expect(s.valueAccuracy).toBe(0.5);
    expect(s.valueF1).toBeCloseTo(0.5 * 0.8);
    expect(s.typeAccuracy).toBe(1);
  });

  it('matches one to one: a second system extent over the same gold is a false alarm', () => {
    const system = [span('Monday', 'DATE', '2020-05-04'), span('on Monday', 'DATE', '2020-05-04')];
    const pairs = matchTimexes([gold[0]!], system);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]!.exact).toBe(true);
    const s = scoreTimeml([{ name: 'a', text: TEXT, gold: [gold[0]!], system }]);
    expect(s.overall.relaxedPrecision).toBe(0.5);
    expect(s.problems.map((p) => p.problem)).toEqual(['false alarm']);
  });

  it('gives the largest overlap its match when exact ones are taken', () => {
    const g = [span('two weeks', 'DURATION', 'P2W')];
    const small = { ...g[0]!, start: g[0]!.start + 4, end: g[0]!.end };
    const big = { ...g[0]!, start: g[0]!.start - 6 };
    const pairs = matchTimexes(g, [small, big]);
    expect(pairs.map((p) => p.system)).toEqual([big]);
  });

  it('reports per type by the gold type for recall and the system type for precision', () => {
    const system = [span('last night', 'DATE', '2020-05-05')];
    const s = scoreTimeml([{ name: 'a', text: TEXT, gold, system }]);
    expect(s.byType.TIME.relaxedRecall).toBe(1);
    expect(s.byType.TIME.relaxedPrecision).toBe(0);
    expect(s.byType.DATE.relaxedPrecision).toBe(1);
    expect(s.overall.typeAccuracy).toBe(0);
  });

  it('lists misses, false alarms and wrong values with the extents marked in their context', () => {
    const system = [span('Monday', 'DATE', '2020-05-11'), span('officials', 'DATE', 'X')];
    const s = scoreTimeml([{ name: 'doc.tml', text: TEXT, gold, system }]);
    const listing = formatProblems(() => TEXT, s.problems);
    expect(listing).toContain('## missed (2)');
    expect(listing).toContain('## false alarm (1)');
    expect(listing).toContain('doc.tml: gold "Monday" DATE 2020-05-04 | system "Monday" DATE 2020-05-11');
    expect(listing).toContain('reopened on {[Monday]} after');
  });
});
