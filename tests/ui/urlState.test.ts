import { describe, expect, it } from 'vitest';
import { emptyUrlState, parseUrlState, resolveUrlState, serializeUrlState } from '../../src/ui/urlState';

describe('urlState', () => {
  it('parseUrlState reads the selected event and the checked actors', () => {
    expect(parseUrlState('?event=moscow-meeting&actors=russia,armenia')).toEqual({
      ...emptyUrlState, event: 'moscow-meeting', actors: ['russia', 'armenia'],
    });
    expect(parseUrlState('')).toEqual(emptyUrlState);
    expect(parseUrlState('?actors=&event=')).toEqual(emptyUrlState);
  });

  it('serializeUrlState writes only what is set and round-trips odd ids', () => {
    expect(serializeUrlState(emptyUrlState)).toBe('');
    const state = { ...emptyUrlState, event: 'a b&c', actors: ['x,y', 'z'] };
    const search = serializeUrlState(state);
    expect(search).toBe('?event=a%20b%26c&actors=x%2Cy,z');
    expect(parseUrlState(search)).toEqual(state);
  });

  it('serializeUrlState keeps unrelated parameters of the current URL', () => {
    expect(serializeUrlState({ ...emptyUrlState, event: 'e1' }, '?debug=1&event=old&from=2000-01-01&to=2001-01-01')).toBe('?debug=1&event=e1');
  });

  it('parseUrlState survives malformed escapes and repeated actors', () => {
    expect(parseUrlState('?event=%E0%A4%A&actors=a,a,b')).toEqual({ ...emptyUrlState, event: '%E0%A4%A', actors: ['a', 'b'] });
  });

  it('resolveUrlState ignores ids the data does not know', () => {
    const known = { events: new Set(['e1']), actors: new Set(['russia']) };
    expect(resolveUrlState({ ...emptyUrlState, event: 'gone', actors: ['russia', 'ghost'] }, known)).toEqual({ ...emptyUrlState, actors: ['russia'] });
    expect(resolveUrlState({ ...emptyUrlState, event: 'e1' }, known)).toEqual({ ...emptyUrlState, event: 'e1' });
  });

  it('parseUrlState reads the visible window and the axis, and round-trips them', () => {
    const state = parseUrlState('?from=2022-12-10&to=2022-12-25&axis=linear');
    expect(state).toEqual({ ...emptyUrlState, from: '2022-12-10', to: '2022-12-25', axis: 'linear' });
    expect(serializeUrlState(state)).toBe('?from=2022-12-10&to=2022-12-25&axis=linear');
  });

  it('parseUrlState ignores a malformed, half or reversed window and an unknown axis', () => {
    for (const search of ['?from=2022-13-45&to=2022-12-25', '?from=2022-12-10', '?from=2022-12-25&to=2022-12-10', '?from=x&to=y']) {
      const state = parseUrlState(`${search}&axis=curved`);
      expect([state.from, state.to, state.axis]).toEqual([null, null, null]);
    }
  });

  it('parseUrlState reads the list view and the search, and serializeUrlState writes them back', () => {
    const state = parseUrlState('?view=list&q=peace%20talks');
    expect(state).toEqual({ ...emptyUrlState, view: 'list', q: 'peace talks' });
    expect(serializeUrlState(state)).toBe('?view=list&q=peace%20talks');
    expect(parseUrlState('?view=gallery&q=').view).toBe('timeline');
    expect(serializeUrlState({ ...emptyUrlState, q: '   ' })).toBe('');
  });

  it('parseUrlState reads lanes by actor, serializeUrlState writes it back, and anything else means no lanes', () => {
    const state = parseUrlState('?actors=russia&lanes=actor');
    expect(state).toEqual({ ...emptyUrlState, actors: ['russia'], lanes: 'actor' });
    expect(serializeUrlState(state)).toBe('?actors=russia&lanes=actor');
    expect(parseUrlState('?lanes=country').lanes).toBeNull();
    expect(serializeUrlState({ ...emptyUrlState, lanes: null }, '?lanes=actor')).toBe('');
  });
});
