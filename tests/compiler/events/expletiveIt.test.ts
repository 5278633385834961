import { isExpletiveIt } from '../../../src/compiler/events/expletiveIt';

describe('isExpletiveIt', () => {
  it('reads an "it" that stands for the clause after it', () => {
    expect(isExpletiveIt('It is unclear whether the Tarvo mill will reopen.')).toBe(true);
    expect(isExpletiveIt('It was the second time that Ana Brel had entered the mill.')).toBe(true);
    expect(isExpletiveIt("It's the third time this year the ferry has broken down.")).toBe(true);
  });

  it('leaves an "it" that stands for something named before', () => {
    expect(isExpletiveIt('It was the strongest storm in years.')).toBe(false);
    expect(isExpletiveIt('It is expected to weaken on Wednesday.')).toBe(false);
    expect(isExpletiveIt('It closed 19 stores in February.')).toBe(false);
  });
});
