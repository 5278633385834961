// A small hand-made data set in the shape the compiler writes, for layout and
// component tests: an article with a marked sentence, actors with membership.
import { toDetails, toIndex } from '../../src/model/eventParts';
import type { Actor, Dataset, IndexEvent, TimelineDetails, TimelineEvent, TimelineIndex } from '../../src/model/schema';
import { createTimeScale, type TimeScale } from '../../src/timeline/timeScale';
import { fitWindow } from '../../src/timeline/viewWindow';

export const sampleText = [
  'Talks collapse in Moscow',
  '',
  'Officials refused to attend a meeting scheduled for Friday in Moscow, the ministry said on Thursday.',
  '',
  'The prime minister accused the mission of failing its duties on Thursday.',
  '',
  'Relations have been tense since 1991, when the war began.',
].join('\n');

function sentence(text: string): { start: number; end: number; quote: string } {
  const start = sampleText.indexOf(text);
  if (start < 0) throw new Error(`not in the sample: ${text}`);
  return { start, end: start + text.length, quote: text };
}

export function makeEvent(overrides: Partial<TimelineEvent> & Pick<TimelineEvent, 'id'>): TimelineEvent {
  return {
    label: overrides.id,
    actors: [],
    date: { start: '2022-12-22', end: '2022-12-22', precision: 'day', text: 'on Thursday' },
    kind: 'point',
    dateReason: { rule: 'weekday-past', expression: 'on Thursday' },
    attribution: null,
    duration: null,
    importance: { score: 0.5, reasons: [] },
    sources: [{ articleId: 'talks', ...sentence('The prime minister accused the mission of failing its duties on Thursday.') }],
    ...overrides,
  };
}

export const sampleActors: Actor[] = [
  { id: 'russia', name: 'Russia', kind: 'country', aliases: [], memberOf: [] },
  { id: 'armenia', name: 'Armenia', kind: 'country', aliases: [], memberOf: [] },
  { id: 'pm', name: 'Nikol Pashinyan', kind: 'person', aliases: [], memberOf: ['armenia'] },
  { id: 'ministry', name: 'Russian Foreign Ministry', kind: 'organization', aliases: [], memberOf: ['russia'] },
];

export const sampleEvents: TimelineEvent[] = [
  makeEvent({
    id: 'moscow-meeting',
    label: 'Moscow meeting to prepare a peace agreement',
    actors: ['russia'],
    date: { start: '2022-12-23', end: '2022-12-23', precision: 'day', text: 'Friday' },
    dateReason: { rule: 'weekday-future', expression: 'for Friday' },
    attribution: { actorId: 'ministry', text: 'the ministry said' },
    sources: [{ articleId: 'talks', ...sentence('Officials refused to attend a meeting scheduled for Friday in Moscow, the ministry said on Thursday.') }],
  }),
  makeEvent({ id: 'pm-statement', label: 'Prime minister accuses the mission', actors: ['pm'] }),
  makeEvent({
    id: 'tension-1991',
    label: 'Relations turn tense',
    actors: [],
    date: { start: '1991-01-01', end: '1991-12-31', precision: 'year', text: '1991' },
    dateReason: { rule: 'year', expression: 'since 1991' },
    sources: [{ articleId: 'talks', ...sentence('Relations have been tense since 1991, when the war began.') }],
  }),
];

export const sampleDataset: Dataset = {
  schemaVersion: 1,
  articles: [
    {
      id: 'talks',
      title: 'Talks collapse in Moscow',
      published: '2022-12-22',
      publishedBasis: 'inferred',
      publishedFrom: 'latest-date-in-text',
      source: 'https://example.org/news/talks',
      file: 'talks.txt',
      eventCount: 3,
      text: sampleText,
    },
  ],
  actors: sampleActors,
  events: sampleEvents,
  diagnostics: [],
};

/** The files the app loads: the index first, the details after the first draw. */
export const sampleIndex: TimelineIndex = toIndex(sampleDataset);
export const sampleDetails: TimelineDetails = toDetails(sampleDataset);

/** The scale the explorer draws when it fits all events into `width` pixels on a linear axis. */
export function scaleFor(events: readonly IndexEvent[], width: number): TimeScale {
  return createTimeScale(fitWindow(events), [24, width - 24]);
}
