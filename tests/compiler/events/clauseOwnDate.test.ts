// One clause, its own date: two dates a sentence gives one clause are one happening, shown once.
import { compileArticle } from '../../../src/compiler/events/compileArticle';

const events = (...paragraphs: string[]) =>
  compileArticle({ id: 'x', file: 'x.md', raw: `---\npublished: 2021-06-10\n---\nHeadline\n\n${paragraphs.join('\n\n')}\n`, sidecar: null })
    .events.map((e) => [e.date.text, e.label]);

describe('two dates of one clause', () => {
  it('give one event, dated by the date nearest its verb', () => {
    expect(events("Two days later, as of Tuesday's close, the Corvane index was off 4%.")).toEqual([["Tuesday's", 'Corvane index was off 4%']]);
    expect(events('Shares of Dornell Foods closed 6% higher on Monday, a day later.')).toEqual([['on Monday', 'Shares of Dornell Foods closed 6% higher']]);
  });

  it('read an apposition as one date told twice, not as a list', () => {
    expect(events('A week later, on Tuesday, the Selm city council voted to close the depot.')).toEqual([['on Tuesday', 'Selm city council voted to close the depot']]);
  });
});

describe('dates left alone', () => {
  it('when they are a list, even with a name or "again" between', () => {
    expect(events('The Varnel council met on May 3, June 9 and July 2.')).toHaveLength(3);
    expect(events('"Earlier truces, in 2014 and again last summer, broke down within days," he said.')).toHaveLength(2);
    expect(events('Hungary has been a member of the bloc since 2004 and Romania since 2007.')).toHaveLength(2);
  });

  it('when one dates a clause of its own or the verb takes it as its object', () => {
    expect(events('The Ostrava Lions, who beat the Tarn Wolves in 2019, lost the final in 2021 to the Kessel Hawks.')).toHaveLength(2);
    expect(events('Judge Anna Roe on Monday named Friday as the last day for filings.')).toHaveLength(2);
  });

  it('when the two stand side by side, one expression read in two', () => {
    expect(events('Residents of Pellow, who were evacuated for two days earlier this month, can claim up to 5,000 crowns each.')).toHaveLength(2);
  });
});
