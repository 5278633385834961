import { initialledFormOf, mergeActors, sameAcrossArticles, sameCompanyNumber, shorterFormOf } from '../../../src/compiler/actors/mergeActors';
import { compileCorpus } from '../../../src/compiler/corpus/compileCorpus';
import type { Actor } from '../../../src/model/schema';

const body = (id: string, name: string, memberOf: string[] = []): Actor => ({ id, name, kind: 'organization', aliases: [], memberOf });
const person = (id: string, name: string): Actor => ({ id, name, kind: 'person', aliases: [], memberOf: [] });

describe('one actor per entity across articles', () => {
  it('joins a distinctive body to the one other reports qualify with its country', () => {
    const merges = sameAcrossArticles([
      body('harbor-safety-licensing-board', 'Harbor Safety Licensing Board'),
      body('us-harbor-safety-licensing-board', 'U.S. Harbor Safety Licensing Board', ['united-states']),
    ]);
    expect(merges).toEqual({ 'harbor-safety-licensing-board': 'us-harbor-safety-licensing-board' });
  });

  it('leaves a name every country has, and a body two countries qualify, apart', () => {
    expect(sameAcrossArticles([body('supreme-court', 'Supreme Court'), body('peruvian-supreme-court', 'Peruvian Supreme Court', ['peru'])])).toEqual({});
    expect(sameAcrossArticles([
      body('harbor-safety-licensing-board', 'Harbor Safety Licensing Board'),
      body('us-harbor-safety-licensing-board', 'U.S. Harbor Safety Licensing Board', ['united-states']),
      body('peruvian-harbor-safety-licensing-board', 'Peruvian Harbor Safety Licensing Board', ['peru']),
    ])).toEqual({});
  });

  it('joins a full name to the one person written with a middle initial, never a surname alone', () => {
    expect(sameAcrossArticles([person('lena-varga', 'Lena Varga'), person('lena-m-varga', 'Lena M. Varga')])).toEqual({ 'lena-varga': 'lena-m-varga' });
    expect(sameAcrossArticles([person('lena-varga', 'Lena Varga'), person('lena-m-varga', 'Lena M. Varga'), person('lena-k-varga', 'Lena K. Varga')])).toEqual({});
    expect(sameAcrossArticles([person('varga', 'Varga'), person('lena-m-varga', 'Lena M. Varga')])).toEqual({});
    expect(shorterFormOf('Lena Varga', 'Lena Maria Varga')).toBe(true);
    expect(shorterFormOf('Lena Varga', 'Lena Varga-Holm')).toBe(false);
  });

  it('joins a middle initial to the name written out, and a shorter form fitting both to that one person', () => {
    // Three reports: "Ivo P. Sarn", "Ivo Pavel Sarn" and "Ivo Sarn" are one suspect.
    expect(sameAcrossArticles([person('ivo-p-sarn', 'Ivo P. Sarn'), person('ivo-pavel-sarn', 'Ivo Pavel Sarn'), person('ivo-sarn', 'Ivo Sarn')]))
      .toEqual({ 'ivo-p-sarn': 'ivo-pavel-sarn', 'ivo-sarn': 'ivo-pavel-sarn' });
    expect(initialledFormOf('Ivo P. Sarn', 'Ivo Pavel Sarn')).toBe(true);
  });

  it('leaves apart an initial that spells another middle name, and a shorter form two people fit', () => {
    expect(initialledFormOf('Ivo K. Sarn', 'Ivo Pavel Sarn')).toBe(false);
    expect(initialledFormOf('Ivo Pavel Sarn', 'Ivo Pavel Sarn')).toBe(false);
    expect(sameAcrossArticles([person('ivo-p-sarn', 'Ivo P. Sarn'), person('ivo-k-sarn', 'Ivo K. Sarn'), person('ivo-sarn', 'Ivo Sarn')])).toEqual({});
  });

  it('joins a short first name to the one person whose first name it shortens ("Greg", "Gregory")', () => {
    expect(sameAcrossArticles([person('greg-hale', 'Greg Hale'), person('gregory-hale', 'Gregory Hale')])).toEqual({ 'greg-hale': 'gregory-hale' });
    // Not a first name that is no short form of the other, nor one the surname alone shares.
    expect(sameAcrossArticles([person('grace-hale', 'Grace Hale'), person('gregory-hale', 'Gregory Hale')])).toEqual({});
  });

  it('joins a body named by its acronym alone to the one body another report gives that acronym', () => {
    const office = { ...body('office-of-state-kiln-regulation', 'Office of State Kiln Regulation'), aliases: ['OSKR'] };
    expect(sameAcrossArticles([body('oskr', 'OSKR'), office])).toEqual({ oskr: 'office-of-state-kiln-regulation' });
    // The acronym is no alias anywhere, or it spells no initials of the body that carries it: left apart.
    expect(sameAcrossArticles([body('oskr', 'OSKR'), body('office-of-state-kiln-regulation', 'Office of State Kiln Regulation')])).toEqual({});
    expect(sameAcrossArticles([body('oskr', 'OSKR'), { ...body('harbor-trust', 'Harbor Trust'), aliases: ['OSKR'] }])).toEqual({});
  });

  it('files the events of both articles under the one actor in a compiled corpus', () => {
    const { dataset } = compileCorpus([
      { id: 'a', file: 'a.txt', raw: '---\ntitle: Ferry halted\npublished: 2024-03-04\n---\n\nTomas R. Lindqvist, a ferry owner, said on Monday that he would appeal.\n' },
      { id: 'b', file: 'b.txt', raw: '---\ntitle: Ferry appeal\npublished: 2024-03-09\n---\n\nTomas Lindqvist filed his appeal on Friday, his lawyer said.\n' },
    ]);
    expect(dataset.actors.filter((a) => a.kind === 'person').map((a) => a.id)).toEqual(['tomas-r-lindqvist']);
    expect(dataset.events.every((e) => e.actors.includes('tomas-r-lindqvist'))).toBe(true);
  });
});

describe('the actors of many reports merged into one list', () => {
  const entry = (id: string, name: string, aliases: string[], memberOf: string[], kind: Actor['kind'] = 'organization'): Actor => ({ id, name, kind, aliases, memberOf });

  it('gives an actor every report names the aliases and memberships of all of them, each once', () => {
    const reports = Array.from({ length: 40 }, (_, k) => [
      entry('tesk-port-authority', 'Tesk Port Authority', [k % 2 === 0 ? 'TPA' : 'Port Authority'], k % 3 === 0 ? ['tesk-harbour-board'] : []),
      entry('tesk-harbour-board', 'Tesk Harbour Board', [], []),
    ]);
    reports.push([entry('tpa', 'TPA', ['the authority'], ['velmar-docks'])]);
    const actors = mergeActors(reports, { merge: { tpa: 'tesk-port-authority' } });
    expect(actors.map((a) => a.id)).toEqual(['tesk-harbour-board', 'tesk-port-authority']);
    // A membership of an actor no report lists ('velmar-docks') is dropped; the merged form's name is an alias.
    expect(actors[1]).toEqual(entry('tesk-port-authority', 'Tesk Port Authority', ['Port Authority', 'TPA', 'the authority'], ['tesk-harbour-board']));
  });

  it('resolves a membership again for each later report of its actor where the merges run in a cycle', () => {
    // Twenty hops around a cycle of three move an id two places on: 'kappa' is 'mu' after the first report, 'lambda'
    // after the second, as it always was.
    const bodies = ['kappa', 'lambda', 'mu'].map((id) => entry(id, id, [], []));
    const reports = [[entry('ivo-marn', 'Ivo Marn', [], ['kappa'], 'person'), ...bodies], [entry('ivo-marn', 'Ivo Marn', [], [], 'person')]];
    const merge = { kappa: 'lambda', lambda: 'mu', mu: 'kappa' };
    expect(mergeActors(reports, { merge })[0]!.memberOf).toEqual(['lambda']);
    expect(mergeActors(reports.slice(0, 1), { merge })[0]!.memberOf).toEqual(['mu']);
  });
});

describe('a person\'s country across articles', () => {
  const corpus = (...bodies: string[]) => compileCorpus(bodies.map((body, i) => ({ id: `r${i}`, file: `r${i}.txt`, raw: `---\ntitle: Report ${i}\npublished: 2024-03-0${i + 1}\n---\n\n${body}\n` }))).dataset;
  const countriesOf = (d: ReturnType<typeof corpus>, id: string) => d.actors.find((a) => a.id === id)?.memberOf;

  it('takes the country most reports give, over one a single report took from its setting', () => {
    const d = corpus(
      'Peruvian President Ivo Salk opened the bridge on Monday.',
      'Peru\'s President Ivo Salk flew home on Tuesday.',
      'Chile and Chile\'s navy held drills. President Ivo Salk watched them on Friday.',
    );
    expect(countriesOf(d, 'ivo-salk')).toEqual(['peru']);
  });

  it('keeps both countries when the reports are even, and leaves a body\'s membership alone', () => {
    const d = corpus(
      'Peruvian President Ivo Salk opened the bridge on Monday.',
      'Chile and Chile\'s navy held drills. President Ivo Salk watched them on Friday.',
    );
    expect(countriesOf(d, 'ivo-salk')).toEqual(['chile', 'peru']);
    expect(countriesOf(d, 'chilean-navy')).toEqual(['chile']);
  });
});

describe('a company written with its generic last word in both numbers', () => {
  const none = () => 0;

  it('is one actor, named by the form more reports use, the plural on a tie', () => {
    expect(sameAcrossArticles([body('talvik-holding', 'Talvik Holding'), body('talvik-holdings', 'Talvik Holdings')])).toEqual({ 'talvik-holding': 'talvik-holdings' });
    expect(sameAcrossArticles([
      body('orvo-technology', 'Orvo Technology'), body('orvo-technology', 'Orvo Technology'), body('orvo-technologies', 'Orvo Technologies'),
    ])).toEqual({ 'orvo-technologies': 'orvo-technology' });
    expect(sameCompanyNumber([body('brask-industry', 'Brask Industry'), body('brask-industries', 'Brask Industries Corp.')], none)).toEqual({ 'brask-industry': 'brask-industries' });
    expect(sameCompanyNumber([body('lumo-partners', 'Lumo Partners'), body('lumo-partner', 'Lumo Partner')], (id) => (id === 'lumo-partner' ? 3 : 1))).toEqual({ 'lumo-partners': 'lumo-partner' });
  });

  it('leaves a person, another word, a bare name, a non-generic word and other kinds alone', () => {
    expect(sameCompanyNumber([person('ana-partner', 'Ana Partner'), person('ana-partners', 'Ana Partners')], none)).toEqual({});
    expect(sameCompanyNumber([body('talvik-holding', 'Talvik Holding'), body('varro-holdings', 'Varro Holdings')], none)).toEqual({});
    expect(sameCompanyNumber([body('talvik-west-systems', 'Talvik West Systems'), body('talvik-east-system', 'Talvik East System')], none)).toEqual({});
    expect(sameCompanyNumber([body('talvik', 'Talvik'), body('talvik-holdings', 'Talvik Holdings')], none)).toEqual({});
    expect(sameCompanyNumber([body('holding', 'Holding'), body('holdings', 'Holdings')], none)).toEqual({});
    expect(sameCompanyNumber([body('talvik-mill', 'Talvik Mill'), body('talvik-mills', 'Talvik Mills')], none)).toEqual({});
    const group: Actor = { id: 'rural-partners', name: 'Rural Partners', kind: 'group', aliases: [], memberOf: [] };
    expect(sameCompanyNumber([body('rural-partner', 'Rural Partner'), group], none)).toEqual({});
    // Two singular forms of one key are no pair to choose between.
    expect(sameCompanyNumber([body('kessa-system', 'Kessa System'), body('kessa-system-ltd', 'Kessa System Ltd.'), body('kessa-systems', 'Kessa Systems'), body('kessa-systems-inc', 'Kessa Systems Inc.')], none)).toEqual({});
  });

  it('lists one actor for two reports that write the name each way', () => {
    const { dataset } = compileCorpus([
      { id: 'a', file: 'a.txt', raw: '---\ntitle: Plant sold\npublished: 2024-05-06\n---\n\nMarvale Holdings sold its glass plant in Dorrin on Monday, the company said.\n' },
      { id: 'b', file: 'b.txt', raw: '---\ntitle: Plant buyer\npublished: 2024-05-08\n---\n\nThe glass maker Marvale Holding agreed on Wednesday to lease the plant back from its buyer.\n' },
    ]);
    const marvale = dataset.actors.filter((a) => /marvale/i.test(a.name));
    expect(marvale.map((a) => a.name)).toEqual(['Marvale Holdings']);
    expect(marvale[0]!.aliases).toContain('Marvale Holding');
    expect(dataset.events.filter((e) => e.actors.includes('marvale-holdings')).length).toBe(dataset.events.length);
  });

  it('in one report, is named by the form it mentions more often', () => {
    const { dataset } = compileCorpus([
      { id: 'a', file: 'a.txt', raw: '---\ntitle: Plant sold\npublished: 2024-05-06\n---\n\nThe glass maker Marvale Holding sold its plant in Dorrin on Monday.\n\nMarvale Holding will lease the plant back from its buyer, Marvale Holdings said on Tuesday.\n' },
    ]);
    expect(dataset.actors.filter((a) => /marvale/i.test(a.name)).map((a) => [a.name, a.aliases])).toEqual([['Marvale Holding', ['Marvale Holdings']]]);
  });
});
