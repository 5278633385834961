import { findTimeExpressions } from '../../../src/compiler/temporal/findTimeExpressions';

// The tagger tries its rules only where a word starts that one of them can
// begin with. One example for each way a date can begin: each must still be
// found, with the dates it names, whatever the case of its first word where
// the rule ignores case.
const published = '2023-06-15';
const found = (sentence: string) =>
  findTimeExpressions(sentence, { published, previous: null }).expressions.map((e) => [e.text, e.date.start, e.date.end]);

describe('dates by the word they begin with', () => {
  const anyCase: Array<[string, string[][]]> = [
    ['The talks ended yesterday.', [['yesterday', '2023-06-14', '2023-06-14']]],
    ['He will arrive tomorrow morning.', [['tomorrow morning', '2023-06-16', '2023-06-16']]],
    ['Officials met three weeks ago.', [['three weeks ago', '2023-05-25', '2023-05-25']]],
    ['The port reopened last week.', [['last week', '2023-06-05', '2023-06-11']]],
    ['They met earlier this month.', [['earlier this month', '2023-06-01', '2023-06-15']]],
    ['It rained later this year.', [['later this year', '2023-06-16', '2023-12-31']]],
    ['The mine flooded over the weekend.', [['over the weekend', '2023-06-10', '2023-06-11']]],
    ['The vote is set for the end of this month.', [['the end of this month', '2023-06-21', '2023-06-30']]],
  ];
  it.each(anyCase)('%s, in lower, title and upper case', (sentence, dates) => {
    for (const variant of [sentence, sentence.toLowerCase(), sentence.toUpperCase()]) {
      expect(found(variant).map(([text, ...rest]) => [text!.toLowerCase(), ...rest])).toEqual(dates);
    }
  });

  const written: Array<[string, string[][]]> = [
    ['It began on 3 May 2020 and ended the next day.', [['3 May 2020', '2020-05-03', '2020-05-03'], ['the next day', '2020-05-04', '2020-05-04']]],
    // A timetable in the present: the coming Monday.
    ['Talks resume on Monday.', [['on Monday', '2023-06-19', '2023-06-19']]],
    ['The law passed in March 2019.', [['March 2019', '2019-03-01', '2019-03-31']]],
    ['The deal was signed on Dec. 12, 2022.', [['Dec. 12, 2022', '2022-12-12', '2022-12-12']]],
    ['Elections are due in the spring of 2025.', [['spring of 2025', '2025-03-01', '2025-05-31']]],
    ['Growth slowed in the early 1990s.', [['early 1990s', '1990-01-01', '1993-12-31']]],
    ['The plant opened in 1987.', [['1987', '1987-01-01', '1987-12-31']]],
    ['The strike lasted from 2012 to 2014.', [['2012 to 2014', '2012-01-01', '2014-12-31']]],
    ['It has grown since 2001.', [['2001', '2001-01-01', '2023-06-15']]],
    ['The office closed on Christmas Eve 2020.', [['Christmas Eve 2020', '2020-12-24', '2020-12-24']]],
    ["Crowds gathered on New Year's Day 2019.", [["New Year's Day 2019", '2019-01-01', '2019-01-01']]],
    ['Talks were held between April 30 and May 3, 2021.', [['April 30 and May 3, 2021', '2021-04-30', '2021-05-03']]],
  ];
  it.each(written)('%s', (sentence, dates) => {
    expect(found(sentence)).toEqual(dates);
  });
});
