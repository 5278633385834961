// The explorer trusts the quick checks in place of the schema when they say
// yes, so they must never pass an index or a details file the schema refuses.
// Checked on the files compiled from the fixture story (merged events, merge
// reasons, disagreements, attributions), intact and broken at every kind of
// place in every kind of way.
import fc from 'fast-check';
import type { ZodType } from 'zod';
import path from 'node:path';
import { compileFolder } from '../../src/compiler/build/readSeeds';
import { toDetails, toIndex } from '../../src/model/eventParts';
import { passesDetailsQuickCheck, passesIndexQuickCheck } from '../../src/model/quickCheck';
import { timelineDetailsSchema, timelineIndexSchema } from '../../src/model/schema';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

let index: Json;
let paths: (string | number)[][];
let details: Json;
let detailPaths: (string | number)[][];

/** Every place in a JSON value, as the keys that lead there. */
function allPaths(value: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (at.length > 0) out.push(at);
  if (Array.isArray(value)) value.forEach((item, i) => allPaths(item, [...at, i], out));
  else if (value !== null && typeof value === 'object') for (const key of Object.keys(value)) allPaths(value[key]!, [...at, key], out);
  return out;
}

const BREAKS = ['delete', null, -1, 1.5, 0, '', 'x', '2023-13', [], {}, true] as const;

/** A copy of `value` with the place at `where` replaced by `by` (or removed). */
function broken(value: Json, where: (string | number)[], by: (typeof BREAKS)[number]): Json {
  const copy = structuredClone(value);
  let parent = copy as Record<string | number, Json>;
  for (const key of where.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = where[where.length - 1]!;
  if (by !== 'delete') parent[last] = structuredClone(by) as Json;
  else if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete parent[last];
  return copy;
}

/**
 * Breaks `value` at random places in random ways and asserts the quick check never passes what the
 * schema refuses; returns how many broken copies the schema refused (the property reached something).
 */
function refusedBySchemaWhenBroken(value: Json, places: (string | number)[][], schema: ZodType, check: (v: unknown) => boolean, seed: number): number {
  let refusedBySchema = 0;
  fc.assert(
    fc.property(fc.nat(), fc.constantFrom(...BREAKS), (at, by) => {
      const candidate = broken(value, places[at % places.length]!, by);
      const schemaSays = schema.safeParse(candidate).success;
      if (!schemaSays) refusedBySchema++;
      // Passing the quick check must mean the schema passes.
      return !check(candidate) || schemaSays;
    }),
    { numRuns: 1500, seed },
  );
  return refusedBySchema;
}

beforeAll(async () => {
  const { dataset } = await compileFolder(path.resolve('tests/fixtures/story'));
  index = JSON.parse(JSON.stringify(toIndex(dataset))) as Json;
  paths = allPaths(index);
  details = JSON.parse(JSON.stringify(toDetails(dataset))) as Json;
  detailPaths = allPaths(details);
});

describe('the quick check of the timeline index', () => {
  it('passes the compiled story, which the schema passes too', () => {
    expect(timelineIndexSchema.safeParse(index).success).toBe(true);
    expect(passesIndexQuickCheck(index)).toBe(true);
    const story = index as { merged?: unknown[] };
    // The sample reaches the optional parts of the contract.
    expect(story.merged?.length).toBeGreaterThan(0);
    expect(JSON.stringify(index)).toContain('"eventId"');
  });

  it('refuses every index the schema refuses, broken anywhere in any way', () => {
    expect(refusedBySchemaWhenBroken(index, paths, timelineIndexSchema, passesIndexQuickCheck, 20261129)).toBeGreaterThan(500);
  });

  it('refuses wrong types at the top, a wrong version and an event without sources', () => {
    expect(passesIndexQuickCheck(null)).toBe(false);
    expect(passesIndexQuickCheck([])).toBe(false);
    expect(passesIndexQuickCheck({ ...(index as object), schemaVersion: 2 })).toBe(false);
    const events = (index as { events: Json[] }).events;
    const noSources = { ...(events[0] as object), sources: [] };
    expect(passesIndexQuickCheck({ ...(index as object), events: [noSources] })).toBe(false);
  });

  it('passes a time of day the schema passes, and refuses one it refuses', () => {
    const events = (index as { events: Array<{ date: object }> }).events;
    const timed = (time: unknown) => ({ ...(index as object), events: [{ ...events[0]!, date: { ...events[0]!.date, time } }] });
    for (const time of [{ clock: '11:00', precision: 'hour' }, { clock: '24:00', precision: 'minute' }]) {
      expect(timelineIndexSchema.safeParse(timed(time)).success).toBe(true);
      expect(passesIndexQuickCheck(timed(time))).toBe(true);
    }
    for (const time of [{ clock: '25:00', precision: 'hour' }, { clock: '11:00', precision: 'second' }, '11:00', null]) {
      expect(timelineIndexSchema.safeParse(timed(time)).success).toBe(false);
      expect(passesIndexQuickCheck(timed(time))).toBe(false);
    }
  });
});

describe('the quick check of the details file', () => {
  it('passes the compiled story, which the schema passes too', () => {
    expect(timelineDetailsSchema.safeParse(details).success).toBe(true);
    expect(passesDetailsQuickCheck(details)).toBe(true);
    for (const part of ['"disagreements"', '"merge"', '"attribution":{', '"quote"']) expect(JSON.stringify(details)).toContain(part);
  });

  it('refuses every details file the schema refuses, broken anywhere in any way', () => {
    expect(refusedBySchemaWhenBroken(details, detailPaths, timelineDetailsSchema, passesDetailsQuickCheck, 20261130)).toBeGreaterThan(500);
  });
});
