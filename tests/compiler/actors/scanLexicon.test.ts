import { run } from './runActors';

describe('extractActors countries', () => {
  it('reads country names, official names and possessives', () => {
    expect(run('Voters in the Republic of Moldova went to the polls on Sunday.').ids()).toEqual(['moldova']);
    const r = run('Brazil’s central bank raised rates again.');
    expect(r.mentions[0]?.find((m) => m.actorId === 'brazil')?.rule).toBe('possessive');
  });

  it('reads demonyms as adjectives but not languages', () => {
    expect(run('Kenyan runners swept the marathon podium.').ids()).toContain('kenya');
    expect(run('The novel was translated from Russian.').ids()).toEqual([]);
    expect(run('Latin American leaders met in Lima.').ids()).not.toContain('united-states');
  });

  it("reads a nation's crowds and movements as a group of its members, and its troops as the state", () => {
    const r = run('Chilean protesters blocked the road, and ethnic Peruvian settlers joined them.');
    expect(r.ids()).toEqual(expect.arrayContaining(['chilean-protesters', 'ethnic-peruvian-settlers']));
    expect(r.byId.get('chilean-protesters')).toMatchObject({ kind: 'group', name: 'Chilean protesters', memberOf: ['chile'] });
    expect(r.byId.get('ethnic-peruvian-settlers')?.memberOf).toEqual(['peru']);
    const troops = run('Chilean troops blocked the road.');
    expect(troops.ids()).toContain('chile');
    expect(troops.actors.some((a) => a.kind === 'group')).toBe(false);
  });

  it("reads a nation's exiles, emigres and relatives as a group of its people, not the state", () => {
    const r = run('Cuban exiles in Harbourton opened a radio station, and his Chilean relatives sued.');
    expect(r.byId.get('cuban-exiles')).toMatchObject({ kind: 'group', memberOf: ['cuba'] });
    expect(r.byId.get('chilean-relatives')).toMatchObject({ kind: 'group', memberOf: ['chile'] });
    expect(r.ids()).not.toContain('cuba');
    expect(run('The Cuban government opened a radio station.').ids()).toContain('cuba');
  });

  it("reads a nation's people named with the land they live in as a group of that land", () => {
    const r = run('Ecuador Peruvians voted on Sunday.');
    expect(r.byId.get('ecuador-peruvians')).toMatchObject({ kind: 'group', memberOf: ['ecuador'] });
    expect(run('Peruvians voted on Sunday.').ids()).toEqual(['peru']);
  });

  it('takes "US" only in capitals', () => {
    expect(run('The US imposed new tariffs on steel.').ids()).toEqual(['united-states']);
    expect(run('He told us the bridge had collapsed.').ids()).toEqual([]);
  });

  it('reads a capital as its country when it acts, or as a place after a preposition', () => {
    const acting = run('Ankara said the pipeline deal was final.');
    expect(acting.mentions[0]?.[0]).toMatchObject({ actorId: 'turkiye', rule: 'capital-metonym' });
    const place = run('The summit was held in Nairobi.');
    expect(place.mentions[0]?.[0]?.rule).toBe('capital-location');
    expect(run('Paris Hilton launched a perfume.').ids()).not.toContain('france');
  });

  it('reads seats of government', () => {
    expect(run('The Kremlin denied the report.').ids()).toEqual(['russia']);
    expect(run('The White House declined to comment.').ids()).toEqual(['united-states']);
    expect(run('They painted the house white.').ids()).toEqual([]);
  });

  it('tells Georgia the country from the US state, and Jordan the name from the country', () => {
    expect(run('Georgia applied to join the European Union.').ids()).toContain('georgia');
    expect(run('Voters in Atlanta, Georgia lined up for hours.').ids()).not.toContain('georgia');
    expect(run('Michael Jordan scored 40 points.').ids()).not.toContain('jordan');
    expect(run('Jordan closed its border crossing.').ids()).toContain('jordan');
  });

  it('knows regions and organizations with their short forms', () => {
    expect(run('Fighting resumed in Artsakh overnight.').ids()).toEqual(['nagorno-karabakh']);
    const r = run('The OSCE Minsk Group co-chairs met NATO officials.');
    expect(r.ids()).toEqual(expect.arrayContaining(['osce-minsk-group', 'nato']));
    expect(r.byId.get('osce-minsk-group')?.memberOf).toEqual(['osce']);
    expect(run('Who won the vote remains unclear.').ids()).toEqual([]);
  });
});

describe('extractActors: nations of the United Kingdom and former names', () => {
  it('reads England and Wales as members of the United Kingdom, and the CSCE as the OSCE', () => {
    const r = run('England beat Wales 2-1 on Saturday. A CSCE summit was planned for December.');
    expect(r.byId.get('england')).toMatchObject({ kind: 'country', memberOf: ['united-kingdom'] });
    expect(r.ids(0)).toEqual(expect.arrayContaining(['england', 'wales']));
    expect(r.ids(1)).toContain('osce');
  });

  it('does not read the English language as England', () => {
    expect(run('The statement was issued in English and French on Monday.').ids(0)).not.toContain('england');
  });
});

describe('extractActors: names that contain a capital or end in a body word', () => {
  it('does not read the capital inside a bank or club name as its country', () => {
    expect(run('Morgan Stanley said on Monday that rates would rise.').ids(0)).not.toContain('falkland-islands');
    expect(run('Real Madrid said on Monday that the deal was done.').ids(0)).not.toContain('spain');
    expect(run('Moscow said on Monday it would retaliate.').ids(0)).toEqual(['russia']);
  });

  it('reads a newspaper, a board or a watchdog before a speech verb as a body, not a person', () => {
    const r = run('The Daily Courier reported on Monday that the Harbour Board said it would appeal.');
    expect(r.byId.get('daily-courier')?.kind).toBe('organization');
    expect(r.byId.get('harbour-board')?.kind).toBe('organization');
    expect(r.actors.filter((a) => a.kind === 'person')).toEqual([]);
  });
});

describe('extractActors: capitals addressed and blocs referred back to', () => {
  it('reads a capital after "accused" or "talks with" as its government', () => {
    expect(run('The minister accused Lima on Saturday of stalling.').ids(0)).toContain('peru');
    expect(run('The bank resumed talks with Kyiv on Monday.').ids(0)).toContain('ukraine');
  });

  it('reads a capital a verb of persuading or restraining takes as its government, and leaves a city hit by a storm', () => {
    expect(run('Chile urged its neighbours to restrain Lima on Sunday.').ids(0)).toContain('peru');
    expect(run('The envoys hoped to persuade Kyiv before the vote.').ids(0)).toContain('ukraine');
    expect(run('A storm will hit Lima on Sunday.').ids(0)).not.toContain('peru');
  });

  it('reads a capital as the agent of a passive as its government, and leaves a city driven or passed by', () => {
    expect(run('The province has been ruled directly by Lima since 1972.').ids(0)).toContain('peru');
    expect(run('The plan was backed by Kyiv and two banks.').ids(0)).toContain('ukraine');
    expect(run('The trucks drove by Lima on the way north.').ids(0)).not.toContain('peru');
    expect(run('The convoy was passing by Lima at noon.').ids(0)).not.toContain('peru');
  });

  it('reads "the bloc" as the bloc last named, and leaves "a bloc" alone', () => {
    const r = run('The European Union opened talks with Moldova. Chisinau must first meet the bloc\'s criteria. Farmers formed a bloc in parliament.');
    expect(r.ids(1)).toContain('european-union');
    expect(r.ids(2)).not.toContain('european-union');
  });
});

describe('extractActors: demonyms as the news writes them', () => {
  it('reads "Kyrgyz", "Tajik", "Kazakh" and "Saudi" as their countries, and names bodies with the article\'s own form', () => {
    const r = run('Kyrgyz officials said the Kyrgyz State Border Service closed the crossing. Tajik, Kazakh and Saudi envoys met.');
    expect(r.ids(0)).toEqual(expect.arrayContaining(['kyrgyzstan', 'kyrgyz-state-border-service']));
    expect(r.byId.get('kyrgyz-state-border-service')).toMatchObject({ name: 'Kyrgyz State Border Service', memberOf: ['kyrgyzstan'] });
    expect(r.ids(1)).toEqual(expect.arrayContaining(['tajikistan', 'kazakhstan', 'saudi-arabia']));
  });

  it('splits a data-set entry that lists two demonyms in one string', () => {
    expect(run('Bosnian leaders met on Monday.').ids(0)).toContain('bosnia-and-herzegovina');
  });
});

describe('a country inside a longer name is not the country', () => {
  it('leaves "New Jersey" and "New Mexico" to the places they are', () => {
    const r = run('Talvik Shipping closed three stores in New Jersey and two in New Mexico on Monday.');
    expect(r.byId.has('jersey')).toBe(false);
    expect(r.byId.has('mexico')).toBe(false);
  });

  it('leaves a demonym inside a name, and a currency, alone', () => {
    expect(run('The Spanish Grand Prix was won by Ola Berg on Sunday.').byId.has('spain')).toBe(false);
    expect(run('The Valmont index of Japanese Small Caps rose 2 percent.').byId.has('japan')).toBe(false);
    expect(run('Talvik Shipping paid 20 million U.S. dollars for the ferries.').byId.has('united-states')).toBe(false);
  });

  it('keeps the country before a title or an institution', () => {
    const r = run('Russian Foreign Minister Sergey Lavrov spoke to the Czech National Bank on Monday.');
    expect(r.byId.has('russia')).toBe(true);
    expect(r.byId.has('czechia')).toBe(true);
  });
});

describe('a known body of one country named as another country’s', () => {
  it('makes "Varnia’s National Congress" that country’s own body, not the US Congress', () => {
    const r = run("Peru's National Congress voted on Monday to cut the budget. The Bolivian Congress approved the law on Friday.");
    expect(r.byId.has('us-congress')).toBe(false);
    expect(r.byId.get('peruvian-national-congress')?.memberOf).toEqual(['peru']);
    expect(r.byId.get('bolivian-congress')?.memberOf).toEqual(['bolivia']);
    expect(r.ids(1)).toContain('bolivian-congress');
  });

  it('binds a later "the congress" to the country’s body', () => {
    const r = run("Peru's National Congress voted on Monday. The congress had met twice in May.");
    expect(r.ids(1)).toEqual(['peruvian-national-congress']);
  });

  it('leaves Congress alone, and the US Congress named with its own country', () => {
    expect(run('Congress passed the bill on Friday.').ids(0)).toEqual(['us-congress']);
    expect(run('The US Congress approved the law.').ids(0)).toEqual(['us-congress']);
    const american = run('The American Congress approved the law.');
    expect(american.ids(0)).toEqual(['united-states', 'us-congress']);
    expect(american.byId.has('american-congress')).toBe(false);
  });
});

describe('a private person or a company of a nation is no act of its state', () => {
  it('reads "a Varnian tourist", "the 6-year-old Peruvian boy" and "Chilean women" as the nation’s people, not the state', () => {
    const one = run('A Turkish tourist was hurt in a fall on Monday. The 6-year-old Peruvian boy was found on Tuesday. Chilean women marched.');
    expect(one.ids(0)).toEqual(['turkish-tourist']);
    expect(one.byId.get('turkish-tourist')).toMatchObject({ kind: 'group', memberOf: ['turkiye'] });
    expect(one.ids(1)).toEqual(['peruvian-boy']);
    expect(one.ids(2)).toEqual(['chilean-women']);
  });

  it('gives a company of a nation no actor of the state ("the third Chilean auto maker")', () => {
    expect(run('The No. 3 Chilean car maker wrote to the board on Monday.').ids(0)).toEqual([]);
    expect(run('A Chilean company bought the mine on Monday.').ids(0)).toEqual([]);
  });

  it('keeps the state for its officials, its bodies, without an article, and before a body’s head', () => {
    expect(run('A Turkish official said on Monday the border was closed.').ids(0)).toEqual(['turkiye']);
    expect(run('The Chilean government said on Monday it would act.').ids(0)).toContain('chile');
    expect(run('A Peruvian tourist board said on Monday it would act.').ids(0)).toEqual(['peru']);
    expect(run("Peru's tourist season opened on Monday.").ids(0)).toEqual(['peru']);
  });

  it('makes no group of a private person named only as an object ("the case of the Varnian boy")', () => {
    expect(run('Ms. Lind spoke about the 9-year-old Peruvian girl at length on Friday.').byId.has('peruvian-girl')).toBe(false);
    expect(run('Posters of the Peruvian girl were waved on Sunday.').byId.has('peruvian-girl')).toBe(false);
  });
});

describe('people of a nation named by their stock or their trade', () => {
  it('reads "ethnic Peruvians" as a group of the nation\'s people, not the state', () => {
    const r = run('Some 900 ethnic Peruvians marched on Sunday in Luma.');
    expect(r.ids()).toEqual(['ethnic-peruvians']);
    expect(r.byId.get('ethnic-peruvians')).toMatchObject({ kind: 'group', name: 'Ethnic Peruvians', memberOf: ['peru'] });
  });

  it('keeps the state for Peruvians without "ethnic"', () => {
    expect(run('Peruvians voted on Sunday.').ids()).toEqual(['peru']);
  });

  it('reads scientists and doctors of a nation as a group, its officials still as the state', () => {
    expect(run('Several thousand rallying Chilean scientists cheered on Friday.').ids()).toEqual(['chilean-scientists']);
    expect(run('Chilean doctors said the clinic was closed.').ids()).toEqual(['chilean-doctors']);
    expect(run('Chilean officials said the clinic was closed.').ids()).toEqual(['chile']);
  });
});

describe('a country\'s letters joined to a dollar sign', () => {
  it('reads "US$212.4" as money, not the United States', () => {
    expect(run('Harbour Kelp Inc. will raise 90 million Chilean pesos (US$212.4 thousand).').byId.has('united-states')).toBe(false);
  });

  it('keeps a country before a spaced amount', () => {
    expect(run('The U.S. $5 billion program for Peru began on Monday.').byId.has('united-states')).toBe(true);
  });
});
