// parsers/era.ts: centuries, decades and years written in words.
import { dates, timexes } from '../tagged';

const PUB = '1998-03-05';

describe('era', () => {
  it('reads centuries by their first two digits', () => {
    expect(timexes('The fortress at Kelm dates from the 12th century.', PUB)).toEqual([['the 12th century', 'DATE', '11']]);
    expect(timexes('The city grew in the nineteenth century.', PUB)).toEqual([['the nineteenth century', 'DATE', '18']]);
    expect(timexes('It was the worst flood this century.', PUB)).toEqual([['this century', 'DATE', '19']]);
  });

  it('reads spelled decades and years, which date events', () => {
    expect(timexes('Growth in the nineties was strong.', PUB)).toEqual([['the nineties', 'DATE', '199']]);
    expect(dates('Growth in the nineties was strong.', PUB)).toEqual([['the nineties', '1990-01-01', '1999-12-31', 'decade']]);
    expect(timexes('The treaty was signed in nineteen ninety-six.', PUB)).toEqual([['nineteen ninety-six', 'DATE', '1996']]);
    expect(timexes('The goal is to halve it by the year two thousand.', PUB)).toEqual([['the year two thousand', 'DATE', '2000']]);
  });

  it('reads a month or season with its year in words as one expression', () => {
    expect(timexes('Prices peaked in January nineteen ninety-seven.', PUB)).toEqual([['January nineteen ninety-seven', 'DATE', '1997-01']]);
    expect(timexes('The pass closed in the spring of nineteen eighty-six.', PUB)).toEqual([['the spring of nineteen eighty-six', 'DATE', '1986-SP']]);
    expect(timexes('The mill shut in March twenty-one days early.', PUB)).toEqual([['March', 'DATE', '1998-03'], ['twenty-one days', 'DURATION', 'P21D']]);
  });

  it('leaves alone ages, counts and a century of runs', () => {
    expect(timexes('The runner is in her forties.', PUB)).toEqual([]);
    expect(timexes('Nineteen people were hurt.', PUB)).toEqual([]);
    expect(timexes('He scored a century at Lord.', PUB)).toEqual([]);
  });

  it('reads the edge of this decade or century, "this decade" and "next decade", from publication', () => {
    const pub = '2024-05-10';
    expect(timexes('By the end of the decade, Tarsk must halve its emissions.', pub)).toEqual([['the end of the decade', 'DATE', '202', 'END']]);
    expect(timexes('The Velm delta could flood by the end of the century.', pub)).toEqual([['the end of the century', 'DATE', '20', 'END']]);
    expect(timexes('The Tarsk plan runs to the middle of this century.', pub)).toEqual([['the middle of this century', 'DATE', '20', 'MID']]);
    expect(timexes('Tarsk will replace its fleet next decade.', pub)).toEqual([['next decade', 'DATE', '203']]);
    // Told in the past, the decade is the story's, unknown here; "the decade" alone and "the last decade" are lengths or nothing.
    expect(timexes('By the end of the decade, the Tarsk mill had tripled in size.', pub)).toEqual([]);
    expect(timexes('Most of the Tarsk growth came over the decade.', pub)).toEqual([]);
    expect(timexes('He led the Tarsk party for the last decade.', pub)).toEqual([['the last decade', 'DURATION', 'P10Y']]);
  });
});
