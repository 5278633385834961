import { label } from './label';

describe('makeLabel', () => {
  it('shrinks a title before a known name', () => {
    expect(label('On Friday, Finance Minister Ana Ruiz resigned over the pension reform.', 'On Friday', { people: ['Ana Ruiz'] }))
      .toBe('Ana Ruiz resigned over the pension reform');
  });
});

describe('makeLabel: titles inside a list of people', () => {
  const people = ['Ana Brel', 'Ivo Marn', 'Eva Kross'];
  it('drops each title so the subject fits before its verb', () => {
    expect(label('Treasurer Ana Brel, Environment Minister Ivo Marn and Attorney General Eva Kross all voted to support the charter Friday.', 'Friday', { people }))
      .toBe('Ana Brel, Ivo Marn and Eva Kross all voted to support the charter');
  });

  it('leaves capitalised words before a name that no list joins', () => {
    expect(label('Varno Bank hired Eva Kross on Friday.', 'on Friday', { people })).toBe('Varno Bank hired Eva Kross');
  });
});

describe('makeLabel: a hyphenated word is no link word', () => {
  it('keeps "so-called" whole when the article before it goes', () => {
    expect(label('The so-called rainy-day fund ran dry in March.', 'March')).toBe('So-called rainy-day fund ran dry');
    expect(label('The so-called golden share came into force on March 3 pending a vote of members.', 'March 3')).toBe('So-called golden share came into force pending a vote of members');
  });

  it('still drops "so" that links the sentence to the one before', () => {
    expect(label('So the club sold its ground in May.', 'May')).toBe('Club sold its ground');
  });
});
