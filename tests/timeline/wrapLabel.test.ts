import { describe, expect, it } from 'vitest';
import { estimateTextWidth, shownText, wrapText } from '../../src/timeline/wrapLabel';

describe('wrapText', () => {
  it('wrapText keeps a short label on one line as wide as its words', () => {
    const wrapped = wrapText('Talks collapse', 200);
    expect(wrapped).toEqual({ lines: ['Talks collapse'], width: estimateTextWidth('Talks collapse'), fits: true });
  });

  it('wrapText breaks at spaces into lines no wider than asked', () => {
    const wrapped = wrapText('Moscow meeting to prepare a peace agreement', 200);
    expect(wrapped.lines).toEqual(['Moscow meeting to prepare a', 'peace agreement']);
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

describe('estimateTextWidth', () => {
  it('measures each character: a line of capitals is wider than one of as many small letters, and thin letters narrower', () => {
    expect(estimateTextWidth('OSKR SIGNS ACCORD')).toBeGreaterThan(estimateTextWidth('oskr signs accord'));
    expect(estimateTextWidth('illicit')).toBeLessThan(estimateTextWidth('mammoth'));
  });

  it('errs wide of the page font on this system, for capitals, small letters and figures alike', () => {
    // Widths of DejaVu Sans at 100 px, as Chromium draws `system-ui` on Linux (ceil'd): "W" 99, "m" 98, "i" 28, "0" 64.
    expect(estimateTextWidth('W', 100)).toBeGreaterThanOrEqual(99);
    expect(estimateTextWidth('mmmm', 100)).toBeGreaterThanOrEqual(4 * 98);
    expect(estimateTextWidth('2024', 100)).toBeGreaterThanOrEqual(4 * 64);
  });

  it('gives an accented letter its base letter\'s width, an ideograph a full em and other scripts a wide letter\'s', () => {
    expect(estimateTextWidth('É', 100)).toBe(estimateTextWidth('E', 100));
    expect(estimateTextWidth('中', 100)).toBe(100);
    expect(estimateTextWidth('Ж', 100)).toBeGreaterThanOrEqual(estimateTextWidth('N', 100));
  });
});

describe('wrapText by measure', () => {
  it('puts fewer capitals than small letters on a line of the same width', () => {
    const caps = wrapText('ASTER HOLDS TALKS WITH THE VARNBY UNION', 150);
    const small = wrapText('aster holds talks with the varnby union', 150);
    expect(caps.lines[0]!.length).toBeLessThan(small.lines[0]!.length);
    for (const line of [...caps.lines, ...small.lines]) expect(estimateTextWidth(line.replace(/…$/, ''))).toBeLessThanOrEqual(150);
  });

  it('keeps the last line and its "…" within the width', () => {
    const wrapped = wrapText('MMMM MMMM MMMM MMMM MMMM MMMM MMMM MMMM MMMM', 100);
    expect(wrapped.fits).toBe(false);
    expect(wrapped.lines[1]!.endsWith('…')).toBe(true);
    expect(wrapped.width).toBeLessThanOrEqual(100);
  });
});
