// Quoted speech in a sentence: what a speaker says in their own words is
// read differently from what the reporter states (a rhetorical "today", a
// pronoun that means the speaker).

/**
 * Wire copy and typeset text write quotation marks as two backticks and two
 * apostrophes (``like this''), and a closing pair with no backticks before it
 * as an opening one too (''like this''). They are read as curly marks, one
 * character each, with a space standing for the second so offsets keep.
 */
function withCurlyMarks(sentence: string): string {
  if (!sentence.includes('``') && !sentence.includes("''")) return sentence;
  let out = '';
  let depth = 0;
  for (let i = 0; i < sentence.length; i++) {
    const pair = sentence.slice(i, i + 2);
    if (pair === '``') {
      out += ' “';
      depth++;
      i++;
    } else if (pair === "''") {
      // A closing pair with no opening one before it opens a quotation typed with apostrophes alone.
      out += depth > 0 ? '” ' : ' "';
      if (depth > 0) depth--;
      i++;
    } else out += sentence[i];
  }
  return out;
}

/**
 * The quotation that holds offset `at`, as [start, end) offsets of the
 * sentence (the marks excluded), or null when `at` is the reporter's text.
 * Curly marks pair up; straight ones alternate; a closing mark with no
 * opening one before it ends a quotation carried over from an earlier sentence.
 */
export function quotationAt(text: string, at: number): { start: number; end: number } | null {
  const sentence = withCurlyMarks(text);
  let open = -1;
  let depth = 0;
  let straight = -1;
  for (let i = 0; i < at && i < sentence.length; i++) {
    const c = sentence[i];
    if (c === '“') {
      if (depth === 0) open = i + 1;
      depth++;
    } else if (c === '”') depth = Math.max(0, depth - 1);
    else if (c === '"') straight = straight < 0 ? i + 1 : -1;
  }
  const closing = (from: number, mark: string) => {
    const i = sentence.indexOf(mark, from);
    return i < 0 ? sentence.length : i;
  };
  if (depth > 0) return { start: open, end: closing(at, '”') };
  if (straight >= 0) return { start: straight, end: closing(at, '"') };
  const close = sentence.indexOf('”', at);
  if (close >= 0 && !sentence.slice(0, close).includes('“')) return { start: 0, end: close };
  return null;
}

export function isInsideQuotation(sentence: string, at: number): boolean {
  return quotationAt(sentence, at) !== null;
}
