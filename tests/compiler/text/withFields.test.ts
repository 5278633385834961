import { describe, expect, it } from 'vitest';
import { withFields } from '../../../src/compiler/text/withFields';

describe('withFields', () => {
  it('writes the same JSON as a spread with the fields after it: base keys in place, new keys last', () => {
    const base = { start: 4, end: 9, text: 'May 3', rule: 'month-day' };
    const fields = { anchor: { kind: 'publication' }, start: 5 };
    expect(JSON.stringify(withFields(base, fields))).toBe(JSON.stringify({ ...base, ...fields }));
    expect(Object.keys(withFields(base, fields))).toEqual(['start', 'end', 'text', 'rule', 'anchor']);
  });

  it('leaves the base record as it was', () => {
    const base = { actorId: 'harlow-s', start: 0 };
    const copy = withFields(base, { actorId: 'harlow' });
    expect(copy).toEqual({ actorId: 'harlow', start: 0 });
    expect(base).toEqual({ actorId: 'harlow-s', start: 0 });
  });
});
