// A large data set in the app's contract, made up for browser tests of what
// only shows at scale (clusters, the overview's density): served in place of
// the built index and details with page.route, so the built site itself draws it.
import { encodeIndex } from '../../src/model/indexColumns';
import type { Page } from 'playwright-core';
import { toEventDetails, toIndexEvent } from '../../src/model/eventParts';
import { SCHEMA_VERSION, type ExportedEvents, type TimelineDetails, type TimelineIndex } from '../../src/model/schema';

const DAY = 86_400_000;
const PLACES = ['harbour', 'border post', 'capital', 'river crossing', 'airport', 'parliament', 'mine', 'market'];
const VERBS = ['Talks held at the', 'Protest reported near the', 'Shelling reported at the', 'Inspection visit to the', 'Strike called at the'];

/** `count` day events spread over `days` days from 1 January 2021 (deterministic), with a few actors each. */
export function denseIndex(count: number, days = 730): ExportedEvents {
  const actors = Array.from({ length: 12 }, (_, i) => ({
    id: `actor-${i}`,
    name: `Actor ${String.fromCharCode(65 + i)}`,
    kind: i < 3 ? ('country' as const) : ('organization' as const),
    aliases: [],
    memberOf: i < 3 ? [] : [`actor-${i % 3}`],
  }));
  const events = Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2021, 0, 1) + Math.floor((i * days) / count) * DAY).toISOString().slice(0, 10);
    const quote = `${VERBS[i % VERBS.length]} ${PLACES[i % PLACES.length]} on ${day}.`;
    return {
      id: `dense-${i}`,
      label: `${VERBS[i % VERBS.length]} ${PLACES[i % PLACES.length]} (${i})`,
      actors: [`actor-${i % 12}`],
      date: { start: day, end: day, precision: 'day' as const, text: day },
      kind: 'point' as const,
      dateReason: { rule: 'full-date', expression: day },
      attribution: null,
      duration: null,
      importance: { score: 0.5, reasons: [] },
      sources: [{ articleId: 'dense', start: 0, end: quote.length, quote }],
    };
  });
  return {
    schemaVersion: 1,
    articles: [
      {
        id: 'dense',
        title: 'A long record',
        published: '2022-12-31',
        publishedBasis: 'stated',
        publishedFrom: 'front matter',
        source: null,
        file: 'dense.txt',
        eventCount: count,
      },
    ],
    actors,
    events,
    diagnostics: [],
  };
}

/** Serves `data` as the site's index and details for every later navigation of `page`. */
export async function serveIndex(page: Page, data: ExportedEvents): Promise<void> {
  const index: TimelineIndex = { ...data, events: data.events.map((e) => toIndexEvent(e)) };
  const details: TimelineDetails = { schemaVersion: SCHEMA_VERSION, events: data.events.map(toEventDetails) };
  const body = JSON.stringify(encodeIndex(index));
  const detailsBody = JSON.stringify(details);
  await page.route('**/data/index.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  await page.route('**/data/details.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: detailsBody }));
}
