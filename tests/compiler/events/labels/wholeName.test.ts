// A label cut at a word keeps a name whole. Sentences written for these tests.
import { fit } from '../../../../src/compiler/events/headline';
import { keepNameWhole } from '../../../../src/compiler/events/labels/wholeName';

describe('keepNameWhole', () => {
  it('cuts before a name rather than inside it', () => {
    expect(fit('Border guards stopped a lorry full of stolen copper in a village bordering Northern Varnia on the eve of talks'))
      .toBe('Border guards stopped a lorry full of stolen copper in a village bordering…');
    expect(fit("Harbour Mills stock rose 40 cents to close at $17.25 in trading on the Tesk Stock Exchange's main board"))
      .toBe('Harbour Mills stock rose 40 cents to close at $17.25 in trading…');
    expect(fit('The rover team said the probe would reach orbit around the moon of Ostra Prime Nine in the spring of next year'))
      .toBe('The rover team said the probe would reach orbit around the moon…');
    // A name in quotation marks is a name too.
    expect(fit("Ana Brel said that she would look for a new host for her site called ``Tesk Harbour Files'' next year"))
      .toBe('Ana Brel said that she would look for a new host for her site called…');
  });

  it('leaves a cut between a name and a lower-case word, a name that opens the label, and a list of places', () => {
    expect(keepNameWhole(['Ana', 'Brel', 'said', 'the', 'port', 'Tesk', 'would', 'reopen'], 6, 10)).toBe(6);
    // The name opens the label: going back would leave too little.
    expect(keepNameWhole(['Varnian', 'Harbour', 'Authority', 'Board'], 3, 20)).toBe(3);
    // "Tesk, Varnia": a comma ends the first name.
    expect(keepNameWhole(['Protests', 'spread', 'from', 'Ostra', 'to', 'Tesk,', 'Varnia'], 6, 10)).toBe(6);
  });
});
