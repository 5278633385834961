// Splits an article's text into paragraphs (on blank lines) and marks the
// event's passage inside them, keeping the offsets of the compiled text so the
// marked part is exactly text.slice(start, end).

export interface TextPart {
  text: string;
  marked: boolean;
  /** Offset of the part in the article text. */
  start: number;
}

export interface Paragraph {
  start: number;
  parts: TextPart[];
}

export interface Highlight {
  start: number;
  end: number;
}

export function passageParagraphs(text: string, highlight?: Highlight | null): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const separator = /\n[ \t]*\n\s*/g;
  let from = 0;
  const push = (start: number, end: number) => {
    // Leading and trailing spaces of a paragraph carry nothing on screen.
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) paragraphs.push({ start, parts: splitParts(text, start, end, highlight) });
  };
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return paragraphs;
}

function splitParts(text: string, start: number, end: number, highlight?: Highlight | null): TextPart[] {
  if (!highlight || highlight.end <= start || highlight.start >= end || highlight.end <= highlight.start) {
    return [{ text: text.slice(start, end), marked: false, start }];
  }
  const a = Math.max(start, highlight.start);
  const b = Math.min(end, highlight.end);
  const parts: TextPart[] = [];
  if (a > start) parts.push({ text: text.slice(start, a), marked: false, start });
  parts.push({ text: text.slice(a, b), marked: true, start: a });
  if (b < end) parts.push({ text: text.slice(b, end), marked: false, start: b });
  return parts;
}
