// The index and the details file together hold every event as compiled: the
// explorer joins them again when a passage is opened, searched or exported.
import path from 'node:path';
import { compileFolder } from '../../src/compiler/build/readSeeds';
import { detailsById, toDetails, toIndex, withDetails } from '../../src/model/eventParts';
import { eventsAsTold } from '../../src/model/mergedView';
import type { Dataset } from '../../src/model/schema';

let story: Dataset;

beforeAll(async () => {
  ({ dataset: story } = await compileFolder(path.resolve('tests/fixtures/story')));
});

/** Through JSON, as the browser gets the files. */
const fetched = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('an event split into index and details', () => {
  it('joins again into the event as compiled, for every event and merged event of the story', () => {
    const index = fetched(toIndex(story));
    const details = fetched(toDetails(story));
    index.events.forEach((event, i) => expect(withDetails(event, details.events[i])).toEqual(fetched(story.events[i]!)));
    index.merged!.forEach((event, i) => expect(withDetails(event, details.merged![i])).toEqual(fetched(story.merged![i]!)));
    // The story reaches every optional part: merge reasons, disagreements, per-source dates and attributions.
    expect(story.merged!.some((e) => e.merge && e.disagreements && e.sources.some((s) => s.date && s.attribution !== undefined))).toBe(true);
  });

  it('finds the details of each event as the explorer shows it, merged events in place of their members', () => {
    const byId = detailsById(fetched(toDetails(story)));
    const told = eventsAsTold(fetched(toIndex(story)));
    expect(told.map((e) => withDetails(e, byId.get(e.id)))).toEqual(fetched(eventsAsTold(story)));
  });

  it('leaves the passages, reasons and attributions out of the index', () => {
    const index = JSON.stringify(toIndex(story));
    for (const field of ['"quote"', '"dateReason"', '"attribution"', '"duration"', '"merge"', '"disagreements"']) expect(index).not.toContain(field);
    for (const article of story.articles) expect(index).not.toContain(JSON.stringify(article.text.slice(0, 80)).slice(1, -1));
    expect(JSON.stringify(toIndex(story).events).length).toBeLessThan(JSON.stringify(story.events).length * 0.6);
  });

  it('refuses details that belong to another event or another compile', () => {
    const index = toIndex(story);
    const details = toDetails(story);
    const [first, second] = index.events;
    expect(withDetails(first!, details.events[1])).toBeNull();
    expect(withDetails(first!, undefined)).toBeNull();
    expect(withDetails(first!, { ...details.events[0]!, sources: [] })).toBeNull();
    expect(withDetails(second!, details.events[1])?.sources[0]!.quote).toBe(story.events[1]!.sources[0]!.quote);
  });

  it('shows merged events in place of their members in the index as in the data set', () => {
    const told = eventsAsTold(toIndex(story)).map((e) => e.id);
    expect(told).toEqual(eventsAsTold(story).map((e) => e.id));
    expect(told.length).toBeLessThan(story.events.length);
  });
});
