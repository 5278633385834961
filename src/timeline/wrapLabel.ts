// Labels on up to two lines, broken at spaces: how wide a label's box must be
// and whether the words fit in it. The widths are estimates (the layout runs
// without a page to measure in), erring wide, so the browser's own wrapping in
// a box this wide never needs more lines than this says.

/** A conservative width for text in a proportional sans-serif font. */
export function estimateTextWidth(text: string, fontSize = 13): number {
  return Math.ceil(text.length * fontSize * 0.58);
}

export interface WrappedText {
  /** The lines as they break, at most `maxLines`; the last one cut short (with "…") when the words do not all fit. */
  lines: string[];
  /** The widest line, in pixels. */
  width: number;
  /** False when words were left out. */
  fits: boolean;
}

/**
 * Breaks `text` at spaces into lines no wider than `maxWidth`; a word longer
 * than a line is cut. Past `maxLines` the rest is left out and the last line
 * ends in an ellipsis.
 */
export function wrapText(text: string, maxWidth: number, maxLines = 2, fontSize = 13): WrappedText {
  const perLine = Math.max(2, Math.floor(maxWidth / (fontSize * 0.58)));
  // A word longer than a line is cut into pieces a line long.
  const words = text
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '')
    .flatMap((word) => Array.from({ length: Math.ceil(word.length / perLine) }, (_, i) => word.slice(i * perLine, (i + 1) * perLine)));
  const all: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (candidate.length <= perLine) {
      line = candidate;
      continue;
    }
    all.push(line);
    line = word;
  }
  if (line !== '') all.push(line);
  const fits = all.length <= maxLines;
  const lines = all.slice(0, maxLines);
  if (!fits) {
    const last = lines[maxLines - 1]!;
    lines[maxLines - 1] = `${last.length >= perLine ? last.slice(0, perLine - 1).trimEnd() : last}…`;
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
