import { describe, expect, it } from 'vitest';
import { parseUrlState, resolveUrlState, serializeUrlState } from '../../src/ui/urlState';

describe('urlState', () => {
  it('parseUrlState reads the selected event and the checked actors', () => {
    expect(parseUrlState('?event=moscow-meeting&actors=russia,armenia')).toEqual({
      event: 'moscow-meeting', actors: ['russia', 'armenia'],
    });
    expect(parseUrlState('')).toEqual({ event: null, actors: [] });
    expect(parseUrlState('?actors=&event=')).toEqual({ event: null, actors: [] });
  });

  it('serializeUrlState writes only what is set and round-trips odd ids', () => {
    expect(serializeUrlState({ event: null, actors: [] })).toBe('');
    const state = { event: 'a b&c', actors: ['x,y', 'z'] };
    const search = serializeUrlState(state);
    expect(search).toBe('?event=a%20b%26c&actors=x%2Cy,z');
    expect(parseUrlState(search)).toEqual(state);
  });

  it('serializeUrlState keeps unrelated parameters of the current URL', () => {
    expect(serializeUrlState({ event: 'e1', actors: [] }, '?debug=1&event=old')).toBe('?debug=1&event=e1');
  });

  it('parseUrlState survives malformed escapes and repeated actors', () => {
    expect(parseUrlState('?event=%E0%A4%A&actors=a,a,b')).toEqual({ event: '%E0%A4%A', actors: ['a', 'b'] });
  });

  it('resolveUrlState ignores ids the data does not know', () => {
    const known = { events: new Set(['e1']), actors: new Set(['russia']) };
    expect(resolveUrlState({ event: 'gone', actors: ['russia', 'ghost'] }, known)).toEqual({ event: null, actors: ['russia'] });
    expect(resolveUrlState({ event: 'e1', actors: [] }, known)).toEqual({ event: 'e1', actors: [] });
  });
});
