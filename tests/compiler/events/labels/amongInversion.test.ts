import { amongFirst } from '../../../../src/compiler/events/labels/amongInversion';
import { label } from './label';

describe('amongFirst', () => {
  it('puts the subject of an "Among … were" sentence first', () => {
    expect(amongFirst('Among the first towns to adopt the rule were Tarvik and Lunden')).toBe('Tarvik and Lunden were among the first towns to adopt the rule');
    expect(amongFirst('Among the injured was also Mayor Ivo Marn of Tesk.')).toBe('Mayor Ivo Marn of Tesk was among the injured');
  });

  it('leaves "Among" with no name after its verb, and a sentence that does not open on it', () => {
    expect(amongFirst('Among the guests were several who left early')).toBe('Among the guests were several who left early');
    expect(amongFirst('Among the injured was the mayor of Tesk')).toBe('Among the injured was the mayor of Tesk');
    expect(amongFirst('Tarvik was among the first towns to adopt the rule')).toBe('Tarvik was among the first towns to adopt the rule');
  });

  it('labels the sentence by who, without the date', () => {
    expect(label('Among the first cities to adopt the rule on Friday were also Tarvik and Lunden.', 'on Friday')).toBe('Tarvik and Lunden were among the first cities to adopt the rule');
  });
});
