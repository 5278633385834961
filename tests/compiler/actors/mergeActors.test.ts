import { sameAcrossArticles, shorterFormOf } from '../../../src/compiler/actors/mergeActors';
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

  it('files the events of both articles under the one actor in a compiled corpus', () => {
    const { dataset } = compileCorpus([
      { id: 'a', file: 'a.txt', raw: '---\ntitle: Ferry halted\npublished: 2024-03-04\n---\n\nTomas R. Lindqvist, a ferry owner, said on Monday that he would appeal.\n' },
      { id: 'b', file: 'b.txt', raw: '---\ntitle: Ferry appeal\npublished: 2024-03-09\n---\n\nTomas Lindqvist filed his appeal on Friday, his lawyer said.\n' },
    ]);
    expect(dataset.actors.filter((a) => a.kind === 'person').map((a) => a.id)).toEqual(['tomas-r-lindqvist']);
    expect(dataset.events.every((e) => e.actors.includes('tomas-r-lindqvist'))).toBe(true);
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
