import { describe, expect, it } from 'vitest';
import { passageParagraphs } from '../../src/timeline/passageParagraphs';

describe('passageParagraphs', () => {
  const text = 'Title\n\nFirst sentence. Second sentence.\n \nLast one.\n';

  it('passageParagraphs(text) splits on blank lines and keeps offsets', () => {
    const paragraphs = passageParagraphs(text);
    expect(paragraphs.map((p) => p.parts.map((part) => part.text).join(''))).toEqual([
      'Title', 'First sentence. Second sentence.', 'Last one.',
    ]);
    for (const p of paragraphs) expect(text.slice(p.start, p.start + p.parts[0]!.text.length)).toBe(p.parts[0]!.text);
  });

  it('passageParagraphs(text, highlight) marks exactly the slice', () => {
    const start = text.indexOf('Second');
    const end = start + 'Second sentence.'.length;
    const marked = passageParagraphs(text, { start, end }).flatMap((p) => p.parts).filter((part) => part.marked);
    expect(marked).toEqual([{ text: 'Second sentence.', marked: true, start }]);
  });

  it('passageParagraphs marks each piece of a passage that crosses a paragraph break', () => {
    const start = text.indexOf('Second');
    const end = text.indexOf('Last') + 4;
    const marked = passageParagraphs(text, { start, end }).flatMap((p) => p.parts).filter((part) => part.marked);
    expect(marked.map((part) => part.text)).toEqual(['Second sentence.', 'Last']);
  });
});
