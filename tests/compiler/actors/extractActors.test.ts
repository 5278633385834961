import { readFileSync } from 'node:fs';
import { splitSentences } from '../../../src/compiler/text/segment';
import { extractActors } from '../../../src/compiler/actors/extractActors';
import { namesOf, nameMatches, run } from './runActors';

describe('extractActors on the seed article', () => {
  const text = readFileSync(new URL('../../../seeds/000_30beba559cdab82b.txt', import.meta.url), 'utf8');
  const gold = JSON.parse(readFileSync(new URL('../../fixtures/gold/000_30beba559cdab82b.gold.json', import.meta.url), 'utf8')) as {
    events: { id: string; actors: string[]; quote: string; required: boolean }[];
  };
  const sentences = splitSentences(text);
  const { actors, mentions } = extractActors(text, sentences);
  const byId = new Map(actors.map((a) => [a.id, a]));

  it('finds every gold actor of the required events in the sentence of the event', () => {
    for (const event of gold.events.filter((e) => e.required)) {
      const si = sentences.findIndex((s) => s.text === event.quote);
      expect(si, event.id).toBeGreaterThanOrEqual(0);
      const names = (mentions[si] ?? []).flatMap((m) => namesOf(m.actorId, byId));
      for (const actor of event.actors) expect(names.some((n) => nameMatches(actor, n)), `${event.id}: ${actor}`).toBe(true);
    }
  });

  it('gives people their country and binds a surname to the full name', () => {
    expect(byId.get('sergey-lavrov')?.memberOf).toEqual(['russia']);
    expect(byId.get('jeyhun-bayramov')?.memberOf).toEqual(['azerbaijan']);
    expect(byId.get('nikol-pashinyan')?.memberOf).toEqual(['armenia']);
    const lavrovOnly = sentences.findIndex((s) => s.text.startsWith('Lavrov also'));
    expect(mentions[lavrovOnly]?.find((m) => m.text === 'Lavrov')?.actorId).toBe('sergey-lavrov');
  });

  it('keeps offsets exact and returns every memberOf target', () => {
    for (const list of mentions) for (const m of list) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const a of actors) for (const m of a.memberOf) expect(byId.has(m)).toBe(true);
    expect(byId.get('russian-foreign-ministry')?.memberOf).toEqual(['russia']);
    expect(byId.get('russian-peacekeepers')?.memberOf).toEqual(['russia']);
  });

  it('binds "the ministry" to the last named ministry', () => {
    const si = sentences.findIndex((s) => s.text.includes('ministry website'));
    expect(mentions[si]?.find((m) => m.text === 'ministry')?.actorId).toBe('russian-foreign-ministry');
  });
});

describe('extractActors robustness', () => {
  // Speed is measured by the compile benchmark (npm run bench), not here.
  it('never throws on an empty or a very long text, and binds the surname in every repeat', () => {
    expect(() => extractActors('', [])).not.toThrow();
    const text = 'Russian Foreign Minister Sergey Lavrov met Turkish officials in Ankara. Lavrov said the talks went well. '.repeat(5_000);
    const sentences = splitSentences(text, { hasTitle: false });
    const r = extractActors(text, sentences);
    expect(r.mentions).toHaveLength(sentences.length);
    expect(r.mentions.filter((m) => m.some((x) => x.actorId === 'sergey-lavrov'))).toHaveLength(sentences.length);
  });
});

describe('extractActors: the article as a whole', () => {
  it('gives a sentence that names no one no actor, rather than guess the article’s country', () => {
    expect(run('A quake struck Peru on Monday. An aftershock hit the same area two days later.').ids(1)).toEqual([]);
    expect(run('Talvik Shipping said on Monday it would cut 300 jobs in Norway. Signs went up at the port on Tuesday.').ids(1)).toEqual([]);
  });
});

describe('extractActors: page furniture', () => {
  it('takes no actor from a byline or a photo credit', () => {
    const text = 'Port strike ends\n\nBy Mira Kostova and Ivo Petrak\n\nDockworkers at Valmont returned to work on Monday, Talvik Shipping said.\n\nPhoto: Ada Lindqvist/Harbour Images\n';
    const sentences = splitSentences(text);
    const ids = extractActors(text, sentences).actors.map((a) => a.id);
    expect(ids).not.toContain('mira-kostova');
    expect(ids).not.toContain('ivo-petrak');
    expect(ids).not.toContain('ada-lindqvist');
    expect(ids).toContain('talvik-shipping');
  });
});
