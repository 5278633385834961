import { parseFrontMatter } from '../../../src/compiler/read/frontMatter';

describe('parseFrontMatter', () => {
  it('reads title, source and published and returns the body after the block', () => {
    const fm = parseFrontMatter('---\ntitle: "Protests reach 100th day"\nsource: https://example.org/a\npublished: 2023-03-21\nmood: calm\n---\nBody text.\n');
    expect(fm.fields).toEqual({ title: 'Protests reach 100th day', source: 'https://example.org/a', published: '2023-03-21', mood: 'calm' });
    expect(fm.lines.published).toBe(4);
    expect(fm.body).toBe('Body text.\n');
    expect(fm.problems).toEqual([]);
  });

  it('leaves a text without a block untouched', () => {
    const text = 'Headline\n\nA body --- with dashes.';
    expect(parseFrontMatter(text)).toMatchObject({ body: text, fields: {}, problems: [] });
  });

  it('reports an unclosed block on line 1 and reads the whole file as text', () => {
    const text = '---\ntitle: Never closed\nBody';
    const fm = parseFrontMatter(text);
    expect(fm.body).toBe(text);
    expect(fm.problems).toEqual([{ line: 1, message: expect.stringContaining('never closed') }]);
  });

  it('names the line of a malformed entry and keeps the good ones', () => {
    const fm = parseFrontMatter('---\ntitle: Fine\nthis is not a field\n---\nBody');
    expect(fm.fields.title).toBe('Fine');
    expect(fm.problems).toEqual([{ line: 3, message: expect.stringContaining('not "key: value"') }]);
  });
});
