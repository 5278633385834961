import { isAllCaps, isCap, isTitleWord, tokenize, TOKEN_RE, tokenKey } from '../../../src/compiler/text/tokens';

// The actor finder reads a sentence's words by character codes; they must be
// the words the lexicon's own pattern finds in the same slice, so that every
// name entered into the lexicon is matched in the text.
function byPattern(text: string, from: number, to: number) {
  return Array.from(text.slice(from, to).matchAll(TOKEN_RE), (m) => {
    const start = from + m.index;
    return { text: m[0], key: tokenKey(m[0]), start, end: start + m[0].length };
  });
}

describe('tokenize', () => {
  it.each([
    ['The U.S. and the U.N said so.'],
    ['Côte d’Ivoire’s café, e\u0301lan and Ж-word'],
    ['𝐀.𝐁. and 😀 then U.S'],
    ['A.\ud835 lone halves \udc00 and İstanbul'],
  ])('reads %j as the lexicon pattern does', (text) => {
    expect(tokenize(text, 0, text.length)).toEqual(byPattern(text, 0, text.length));
  });

  it('agrees with the pattern on every slice of many mixed strings', () => {
    const pieces = ['A', 'b', 'Z', '.', ' ', '’', "'", 'É', 'e\u0301', '\u0301', '1', '٣', 'Ж', '𝐀', '𝐚', '😀', '\ud835', '\udc00', 'ſ', '-', 'U.S.', 'ǅ', 'Ⅻ', '_'];
    let seed = 11;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let k = 0; k < 20000; k++) {
      let text = '';
      for (let j = 0, len = 1 + next(12); j < len; j++) text += pieces[next(pieces.length)];
      const from = next(text.length + 1);
      const to = from + next(text.length - from + 1);
      expect(tokenize(text, from, to)).toEqual(byPattern(text, from, to));
    }
  });
});

describe('the capitalisation test', () => {
  it('reads a capital in any cased script, and nothing else, as a capital', () => {
    expect(['Valmont', 'Élodie', 'Жуков', 'Ω', 'U.S.'].map(isCap)).toEqual([true, true, true, true, true]);
    expect(['valmont', 'élan', '2022', '’s', '北京', ''].map(isCap)).toEqual([false, false, false, false, false, false]);
  });

  it('tells names written in capitals from title-case names', () => {
    expect(['NATO', 'U.S.', 'MAX', 'CSU-52'].map(isAllCaps)).toEqual([true, true, true, true]);
    expect(['Nato', 'McAllen', '52'].map(isAllCaps)).toEqual([false, false, false]);
    expect(['Varnia', 'McAllen', 'UN', 'A', 'varnia'].map(isTitleWord)).toEqual([true, true, false, false, false]);
  });
});
