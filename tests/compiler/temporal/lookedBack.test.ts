// lookedBack.ts: a happening set beforehand that its clause looks back on is the one gone by, whatever the clause's
// tense; one still awaited or held stays the coming one.
import { dates } from './tagged';

const PUB = '2025-03-13';
const days = (sentence: string) => dates(sentence, PUB).map((d) => d[1]);

describe('a named happening looked back on', () => {
  it('is the one gone by', () => {
    // Election desk, court, sport, politics.
    expect(days('The Dunmore board will review the Nov. 5 election.')).toEqual(['2024-11-05']);
    expect(days('The Nov. 5 election will be investigated by the state board.')).toEqual(['2024-11-05']);
    expect(days('An appeals panel is to examine the Oct. 14 hearing.')).toEqual(['2024-10-14']);
    expect(days('Officials say spending ahead of the Nov. 5 election was high.')).toEqual(['2024-11-05']);
    expect(days('League officials will probe the Dec. 2 match between Orlen and Tarn.')).toEqual(['2024-12-02']);
    // In a September paper the November ahead is the nearer one; the audit still looks back on the one gone by.
    expect(dates('The Velm state board will audit the Nov. 5 election, officials said.', '2025-09-18').map((d) => d[1])).toEqual(['2024-11-05']);
  });

  it('leaves a happening still awaited, held or watched', () => {
    expect(days('Observers will monitor the Nov. 5 election.')).toEqual(['2025-11-05']);
    expect(days('The Nov. 5 election will be held under new rules.')).toEqual(['2025-11-05']);
    expect(days('Officials say spending ahead of the Nov. 5 election is high.')).toEqual(['2025-11-05']);
    expect(days('Candidates are raising money ahead of the Nov. 5 election.')).toEqual(['2025-11-05']);
  });
});
