// The tagger's passes as declared in passes.ts: every parser reads its own
// example line (HeidelTime's EXAMPLE), and each is tried only where one of
// the words it declares can begin.
import { PARSERS, REFINERS } from '../../../src/compiler/temporal/passes';
import type { Scan } from '../../../src/compiler/temporal/scan';

function scanOf(s: string, pub = '2022-12-22'): Scan {
  return { s, pub, pubYear: Number(pub.slice(0, 4)), previous: { start: pub, precision: 'day' }, stated: null, statedYear: null, lastInSentence: null, previousValue: null, reportedQuarter: null, focus: null, quotes: [] };
}

/** Word starts of a text. */
function wordStarts(s: string): number[] {
  return [...s.matchAll(/(?<![A-Za-z0-9])[A-Za-z0-9'\u2019]/g)].map((m) => m.index);
}

describe('PARSERS', () => {
  it.each(PARSERS.map((p) => [p.name, p] as const))('%s reads its example line', (_name, parser) => {
    const scan = scanOf(parser.example);
    const found = wordStarts(parser.example).map((at) => parser.parse(scan, at)).find((f) => f !== null);
    expect(found, parser.example).toBeTruthy();
    expect(found!.end).toBeGreaterThan(0);
  });

  it.each(PARSERS.map((p) => [p.name, p] as const))('%s begins only with a word it declares (or a digit)', (_name, parser) => {
    const scan = scanOf(parser.example);
    for (const at of wordStarts(parser.example)) {
      if (!parser.parse(scan, at)) continue;
      const word = /^[A-Za-z]+/.exec(parser.example.slice(at))?.[0].toLowerCase();
      if (word) expect(parser.firstWords).toContain(word);
    }
  });

  it('names every parser and refiner once', () => {
    const names = [...PARSERS, ...REFINERS].map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
