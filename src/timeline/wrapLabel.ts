// Labels on up to two lines, broken at spaces: how wide a label's box must be
// and whether the words fit in it. The widths are estimates (the layout runs
// without a page to measure in), erring wide, so the browser's own wrapping in
// a box this wide never needs more lines than this says.

import { glyphWidth, textWidth } from './glyphWidths';

/** A conservative width, in pixels, for text in the page's sans-serif font (see glyphWidths). */
export function estimateTextWidth(text: string, fontSize = 13): number {
  return toPixels(textWidth(text), fontSize);
}

function toPixels(hundredths: number, fontSize: number): number {
  return Math.ceil((hundredths * fontSize) / 100);
}

export interface WrappedText {
  /** The lines as they break, at most `maxLines`; the last one cut short (with "…") when the words do not all fit. */
  lines: string[];
  /** The widest line, in pixels. */
  width: number;
  /** False when words were left out. */
  fits: boolean;
}

/** Cuts a word wider than a line into pieces a line wide (at least one character each). */
function pieces(word: string, room: number): string[] {
  const out: string[] = [];
  let piece = '';
  let width = 0;
  for (const char of word) {
    const w = glyphWidth(char);
    if (piece !== '' && width + w > room) {
      out.push(piece);
      piece = '';
      width = 0;
    }
    piece += char;
    width += w;
  }
  if (piece !== '') out.push(piece);
  return out;
}

/**
 * Breaks `text` at spaces into lines no wider than `maxWidth`, measuring each
 * character (a line of capitals holds fewer than one of small letters); a word
 * wider than a line is cut. Past `maxLines` the rest is left out and the last
 * line ends in an ellipsis.
 */
export function wrapText(text: string, maxWidth: number, maxLines = 2, fontSize = 13): WrappedText {
  // The room in hundredths of an em, and at least two small letters' worth.
  const room = Math.max((maxWidth * 100) / fontSize, 2 * glyphWidth('n'));
  const space = glyphWidth(' ');
  const words = text
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '')
    .flatMap((word) => (textWidth(word) > room ? pieces(word, room) : [word]));
  const all: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of words) {
    const w = textWidth(word);
    if (line === '') {
      line = word;
      lineWidth = w;
    } else if (lineWidth + space + w <= room) {
      line = `${line} ${word}`;
      lineWidth += space + w;
    } else {
      all.push(line);
      line = word;
      lineWidth = w;
    }
  }
  if (line !== '') all.push(line);
  const fits = all.length <= maxLines;
  const lines = all.slice(0, maxLines);
  if (!fits) {
    // The last line keeps as much as fits beside the "…".
    let last = lines[maxLines - 1]!;
    const ellipsis = glyphWidth('…');
    while (last.length > 1 && textWidth(last) + ellipsis > room) last = Array.from(last).slice(0, -1).join('').trimEnd();
    lines[maxLines - 1] = `${last}…`;
  }
  const width = lines.reduce((widest, l) => Math.max(widest, estimateTextWidth(l, fontSize)), 0);
  return { lines, width, fits };
}

/**
 * What the lines of `wrapped` show of `text`, as one string to draw: the text itself when its words all fit;
 * otherwise its opening as written (its own spaces, a long word whole where its pieces are), as far as the lines
 * keep it, and "…", so a label cut short says so in any alignment and its words break no later than the lines do.
 */
export function shownText(text: string, wrapped: WrappedText): string {
  if (wrapped.fits) return text;
  const kept = wrapped.lines.join('').replace(/…$/, '').replace(/\s+/g, '').length;
  const source = text.trim();
  let seen = 0;
  let end = 0;
  while (end < source.length && seen < kept) if (!/\s/.test(source[end++]!)) seen++;
  // Cut after a mark of its own ("Russia… signed", "talks, then"), the one "…" stands for both.
  return `${source.slice(0, end).replace(/[\s,;:·…–—-]+$/u, '')}…`;
}
