import { readFileSync } from 'node:fs';
import { splitSentences } from '../../../src/compiler/text/segment';
import { extractActors, mergeActors, parseActorOverrides, type ActorOverrides } from '../../../src/compiler/actors/extractActors';
import type { Actor } from '../../../src/model/schema';

function run(text: string, overrides?: ActorOverrides) {
  const sentences = splitSentences(text, { hasTitle: false });
  const result = extractActors(text, sentences, overrides);
  const byId = new Map(result.actors.map((a) => [a.id, a]));
  const ids = (i = 0) => [...new Set((result.mentions[i] ?? []).map((m) => m.actorId))];
  return { ...result, byId, ids };
}

/** Names an actor answers to: its name, aliases and everything it belongs to, transitively. */
function namesOf(id: string, byId: Map<string, Actor>, seen = new Set<string>()): string[] {
  const a = byId.get(id);
  if (!a || seen.has(id)) return [];
  seen.add(id);
  return [a.name, ...a.aliases, ...a.memberOf.flatMap((m) => namesOf(m, byId, seen))];
}
const words = (s: string) => s.toLowerCase().split(/[\s-]+/).filter(Boolean);
const nameMatches = (gold: string, name: string) => {
  const g = words(gold);
  const n = words(name);
  return g.every((w) => n.includes(w)) || n.every((w) => g.includes(w));
};

describe('extractActors on the seed article', () => {
  const text = readFileSync(new URL('../../../seeds/000_30beba559cdab82b.txt', import.meta.url), 'utf8');
  const gold = JSON.parse(readFileSync(new URL('../../fixtures/gold/000_30beba559cdab82b.gold.json', import.meta.url), 'utf8')) as {
    events: { id: string; actors: string[]; quote: string; required: boolean }[];
  };
  const sentences = splitSentences(text);
  const { actors, mentions } = extractActors(text, sentences);
  const byId = new Map(actors.map((a) => [a.id, a]));

  it('finds every gold actor of the required events in the sentence of the event', () => {
    for (const event of gold.events.filter((e) => e.required)) {
      const si = sentences.findIndex((s) => s.text === event.quote);
      expect(si, event.id).toBeGreaterThanOrEqual(0);
      const names = (mentions[si] ?? []).flatMap((m) => namesOf(m.actorId, byId));
      for (const actor of event.actors) expect(names.some((n) => nameMatches(actor, n)), `${event.id}: ${actor}`).toBe(true);
    }
  });

  it('gives people their country and binds a surname to the full name', () => {
    expect(byId.get('sergey-lavrov')?.memberOf).toEqual(['russia']);
    expect(byId.get('jeyhun-bayramov')?.memberOf).toEqual(['azerbaijan']);
    expect(byId.get('nikol-pashinyan')?.memberOf).toEqual(['armenia']);
    const lavrovOnly = sentences.findIndex((s) => s.text.startsWith('Lavrov also'));
    expect(mentions[lavrovOnly]?.find((m) => m.text === 'Lavrov')?.actorId).toBe('sergey-lavrov');
  });

  it('keeps offsets exact and returns every memberOf target', () => {
    for (const list of mentions) for (const m of list) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const a of actors) for (const m of a.memberOf) expect(byId.has(m)).toBe(true);
    expect(byId.get('russian-foreign-ministry')?.memberOf).toEqual(['russia']);
    expect(byId.get('russian-peacekeepers')?.memberOf).toEqual(['russia']);
  });

  it('binds "the ministry" to the last named ministry', () => {
    const si = sentences.findIndex((s) => s.text.includes('ministry website'));
    expect(mentions[si]?.find((m) => m.text === 'ministry')?.actorId).toBe('russian-foreign-ministry');
  });
});

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

describe('extractActors people', () => {
  it('reads title + name with the country of the title', () => {
    const r = run('French President Emmanuel Macron visited the flooded towns.');
    expect(r.byId.get('emmanuel-macron')).toMatchObject({ kind: 'person', memberOf: ['france'] });
  });

  it('reads a name before a speech verb and binds later surnames', () => {
    const r = run('Maria Santos said the company would appeal. Santos declined further comment.');
    expect(r.ids(0)).toContain('maria-santos');
    expect(r.ids(1)).toEqual(['maria-santos']);
  });

  it('reads honorifics with a lone surname', () => {
    expect(run('Dr. Okafor led the vaccine trial.').byId.get('okafor')?.kind).toBe('person');
    expect(run('The Ministry of Health led the vaccine trial.').actors.some((a) => a.kind === 'person')).toBe(false);
  });

  it('reads a name whose title or role comes in an appositive after it, with the country named there', () => {
    const r = run('Lena Varga, her Hungarian counterpart, met the delegation on Monday.');
    expect(r.byId.get('lena-varga')).toMatchObject({ kind: 'person', memberOf: ['hungary'] });
    // A role noun a few words after the determiner.
    const detained = run('Border guards detained Tomas Berg, a wealthy property businessman, at the crossing.');
    expect(detained.byId.get('tomas-berg')?.kind).toBe('person');
  });

  it('does not make a person out of a place described after a comma', () => {
    const people = (t: string) => run(t).actors.filter((a) => a.kind === 'person').map((a) => a.name);
    expect(people('Crowds gathered in Port Elin, the regional capital, on Monday.')).toEqual([]);
    expect(people('Fighting reached New Harbor, a town of some 4,000 people.')).toEqual([]);
  });

  it('does not make a person out of capitalised place or weekday words', () => {
    expect(run('On Monday Heavy Rain fell.').actors.filter((a) => a.kind === 'person')).toEqual([]);
  });
});

describe('extractActors organizations and groups', () => {
  it('makes institutions from a demonym or a possessive country', () => {
    const r = run('Japan’s Defense Ministry said a missile fell into the sea.');
    expect(r.byId.get('japanese-defense-ministry')?.memberOf).toEqual(['japan']);
    const s = run('The Ministry of Foreign Affairs of Kazakhstan summoned the envoy.');
    expect(s.byId.get('kazakhstani-foreign-ministry')?.memberOf).toEqual(['kazakhstan']);
  });

  it('makes groups of people from a demonym and a group noun', () => {
    const r = run('Chilean students marched through the capital.');
    expect(r.byId.get('chilean-students')).toMatchObject({ kind: 'group', memberOf: ['chile'] });
    expect(run('Chilean officials said nothing.').actors.map((a) => a.id)).toEqual(['chile']);
  });

  it('reads named parties and companies', () => {
    expect(run('The Civil Contract Party won the election.').byId.get('civil-contract-party')?.kind).toBe('organization');
    expect(run('Shares of Northwind Corp rose.').byId.has('northwind-corp')).toBe(true);
  });
});

describe('extractActors plural references', () => {
  it('takes the two countries just named', () => {
    const r = run('Peru and Ecuador signed a border deal. The two countries will open new crossings.');
    expect(r.ids(1).sort()).toEqual(['ecuador', 'peru']);
  });

  it('refuses when more actors fit than the number says', () => {
    const r = run('Peru, Chile and Ecuador signed a trade pact. The two countries will cut tariffs.');
    expect(r.ids(1)).toEqual([]);
  });

  it('takes the pair named together when a third country came up in between', () => {
    const r = run("Peru and Ecuador traded fire on Monday. Brazil said it supported Lima. The clashes were the worst on the two countries' border since 1995.");
    expect(r.ids(2).sort()).toEqual(['ecuador', 'peru']);
  });
});

describe('extractActors: capitals addressed and blocs referred back to', () => {
  it('reads a capital after "accused" or "talks with" as its government', () => {
    expect(run('The minister accused Lima on Saturday of stalling.').ids(0)).toContain('peru');
    expect(run('The bank resumed talks with Kyiv on Monday.').ids(0)).toContain('ukraine');
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

describe('extractActors: named bodies with "and" or a plural possessive', () => {
  it('reads "the Metal and Electrical Workers\' Union" and "the Port Operators\' Association" whole', () => {
    const r = run("The Metal and Electrical Workers' Union said on Tuesday it would strike. The Kessaro Port Operators' Association offered 6%.");
    expect(r.byId.get('metal-and-electrical-workers-union')).toMatchObject({ kind: 'organization', name: "Metal and Electrical Workers' Union" });
    expect(r.byId.get('kessaro-port-operators-association')?.kind).toBe('organization');
  });

  it('does not join two countries into one body across "and"', () => {
    expect(run('Armenia and Azerbaijan Union talks stalled.').actors.map((a) => a.id)).not.toContain('armenia-and-azerbaijan-union');
  });
});

describe('extractActors short names of bodies', () => {
  it('binds "the Commission" and "the Board" to the body last named with that last word', () => {
    const r = run('The European Commission proposed the plan. On Wednesday, the Commission released funds. The Harbour Board said it would appeal. Critics said the Board had no choice.');
    expect(r.ids(1)).toEqual(['european-commission']);
    expect(r.ids(3)).toEqual(['harbour-board']);
  });

  it('leaves a longer name that starts with the same word alone', () => {
    const r = run('The European Commission proposed the plan. The Commission of Inquiry will report in May.');
    expect(r.ids(1)).not.toContain('european-commission');
  });
});

describe('extractActors overrides', () => {
  it('applies aliases, ignore, kinds and merge', () => {
    const r = run('The Lachin road was closed. Sweden sent aid.', {
      aliases: { 'lachin-corridor': ['Lachin road'] },
      kinds: { 'lachin-corridor': 'group' },
      ignore: ['sweden'],
    });
    expect(r.ids(0)).toEqual(['lachin-corridor']);
    expect(r.ids(1)).toEqual([]);
  });

  it('merges actor lists by id, sorted, with overrides', () => {
    const a: Actor = { id: 'b-org', name: 'B Org', kind: 'organization', aliases: ['B'], memberOf: ['x'] };
    const x: Actor = { id: 'x', name: 'X', kind: 'country', aliases: [], memberOf: [] };
    const merged = mergeActors([[a, x], [{ ...a, aliases: ['BO'] }, { id: 'a-org', name: 'A', kind: 'group', aliases: [], memberOf: [] }]], { merge: { 'a-org': 'b-org' } });
    expect(merged.map((m) => m.id)).toEqual(['b-org', 'x']);
    expect(merged[0]?.aliases).toEqual(['A', 'B', 'BO']);
  });

  it('parses overrides field by field, reporting problems', () => {
    const { overrides, problems } = parseActorOverrides({ aliases: { x: ['Y'] }, kinds: { x: 'planet' }, ignore: 'z', extra: 1 });
    expect(overrides.aliases).toEqual({ x: ['Y'] });
    expect(problems.length).toBe(3);
    expect(parseActorOverrides('nonsense').problems).toHaveLength(1);
    expect(parseActorOverrides(undefined).problems).toEqual([]);
  });
});

describe('extractActors robustness', () => {
  // Speed is measured by the compile benchmark (npm run bench), not here.
  it('never throws on an empty or a very long text, and binds the surname in every repeat', () => {
    expect(() => extractActors('', [])).not.toThrow();
    const text = 'Russian Foreign Minister Sergey Lavrov met Turkish officials in Ankara. Lavrov said the talks went well. '.repeat(5_000);
    const sentences = splitSentences(text, { hasTitle: false });
    const r = extractActors(text, sentences);
    expect(r.mentions).toHaveLength(sentences.length);
    expect(r.mentions.filter((m) => m.some((x) => x.actorId === 'sergey-lavrov'))).toHaveLength(sentences.length);
  });
});

describe('extractActors: actors the gazetteer lacks', () => {
  it('finds a country by what a state has, then binds its demonyms and bare name', () => {
    const r = run('Qadria’s interior minister resigned on Monday. Qadrian troops crossed the river. Later, Qadria closed its border.');
    expect(r.byId.get('qadria')?.kind).toBe('country');
    expect(r.ids(1)).toContain('qadria');
    expect(r.ids(2)).toContain('qadria');
  });

  it('does not make a country of a person whose government is meant', () => {
    const r = run('Prime Minister Elsa Marrow said the plan was dead. Marrow’s government collapsed a week later.');
    expect(r.byId.get('marrow')).toBeUndefined();
    expect(r.byId.get('elsa-marrow')?.kind).toBe('person');
  });

  it('finds a country from a derived demonym or from coordination with a known one', () => {
    expect(run('Sundovo said talks would resume. Sundovan officials confirmed it.').byId.get('sundovo')?.kind).toBe('country');
    expect(run('Fighting broke out between Belmark and Armenia.').byId.get('belmark')?.kind).toBe('country');
    // A word inside a longer place name is not a country.
    expect(run('Ships docked at Port Velen and Armenia protested.').byId.has('velen')).toBe(false);
  });

  it('reads named bodies, their short forms and "the company"', () => {
    const r = run('Talvik Shipping said on Monday it would cut 300 jobs. Talvik shares fell 4%. The company blamed energy prices.');
    expect(r.byId.get('talvik-shipping')?.kind).toBe('organization');
    expect(r.ids(1)).toEqual(['talvik-shipping']);
    expect(r.ids(2)).toEqual(['talvik-shipping']);
  });

  it('does not make actors of sentence-initial common words', () => {
    const r = run('However, officials said the vote would go ahead. Officials declined to comment.');
    expect(r.actors).toEqual([]);
  });

  it('reads "Organisation for ..." names with their abbreviation', () => {
    const r = run('Monitors from the Organisation for Cooperation in the Dune Basin (OCDB) arrived. The OCDB said the truce held.');
    expect(r.byId.get('organisation-for-cooperation-in-the-dune-basin')?.aliases).toContain('OCDB');
    expect(r.ids(1)).toEqual(['organisation-for-cooperation-in-the-dune-basin']);
  });

  it('binds clubs by their last word and a manager to the club of the story', () => {
    const r = run('Dunmore Wanderers beat Kelby Town 2-0. Wanderers had lost their last three games, and manager Ola Berg said the win mattered.');
    expect(r.ids(1)).toContain('dunmore-wanderers');
    expect(r.byId.get('ola-berg')?.memberOf).toEqual(['dunmore-wanderers']);
  });

  it('reads a person after a role noun, but not the role noun alone', () => {
    expect(run('The record was set by cyclist Marek Duda in 2019.').byId.get('marek-duda')?.kind).toBe('person');
    expect(run('The cyclist said he was tired.').actors).toEqual([]);
  });

  it('reads a capital’s name as a first name before a surname', () => {
    expect(run('His lawyer, Sofia Brandt, said they would appeal.').byId.get('sofia-brandt')?.kind).toBe('person');
  });

  it('gives a title without a country, and the unqualified government, to the article’s country', () => {
    const r = run('Floods hit Peru on Monday. Prime Minister Ana Lobo visited the area, and the government declared an emergency.');
    expect(r.byId.get('ana-lobo')?.memberOf).toEqual(['peru']);
    expect(r.byId.get('peruvian-government')?.memberOf).toEqual(['peru']);
  });

  it('makes a demonym + Air Force an organization of that country', () => {
    expect(run('A Chilean Air Force plane landed.').byId.get('chilean-air-force')?.memberOf).toEqual(['chile']);
  });

  it('resolves "the two candidates" and "either parliament"', () => {
    const r = run('Voters chose between Senator Lina Sarro and Mayor Piet Holm. Polls put the two candidates level.');
    expect(r.ids(1).sort()).toEqual(['lina-sarro', 'piet-holm']);
    const s = run('Peru and Ecuador signed the pact in 2009. It was never ratified by either parliament.');
    expect(s.ids(1).sort()).toEqual(['ecuador', 'peru']);
  });

  it('gives a sentence that names no one the article’s country, and nothing when there is none', () => {
    expect(run('A quake struck Peru on Monday. An aftershock hit the same area two days later.').ids(1)).toEqual(['peru']);
    expect(run('A quake struck on Monday. An aftershock hit the same area two days later.').ids(1)).toEqual([]);
  });
});
