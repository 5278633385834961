import { compileArticle } from '../../../src/compiler/events/compileArticle';

// The actor finder looks words up in its word lists. A word that happens to
// name a property every JavaScript object has ("constructor") is an ordinary
// word like any other, not an entry of those lists.
describe('words that are no entries of the actor word lists', () => {
  const raw = [
    'Bridge opens',
    '',
    'The Norwegian constructor said on March 3, 2021 that the bridge was finished.',
    'Kenya signed the deal with the constructor on May 4, 2021.',
    '',
  ].join('\n');
  const c = compileArticle({ id: 'bridge', file: 'bridge.txt', raw });

  it('makes no body of "Norwegian constructor"', () => {
    expect(c.actors.map((a) => a.name).sort()).toEqual(['Kenya', 'Norway']);
  });

  it('keeps the dates and the countries of both sentences', () => {
    expect(c.events.map((e) => [e.date.start, e.actors])).toEqual([
      ['2021-03-03', ['norway']],
      ['2021-05-04', ['kenya']],
    ]);
    expect(c.diagnostics.filter((d) => d.level !== 'info')).toEqual([]);
  });
});
