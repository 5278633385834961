import { describe, expect, it } from 'vitest';
import { passageExcerpt } from '../../src/timeline/passageExcerpt';

const passage = 'Armenian officials are refusing to take part in a meeting scheduled for Friday in Moscow to prepare a peace agreement, the Russian Foreign Ministry said on Thursday.';

describe('passageExcerpt', () => {
  it('passageExcerpt keeps a short passage whole', () => {
    expect(passageExcerpt('Talks collapse.', 24)).toBe('Talks collapse.');
  });

  it('passageExcerpt gives the first words with an ellipsis', () => {
    expect(passageExcerpt(passage, 6)).toBe('Armenian officials are refusing to take…');
  });

  it('passageExcerpt moves to the first search hit when the opening does not hold it', () => {
    const excerpt = passageExcerpt(passage, 8, ['ministry']);
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt).toMatch(/Ministry/);
    expect(passageExcerpt(passage, 8, ['officials'])).toBe('Armenian officials are refusing to take part in…');
  });
});
