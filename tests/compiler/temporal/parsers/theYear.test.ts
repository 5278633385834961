// parsers/theYear.ts: "for the year", "the full year", "by year-end": the year a report speaks of.
import { dates, timexes } from '../tagged';

const PUB = '2021-10-28';

describe('the-year', () => {
  it('reads "the year" after a preposition, and the full or whole year anywhere, as the year spoken from', () => {
    expect(timexes('Shares of Corran Mills hit a high for the year in June.', PUB)).toEqual([['the year', 'DATE', '2021'], ['June', 'DATE', '2021-06']]);
    expect(timexes('Sales at Veltin fell 4% in the first nine months of the year.', PUB)).toEqual([['the first nine months', 'DURATION', 'P9M'], ['the year', 'DATE', '2021']]);
    expect(timexes('The chairman expects higher earnings for the full year.', PUB)).toEqual([['the full year', 'DATE', '2021']]);
  });

  it('reads a year-end as the end of the year, on the timeline too when it lies ahead', () => {
    expect(timexes('Harwick expects to close the sale by year-end.', PUB)).toEqual([['year-end', 'DATE', '2021', 'END']]);
    expect(timexes("New rules must take effect by year's end.", PUB)).toEqual([["year's end", 'DATE', '2021', 'END']]);
    expect(dates('Harwick expects to close the sale by year-end.', PUB)).toEqual([['year-end', '2021-12-01', '2021-12-31', 'year']]);
  });

  it('makes no event of "the year" itself, nor of a year-end a past clause tells', () => {
    expect(dates('The chairman expects higher earnings for the full year.', PUB)).toEqual([]);
    expect(timexes('The Kessig mill had debt of $5 million at year-end.', PUB)).toEqual([['year-end', 'DATE', '2021', 'END']]);
    expect(dates('The Kessig mill had debt of $5 million at year-end.', PUB)).toEqual([]);
  });

  it('leaves alone a year that is a span, a title, a subject or anchored to something else', () => {
    expect(timexes('Profit for the year ended June 30 rose.', PUB).map((t) => t[0])).not.toContain('the year ended');
    expect(timexes('Profit for the year ended June 30 rose.', PUB)).toContainEqual(['the year', 'DURATION', 'P1Y']);
    expect(timexes('Odile Marsan was named Player of the Year.', PUB)).toEqual([]);
    expect(timexes('It was the worst year for the Veltin mill.', PUB)).toEqual([]);
    expect(timexes('The year was marked by floods.', PUB)).toEqual([]);
    expect(timexes('He left the board in the year before the vote.', PUB)).toEqual([]);
    expect(timexes('The fair was first held in the year 1911.', PUB).map((t) => t[0])).not.toContain('the year');
  });
});
