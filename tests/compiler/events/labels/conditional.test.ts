import { label } from './label';

describe('makeLabel: a date inside an opening if-clause', () => {
  it('labels the main clause with its condition after it', () => {
    expect(label('If the talks fail on Monday, the union will strike.', 'on Monday')).toBe('Union will strike if the talks fail');
    expect(label('If approved on Monday, the bill would double the fuel tax.', 'on Monday')).toBe('Bill would double the fuel tax if approved');
  });

  it('leaves a date in the main clause, and a sentence that opens otherwise', () => {
    expect(label('If the talks fail, the union will strike on Monday.', 'on Monday')).toBe('Union will strike');
    expect(label('The union will strike on Monday if the talks fail.', 'on Monday')).toBe('Union will strike if the talks fail');
  });
});
