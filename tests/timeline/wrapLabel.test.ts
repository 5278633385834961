import { describe, expect, it } from 'vitest';
import { estimateTextWidth, shownText, wrapText } from '../../src/timeline/wrapLabel';

describe('wrapText', () => {
  it('wrapText keeps a short label on one line as wide as its words', () => {
    const wrapped = wrapText('Talks collapse', 200);
    expect(wrapped).toEqual({ lines: ['Talks collapse'], width: estimateTextWidth('Talks collapse'), fits: true });
  });

  it('wrapText breaks at spaces into lines no wider than asked', () => {
    const wrapped = wrapText('Moscow meeting to prepare a peace agreement', 200);
    expect(wrapped.lines).toEqual(['Moscow meeting to prepare', 'a peace agreement']);
    expect(wrapped.fits).toBe(true);
    for (const line of wrapped.lines) expect(estimateTextWidth(line)).toBeLessThanOrEqual(200);
  });

  it('wrapText leaves out what does not fit in the lines and ends the last one with an ellipsis', () => {
    const wrapped = wrapText('Protesters blocked the road to the capital for eleven days in a row', 120);
    expect(wrapped.fits).toBe(false);
    expect(wrapped.lines).toHaveLength(2);
    expect(wrapped.lines[1]!.endsWith('…')).toBe(true);
    expect(wrapped.width).toBeLessThanOrEqual(120);
  });

  it('wrapText cuts a word longer than a line', () => {
    const wrapped = wrapText('Supercalifragilisticexpialidocious', 80, 4);
    expect(wrapped.lines.join('')).toBe('Supercalifragilisticexpialidocious');
    expect(wrapped.lines.length).toBeGreaterThan(1);
  });

  it('shownText draws a label its lines hold as it is, and one they cannot hold cut, as written, ending in "…"', () => {
    const short = 'Ferry to Ostholm resumes';
    expect(shownText(short, wrapText(short, 200))).toBe(short);
    const long = 'Teodor Brask has run the Kessel Road  plant in Varnby since 2017';
    const wrapped = wrapText(long, 150);
    expect(wrapped.fits).toBe(false);
    const shown = shownText(long, wrapped);
    expect(shown).toMatch(/…$/);
    expect(shown).not.toContain('since 2017');
    // The opening of the label with its own spacing, which the same lines hold whole.
    expect(long.startsWith(shown.slice(0, -1))).toBe(true);
    expect(wrapText(shown, 150).fits).toBe(true);
    // A word cut into pieces a line long is drawn as one word, not with spaces inside.
    const word = 'Supercalifragilisticexpialidocious and more words after it';
    const cut = shownText(word, wrapText(word, 80));
    expect(cut).toMatch(/^Supercalifragili[a-z]*…$/);
    expect(cut).not.toContain(' ');
    // A label cut short already ("…") or at a comma ends in one "…", not two marks.
    const ownMark = 'Leaders of Ostholm and Varnby… reached an accord (2024)';
    expect(shownText(ownMark, wrapText(ownMark, 136))).toBe('Leaders of Ostholm and Varnby…');
    const comma = 'Ferries stopped at Ostholm harbour, then at Varnby and Kessel';
    expect(shownText(comma, wrapText(comma, 136))).toBe('Ferries stopped at Ostholm harbour…');
  });

  it('estimateTextWidth grows with the text and the font size', () => {
    expect(estimateTextWidth('abcdefghij')).toBeGreaterThan(estimateTextWidth('abc'));
    expect(estimateTextWidth('abc', 20)).toBeGreaterThan(estimateTextWidth('abc', 10));
  });
});
