// A quotation told as its speaker's words: a label that opens on the speaker's own "we", "I", "you" or "this" gets the
// speaker named after the quotation. Sentences written for these tests.
import { compileArticle } from '../../../../src/compiler/events/compileArticle';
import { quotedSpeaker } from '../../../../src/compiler/events/labels/quotedSpeaker';

const labelsOf = (body: string, published = '2024-05-19') =>
  compileArticle({ id: 'x', file: 'x.md', raw: `---\ntitle: Harbour news\npublished: ${published}\n---\n${body}` }).events.map((e) => e.label);

function label(text: string, sentence: string, date: string, statementBy: string | null = null): string {
  return quotedSpeaker(text, { sentence, exprStart: sentence.indexOf(date), statementBy, people: [] });
}

describe('quotedSpeaker', () => {
  it('names the speaker of a quotation dated inside it, in wire and modern quotation marks', () => {
    expect(labelsOf("``We lost the vote in March but we will be back,'' Brel said Sunday.")).toContain('Brel: We lost the vote but we will be back');
    expect(labelsOf('“This brave crew will land at dawn on Thursday,” Ana Varo said.')).toContain('Ana Varo: This brave crew will land at dawn');
    expect(label('You see heavy selling that day', '"You see heavy selling that day and then calm," says Mr. Kossa.', 'that day')).toBe('Mr. Kossa: You see heavy selling that day');
    // An inverted saying, as modern copy writes it.
    expect(label('I expect a deal by June', '"I expect a deal by June," said Lena Marn.', 'June')).toBe('Lena Marn: I expect a deal by June');
  });

  it('turns "X said We …" of a trailing saying into "X: We …"', () => {
    expect(labelsOf("``To the crews in Tesk, I will bring our thanks,'' Ostra said Monday.")).toContain('Ostra: I will bring our thanks');
  });

  it('leaves alone the reporter\'s words, a quotation with no named speaker, and a statement already named', () => {
    // A broadcast transcript's "we" and a letter's "I": no speaker in the sentence.
    expect(label('We saw the river rise', 'We saw the river rise this week, and it is still rising.', 'this week')).toBe('We saw the river rise');
    // "he said": the pronoun may stand for anyone the paragraph named; the label stays.
    expect(label('I doubt the mill can reopen', '"I doubt the mill can reopen this year," he said.', 'this year')).toBe('I doubt the mill can reopen');
    // A label on the reporter's text, not a quotation.
    expect(label('This year the harbour froze', 'This year the harbour froze in March, Ana Varo said.', 'March')).toBe('This year the harbour froze');
    // The statement path already says who spoke.
    expect(label('We will appeal', '"We will appeal on Monday," the club said.', 'Monday', 'The club')).toBe('We will appeal');
    // A third-person quotation is not the speaker's own word.
    expect(label('The port will reopen', '"The port will reopen on Friday," Ana Varo said.', 'Friday')).toBe('The port will reopen');
  });
});
