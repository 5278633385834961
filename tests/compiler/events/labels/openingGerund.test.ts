// A date in an opening "after/before + verb in -ing" phrase dates that deed, done by the main clause's subject.
// Sentences written for these tests.
import { openingGerund } from '../../../../src/compiler/events/labels/openingGerund';
import { makeLabel } from '../../../../src/compiler/events/labels';

function deed(sentence: string, date: string, nameAt?: (word: string, offset: number) => string | null): string | null {
  const exprStart = sentence.indexOf(date);
  return openingGerund({ sentence, exprStart, exprEnd: exprStart + date.length, nameAt });
}

describe('openingGerund', () => {
  const sentence = 'After touring the Ostra docks Thursday and meeting with Peltz port officials Friday morning, the envoy also said he was pleased.';

  it('labels each deed of the phrase by the main clause\'s subject and the deed in the past', () => {
    expect(deed(sentence, 'Thursday')).toBe('envoy toured the Ostra docks');
    expect(deed(sentence, 'Friday')).toBe('envoy met with Peltz port officials');
    expect(deed('Before studying law in Tesk in 1990, Ana Brel worked on a farm.', '1990')).toBe('Ana Brel studied law in Tesk');
    // The main clause's verb may be an irregular past ("found").
    expect(deed('After searching the lake on Monday, divers found the wreck.', 'Monday')).toBe('divers searched the lake');
  });

  it('reads a pronoun subject through what it stands for, and gives up when nothing does', () => {
    expect(deed('Before joining the board in 1990, she ran a bakery in Tesk.', '1990', () => 'Ana Brel')).toBe('Ana Brel joined the board');
    expect(deed('Before joining the board in 1990, she ran a bakery in Tesk.', '1990', () => null)).toBeNull();
  });

  it('leaves alone a date outside the phrase, a phrase of no -ing deed, and a main clause without a short subject', () => {
    expect(deed('After touring the docks, the envoy met Peltz officials on Friday.', 'on Friday')).toBeNull();
    expect(deed('After the talks ended on Monday, the envoy flew home.', 'on Monday')).toBeNull();
    expect(deed('During a visit to the docks on Monday, the envoy said he was pleased.', 'on Monday')).toBeNull();
    expect(deed('After touring the docks on Monday, and with the strike over, the envoy flew home.', 'on Monday')).toBeNull();
  });

  it('makes the event\'s headline', () => {
    const exprStart = sentence.indexOf('Thursday');
    expect(makeLabel({ sentence, exprStart, exprEnd: exprStart + 8, listStart: exprStart, attribution: null, statementBy: null, people: [] }))
      .toBe('Envoy toured the Ostra docks');
  });
});
