import { label } from './label';

describe('makeLabel: a list of items each with its own date', () => {
  function listLabels(sentence: string, dates: string[]): string[] {
    const spans = dates.map((d) => ({ start: sentence.indexOf(d), end: sentence.indexOf(d) + d.length }));
    return spans.map((s) => label(sentence, sentence.slice(s.start, s.end), { others: spans.filter((o) => o !== s) }));
  }

  it('gives each date its own item with the verb they share', () => {
    expect(listLabels('The league grew to include Varno in 1971, Peltz in 1984 and Ostra in 1999.', ['1971', '1984', '1999']))
      .toEqual(['League grew to include Varno', 'League grew to include Peltz', 'League grew to include Ostra']);
    expect(listLabels('Exports rose to 5 percent in 2001, 7 percent in 2002 and 9 percent in 2003.', ['2001', '2002', '2003']))
      .toEqual(['Exports rose to 5 percent', 'Exports rose to 7 percent', 'Exports rose to 9 percent']);
    expect(listLabels('The museum opened branches in Brno in 1995 and in Graz in 2002.', ['1995', '2002']))
      .toEqual(['Museum opened branches in Brno', 'Museum opened branches in Graz']);
  });

  it('swaps nothing when the first item is the end of a longer noun phrase', () => {
    const [, second] = listLabels('Raiders took the town of Tesk in May 1992 and the Orlan district in April 1993.', ['May 1992', 'April 1993']);
    expect(second).not.toMatch(/town the|Tesk the/);
    const [, more] = listLabels('Floods killed more than 50 people in April 2021 and about 100 in June 2022.', ['April 2021', 'June 2022']);
    expect(more).not.toMatch(/more than about/);
  });

  it('leaves dates that follow each other without items', () => {
    expect(listLabels('The ferry sailed in 1998, 2001 and 2004.', ['1998', '2001', '2004']).every((l) => l.startsWith('Ferry sailed'))).toBe(true);
  });
});

describe('makeLabel: a second verb is no item of a list', () => {
  it('leaves "won power in 2011 and was re-elected in 2015" to the second-verb rule', () => {
    const sentence = 'Marta Veil, who first won power in 2011 and was re-elected in 2015, called a snap election.';
    const spans = ['2011', '2015'].map((d) => ({ start: sentence.indexOf(d), end: sentence.indexOf(d) + 4 }));
    expect(label(sentence, '2015', { others: [spans[0]!] })).not.toMatch(/first was re-elected/);
  });
});
