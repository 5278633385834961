import { checkIsoDay, dayOfStatedDate, inferPublished, resolvePublished } from '../../../src/compiler/read/publishedDate';

describe('resolvePublished', () => {
  it('takes a valid stated date as stated', () => {
    const { date, problems } = resolvePublished([{ value: '2022-12-22', where: 'x.meta.json', from: 'sidecar' }], 'Text.', null);
    expect(date).toEqual({ published: '2022-12-22', basis: 'stated', from: 'sidecar' });
    expect(problems).toEqual([]);
  });

  it('rejects an impossible day with a message naming where it was written, then infers', () => {
    const { date, problems } = resolvePublished(
      [{ value: '2022-02-30', where: 'line 3', from: 'front matter' }],
      'The vote was held on March 4, 2021.',
      null,
    );
    expect(problems[0]).toEqual({ where: 'line 3', message: expect.stringContaining('not a real calendar day') });
    expect(date).toEqual({ published: '2021-03-04', basis: 'inferred', from: 'latest date in text' });
  });

  it('rejects a word such as "yesterday"', () => {
    expect(checkIsoDay('yesterday')).toMatch(/not a date in the form YYYY-MM-DD/);
  });
});

describe('inferPublished', () => {
  it('reads a year-less dateline with the latest year the text names', () => {
    const text = 'GENEVA, Nov. 10 (Newswire) - Talks that began in 2021 resumed.';
    expect(inferPublished(text, 'GENEVA, Nov. 10 (Newswire) -')).toEqual({ published: '2021-11-10', basis: 'inferred', from: 'dateline' });
  });

  it('reads a dateline that writes its month in capitals', () => {
    const text = 'VELMORA, AUGUST 14, NORDPRESS-BALTINFO: The assembly, elected in 2019, met.';
    expect(inferPublished(text, 'VELMORA, AUGUST 14, NORDPRESS-BALTINFO:').published).toBe('2019-08-14');
  });

  it('takes the latest full date of the text when there is no dateline', () => {
    expect(inferPublished('Signed on 3 May 2019 and ratified on January 9, 2020.', null).published).toBe('2020-01-09');
  });

  it('says so when no date can be found at all', () => {
    expect(inferPublished('No dates here.', null)).toEqual({ published: '1970-01-01', basis: 'inferred', from: 'none found' });
  });
});

describe('dayOfStatedDate', () => {
  it('reads the day of the dates pages and feeds state, as written', () => {
    expect(dayOfStatedDate('2022-12-22')).toBe('2022-12-22');
    // The day in the publisher's own zone, not moved to UTC.
    expect(dayOfStatedDate('2022-12-22T23:10:00-05:00')).toBe('2022-12-22');
    expect(dayOfStatedDate('20221222')).toBe('2022-12-22');
    expect(dayOfStatedDate('Thu, 22 Dec 2022 10:00:00 +0300')).toBe('2022-12-22');
    expect(dayOfStatedDate('Mon, 2 Jan 2023 00:00:00 GMT')).toBe('2023-01-02');
    expect(dayOfStatedDate('December 22, 2022')).toBe('2022-12-22');
    expect(dayOfStatedDate('Thursday, December 22, 2022 10:15 AM')).toBe('2022-12-22');
    expect(dayOfStatedDate('22 December 2022')).toBe('2022-12-22');
  });

  it('refuses what is not a day', () => {
    for (const value of ['2022-02-30T00:00Z', 'yesterday', '2022', 'December 2022', '']) expect(dayOfStatedDate(value)).toBeNull();
  });
});
