import { run } from './runActors';

describe('membership from the text', () => {
  it('binds clubs by their last word and a manager to the club of the story', () => {
    const r = run('Dunmore Wanderers beat Kelby Town 2-0. Wanderers had lost their last three games, and manager Ola Berg said the win mattered.');
    expect(r.ids(1)).toContain('dunmore-wanderers');
    expect(r.byId.get('ola-berg')?.memberOf).toEqual(['dunmore-wanderers']);
  });

  it('gives a title without a country, and the unqualified government, to the article’s country', () => {
    const r = run('Floods hit Peru on Monday. Prime Minister Ana Lobo visited the area, and the government declared an emergency.');
    expect(r.byId.get('ana-lobo')?.memberOf).toEqual(['peru']);
    expect(r.byId.get('peruvian-government')?.memberOf).toEqual(['peru']);
  });
});
