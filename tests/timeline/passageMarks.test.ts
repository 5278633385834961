import { markedParagraphs } from '../../src/timeline/passageMarks';

describe('passage marks', () => {
  const text = 'First sentence here. Second one follows.\n\nA new paragraph with a third.';

  it('marks the selected passage and the others with their event ids, keeping offsets', () => {
    const paragraphs = markedParagraphs(text, { start: 21, end: 40 }, [{ start: 0, end: 20, eventId: 'e1' }, { start: 42, end: 71, eventId: 'e3' }]);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]!.parts.map((p) => [p.kind, p.eventId, p.text])).toEqual([
      ['other', 'e1', 'First sentence here.'],
      [null, null, ' '],
      ['selected', null, 'Second one follows.'],
    ]);
    for (const p of paragraphs.flatMap((x) => x.parts)) expect(text.slice(p.start, p.start + p.text.length)).toBe(p.text);
    expect(paragraphs[1]!.parts[0]).toMatchObject({ kind: 'other', eventId: 'e3' });
  });

  it('gives overlapping characters to the selected passage first', () => {
    const [paragraph] = markedParagraphs(text, { start: 0, end: 20 }, [{ start: 0, end: 20, eventId: 'same-sentence' }]);
    expect(paragraph!.parts[0]).toMatchObject({ kind: 'selected', text: 'First sentence here.' });
    expect(paragraph!.parts.some((p) => p.eventId === 'same-sentence')).toBe(false);
  });

  it('ignores ranges outside the text', () => {
    const paragraphs = markedParagraphs(text, { start: 0, end: 5 }, [{ start: 500, end: 600, eventId: 'x' }]);
    expect(paragraphs.flatMap((p) => p.parts).some((p) => p.eventId === 'x')).toBe(false);
  });
});
