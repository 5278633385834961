// Where a name stands as a whole word in a passage, as written: "Armenia" is
// not found in "Armenian", nor "US" in "us". Read as plain text with its ends
// checked rather than with a pattern per name: each distinct pattern with
// Unicode classes costs about half a millisecond to compile, and a corpus
// looks for hundreds of names.

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Answers for characters beyond ASCII, kept as they come up. */
const lettersOrDigits = new Map<number, boolean>();

/** Whether a code point (none past either end) is a letter or a digit. */
function letterOrDigit(c: number | undefined): boolean {
  if (c === undefined) return false;
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let known = lettersOrDigits.get(c);
  if (known === undefined) lettersOrDigits.set(c, (known = LETTER_OR_DIGIT.test(String.fromCodePoint(c))));
  return known;
}

/** The code point that ends before offset i, a surrogate pair read whole. */
function codePointBefore(s: string, i: number): number | undefined {
  if (i <= 0) return undefined;
  const c = s.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = s.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return s.codePointAt(i - 2);
  }
  return c;
}

/**
 * The first offset at or after `from` where `name` is written with no letter or digit on either side (what
 * `(?<![\p{L}\p{N}])name(?![\p{L}\p{N}])` finds), or -1.
 */
export function wholeWordAt(passage: string, name: string, from = 0): number {
  for (let at = passage.indexOf(name, from); at >= 0; at = passage.indexOf(name, at + 1)) {
    if (!letterOrDigit(codePointBefore(passage, at)) && !letterOrDigit(passage.codePointAt(at + name.length))) return at;
  }
  return -1;
}
