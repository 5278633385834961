// A saying whose clause tells only where it was said: its label is the speaker and the quotation after the colon.
// Sentences written for these tests.
import { placedSaying } from '../../../../src/compiler/events/labels/quotedSaying';

function said(sentence: string, date: string, statementBy: string | null = null): string | null {
  const exprStart = sentence.indexOf(date);
  return placedSaying({ sentence, exprStart, exprEnd: exprStart + date.length, statementBy });
}

describe('placedSaying', () => {
  it('labels a saying with a place and no content by its speaker and the quotation', () => {
    expect(said("Marn's sister said Thursday at the family farm near Ostra, Vell: ``I hope he comes home and tells the truth.''", 'Thursday'))
      .toBe("Marn's sister: I hope he comes home and tells the truth");
    // The speaker's aside goes; a curly quotation reads the same.
    expect(said('The mayor, who was re-elected last year, said on Monday in Tesk: “We will rebuild the bridge.”', 'Monday'))
      .toBe('The mayor: We will rebuild the bridge');
  });

  it('leaves alone a saying with content of its own, a date inside the quotation, and a statement already named', () => {
    expect(said('The mayor said Monday that the bridge would reopen: ``It is safe now.\'\'', 'Monday')).toBeNull();
    expect(said('The mayor said from Tesk: ``We will rebuild the bridge by May.\'\'', 'May')).toBeNull();
    expect(said("Marn's sister said Thursday at the family farm near Ostra: ``I hope he comes home.''", 'Thursday', "Marn's sister")).toBeNull();
    // A quotation of two words is too little to be the news.
    expect(said("Marn's sister said Thursday at the family farm near Ostra: ``Come home.''", 'Thursday')).toBeNull();
  });
});
