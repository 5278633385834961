// The comparison page of the browser benchmark: vis-timeline draws the same
// items the explorer draws (one group per event's first actor), then filters
// them to one group, and leaves its timings on window.visResult.
import type * as VisData from 'vis-data';
import * as standalone from 'vis-timeline/standalone';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';

// The standalone build bundles vis-data and exports its classes, but its type declarations leave them out.
const { DataSet, DataView, Timeline } = standalone as unknown as typeof standalone & Pick<typeof VisData, 'DataSet' | 'DataView'>;
type Timeline = standalone.Timeline;

interface Item {
  id: string;
  group: string;
  content: string;
  start: string;
  end?: string;
}

declare global {
  interface Window {
    visResult?: { firstDrawMs: number; drawnAtMs: number; filterMs: number; items: number; groups: number } | { error: string };
  }
}

/** Resolves at the first frame in which vis-timeline's items are in the page. */
function firstItems(container: HTMLElement): Promise<number> {
  return new Promise((resolve) => {
    const look = () => {
      if (container.querySelector('.vis-item')) setTimeout(() => resolve(performance.now()), 0);
      else requestAnimationFrame(look);
    };
    look();
  });
}

/** Resolves at the first frame after vis-timeline reports a redraw. */
function nextDraw(timeline: Timeline): Promise<number> {
  return new Promise((resolve) => {
    const done = () => {
      timeline.off('changed', done);
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
    };
    timeline.on('changed', done);
  });
}

async function run(): Promise<void> {
  const { items, groups } = (await (await fetch('./items.json')).json()) as { items: Item[]; groups: Array<{ id: string; content: string }> };
  const data = new DataSet<Item>(items);
  let only: string | null = null;
  const view = new DataView(data, { filter: (item: Item) => only === null || item.group === only });
  const started = performance.now();
  const container = document.getElementById('timeline')!;
  const timeline = new Timeline(container, view, new DataSet(groups), { stack: true, height: '800px' });
  const drawn = await firstItems(container);
  const filterStarted = performance.now();
  only = groups[0]!.id;
  view.refresh();
  const filtered = await nextDraw(timeline);
  // performance.now() counts from navigation start: the user's clock.
  window.visResult = { firstDrawMs: drawn - started, drawnAtMs: drawn, filterMs: filtered - filterStarted, items: items.length, groups: groups.length };
}

// The benchmark waits for this message rather than polling the page, which would run its script beside the one measured.
run()
  .catch((error: unknown) => {
    window.visResult = { error: String(error) };
  })
  .finally(() => console.debug('bench:vis-result'));
