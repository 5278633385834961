import { findTimeExpressions } from '../../../src/compiler/temporal/findTimeExpressions';
import { possessiveDates } from '../../../src/compiler/events/possessiveDates';
import { compileArticle } from '../../../src/compiler/events/compileArticle';

// A Friday in November.
const PUBLISHED = '2023-11-17';

function dated(sentence: string) {
  const { expressions, timexes } = findTimeExpressions(sentence, { published: PUBLISHED, previous: null });
  return possessiveDates(sentence, timexes, expressions).map((e) => [e.text, e.date.start, e.date.precision]);
}

describe('possessiveDates: a possessive date before a noun of a happening', () => {
  it('dates the happening the noun names', () => {
    expect(dated("Inspectors found last month's detection of a leak at the Orlan dam alarming.")).toEqual([["last month's", '2023-10-01', 'month']]);
    expect(dated("Yesterday's resignation of the Varno port chief surprised the board.")).toEqual([["Yesterday's", '2023-11-16', 'day']]);
    expect(dated("Last year's settlement with the dockworkers cost Brenmark $4 million.")).toEqual([["Last year's", '2022-01-01', 'year']]);
    expect(dated("Last week's collapse of the bridge talks angered Ostra.")).toHaveLength(1);
  });

  it('leaves a noun of no happening, a reference point, a quotation and a weekday the tagger dates', () => {
    expect(dated("Sales fell below last year's level.")).toEqual([]);
    expect(dated("Talks had started well before yesterday's announcement.")).toEqual([]);
    expect(dated("Outflows doubled in the week following last month's squeeze.")).toEqual([]);
    expect(dated('"Nothing changed after last month\'s vote," said Dora Pell.')).toEqual([]);
    expect(dated("Tuesday's raid on the Orlan depot lasted an hour.")).toEqual([]);
  });
});

describe('possessiveDates in an article', () => {
  const compile = (body: string) =>
    compileArticle({ id: 'orlan', file: 'orlan.md', raw: `---\ntitle: Orlan dam\npublished: ${PUBLISHED}\n---\n\n${body}\n` }).events;

  it('gives the happening an event only where nothing else dates its sentence', () => {
    expect(compile("Inspectors found last month's detection of a leak at the Orlan dam alarming.").map((e) => e.date.text)).toEqual(["last month's"]);
    expect(compile("Inspectors said on Monday that last month's discovery of a leak was alarming.").map((e) => e.date.text)).toEqual(['on Monday']);
  });
});
