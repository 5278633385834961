// The explorer trusts the quick checks in place of the schema when they say
// yes, so they must never pass an index (in columns, as index.json carries it)
// or a details file the schema refuses.
// Checked on the files compiled from the fixture story (merged events, merge
// reasons, disagreements, attributions), intact and broken at every kind of
// place in every kind of way.
import fc from 'fast-check';
import type { ZodType } from 'zod';
import path from 'node:path';
import { compileFolder } from '../../src/compiler/build/readSeeds';
import { toDetails, toIndex } from '../../src/model/eventParts';
import { decodeIndex, encodeIndex, type IndexColumns } from '../../src/model/indexColumns';
import { indexColumnsProblem, passesDetailsQuickCheck, passesEventQuickCheck, passesIndexColumnsCheck } from '../../src/model/quickCheck';
import { eventSchema, indexColumnsSchema, timelineDetailsSchema, timelineIndexSchema } from '../../src/model/schema';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

let index: Json;
let paths: (string | number)[][];
let details: Json;
let detailPaths: (string | number)[][];
/** The story's events as the compiler writes them: the articles' own and the merged ones. */
let events: Json[];

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
  index = JSON.parse(JSON.stringify(encodeIndex(toIndex(dataset)))) as Json;
  paths = allPaths(index);
  details = JSON.parse(JSON.stringify(toDetails(dataset))) as Json;
  detailPaths = allPaths(details);
  events = JSON.parse(JSON.stringify([...dataset.events, ...(dataset.merged ?? [])])) as Json[];
});

describe('the check of the timeline index in columns', () => {
  it('passes the compiled story, which decodes into an index the schema passes', () => {
    expect(indexColumnsSchema.safeParse(index).success).toBe(true);
    expect(passesIndexColumnsCheck(index)).toBe(true);
    expect(timelineIndexSchema.safeParse(decodeIndex(index as unknown as IndexColumns)).success).toBe(true);
    // The sample reaches the optional parts of the contract.
    const story = index as { merged?: { memberCount: number[]; sourceEventId: unknown[] } };
    expect(story.merged?.memberCount.length).toBeGreaterThan(0);
    expect(story.merged?.sourceEventId.length).toBeGreaterThan(0);
  });

  it('never passes columns that decode into an index the schema refuses, and names what is wrong in all it refuses', () => {
    let refused = 0;
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom(...BREAKS), (at, by) => {
        const candidate = broken(index, paths[at % paths.length]!, by);
        if (passesIndexColumnsCheck(candidate)) return timelineIndexSchema.safeParse(decodeIndex(candidate)).success;
        refused++;
        // What it refuses, the schema or the column check names.
        const typed = indexColumnsSchema.safeParse(candidate);
        return !typed.success || indexColumnsProblem(typed.data) !== null;
      }),
      { numRuns: 1500, seed: 20261205 },
    );
    expect(refused).toBeGreaterThan(500);
  });

  it('refuses wrong types at the top, a wrong version, another format, columns of unequal length and places outside their table', () => {
    const columns = index as unknown as IndexColumns;
    expect(passesIndexColumnsCheck(null)).toBe(false);
    expect(passesIndexColumnsCheck([])).toBe(false);
    expect(passesIndexColumnsCheck({ ...columns, schemaVersion: 2 })).toBe(false);
    expect(passesIndexColumnsCheck({ ...columns, format: 'rows' })).toBe(false);
    const short = { ...columns, events: { ...columns.events, label: columns.events.label.slice(1) } };
    expect(passesIndexColumnsCheck(short)).toBe(false);
    expect(indexColumnsProblem(short)).toMatchObject({ path: 'events' });
    const outside = { ...columns, events: { ...columns.events, start: [columns.days.length, ...columns.events.start.slice(1)] } };
    expect(passesIndexColumnsCheck(outside)).toBe(false);
    expect(indexColumnsProblem(outside)).toMatchObject({ path: 'events' });
    const noSources = { ...columns, events: { ...columns.events, sourceCount: [0, ...columns.events.sourceCount.slice(1)] } };
    expect(passesIndexColumnsCheck(noSources)).toBe(false);
    expect(indexColumnsSchema.safeParse(noSources).success).toBe(false);
  });

  it('passes a time of day the schema passes, and refuses one it refuses', () => {
    const plain = decodeIndex(index as unknown as IndexColumns);
    const events = plain.events;
    const timedIndex = { ...plain, events: [{ ...events[0]!, date: { ...events[0]!.date, time: { clock: '11:00', precision: 'hour' } } }, ...events.slice(1)] };
    expect(timelineIndexSchema.safeParse(timedIndex).success).toBe(true);
    const columns = encodeIndex(timedIndex as never);
    expect(columns.events.time?.[0]).toEqual({ clock: '11:00', precision: 'hour' });
    expect(decodeIndex(columns).events[0]!.date.time).toEqual({ clock: '11:00', precision: 'hour' });
    for (const time of [{ clock: '11:00', precision: 'hour' }, { clock: '24:00', precision: 'minute' }]) {
      const timed = { ...columns, events: { ...columns.events, time: [time, ...columns.events.time!.slice(1)] } };
      expect(indexColumnsSchema.safeParse(timed).success).toBe(true);
      expect(passesIndexColumnsCheck(timed)).toBe(true);
    }
    for (const time of [{ clock: '25:00', precision: 'hour' }, { clock: '11:00', precision: 'second' }, '11:00']) {
      const timed = { ...columns, events: { ...columns.events, time: [time, ...columns.events.time!.slice(1)] } };
      expect(indexColumnsSchema.safeParse(timed).success).toBe(false);
      expect(passesIndexColumnsCheck(timed)).toBe(false);
    }
    const short = { ...columns, events: { ...columns.events, time: columns.events.time!.slice(1) } };
    expect(passesIndexColumnsCheck(short)).toBe(false);
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

describe('the quick check of one event', () => {
  it('passes every event of the compiled story, which the schema passes too', () => {
    for (const event of events) {
      expect(eventSchema.safeParse(event).success).toBe(true);
      expect(passesEventQuickCheck(event)).toBe(true);
    }
  });

  it('refuses every event the schema refuses, broken anywhere in any way', () => {
    // The richest events: a merged one with disagreements and merge reasons, and one with an attribution.
    const merged = events.find((e) => JSON.stringify(e).includes('"disagreements"'))!;
    const attributed = events.find((e) => JSON.stringify(e).includes('"attribution":{'))!;
    expect(merged).toBeDefined();
    expect(attributed).toBeDefined();
    expect(refusedBySchemaWhenBroken(merged, allPaths(merged), eventSchema, passesEventQuickCheck, 20261206)).toBeGreaterThan(200);
    expect(refusedBySchemaWhenBroken(attributed, allPaths(attributed), eventSchema, passesEventQuickCheck, 20261207)).toBeGreaterThan(200);
  });
});
