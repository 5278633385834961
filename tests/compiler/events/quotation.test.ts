import { isInsideQuotation, quotationAt } from '../../../src/compiler/events/quotation';

describe('quotationAt', () => {
  it('finds the quotation around a place, with curly or straight marks', () => {
    const curly = '“We are ready,” the mayor said.';
    expect(quotationAt(curly, curly.indexOf('ready'))).toEqual({ start: 1, end: curly.indexOf('”') });
    expect(isInsideQuotation(curly, curly.indexOf('mayor'))).toBe(false);
    const straight = 'The mayor said "we are ready" on Monday.';
    expect(isInsideQuotation(straight, straight.indexOf('ready'))).toBe(true);
    expect(isInsideQuotation(straight, straight.indexOf('Monday'))).toBe(false);
  });

  it('sees a quotation carried over from the sentence before', () => {
    const rest = 'The bridge reopens today.” The mayor left.';
    expect(isInsideQuotation(rest, rest.indexOf('today'))).toBe(true);
    expect(isInsideQuotation('The bridge reopens today.', 5)).toBe(false);
  });

  it('reads quotation marks typed as backticks and apostrophes, as wire copy writes them', () => {
    const tex = "``We are ready,'' the mayor said on Monday.";
    expect(quotationAt(tex, tex.indexOf('ready'))).toEqual({ start: 2, end: tex.indexOf("''") });
    expect(isInsideQuotation(tex, tex.indexOf('Monday'))).toBe(false);
    const apostrophes = "''The port is open,'' the minister said.";
    expect(isInsideQuotation(apostrophes, apostrophes.indexOf('port'))).toBe(true);
    expect(isInsideQuotation(apostrophes, apostrophes.indexOf('minister'))).toBe(false);
    // An apostrophe of a word is no quotation mark.
    const plain = "The workers' union met on Monday.";
    expect(isInsideQuotation(plain, plain.indexOf('Monday'))).toBe(false);
  });
});
