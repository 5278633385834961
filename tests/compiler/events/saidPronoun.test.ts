// An "it" right after a named body's saying is that body. Sentences written for these tests.
import { saidPronoun } from '../../../src/compiler/events/saidPronoun';
import { headline } from '../../../src/compiler/events/headline';

const itIn = (sentence: string, n = 0) => {
  let at = -1;
  for (let k = 0; k <= n; k++) at = sentence.indexOf(' it ', at + 1) + 1;
  return saidPronoun(sentence, at, 'it');
};

describe('saidPronoun', () => {
  it('names the body whose saying the "it" follows', () => {
    expect(itIn('Brenmark Corp. said it extended its offer for Orlan Inc. until March 9.')).toBe('Brenmark Corp.');
    expect(itIn('On Monday Velmar Bank said that it would close 12 branches by May.')).toBe('Velmar Bank');
    expect(itIn('The Tesk Trade Ministry announced it will cut the levy in June.')).toBe('Tesk Trade Ministry');
  });

  it('leaves alone a person\'s saying, a plain noun, and an "it" that does not follow the saying', () => {
    expect(itIn('Ana Brel said it was time to go home in May.')).toBeNull();
    expect(itIn('The firm said it would close the plant in May.')).toBeNull();
    expect(itIn('Brenmark Corp. said sales rose because it cut prices in May.')).toBeNull();
  });

  it('names the body in the headline when the article-wide reading found no name', () => {
    const sentence = 'Brenmark Corp. said it extended its offer for Orlan Inc. until March 9.';
    const exprStart = sentence.indexOf('March 9');
    expect(headline('it extended its offer for Orlan Inc. until March 9', { sentence, exprStart, exprEnd: exprStart + 7, statementBy: null, nameAt: () => null }))
      .toBe('Brenmark Corp. extended its offer for Orlan Inc.');
  });
});

describe('saidPronoun with the sentence\'s people known', () => {
  const itsIn = (sentence: string, people: string[]) => saidPronoun(sentence, sentence.indexOf(' its ') + 1, 'its', people);

  it('names a body of two words or more without a company form when it is none of the people', () => {
    expect(itsIn('Orlo Steel said its third-quarter profit fell 20%.', [])).toBe('Orlo Steel');
    expect(itsIn('Kessar Power reported its first loss in a decade.', ['Ana Brel'])).toBe('Kessar Power');
  });

  it('leaves a person, one named by surname, a title, one word, and a sentence whose people are not known', () => {
    expect(itsIn('Ana Brel said its engines were too old.', ['Ana Brel'])).toBeNull();
    expect(itsIn('Dr Ana Brel said its engines were too old.', ['Ana Brel'])).toBeNull();
    expect(itsIn('Minister Brel said its engines were too old.', [])).toBeNull();
    expect(itsIn('Kessar said its engines were too old.', [])).toBeNull();
    const unknown = 'Orlo Steel said its third-quarter profit fell 20%.';
    expect(saidPronoun(unknown, unknown.indexOf(' its ') + 1, 'its')).toBeNull();
  });
});
