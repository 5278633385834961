// parsers/reference.ts: the present, past and future named without a date.
import { dates, timexes } from '../tagged';

const PUB = '2019-04-02';

describe('reference', () => {
  it('reads now, currently and these days as the present', () => {
    expect(timexes('Prices in Tarvik are now falling.', PUB)).toEqual([['now', 'DATE', 'PRESENT_REF']]);
    expect(timexes('The plant currently employs 900 people.', PUB)).toEqual([['currently', 'DATE', 'PRESENT_REF']]);
    expect(timexes('These days the harbour is quiet.', PUB)).toEqual([['These days', 'DATE', 'PRESENT_REF']]);
    expect(timexes('At present the line is closed.', PUB)).toEqual([['At present', 'DATE', 'PRESENT_REF']]);
    expect(timexes('He blamed current market conditions.', PUB)).toEqual([['current', 'DATE', 'PRESENT_REF']]);
  });

  it('reads recently, recent years and the past as the past', () => {
    expect(timexes('The council recently approved the budget.', PUB)).toEqual([['recently', 'DATE', 'PAST_REF']]);
    expect(timexes('Floods have grown worse in recent years.', PUB)).toEqual([['recent years', 'DATE', 'PAST_REF']]);
    expect(timexes('Such deals failed in the past, he said.', PUB)).toEqual([['the past', 'DATE', 'PAST_REF']]);
    expect(timexes('Selva officials have said in the past that the mine is safe.', PUB)).toEqual([['the past', 'DATE', 'PAST_REF']]);
  });

  it('reads the future and the near term as the future', () => {
    expect(timexes('The mine may reopen in the near future.', PUB)).toEqual([['the near future', 'DATE', 'FUTURE_REF']]);
    expect(timexes('Analysts expect losses in future quarters.', PUB)).toEqual([['future quarters', 'DATE', 'FUTURE_REF']]);
    expect(timexes('Rates will stay low in the short term.', PUB)).toEqual([['the short term', 'DATE', 'FUTURE_REF']]);
    expect(timexes('Tarvik will one day be the largest port on the coast.', PUB)).toEqual([['one day', 'DATE', 'FUTURE_REF']]);
    expect(timexes('The Tarvik mine could still one day reopen.', PUB)).toEqual([['one day', 'DATE', 'FUTURE_REF']]);
    // Without a modal before it, "one day" is a day's length.
    expect(timexes('The Tarvik strike will last one day.', PUB)).toEqual([['one day', 'DURATION', 'P1D']]);
  });

  it('reads "in coming months" without "the" as the future, and leaves "the coming months" a length', () => {
    expect(timexes('The Velm plant expects orders to slow in coming months.', PUB)).toEqual([['coming months', 'DATE', 'FUTURE_REF']]);
    expect(timexes('Analysts see lower margins in coming quarters.', PUB)).toEqual([['coming quarters', 'DATE', 'FUTURE_REF']]);
    expect(timexes('Orders will slow over the coming months.', PUB)).toEqual([['the coming months', 'DURATION', 'PXM']]);
    expect(timexes('The coming storm closed the Ravel port.', PUB)).toEqual([]);
  });

  it('dates no event of the timeline', () => {
    expect(dates('Prices in Tarvik are now falling.', PUB)).toEqual([]);
  });

  it('reads "now that" as the present, as TimeBank does', () => {
    expect(timexes('Now that the dam is built, farms have water.', PUB)).toEqual([['Now', 'DATE', 'PRESENT_REF']]);
    expect(timexes('Strikes may continue well into the future.', PUB)).toEqual([['the future', 'DATE', 'FUTURE_REF']]);
  });

  it('leaves alone a title, the past as a modifier of a count, the future as a noun of a thing, and a past "soon"', () => {
    expect(timexes('Future payments were cut.', PUB)).toEqual([]);
    expect(timexes('The current president of Ostrel spoke.', PUB)).toEqual([]);
    expect(timexes('Nothing changed over the past two months.', PUB)).toEqual([['the past two months', 'DURATION', 'P2M']]);
    expect(timexes('It is vital to the future of our town.', PUB)).toEqual([]);
    expect(timexes('The recent floods hit Ardel.', PUB)).toEqual([]);
    // "soon" is the future only where its clause looks ahead (parsers/soon.ts).
    expect(timexes('The bridge was soon reopened.', PUB)).toEqual([]);
  });
});
