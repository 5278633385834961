import { readFileSync } from 'node:fs';
import { splitSentences } from '../../../src/compiler/text/segment';
import { extractActors } from '../../../src/compiler/actors/extractActors';
import { findAttribution } from '../../../src/compiler/events/attribution';

function attribution(text: string) {
  const sentences = splitSentences(text, { hasTitle: false });
  const { mentions } = extractActors(text, sentences);
  return findAttribution(sentences[0]!, mentions[0] ?? []);
}

describe('findAttribution on the seed article', () => {
  const text = readFileSync(new URL('../../../seeds/000_30beba559cdab82b.txt', import.meta.url), 'utf8');
  const sentences = splitSentences(text);
  const { mentions } = extractActors(text, sentences);
  const at = (prefix: string) => {
    const i = sentences.findIndex((s) => s.text.startsWith(prefix));
    return findAttribution(sentences[i]!, mentions[i]!);
  };

  it('covers the ministry and the date of its statement', () => {
    const a = at('Armenian officials');
    expect(a).toMatchObject({ actorId: 'russian-foreign-ministry', text: 'the Russian Foreign Ministry said on Thursday' });
    expect(text.slice(a!.start, a!.end)).toBe(a!.text);
  });

  it('reads "according to" clauses', () => {
    expect(at('In a phone call')).toMatchObject({ text: 'according to a statement on the ministry website', actorId: 'russian-foreign-ministry' });
    expect(at('Azerbaijani non-governmental')).toMatchObject({ text: 'according to Azerbaijan', actorId: 'azerbaijan' });
  });

  it('reads inverted and quoted attributions', () => {
    expect(at('"The situation')?.text).toBe('said the statement');
    expect(at('"Sergey Lavrov stressed')).toMatchObject({ text: 'the Russian statement added', actorId: 'russia' });
  });

  it('does not take an accusation for an attribution', () => {
    expect(at('In a separate statement')).toBeNull();
  });
});

describe('findAttribution on other news', () => {
  it('reads "X told reporters" with its date', () => {
    expect(attribution('The dam could fail within hours, the mayor told reporters on Monday.')?.text).toBe('the mayor told reporters on Monday');
  });

  it('ends a trailing clause at the comma before what the speaker went on to do', () => {
    const a = attribution('The border will stay closed until further notice, the Interior Ministry said on Tuesday, rejecting calls to reopen it.');
    expect(a).toMatchObject({ text: 'the Interior Ministry said on Tuesday' });
    expect(attribution('Three soldiers were killed in the attack, the army reported, citing field commanders.')?.text).toBe('the army reported');
    // A clause in the middle that is not followed by what the speaker did is not taken for one.
    expect(attribution('The army said the attack, which killed three, was repelled.')?.text).toBe('The army said');
  });

  it('reads a leading speaker with an apposition, and never cuts a number at its comma', () => {
    // Before, "said the province aimed to vaccinate 20" was taken for an inverted attribution ending at the comma of "20,000".
    const a = attribution('Dr Sara Quist, who heads the board, said the province aimed to vaccinate 20,000 children by the end of May.');
    expect(a?.text).toBe('Dr Sara Quist, who heads the board, said');
    // An apposition with its own date is a happening, not part of the attribution.
    expect(attribution('Oyelaran, who visited the burned-out plant on Wednesday, said the inquiry would examine the alarms.')).toBeNull();
  });

  it('reads a leading speaker', () => {
    const a = attribution('Kenyan President William Ruto said the election was fair.');
    expect(a).toMatchObject({ text: 'Kenyan President William Ruto said', actorId: 'william-ruto' });
  });

  it('reads "said X" at the end', () => {
    expect(attribution('"We will rebuild the stadium," said club chairman Tom Reed.')?.text).toBe('said club chairman Tom Reed');
  });

  it('reads a leading "According to"', () => {
    expect(attribution('According to police, three people were injured in the blast.')?.text).toBe('According to police');
  });

  it('leaves sentences without a speaker alone', () => {
    expect(attribution('The central bank raised its key rate to 5.5 percent.')).toBeNull();
    expect(attribution('The opposition accused the government of fraud.')).toBeNull();
  });

  it('never throws', () => {
    const s = { index: 0, start: 0, end: 0, text: '', paragraph: 0, role: 'body' as const, dateline: null };
    expect(findAttribution(s, [])).toBeNull();
    expect(() => findAttribution({ ...s, text: 'said '.repeat(1000), end: 5000 }, [])).not.toThrow();
  });
});

describe('findAttribution with the speaker described between commas', () => {
  it('takes the named speaker of "X, a spokesman for Y, told reporters"', () => {
    expect(attribution('The talks collapsed on Monday, Ivan Petrov, a spokesman for the Kremlin, told reporters.')).toMatchObject({
      actorId: 'ivan-petrov',
      text: 'Ivan Petrov, a spokesman for the Kremlin, told reporters',
    });
  });

  it('does not take a list of places before "said" for a speaker', () => {
    expect(attribution('Fighting spread to Ardan, Belo and Cresk, officials said.')?.text).toBe('officials said');
  });
});

describe('findAttribution with where and when it was said', () => {
  it('covers "said in a televised address on Tuesday that …" up to "that"', () => {
    expect(attribution('President Mira Solen said in a televised address on Tuesday that the border would reopen.')?.text)
      .toBe('President Mira Solen said in a televised address on Tuesday');
    expect(attribution('Prime Minister Ivo Dan said on state radio that the talks had failed.')?.text).toBe('Prime Minister Ivo Dan said on state radio');
    expect(attribution('The minister said on Wednesday evening that prices would fall.')?.text).toBe('The minister said on Wednesday evening');
  });

  it('does not take a place of the happening for where it was said', () => {
    expect(attribution('The mayor said in the valley three bridges had collapsed.')?.text).toBe('The mayor said');
  });
});

describe('findAttribution: the wire\'s "said here"', () => {
  it('covers "here" between the saying verb and its date, leading or trailing', () => {
    expect(attribution('The entry changed the balance of the region, Prime Minister Ivo Marn said here on Friday.')).toMatchObject({ text: 'Prime Minister Ivo Marn said here on Friday' });
    expect(attribution("Tesk's mayor said here on Monday that the bridge would reopen.")).toMatchObject({ text: "Tesk's mayor said here on Monday" });
  });

  it('leaves "there" after the verb to what was said', () => {
    expect(attribution('The mayor of Tesk said there would be a vote on Monday.')?.text ?? '').not.toMatch(/there/);
  });
});

describe('findAttribution: an inverted saying with where and when it was said', () => {
  it('covers the speaker, the apposition and the dated place after a quotation', () => {
    expect(attribution('"We will not go higher," said Ivo Marn, the finance chief, at a press briefing on Monday in Tesk.'))
      .toMatchObject({ text: 'said Ivo Marn, the finance chief, at a press briefing on Monday in Tesk' });
  });

  it('leaves a place with no date to the shorter saying', () => {
    expect(attribution('"We will appeal," said Ana Brel, the mayor, in the town hall.')?.text ?? '').not.toMatch(/town hall/);
  });
});

describe('findAttribution: a dated clause of its own after the inverted saying', () => {
  it('leaves a date that ends a clause of its own inside the tail to that clause', () => {
    expect(attribution('"We have not paid the owners enough," said Ivo Marn, the chairman, in an interview months before he took office in April.')?.text ?? '')
      .not.toMatch(/April/);
  });
});

describe('findAttribution: no speaker right after "said"', () => {
  it('does not read a date and a place after "said" as an inverted speaker', () => {
    expect(attribution('Ivo Marn\'s aunt, who raised him in the 1990s, said Friday from his flat in Tesk, Varno: "He should come home."')?.text ?? '')
      .not.toMatch(/^said Friday from/);
  });

  it('still reads an inverted speaker after a date', () => {
    expect(attribution('The strike at the Tesk docks will go on, said Monday the union leader.')).toMatchObject({ text: 'said Monday the union leader' });
  });
});

describe('findAttribution: who was told', () => {
  it('takes the listener with its article or possessive, however many words, up to the "that" of what was told', () => {
    expect(attribution('Ana Brel told the committee on Thursday that the alarms had been switched off.')?.text).toBe('Ana Brel told the committee on Thursday');
    expect(attribution('The coach told his players on Friday that the club would be sold.')?.text).toBe('The coach told his players on Friday');
    expect(attribution('Kira Lenn told a cabinet meeting on Thursday that the border monitors would stay.')?.text)
      .toBe('Kira Lenn told a cabinet meeting on Thursday');
    expect(attribution('The chief executive told a public inquiry into the Dorsk plant fire on Thursday that the sprinklers had failed.')?.text)
      .toBe('The chief executive told a public inquiry into the Dorsk plant fire on Thursday');
    expect(attribution('Ioana Vel told state television on Tuesday that Bucharest was ready to listen.')?.text).toBe('Ioana Vel told state television on Tuesday');
  });

  it('stops at a pronoun after the date: what follows is what was told, not the listener or the date', () => {
    expect(attribution('The witness told the court on Monday she had heard that the ledger was burned.')?.text).toBe('The witness told the court on Monday');
    expect(attribution('The witness said on Monday she had heard that the ledger was burned.')?.text).toBe('The witness said on Monday');
  });
});
