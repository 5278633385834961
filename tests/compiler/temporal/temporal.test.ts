// The temporal tagger on the seed article and on newswire sentences of our
// own: each rule with a sentence it handles and one it must leave alone.
// Every expected date is an ISO string, so nothing depends on the clock.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { findTimeExpressions, type TemporalContext } from '../../../src/compiler/temporal/findTimeExpressions';

function ctx(published: string, previous: TemporalContext['previous'] = null): TemporalContext {
  return { published, previous };
}

/** The expressions as [text, start, end, precision] for compact assertions. */
function dates(sentence: string, published = '2022-12-22', previous: TemporalContext['previous'] = null) {
  const r = findTimeExpressions(sentence, ctx(published, previous));
  for (const e of r.expressions) expect(sentence.slice(e.start, e.end)).toBe(e.text);
  return r.expressions.map((e) => [e.text, e.date.start, e.date.end, e.date.precision]);
}

function one(sentence: string, published = '2022-12-22', previous: TemporalContext['previous'] = null) {
  const r = findTimeExpressions(sentence, ctx(published, previous));
  expect(r.expressions).toHaveLength(1);
  const e = r.expressions[0]!;
  expect(sentence.slice(e.start, e.end)).toBe(e.text);
  return e;
}

describe('findTimeExpressions on the seed article (published Thursday 2022-12-22)', () => {
  const text = readFileSync(new URL('../../../seeds/000_30beba559cdab82b.txt', import.meta.url), 'utf8');
  const sentence = (start: string) => {
    const i = text.indexOf(start);
    const j = text.indexOf('.', text.indexOf(' ', i + 150));
    return text.slice(i, j + 1);
  };

  it('reads "scheduled for Friday" as the next day and "said on Thursday" as publication day', () => {
    const s = 'Armenian officials are refusing to take part in a meeting scheduled for Friday in Moscow to prepare a peace agreement, the Russian Foreign Ministry said on Thursday.';
    expect(text).toContain(s);
    expect(dates(s)).toEqual([
      ['for Friday', '2022-12-23', '2022-12-23', 'day'],
      ['on Thursday', '2022-12-22', '2022-12-22', 'day'],
    ]);
    const r = findTimeExpressions(s, ctx('2022-12-22'));
    expect(r.expressions.map((e) => e.tense)).toEqual(['future', 'past']);
  });

  it('reads "in 2020, 2021 and 2022" as three years', () => {
    expect(dates(sentence('Lavrov also underlined'))).toEqual([
      ['2020', '2020-01-01', '2020-12-31', 'year'],
      ['2021', '2021-01-01', '2021-12-31', 'year'],
      ['2022', '2022-01-01', '2022-12-31', 'year'],
    ]);
  });

  it('reads "In a separate statement on Thursday" as publication day', () => {
    expect(dates(sentence('In a separate statement'))).toEqual([['on Thursday', '2022-12-22', '2022-12-22', 'day']]);
  });

  it('reads "Since Dec. 12" and "since the aftermath of the fall 2020 conflict" as ongoing', () => {
    const r = findTimeExpressions(sentence('Since Dec. 12'), ctx('2022-12-22'));
    expect(r.expressions.map((e) => [e.text, e.kind, e.date.start, e.date.end, e.date.precision])).toEqual([
      ['Dec. 12', 'ongoing', '2022-12-12', '2022-12-22', 'day'],
      ['fall 2020', 'ongoing', '2020-09-01', '2022-12-22', 'season'],
    ]);
  });

  it('reads "since 1991" as ongoing from the year 1991', () => {
    const e = one(sentence('Relations between the two'));
    expect([e.text, e.kind, e.date.start, e.date.end, e.date.precision, e.rule]).toEqual(['1991', 'ongoing', '1991-01-01', '2022-12-22', 'year', 'since']);
  });

  it('reads "In the fall of 2020" as autumn 2020 and "44 days of clashes" as a duration', () => {
    const s = 'In the fall of 2020, in 44 days of clashes, Azerbaijan liberated several cities, villages, and settlements from Armenian occupation.';
    expect(text).toContain(s);
    const r = findTimeExpressions(s, ctx('2022-12-22'));
    expect(r.expressions.map((e) => [e.text, e.date.start, e.date.end, e.date.precision])).toEqual([['fall of 2020', '2020-09-01', '2020-11-30', 'season']]);
    expect(r.durations.map((d) => d.text)).toEqual(['in 44 days of clashes']);
  });

  it('finds no dates in the headline and the call sentence', () => {
    expect(dates('Armenia bows out of Moscow meeting with Azerbaijan on preparing peace agreement')).toEqual([]);
    expect(dates(sentence('In a phone call'))).toEqual([]);
  });
});

describe('findTimeExpressions: day and month dates', () => {
  it('puts a past-tense "Dec. 12" in a March article in the previous year', () => {
    expect(dates('Negotiators last met on Dec. 12 in Vienna.', '2023-03-10')).toEqual([['Dec. 12', '2022-12-12', '2022-12-12', 'day']]);
  });

  it('puts a future-tense "Sept. 27" in a November article in the next year', () => {
    expect(dates('Voters will return to the polls on Sept. 27, the commission said.', '2022-11-10')).toEqual([['Sept. 27', '2023-09-27', '2023-09-27', 'day']]);
  });

  it('reads "December 12, 2022", "12 December" and "Dec 12th"', () => {
    expect(dates('The summit opened on December 12, 2022, in Prague.', '2023-01-05')).toEqual([['December 12, 2022', '2022-12-12', '2022-12-12', 'day']]);
    expect(dates('The truce took effect on 12 December after weeks of shelling.')).toEqual([['12 December', '2022-12-12', '2022-12-12', 'day']]);
    expect(dates('The merger closed on Dec 12th, the bank said.')).toEqual([['Dec 12th', '2022-12-12', '2022-12-12', 'day']]);
  });

  it('reads "on the 10th" as the 10th of the current month in a past clause', () => {
    expect(dates('The earthquake struck on the 10th, killing dozens.', '2023-02-20')).toEqual([['on the 10th', '2023-02-10', '2023-02-10', 'day']]);
  });

  it('leaves "the 10th anniversary" alone', () => {
    expect(dates('Fans marked the 10th anniversary of the final.')).toEqual([]);
  });

  it('reads "December 2022" as a month', () => {
    expect(dates('Retail sales fell in December 2022 as demand cooled.', '2023-03-01')).toEqual([['December 2022', '2022-12-01', '2022-12-31', 'month']]);
  });

  it('joins a weekday and an adjacent date into one expression', () => {
    expect(dates('The runoff is set for Sunday, Dec. 18.', '2022-12-12')).toEqual([['for Sunday, Dec. 18', '2022-12-18', '2022-12-18', 'day']]);
    expect(dates('The governor spoke on Thursday (Dec. 22) in Atlanta.', '2022-12-26')).toEqual([['on Thursday (Dec. 22)', '2022-12-22', '2022-12-22', 'day']]);
  });

  it('gives a year-less date the year of a fully written date earlier in the sentence', () => {
    expect(dates('On Sept. 27, 2020, the army launched an offensive that ended with the Nov. 9 truce.', '2023-09-20')).toEqual([
      ['Sept. 27, 2020', '2020-09-27', '2020-09-27', 'day'],
      ['Nov. 9', '2020-11-09', '2020-11-09', 'day'],
    ]);
  });

  it('does not read the month "May" as the modal when choosing a later date\'s year', () => {
    expect(dates('The two leaders met in Brussels on May 14 and in Moscow on May 25.', '2023-06-01')).toEqual([
      ['May 14', '2023-05-14', '2023-05-14', 'day'],
      ['May 25', '2023-05-25', '2023-05-25', 'day'],
    ]);
  });

  it('reads an ISO date', () => {
    expect(dates('The filing is dated 2021-03-05.')).toEqual([['2021-03-05', '2021-03-05', '2021-03-05', 'day']]);
  });
});

describe('findTimeExpressions: weekdays', () => {
  it('reads a bare past weekday as the latest one on or before publication', () => {
    expect(dates('Police said the blast happened on Monday night.')).toEqual([['on Monday night', '2022-12-19', '2022-12-19', 'day']]);
    expect(dates('Shares in Tokyo rose Monday morning.')).toEqual([['Monday morning', '2022-12-19', '2022-12-19', 'day']]);
  });

  it('reads future cues as the next weekday on or after publication', () => {
    // A Thursday paper's "will meet on Thursday" is that day; a week on would be "next Thursday".
    expect(dates('Leaders will meet on Thursday to discuss the gas deal.')).toEqual([['on Thursday', '2022-12-22', '2022-12-22', 'day']]);
    expect(dates('Leaders will meet next Thursday to discuss the gas deal.')).toEqual([['next Thursday', '2022-12-29', '2022-12-29', 'day']]);
    expect(dates('The quarterly report is due on Monday.')).toEqual([['on Monday', '2022-12-26', '2022-12-26', 'day']]);
    expect(dates('The opposition plans to rally next Friday.')).toEqual([['next Friday', '2022-12-23', '2022-12-23', 'day']]);
    expect(dates('The final is planned for Sunday in Doha.')).toEqual([['for Sunday', '2022-12-25', '2022-12-25', 'day']]);
    // Expected back, expected out: ahead of publication.
    expect(dates('The evacuated families are due back on Monday.')).toEqual([['on Monday', '2022-12-26', '2022-12-26', 'day']]);
  });

  it('reads "last Friday" as the Friday before publication', () => {
    expect(dates('The champions lost to Brazil last Friday.')).toEqual([['last Friday', '2022-12-16', '2022-12-16', 'day']]);
  });

  it('dates "Thursday at 10 a.m." to the Thursday and ignores the clock time', () => {
    expect(dates('The court will rule Thursday at 10 a.m.', '2022-12-20')).toEqual([['Thursday', '2022-12-22', '2022-12-22', 'day']]);
    expect(dates('The court opens at 10 a.m. and closes at 10:30 p.m.')).toEqual([]);
  });

  it('dates the saying and the plan apart in one sentence', () => {
    expect(dates('In a statement on Wednesday, the ministry said talks would resume on Monday.')).toEqual([
      ['on Wednesday', '2022-12-21', '2022-12-21', 'day'],
      ['on Monday', '2022-12-26', '2022-12-26', 'day'],
    ]);
  });

  it('leaves plural weekdays and weekday-like words alone', () => {
    expect(dates('Markets are closed on Sundays.')).toEqual([]);
    expect(dates('A second Sun reporter Sat with Turkey officials on Wed.')).toEqual([]);
  });
});

describe('findTimeExpressions: relative dates', () => {
  it('reads today, yesterday and tomorrow', () => {
    expect(dates('The river burst its banks yesterday, and rescuers arrive tomorrow.')).toEqual([
      ['yesterday', '2022-12-21', '2022-12-21', 'day'],
      ['tomorrow', '2022-12-23', '2022-12-23', 'day'],
    ]);
    expect(dates('The central bank meets today.')).toEqual([['today', '2022-12-22', '2022-12-22', 'day']]);
  });

  it('reads "last week" as the previous Monday-to-Sunday week without claiming a day', () => {
    expect(dates('Exports rose sharply last week, the statistics office said.')).toEqual([['last week', '2022-12-12', '2022-12-18', 'month']]);
  });

  it('reads last month, last year, this year and next year at their own precision', () => {
    expect(dates('Inflation slowed last month after peaking last year.')).toEqual([
      ['last month', '2022-11-01', '2022-11-30', 'month'],
      ['last year', '2021-01-01', '2021-12-31', 'year'],
    ]);
    expect(dates('The fund said growth would pick up next year after stalling this year.')).toEqual([
      ['next year', '2023-01-01', '2023-12-31', 'year'],
      ['this year', '2022-01-01', '2022-12-31', 'year'],
    ]);
  });

  it('reads "earlier this month" and "later this month" as the parts of the month before and after publication', () => {
    expect(dates('The carmaker cut 900 jobs earlier this month and will report results later this month.')).toEqual([
      ['earlier this month', '2022-12-01', '2022-12-22', 'month'],
      ['later this month', '2022-12-23', '2022-12-31', 'month'],
    ]);
    expect(dates('Prices have doubled earlier this year.')).toEqual([['earlier this year', '2022-01-01', '2022-12-22', 'year']]);
  });

  it('counts "ago" from publication', () => {
    expect(dates('The dam collapsed two years ago.')).toEqual([['two years ago', '2020-12-22', '2020-12-31', 'year']]);
    expect(dates('The strike began three weeks ago.')).toEqual([['three weeks ago', '2022-12-01', '2022-12-01', 'month']]);
    expect(dates('The minister resigned five days ago.')).toEqual([['five days ago', '2022-12-17', '2022-12-17', 'day']]);
  });

  it('counts "the next day" and "two days later" from the previous event', () => {
    const previous = { start: '2020-09-27', precision: 'day' as const };
    expect(dates('Troops withdrew the next day.', '2022-12-22', previous)).toEqual([['the next day', '2020-09-28', '2020-09-28', 'day']]);
    expect(dates('Rebels struck back two days later.', '2022-12-22', previous)).toEqual([['two days later', '2020-09-29', '2020-09-29', 'day']]);
    expect(dates('Officials had warned of the flood the previous day.', '2022-12-22', previous)).toEqual([['the previous day', '2020-09-26', '2020-09-26', 'day']]);
  });

  it('falls back to publication when there is no previous event', () => {
    expect(dates('Markets recovered the following day.')).toEqual([['the following day', '2022-12-23', '2022-12-23', 'day']]);
  });

  it('keeps a month-dated anchor at month precision for "two days later"', () => {
    expect(dates('Rebels struck back two days later.', '2022-12-22', { start: '2020-10-01', precision: 'month' })).toEqual([['two days later', '2020-10-01', '2020-10-31', 'month']]);
  });

  it('reports "two days before the vote" as unresolved, not as a date', () => {
    const r = findTimeExpressions('The candidate withdrew two days before the vote.', ctx('2022-12-22'));
    expect(r.expressions).toEqual([]);
    expect(r.unresolved.map((u) => u.text)).toEqual(['two days before']);
  });
});

describe('findTimeExpressions: months, years and lists', () => {
  it('gives "in May" the year the tense points to', () => {
    expect(dates('The election was held in May.')).toEqual([['May', '2022-05-01', '2022-05-31', 'month']]);
    expect(dates('The election will be held in May.')).toEqual([['May', '2023-05-01', '2023-05-31', 'month']]);
    expect(dates('The war ended in May 2021 with a truce.')).toEqual([['May 2021', '2021-05-01', '2021-05-31', 'month']]);
  });

  it('leaves the modal "may" and the noun "march" alone', () => {
    expect(dates('It may be that the march on the capital may happen soon.')).toEqual([]);
    expect(dates('March came to a halt when police blocked the road.')).toEqual([]);
    expect(dates('Theresa May met the president in Brussels.')).toEqual([]);
  });

  it('reads bare years in year-ish contexts', () => {
    expect(dates('The 1991 occupation and the 2018 World Cup were discussed.')).toEqual([
      ['1991', '1991-01-01', '1991-12-31', 'year'],
      ['2018', '2018-01-01', '2018-12-31', 'year'],
    ]);
    expect(dates("Analysts compared it with 1994's ceasefire.")).toEqual([['1994', '1994-01-01', '1994-12-31', 'year']]);
    expect(dates('The record was set by the Tigers (2019).')).toEqual([['2019', '2019-01-01', '2019-12-31', 'year']]);
  });

  it('reads coordinated months and years as separate expressions', () => {
    expect(dates('The exhibition drew crowds in May and June.')).toEqual([
      ['May', '2022-05-01', '2022-05-31', 'month'],
      ['June', '2022-06-01', '2022-06-30', 'month'],
    ]);
    expect(dates('Floods hit the delta in May and June 2021.')).toEqual([
      ['May', '2021-05-01', '2021-05-31', 'month'],
      ['June 2021', '2021-06-01', '2021-06-30', 'month'],
    ]);
  });

  it('leaves counts, prices, labels and clock times alone', () => {
    const s = 'About 2,317 soldiers and 1,000 people under Resolution 1244 paid $2020 for 2020 km at 1600 GMT on Route 1991 in a Boeing 737, No. 1990.';
    expect(dates(s)).toEqual([]);
    expect(dates('Turnout reached 2020 votes, up 15% on 2019.')).toEqual([]);
    expect(dates('The index rose 4% in 2010 after a 2008 crash.')).toEqual([
      ['2010', '2010-01-01', '2010-12-31', 'year'],
      ['2008', '2008-01-01', '2008-12-31', 'year'],
    ]);
  });

  it('leaves years outside the plausible range alone', () => {
    expect(dates('The stadium holds seats in 1750 rows and in 2099.')).toEqual([]);
  });
});

describe('findTimeExpressions: seasons, parts and decades', () => {
  it('reads seasons with meteorological intervals', () => {
    expect(dates('The autumn 2020 offensive followed a spring of 1994 truce.')).toEqual([
      ['autumn 2020', '2020-09-01', '2020-11-30', 'season'],
      ['spring of 1994', '1994-03-01', '1994-05-31', 'season'],
    ]);
    expect(dates('Gas reserves ran low in the winter of 2020.')).toEqual([['winter of 2020', '2020-12-01', '2021-02-28', 'season']]);
  });

  it('reads "last summer" and "this winter" against publication', () => {
    expect(dates('Wildfires burned last summer and may return this winter.')).toEqual([
      ['last summer', '2022-06-01', '2022-08-31', 'season'],
      ['this winter', '2022-12-01', '2023-02-28', 'season'],
    ]);
  });

  it('leaves "the fall of" a city alone', () => {
    expect(dates('The fall of Shusha came in November 2020.')).toEqual([['November 2020', '2020-11-01', '2020-11-30', 'month']]);
  });

  it('narrows early, mid and late without changing the precision', () => {
    expect(dates('Prices rose in early 2021, in early December and in late 2020.')).toEqual([
      ['early 2021', '2021-01-01', '2021-04-30', 'year'],
      ['early December', '2022-12-01', '2022-12-10', 'month'],
      ['late 2020', '2020-09-01', '2020-12-31', 'year'],
    ]);
    expect(dates('Output dipped in mid-2021.')).toEqual([['mid-2021', '2021-05-01', '2021-08-31', 'year']]);
  });

  it('reads decades', () => {
    expect(dates('The 1990s and the early 1990s saw war.')).toEqual([
      ['1990s', '1990-01-01', '1999-12-31', 'decade'],
      ['early 1990s', '1990-01-01', '1993-12-31', 'decade'],
    ]);
  });
});

describe('findTimeExpressions: ranges and since', () => {
  it('reads year ranges as spans', () => {
    const r = findTimeExpressions('The war raged from 1992 to 1994; the drought of 2014-15 and the 2014\u20132017 boom followed.', ctx('2022-12-22'));
    expect(r.expressions.map((e) => [e.text, e.kind, e.date.start, e.date.end, e.date.precision])).toEqual([
      ['1992 to 1994', 'span', '1992-01-01', '1994-12-31', 'year'],
      ['2014-15', 'span', '2014-01-01', '2015-12-31', 'year'],
      ['2014\u20132017', 'span', '2014-01-01', '2017-12-31', 'year'],
    ]);
  });

  it('reads "between April 30 and May 3" as one span of days', () => {
    const e = one('Fighting flared between April 30 and May 3 along the border.');
    expect([e.text, e.kind, e.date.start, e.date.end, e.date.precision]).toEqual(['April 30 and May 3', 'span', '2022-04-30', '2022-05-03', 'day']);
  });

  it('reads "since" as ongoing from the date at its own precision', () => {
    const r = findTimeExpressions('The road has been closed since Dec. 12, and the region has been disputed since 1991.', ctx('2023-03-10'));
    expect(r.expressions.map((e) => [e.text, e.kind, e.date.start, e.date.end, e.date.precision])).toEqual([
      ['Dec. 12', 'ongoing', '2022-12-12', '2023-03-10', 'day'],
      ['1991', 'ongoing', '1991-01-01', '2023-03-10', 'year'],
    ]);
  });

  it('leaves "since" without a date alone', () => {
    expect(dates('Since the talks failed, both sides have rearmed.')).toEqual([]);
  });
});

describe('findTimeExpressions: durations', () => {
  it('puts stated lengths of time in durations, never in expressions', () => {
    const s = 'The siege lasted 44 days, then for six weeks, within 10 days, for the past 100 days, the 44-day war, a 30-year conflict.';
    const r = findTimeExpressions(s, ctx('2022-12-22'));
    expect(r.expressions).toEqual([]);
    expect(r.durations.map((d) => d.text)).toEqual(['44 days', 'for six weeks', 'within 10 days', 'for the past 100 days', '44-day war', '30-year conflict']);
    for (const d of r.durations) expect(s.slice(d.start, d.end)).toBe(d.text);
  });

  it('leaves ages alone', () => {
    const r = findTimeExpressions('The 30-year-old striker, who is 44 years old, scored.', ctx('2022-12-22'));
    expect(r).toEqual({ expressions: [], durations: [], unresolved: [], timexes: [] });
  });
});

describe('findTimeExpressions: robustness', () => {
  it('returns nothing rather than throwing on an invalid publication date', () => {
    expect(findTimeExpressions('The vote was held on Dec. 12.', ctx('not a date'))).toEqual({ expressions: [], durations: [], unresolved: [], timexes: [] });
  });

  // A runaway pattern would blow the test's time-out; speed itself is the benchmark's to measure.
  it('handles huge and binary-looking input, in text order', () => {
    const junk = '\u0000\uffff1991-'.repeat(2000) + ' in 2020 ' + 'a'.repeat(50_000) + ' 9'.repeat(20_000) + ' on Dec. 12';
    const r = findTimeExpressions(junk, ctx('2022-12-22'));
    const starts = r.expressions.map((e) => e.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(r.expressions.map((e) => e.text)).toContain('Dec. 12');
  });

  it('never returns overlapping expressions', () => {
    const r = findTimeExpressions('From May 3 to 5, 2021, and on Friday, Dec. 23, and in 2020-2021, talks ran.', ctx('2022-12-22'));
    for (let k = 1; k < r.expressions.length; k += 1) {
      expect(r.expressions[k]!.start).toBeGreaterThanOrEqual(r.expressions[k - 1]!.end);
    }
  });
});

describe('findTimeExpressions with modal verbs', () => {
  const ctx = { published: '2024-03-03', previous: null };
  it('reads "could be held between April 30 and May 3" as the coming spring', () => {
    const [e] = findTimeExpressions('If talks go well, a second round could be held between April 30 and May 3, officials said.', ctx).expressions;
    expect(e?.date).toEqual({ start: '2024-04-30', end: '2024-05-03', precision: 'day' });
  });
  it('leaves "could have met in May" in the past', () => {
    const [e] = findTimeExpressions('The two envoys could have met in May, a diplomat said.', ctx).expressions;
    expect(e?.date.start).toBe('2023-05-01');
  });
});

describe('findTimeExpressions carrying a written year along the sentence', () => {
  const ctx = { published: '2023-03-10', previous: null };
  const dates = (s: string) => findTimeExpressions(s, ctx).expressions.map((e) => `${e.date.start}/${e.date.precision}`);
  it('gives "in August" the year of "the spring of 2021" before it', () => {
    expect(dates('The firms first discussed a merger in the spring of 2021 but broke off talks in August.'))
      .toEqual(['2021-03-01/season', '2021-08-01/month']);
  });
  it('gives "Dec. 12 of that year" the last year of a range before it', () => {
    expect(dates('Mora, who ran the bank from 2012 to 2017, was arrested on Dec. 12 of that year.'))
      .toEqual(['2012-01-01/year', '2017-12-12/day']);
  });
  it('leaves a year-less date alone when the sentence wrote no year', () => {
    expect(dates('The plant closed in August, the union said.')).toEqual(['2022-08-01/month']);
  });
});

describe('findTimeExpressions on fixed-day holidays', () => {
  const ctx = { published: '2020-01-06', previous: null };
  it('reads a past "on Boxing Day" as 26 December of last year', () => {
    const [e] = findTimeExpressions('The visitors also won the league match on Boxing Day.', ctx).expressions;
    expect([e?.text, e?.date.start, e?.date.precision]).toEqual(['Boxing Day', '2019-12-26', 'day']);
  });
  it('leaves "Christmas trees" and "a Christmas market" without a day', () => {
    expect(findTimeExpressions('Sales of Christmastime decorations fell.', ctx).expressions).toEqual([]);
  });
});

describe('findTimeExpressions with a distant future cue', () => {
  it('reads "will face X in the Northern Cup final on Wednesday" as the coming Wednesday', () => {
    const [e] = findTimeExpressions('Rovers will face Castle Town in the regional cup final at the stadium on Wednesday.', { published: '2020-01-06', previous: null }).expressions;
    expect(e?.date.start).toBe('2020-01-08');
  });
});

describe('findTimeExpressions with a year named relative to publication', () => {
  it('reads "Dec. 12 last year", "March last year" and "the summer of next year" as one date each', () => {
    expect(dates('The company cut 300 jobs on Dec. 12 last year.', '2023-03-15')).toEqual([
      ['Dec. 12 last year', '2022-12-12', '2022-12-12', 'day'],
    ]);
    expect(dates('The plant opened in March last year and closed in May of last year.', '2023-03-15')).toEqual([
      ['March last year', '2022-03-01', '2022-03-31', 'month'],
      ['May of last year', '2022-05-01', '2022-05-31', 'month'],
    ]);
    expect(dates('The line will open in the summer of next year.', '2023-03-15')).toEqual([
      ['summer of next year', '2024-06-01', '2024-08-31', 'season'],
    ]);
    expect(dates('Talks were held between April 30 and May 3 last year.', '2023-03-15')).toEqual([
      ['April 30 and May 3 last year', '2022-04-30', '2022-05-03', 'day'],
    ]);
  });

  it('leaves "last year\'s" and a year after a comma to their own rules', () => {
    expect(dates("Sales fell in May, last year's report said.", '2023-03-15').map((d) => d[0])).toEqual(['May']);
    expect(dates("The May last year's champions lost.", '2023-03-15').map((d) => d[0])).not.toContain('May last year');
  });
});

describe('findTimeExpressions: an event relative to a date in the same sentence', () => {
  it('counts "the following day" from the date just read, not from the previous sentence', () => {
    const previous = { start: '2024-05-21', precision: 'month' as const };
    expect(dates('The bill was passed by parliament on 5 June and signed into law the following day.', '2024-06-20', previous)).toEqual([
      ['5 June', '2024-06-05', '2024-06-05', 'day'],
      ['the following day', '2024-06-06', '2024-06-06', 'day'],
    ]);
  });

  it('still counts from the previous sentence when the sentence has no date before it', () => {
    const previous = { start: '2024-06-05', precision: 'day' as const };
    expect(dates('The president signed it two days later.', '2024-06-20', previous)).toEqual([
      ['two days later', '2024-06-07', '2024-06-07', 'day'],
    ]);
  });
});

describe('findTimeExpressions: deadlines', () => {
  it('puts a year-less deadline after the date it was set on', () => {
    expect(dates('On Thursday, the leader signed a decree dissolving all state institutions by Jan. 1.', '2023-09-29')).toEqual([
      ['On Thursday', '2023-09-28', '2023-09-28', 'day'],
      ['Jan. 1', '2024-01-01', '2024-01-01', 'day'],
    ]);
  });

  it('leaves a past deadline in the past when nothing earlier in the sentence dates it', () => {
    expect(dates('The law had to be passed by March 1.', '2023-09-29')).toEqual([['March 1', '2023-03-01', '2023-03-01', 'day']]);
  });
});

describe('findTimeExpressions: counted shifts anchored to a clause', () => {
  it('reports "six months before it expires" and "two days after leaving office" as anchored, not dated', () => {
    for (const sentence of ['The term will be extended unless one side objects six months before it expires.', 'He was arrested two days after leaving office.']) {
      const r = findTimeExpressions(sentence, ctx('2020-11-10', { start: '2020-11-09', precision: 'day' }));
      expect(r.expressions).toEqual([]);
      expect(r.unresolved.map((u) => u.reason)).toEqual(['anchored to another event']);
    }
  });

  it('still dates "two days later" at a clause start from the previous event', () => {
    expect(dates('Two days later, the talks collapsed.', '2020-11-10', { start: '2020-11-02', precision: 'day' })).toEqual([
      ['Two days later', '2020-11-04', '2020-11-04', 'day'],
    ]);
  });
});

describe('findTimeExpressions: the weekend and seasons after a written date', () => {
  it('reads "over the weekend" as the last weekend in a past clause and "at the weekend" as the next in a future one', () => {
    // Published Wednesday 4 October 2023.
    expect(dates('Fighting resumed over the weekend.', '2023-10-04')).toEqual([['over the weekend', '2023-09-30', '2023-10-01', 'year']]);
    expect(dates('The talks will be held at the weekend.', '2023-10-04')).toEqual([['at the weekend', '2023-10-07', '2023-10-08', 'month']]);
  });

  it('puts "in the spring" in the year of the date written before it when that fits', () => {
    expect(dates('The treaty, signed on 4 March 1992, was ratified in the spring.', '2023-10-04')).toEqual([
      ['4 March 1992', '1992-03-04', '1992-03-04', 'day'],
      ['spring', '1992-03-01', '1992-05-31', 'season'],
    ]);
  });
});

describe('findTimeExpressions: tense cues further from the date', () => {
  // Published Wednesday 12 March 2025.
  it('finds "will" far back in a long clause before the date', () => {
    const s = 'Foreign Minister Ioana Marin will meet Lena Varga, her counterpart, in the border city of Oradea on Friday for talks, the ministry said on Tuesday.';
    expect(dates(s, '2025-03-12')).toEqual([
      ['on Friday', '2025-03-14', '2025-03-14', 'day'],
      ['on Tuesday', '2025-03-11', '2025-03-11', 'day'],
    ]);
  });

  it('reads "will stay closed", "is expected to" and "the final certified results" as future', () => {
    expect(dates('Schools will stay closed until at least Monday.', '2025-03-12')).toEqual([['Monday', '2025-03-17', '2025-03-17', 'day']]);
    expect(dates('The president is expected to ask her to form a government after meeting party leaders on Friday.', '2025-03-12'))
      .toEqual([['on Friday', '2025-03-14', '2025-03-14', 'day']]);
    expect(dates('The commission will publish the certified results on the 25th.', '2025-03-12'))
      .toEqual([['on the 25th', '2025-03-25', '2025-03-25', 'day']]);
  });

  it('still reads a past participle after a past auxiliary, and a verb after its subject, as past', () => {
    expect(dates('The schools were closed on Monday.', '2025-03-12')).toEqual([['on Monday', '2025-03-10', '2025-03-10', 'day']]);
    expect(dates('The lawyer asked the registry on the 10th to freeze any sales.', '2025-03-12')).toEqual([['on the 10th', '2025-03-10', '2025-03-10', 'day']]);
    expect(dates('The minister resigned on Friday, and the party said it will meet soon.', '2025-03-12')).toEqual([['on Friday', '2025-03-07', '2025-03-07', 'day']]);
  });
});

describe('findTimeExpressions: "since" as a yardstick', () => {
  it('makes no event of "the deadliest clash since 2022" or "its worst result since the 1990s"', () => {
    expect(dates('It was the deadliest clash since 2022.', '2025-04-10')).toEqual([]);
    expect(dates('The party had its worst result since the 1990s.', '2025-04-10')).toEqual([]);
  });

  it('keeps "the worst since July, when …" as a point in July, and a plain "since 2022" as ongoing', () => {
    const [when] = findTimeExpressions('The clashes are the worst since July, when 16 people were killed.', ctx('2020-09-28')).expressions;
    expect(when).toMatchObject({ kind: 'point', date: { start: '2020-07-01', end: '2020-07-31', precision: 'month' } });
    const [plain] = findTimeExpressions('The border has been closed since 2022.', ctx('2025-04-10')).expressions;
    expect(plain).toMatchObject({ kind: 'ongoing', date: { start: '2022-01-01', end: '2025-04-10' } });
  });
});

describe('findTimeExpressions: promised and weekday deadlines', () => {
  it('puts a promised or hoped-for deadline ahead of publication', () => {
    expect(dates('The government has promised temporary housing for all families by June 30.', '2022-05-20'))
      .toEqual([['June 30', '2022-06-30', '2022-06-30', 'day']]);
    expect(dates('The company said it hoped to reach a deal by Jan. 1.', '2024-10-24')).toEqual([['Jan. 1', '2025-01-01', '2025-01-01', 'day']]);
    expect(dates('The court gave the ministry until the end of June to return the land.', '2025-01-31'))
      .toEqual([['June', '2025-06-01', '2025-06-30', 'month']]);
  });

  it('leaves a deadline that had passed in the past', () => {
    expect(dates('The government had promised housing by March 1.', '2022-05-20')).toEqual([['March 1', '2022-03-01', '2022-03-01', 'day']]);
  });

  it('keeps an ordered deadline told in the past that went by in the last weeks, not the one a year on', () => {
    expect(dates('The ministry ordered that the Selva camp be closed by Jan. 14.', '2022-01-15')).toEqual([['Jan. 14', '2022-01-14', '2022-01-14', 'day']]);
    expect(dates('The court ordered that the depot be sold by May 1.', '2022-05-30')).toEqual([['May 1', '2022-05-01', '2022-05-01', 'day']]);
    // Months gone by, or promised in the present, the deadline lies ahead.
    expect(dates('The mayor pledged to reopen the bridge by Feb. 1.', '2022-05-30')).toEqual([['Feb. 1', '2023-02-01', '2023-02-01', 'day']]);
    expect(dates('The government has promised housing by June 30.', '2022-05-20')).toEqual([['June 30', '2022-06-30', '2022-06-30', 'day']]);
  });

  it('puts a weekday deadline after the day it was set on', () => {
    // Published Monday 18 September 2023: Sunday the 17th, then Friday the 22nd.
    expect(dates('Dockworkers voted on Sunday to extend their strike until at least Friday.', '2023-09-18')).toEqual([
      ['on Sunday', '2023-09-17', '2023-09-17', 'day'],
      ['Friday', '2023-09-22', '2023-09-22', 'day'],
    ]);
    expect(dates('The strike lasted until Friday.', '2023-09-18')).toEqual([['until Friday', '2023-09-15', '2023-09-15', 'day']]);
  });

  it('puts what a call or an announcement plans after the day it was made', () => {
    // Published Thursday 9 March 2023: the call on Tuesday the 7th, the strike from Wednesday the 8th.
    expect(dates('Unions called on Tuesday for a general strike at the two plants in the north from Wednesday.', '2023-03-09')).toEqual([
      ['on Tuesday', '2023-03-07', '2023-03-07', 'day'],
      ['from Wednesday', '2023-03-08', '2023-03-08', 'day'],
    ]);
    expect(dates('Unions called on Tuesday for talks on Thursday.', '2023-03-09')).toEqual([
      ['on Tuesday', '2023-03-07', '2023-03-07', 'day'],
      ['on Thursday', '2023-03-09', '2023-03-09', 'day'],
    ]);
    // Published Friday 10 March: talks announced on Monday the 6th and held on Thursday the 9th.
    expect(dates('The ministry announced on Monday talks starting Thursday.', '2023-03-10')).toEqual([
      ['on Monday', '2023-03-06', '2023-03-06', 'day'],
      ['Thursday', '2023-03-09', '2023-03-09', 'day'],
    ]);
  });

  it('leaves a day given as a reason, or planned without an earlier day in the sentence, where the tense puts it', () => {
    // Sentenced on Friday the 10th for an attack on Monday the 6th: a reason, in the past.
    expect(dates('A court sentenced him on Friday for the attack on Monday.', '2023-03-11')).toEqual([
      ['on Friday', '2023-03-10', '2023-03-10', 'day'],
      ['on Monday', '2023-03-06', '2023-03-06', 'day'],
    ]);
    expect(dates('Unions called for a strike from Wednesday.', '2023-03-09')).toEqual([['from Wednesday', '2023-03-08', '2023-03-08', 'day']]);
    // A call for calm after an attack: the attack on Monday the 6th came before the call on Friday the 10th.
    expect(dates('The mayor called on Friday for calm after the attack on Monday.', '2023-03-11')).toEqual([
      ['on Friday', '2023-03-10', '2023-03-10', 'day'],
      ['on Monday', '2023-03-06', '2023-03-06', 'day'],
    ]);
  });
});

describe('findTimeExpressions: a weekday before the verb that decided something', () => {
  it('dates the deciding in the past, not what was decided', () => {
    // Published Thursday 10 April 2025: Tuesday the 8th.
    expect(dates("Tuesday's emergency meeting of the health board agreed to open vaccination centres.", '2025-04-10'))
      .toEqual([["Tuesday's", '2025-04-08', '2025-04-08', 'day']]);
    // A plan still ahead stays ahead.
    expect(dates("Friday's vote, scheduled to start at noon, will decide the matter.", '2025-04-10')).toEqual([["Friday's", '2025-04-11', '2025-04-11', 'day']]);
  });
});

describe('findTimeExpressions: comparisons', () => {
  it('reads a month compared with as the one before publication, whatever the tense of the main clause', () => {
    expect(dates('The carmaker now expects to sell 1.2 million vehicles, down from 1.35 million forecast in July.', '2024-10-17'))
      .toEqual([['July', '2024-07-01', '2024-07-31', 'month']]);
    expect(dates('Sales will rise 4%, compared with 2% in March.', '2024-10-17')).toEqual([['March', '2024-03-01', '2024-03-31', 'month']]);
    // Without a comparison the plan stays ahead.
    expect(dates('The carmaker expects to open the plant in July.', '2024-10-17')).toEqual([['July', '2025-07-01', '2025-07-31', 'month']]);
  });
});

describe('findTimeExpressions: habits, the end of the year and years before "as"', () => {
  it('makes no day of "every Monday" and reads "founded in 1952 as a maker" as 1952', () => {
    expect(dates('The villagers have held a vigil every Monday since 2015.', '2025-01-31')).toEqual([['2015', '2015-01-01', '2025-01-31', 'year']]);
    expect(dates('The company, founded in 1952 as a maker of dynamos, was sold.', '2025-01-31')).toEqual([['1952', '1952-01-01', '1952-12-31', 'year']]);
  });

  it('reads "by the end of the year" ahead of publication as its last month, and leaves it unplaced in a past clause', () => {
    expect(dates('They aim to sign an agreement by the end of the year.', '2025-01-31')).toEqual([
      ['the end of the year', '2025-12-01', '2025-12-31', 'year'],
    ]);
    // "Late" names a wider stretch than "the end of": the year's last third.
    expect(dates('They aim to sign an agreement in late 2026.', '2025-01-31')).toEqual([['late 2026', '2026-09-01', '2026-12-31', 'year']]);
    // A month's end is still its last ten days.
    expect(dates('They aim to sign an agreement by the end of the month.', '2025-01-14')).toEqual([['the end of the month', '2025-01-21', '2025-01-31', 'month']]);
    const past = findTimeExpressions('By the end of the year, 200 people had died.', ctx('2025-01-31'));
    expect(past.expressions).toEqual([]);
    expect(past.unresolved.map((u) => u.text)).toEqual(['the end of the year']);
  });
});
