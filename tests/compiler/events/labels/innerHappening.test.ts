import { label } from './label';

describe('makeLabel: a later, earlier-dated date in the clause of another', () => {
  // The sentence's dates as the compiler passes them: offsets and the first day each stands for.
  function dated(sentence: string, expr: string, day: string, others: Array<[string, string]>): string {
    return label(sentence, expr, {
      dateStart: day,
      others: others.map(([text, start]) => ({ start: sentence.indexOf(text), end: sentence.indexOf(text) + text.length, date: { start } })),
    });
  }

  it('labels the phrase the date ends, not the main clause dated by the first date', () => {
    expect(dated('The appeals court on Friday rejected a bid by two sailors accused of sinking a ferry off Kessaro in 2011.', '2011', '2011-01-01', [['on Friday', '2021-03-05']]))
      .toBe('Two sailors accused of sinking a ferry off Kessaro');
    expect(dated('The union said Monday it would examine the dismissal of 40 drivers at the Orlo depot two years ago.', 'two years ago', '2019-03-01', [['Monday', '2021-03-01']]))
      .toBe('Dismissal of 40 drivers at the Orlo depot');
    expect(dated('The Harbour Times said Sunday that the mayor’s remarks last week were a warning to the port.', 'last week', '2021-02-22', [['Sunday', '2021-03-07']]))
      .toBe('Mayor’s remarks were a warning to the port');
  });

  it('leaves a plan, a deadline, a bound and a second verb of the subject to the clause', () => {
    // A later date is the plan's.
    expect(dated('The board said Monday it would close the Orlo plant next year.', 'next year', '2022-01-01', [['Monday', '2021-03-01']]))
      .toMatch(/^Board/);
    // "by", "since", "until": a deadline or a bound.
    expect(dated('The ministry said Monday the road would be rebuilt by March.', 'March', '2021-03-01', [['Monday', '2021-03-08']]))
      .not.toMatch(/^Road/);
    expect(dated('The ferry company said Monday it has run at a loss since 2015.', '2015', '2015-01-01', [['Monday', '2021-03-08']]))
      .not.toMatch(/^Loss/);
    expect(dated('The minister arrived on Monday and was sworn in a day earlier.', 'a day earlier', '2021-03-07', [['on Monday', '2021-03-08']]))
      .not.toMatch(/^And|^Was/);
    // The first date inside a phrase of its own ("tried to meet in May") is no main clause's date.
    expect(dated('The envoys tried to hold the talks in May and finally met the rebels in April.', 'April', '2021-04-01', [['May', '2021-05-01']]))
      .not.toMatch(/^Rebels/);
  });
});
