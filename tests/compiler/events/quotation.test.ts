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
});
