// Distinct happenings get labels that tell them apart. A sentence that lists
// dates ("statements signed in 2020, 2021 and 2022") gives one event per date
// and, read clause by clause, the same label for each; on a timeline or in a
// search the three then look like one happening shown thrice. Each such label
// gets its own date, short ("… signed (2021)"), and stays within the label's
// length, the rest cut at a boundary as headline.ts cuts. Pure.
import type { TimelineEvent } from '../../model/schema';
import { formatUnit } from '../../model/formatDate';
import { MAX_LABEL_CHARS, fit } from './headline';

/** The date as the label says it: as written when it is a date in full ("2021", "May 3"), else the calendar unit. */
function shortDate(e: TimelineEvent): string {
  const written = e.date.text.replace(/^(?:in|on|at|during|by|from|since|the)\s+/i, '').trim();
  if (/\d/.test(written) && written.length <= 20) return written;
  return formatUnit(e.date.start, e.date.precision, 'short');
}

/**
 * At most `max` characters, keeping the label's last word: in "Statements of the leaders of A, B and C
 * signed" the verb at the end is the news, so the middle is cut ("Statements of the leaders of A, B… signed").
 */
function shortened(label: string, max: number): string {
  const last = /\s(\S+)$/.exec(label);
  if (!last || last[1]!.length > max / 3) return fit(label, max);
  const head = fit(label.slice(0, last.index), max - last[1]!.length - 2).replace(/…$/, '');
  return `${head}… ${last[1]}`;
}

export function distinctLabels(events: TimelineEvent[]): TimelineEvent[] {
  const byLabel = new Map<string, TimelineEvent[]>();
  for (const e of events) {
    const key = e.label.toLowerCase();
    const same = byLabel.get(key);
    if (same) same.push(e);
    else byLabel.set(key, [e]);
  }
  const renamed = new Map<TimelineEvent, string>();
  for (const same of byLabel.values()) {
    if (same.length < 2 || new Set(same.map((e) => `${e.date.start}/${e.date.precision}`)).size < same.length) continue;
    for (const e of same) {
      const suffix = ` (${shortDate(e)})`;
      const base = e.label.replace(/…$/, '');
      renamed.set(e, `${base.length + suffix.length <= MAX_LABEL_CHARS ? base : shortened(base, MAX_LABEL_CHARS - suffix.length)}${suffix}`);
    }
  }
  return renamed.size === 0 ? events : events.map((e) => (renamed.has(e) ? { ...e, label: renamed.get(e)! } : e));
}
