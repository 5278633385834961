// refiners/boundedAgo.ts: "more than four decades ago" lies before the point counted back, "less than two years ago"
// between it and publication; the TIMEX3 keeps its value and mod.
import { dates, timexes } from '../tagged';

const PUB = '2025-03-13';
const spans = (sentence: string) => dates(sentence, PUB).map((d) => [d[1], d[2], d[3]]);

describe('a count back with a bound', () => {
  it('dates the unit before the point for "more than", the stretch after it for "less than"', () => {
    // Business feature, sport, local news, obituary.
    expect(spans('The Orsk mine closed more than four decades ago.')).toEqual([['1975-03-13', '1985-03-13', 'decade']]);
    expect(spans('Brackley last won the cup over 50 years ago.')).toEqual([['1974-03-13', '1975-03-13', 'year']]);
    expect(spans('The Velm plant closed more than six months ago.')).toEqual([['2024-08-13', '2024-09-13', 'month']]);
    expect(spans('The Kessig clinic opened less than two years ago.')).toEqual([['2023-03-13', '2025-03-13', 'year']]);
    expect(timexes('The Orsk mine closed more than four decades ago.', PUB)).toEqual([['more than four decades ago', 'DATE', '198', 'MORE_THAN']]);
  });

  it('leaves a count without a bound, "nearly", a century and a count from another date', () => {
    expect(spans('The Orsk mine closed four decades ago.')).toEqual([['1985-03-13', '1989-12-31', 'decade']]);
    expect(spans('The Orsk mine closed nearly four decades ago.')).toEqual([['1985-03-13', '1989-12-31', 'decade']]);
    expect(spans('The Tarn club was founded more than a century ago.')).toEqual([['1925-03-13', '1929-12-31', 'decade']]);
    expect(spans('The Orsk mine closed in 2010. It had opened more than two years earlier.')[1]).toEqual(['2008-01-01', '2008-12-31', 'year']);
  });
});
