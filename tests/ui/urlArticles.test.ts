// The article filter in the URL: `articles=id,id` round-trips, keeps ids with
// commas or spaces intact, and drops ids the data does not have.
import { emptyUrlState, parseUrlState, resolveUrlState, serializeUrlState } from '../../src/ui/urlState';

describe('articles in the URL', () => {
  it('reads and writes a list of article ids, each encoded on its own', () => {
    const state = { ...emptyUrlState, articles: ['201_corridor_closed_brief', 'odd, id'] };
    const search = serializeUrlState(state);
    expect(search).toBe('?articles=201_corridor_closed_brief,odd%2C%20id');
    expect(parseUrlState(search).articles).toEqual(['201_corridor_closed_brief', 'odd, id']);
  });

  it('is absent when every article is shown, and keeps other parameters', () => {
    expect(serializeUrlState(emptyUrlState)).toBe('');
    expect(serializeUrlState({ ...emptyUrlState, articles: ['a'] }, '?utm=x&articles=b')).toBe('?utm=x&articles=a');
    expect(parseUrlState('?articles=a,,a,b').articles).toEqual(['a', 'b']);
  });

  it('drops article ids the data does not have', () => {
    const known = { events: new Set<string>(), actors: new Set<string>(), articles: new Set(['a']) };
    expect(resolveUrlState(parseUrlState('?articles=a,gone'), known).articles).toEqual(['a']);
  });
});
