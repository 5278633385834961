import { articleActors, createArticleActorsCache, passageActors } from '../../../src/compiler/corpus/passageActors';
import type { Actor, TimelineEvent } from '../../../src/model/schema';

const actor = (id: string, name: string, aliases: string[] = [], kind: Actor['kind'] = 'country'): Actor => ({ id, name, kind, aliases, memberOf: [] });
const passage = (articleId: string, quote: string) => ({ sources: [{ articleId, start: 0, end: quote.length, quote }] }) as unknown as TimelineEvent;

describe('passageActors', () => {
  const named = passageActors(new Map([
    ['wire', [actor('norland', 'Norland', ['Republic of Norland']), actor('ivo-dan', 'Ivo Dan', ['Dan'], 'person')]],
    ['paper', [actor('ostmark', 'Ostmark')]],
  ]));

  it('finds the article’s actors by name or alias as whole words', () => {
    expect(named(passage('wire', 'The Republic of Norland and Dan signed the pact.')).sort()).toEqual(['ivo-dan', 'norland']);
  });

  it('does not find a name inside a longer word, nor another article’s actors', () => {
    expect(named(passage('wire', 'Norlander troops and Danish ships left.'))).toEqual([]);
    expect(named(passage('wire', 'Ostmark closed its border.'))).toEqual([]);
  });

  it('finds a whole-word name after the same letters inside a longer word', () => {
    expect(named(passage('wire', 'Norlanders cheered as Norland won.'))).toEqual(['norland']);
  });

  it('reads letters and digits beyond ASCII as parts of a word, a surrogate pair as one character', () => {
    expect(named(passage('wire', 'ÉNorland and Norlandé and Norland٣ voted.'))).toEqual([]);
    expect(named(passage('wire', 'The 𝐀Norland motion failed.'))).toEqual([]);
    expect(named(passage('wire', 'Fans wrote 😀Norland and left.'))).toEqual(['norland']);
  });

  it('files an actor under the id the corpus gives it', () => {
    const resolved = passageActors(new Map([['wire', [actor('norland-1', 'Norland')]]]), (id) => id.replace(/-1$/, ''));
    expect(resolved(passage('wire', 'Norland voted.'))).toEqual(['norland']);
  });

  it('finds a known country by its demonym, as a word of its own only', () => {
    const known = passageActors(new Map([['wire', [actor('peru', 'Peru')]]]));
    expect(known(passage('wire', 'Peruvian forces shelled the border post.'))).toEqual(['peru']);
    expect(known(passage('wire', 'Five Peruvians were hurt.'))).toEqual(['peru']);
    expect(known(passage('wire', 'Non-Peruvianness was the theme.'))).toEqual([]);
  });

  it('gives a country the gazetteer lacks no demonym', () => {
    expect(named(passage('wire', 'Norlandian troops left.'))).toEqual([]);
  });
});

describe('articleActors', () => {
  const actors = [actor('norland', 'Norland'), actor('ivo-dan', 'Ivo Dan', ['Dan'], 'person'), actor('brenmark', 'Brenmark Foods', ['Brenmark'], 'organization')];

  it('finds every actor of the corpus an article names anywhere, by name, alias or demonym', () => {
    const found = articleActors([{ id: 'brief', text: 'Brenmark shut the plant on Monday. Ivo Dan said workers were sent home.' }], actors);
    expect([...found.get('brief')!].sort()).toEqual(['brenmark', 'ivo-dan']);
  });

  it('leaves out a name inside a longer word, and gives an article that names no one an empty set', () => {
    const found = articleActors([{ id: 'a', text: 'Brenmarks and Danish ships left.' }, { id: 'b', text: 'Rain fell all day.' }], actors);
    expect([...found.get('a')!]).toEqual([]);
    expect(found.get('b')!.size).toBe(0);
  });

  it('with a cache, keeps an article’s finds while the actors are the same list, and looks again when they change', () => {
    const cache = createArticleActorsCache();
    const articles = [{ id: 'brief', text: 'Brenmark shut the plant near Oskarby on Monday.' }];
    const first = articleActors(articles, actors, cache);
    expect([...first.get('brief')!]).toEqual(['brenmark']);
    expect(articleActors(articles, actors, cache).get('brief')).toBe(first.get('brief'));
    // An actor another article brought in is found here too once the corpus has it.
    const more = [...actors, actor('oskarby', 'Oskarby')];
    expect([...articleActors(articles, more, cache).get('brief')!].sort()).toEqual(['brenmark', 'oskarby']);
    // An edited article is another object: it is read again, even with the same actors.
    const edited = [{ id: 'brief', text: 'The plant near Oskarby stayed shut on Monday.' }];
    expect([...articleActors(edited, more, cache).get('brief')!]).toEqual(['oskarby']);
  });
});
