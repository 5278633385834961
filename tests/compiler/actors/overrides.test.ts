import { mergeActors, parseActorOverrides } from '../../../src/compiler/actors/extractActors';
import type { Actor } from '../../../src/model/schema';
import { run } from './runActors';

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
