import { wholeWordAt } from '../../../src/compiler/text/wholeWordAt';

describe('wholeWordAt', () => {
  it('finds a name only where no letter or digit touches either end', () => {
    expect(wholeWordAt('Norlanders and Norland', 'Norland')).toBe(15);
    expect(wholeWordAt('Norland2 and xNorland', 'Norland')).toBe(-1);
    expect(wholeWordAt('(Norland)', 'Norland')).toBe(1);
  });

  it('looks from an offset on, as a search for the next mention does', () => {
    expect(wholeWordAt('Norland met Norland', 'Norland', 1)).toBe(12);
    expect(wholeWordAt('Norland met Norland', 'Norland', 13)).toBe(-1);
  });

  it('reads letters and digits beyond ASCII, a surrogate pair as one character', () => {
    expect(wholeWordAt('ÉNorland Norlandé Norland٣', 'Norland')).toBe(-1);
    expect(wholeWordAt('𝐀Norland', 'Norland')).toBe(-1);
    expect(wholeWordAt('😀Norland', 'Norland')).toBe(2);
  });

  it('is written as given: case counts', () => {
    expect(wholeWordAt('the us and the US', 'US')).toBe(15);
  });

  it('answers as the whole-word pattern it stands in for', () => {
    const passages = ['Norland, Norlands', 'the Norland-Ostmark line', 'NorlandNorland Norland.', 'é Norland_x', '2Norland 3 Norland', 'Norland', ''];
    for (const passage of passages) {
      const pattern = /(?<![\p{L}\p{N}])Norland(?![\p{L}\p{N}])/gu;
      const expected = [...passage.matchAll(pattern)].map((m) => m.index);
      const found: number[] = [];
      for (let at = wholeWordAt(passage, 'Norland'); at >= 0; at = wholeWordAt(passage, 'Norland', at + 7)) found.push(at);
      expect(found).toEqual(expected);
    }
  });
});
