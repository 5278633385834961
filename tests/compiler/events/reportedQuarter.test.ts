import { findTimeExpressions } from '../../../src/compiler/temporal/findTimeExpressions';
import { reportedQuarters } from '../../../src/compiler/events/reportedQuarter';
import { compileArticle } from '../../../src/compiler/events/compileArticle';

// Late in the fourth quarter: the third quarter has ended, the fourth has not.
const PUBLISHED = '2023-11-17';

function quarters(sentence: string) {
  const { expressions, timexes } = findTimeExpressions(sentence, { published: PUBLISHED, previous: null });
  return reportedQuarters(sentence, timexes, expressions, PUBLISHED).map((e) => [e.text, e.date.start, e.date.end, e.date.precision]);
}

describe('reportedQuarters: a result told for a quarter that has ended', () => {
  it('dates a result or a deed of an ended quarter at year precision over its months', () => {
    expect(quarters('Halden Mills posted a third-quarter loss of $4.1 million.')).toEqual([['third-quarter', '2023-07-01', '2023-09-30', 'year']]);
    expect(quarters('Brenmark said its net income rose 12% in the second quarter.')).toEqual([['the second quarter', '2023-04-01', '2023-06-30', 'year']]);
    expect(quarters('During the third quarter, Ostra Freight bought a depot in Varna.')).toHaveLength(1);
  });

  it('leaves a quarter still to come, a yardstick, a period end, a report and a quotation', () => {
    expect(quarters('Halden Mills expects a loss in the fourth quarter.')).toEqual([]);
    expect(quarters('Sales at the mill were flat in its year-earlier third quarter.')).toEqual([]);
    expect(quarters('In the year-ago period, its second quarter ending Oct. 31, the mill lost $2 million.')).toEqual([]);
    expect(quarters('The slide followed a third-quarter profit report, which disappointed analysts.')).toEqual([]);
    expect(quarters('"The third quarter was dreadful," said Dora Pell.')).toEqual([]);
  });
});

describe('reportedQuarters: a result the company only expects', () => {
  it('leaves a quarter whose result is expected, not yet reported', () => {
    expect(quarters('Ostra Freight says it expects to show a profit of 12 cents a unit for the second quarter.')).toEqual([]);
    expect(quarters('Halden Mills also expects to book a special charge of $6 million, leaving it with a net loss in the third quarter.')).toEqual([]);
    expect(quarters('The chipmaker said its second-quarter profit will likely come in below last year\'s.')).toEqual([]);
    expect(quarters('Velko Telecom is expected to report a third-quarter loss of about $30 million, analysts say.')).toEqual([]);
  });

  it('keeps a result told as done beside a word of expecting', () => {
    expect(quarters('As expected, Brenmark reported lower third-quarter earnings.')).toHaveLength(1);
    expect(quarters('Halden Mills posted a third-quarter loss of $4 million, wider than analysts expected.')).toHaveLength(1);
    expect(quarters('Ostra Freight, which expects to open a depot next year, posted third-quarter profit of $3 million.')).toHaveLength(1);
    expect(quarters('The retailer said its net income rose 8% in the third quarter and expects to hire 500 people.')).toHaveLength(1);
  });
});

describe('reportedQuarters in an article', () => {
  const compile = (body: string) =>
    compileArticle({ id: 'halden', file: 'halden.md', raw: `---\ntitle: Halden Mills results\npublished: ${PUBLISHED}\n---\n\n${body}\n` }).events;

  it('gives a quarter\'s result an event when nothing else dates its sentence', () => {
    const events = compile('Halden Mills posted a third-quarter loss of $4.1 million, or 9 cents a share.');
    expect(events.map((e) => [e.date.start, e.date.end, e.date.text])).toEqual([['2023-07-01', '2023-09-30', 'third-quarter']]);
  });

  it('lets a sentence\'s own date of a happening stand alone', () => {
    const events = compile('Halden Mills said it will release third-quarter results on Nov. 28.');
    expect(events.map((e) => e.date.text)).toEqual(['Nov. 28']);
  });
});

describe('reportedQuarters: quarters whose months are not the calendar\'s, or set before the one reported', () => {
  it('leaves a fiscal quarter and an earlier quarter a result follows', () => {
    expect(quarters('Halden Air said its profit rose 30% in the fiscal first quarter.')).toEqual([]);
    expect(quarters('After a flat second quarter, Brenmark said its sales rose.')).toEqual([]);
  });
});

describe('reportedQuarters: "the quarter" the article has named by its number', () => {
  const compile = (body: string[]) =>
    compileArticle({ id: 'halden', file: 'halden.md', raw: `---\ntitle: Halden Mills results\npublished: ${PUBLISHED}\n---\n\n${body.join('\n\n')}\n` }).events;

  it('dates a figure told for "the quarter" or "the latest quarter" after the ordinal quarter was named', () => {
    const events = compile([
      'Halden Mills posted a third-quarter loss of $4.1 million, or 9 cents a share.',
      'Revenue slipped 3% in the quarter to $212 million, the company said.',
      'In the latest quarter, its paper unit lost $2 million on lower prices.',
    ]);
    expect(events.map((e) => [e.date.start, e.date.precision, e.date.text])).toEqual([
      ['2023-07-01', 'year', 'third-quarter'],
      ['2023-07-01', 'year', 'the quarter'],
      ['2023-07-01', 'year', 'the latest quarter'],
    ]);
  });

  it("reads the latest quarter's results with the possessive as part of the date, so the label starts at the results", () => {
    const events = compile([
      'Halden Mills posted a third-quarter loss of $4.1 million, or 9 cents a share.',
      "The latest quarter's results included a $3 million gain on a depot it sold.",
    ]);
    expect(events.map((e) => e.date.text)).toEqual(['third-quarter', "The latest quarter's"]);
    expect(events[1]!.label).toMatch(/^Results included a \$3 million gain/);
  });

  it('leaves "the quarter" alone with no quarter named before, without a figure, or told as expected', () => {
    const quarterly = (events: ReturnType<typeof compile>) => events.filter((e) => e.dateReason.rule === 'reported-quarter');
    expect(quarterly(compile(['Revenue slipped 3% in the quarter to $212 million, the company said.']))).toEqual([]);
    const events = compile([
      'Halden Mills posted a third-quarter loss of $4.1 million, or 9 cents a share.',
      'Its Baltic mills struggled during the quarter.',
      'The chairman sees sales for the latest quarter near $215 million, he expects.',
      'Results for that quarter included a $3 million charge.',
    ]);
    expect(quarterly(events).map((e) => e.date.text)).toEqual(['third-quarter']);
    const fiscal = compile(['Orvane Air said profit rose 20% in its fiscal first quarter.', 'Passenger numbers grew 9% in the quarter.']);
    expect(quarterly(fiscal)).toEqual([]);
  });
});
