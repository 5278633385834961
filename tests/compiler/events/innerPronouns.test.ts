import { namedInside, namedObject } from '../../../src/compiler/events/innerPronouns';

// The reading of the article: every pronoun is the one person it was told of.
const reading = (name: string) => (word: string) => (/^(?:he|his|she|her)$/.test(word) ? name : null);

describe('namedInside', () => {
  it('names an owner or a subject inside a label that names no one before it', () => {
    const sentence = 'In Tarvo, dock workers marched on Friday to demand his return.';
    expect(namedInside('Dock workers marched to demand his return', sentence, reading('Ivo Marn'))).toBe('Dock workers marched to demand Ivo Marn’s return');
    const ruling = 'The port authority ruled on Monday that she must leave the island by May.';
    expect(namedInside('Port authority ruled that she must leave the island', ruling, reading('Ana Brel'))).toBe('Port authority ruled that Ana Brel must leave the island');
  });

  it('names the first and leaves the pronouns after it, which may stand for that name', () => {
    const sentence = 'The agency ruled on Monday that he must be sent back to his mother.';
    expect(namedInside('Agency ruled that he must be sent back to his mother', sentence, reading('Ivo Marn'))).toBe('Agency ruled that Ivo Marn must be sent back to his mother');
  });

  it('leaves a pronoun after a person the label names, by name or by what they are, and one in a quotation', () => {
    const said = 'Tomas Orlan said on Monday that he would appeal.';
    expect(namedInside('Tomas Orlan said that he would appeal', said, reading('Ana Brel'))).toBe('Tomas Orlan said that he would appeal');
    const chief = 'The brigade’s chief said on Monday his crews found the valves closed.';
    expect(namedInside('Brigade’s chief said his crews found the valves closed', chief, reading('Ana Brel'))).toBe('Brigade’s chief said his crews found the valves closed');
    const quoted = '"This gives him time so that he can rest," the lawyer said on Monday.';
    expect(namedInside('"This gives him time so that he can rest', quoted, reading('Ivo Marn'))).toBe('"This gives him time so that he can rest');
  });

  it('leaves an object, a name already in the label, and a name that would push the clause past the cut', () => {
    const object = 'A law named for him was passed in 1996.';
    expect(namedInside('Law named for him was passed', object, reading('Ivo Marn'))).toBe('Law named for him was passed');
    const told = 'The mill told her on Monday to leave.';
    expect(namedInside('Mill told her to leave', told, reading('Ana Brel'))).toBe('Mill told her to leave');
    const far = 'Crowds of dock workers and their families marched from the harbour gates to the town hall on Friday to demand his return.';
    expect(namedInside('Crowds of dock workers and their families marched from the harbour gates to demand his return', far, reading('Ivo Marn')))
      .toBe('Crowds of dock workers and their families marched from the harbour gates to demand his return');
  });
});

describe('namedObject', () => {
  const sentence = 'At the forum with Ivo Varn, Lena Ostrow blamed him for letting the harbour fees double in 1992.';
  it('names an object "him" after the label\'s verb by the other person the sentence named before it', () => {
    expect(namedObject('Lena Ostrow blamed him for letting the harbour fees double', sentence, ['Ivo Varn', 'Lena Ostrow'])).toBe('Lena Ostrow blamed Ivo Varn for letting the harbour fees double');
    expect(namedObject('Ostrow blamed him for letting the harbour fees double', sentence, ['Ivo Varn', 'Lena Ostrow'])).toBe('Ostrow blamed Varn for letting the harbour fees double');
  });

  it('leaves it with a third person named, with the other person named after it, or without a doer in the label', () => {
    expect(namedObject('Ostrow blamed him for letting the fees rise', sentence, ['Ivo Varn', 'Lena Ostrow', 'Ana Brel'])).toBe('Ostrow blamed him for letting the fees rise');
    const later = 'Lena Ostrow attacked him on Monday, and Ivo Varn replied.';
    expect(namedObject('Lena Ostrow attacked him', later, ['Lena Ostrow', 'Ivo Varn'])).toBe('Lena Ostrow attacked him');
    expect(namedObject('Critics blamed him for letting the fees rise', sentence, ['Ivo Varn', 'Lena Ostrow'])).toBe('Critics blamed him for letting the fees rise');
  });
});
