// Passages that retell a merged happening but made no event of their own, pure.
// An article often tells its news twice, the second time with no date of a
// happening: a forecast period ("would shut within the next N months"), a
// quoted "today", or no date at all. Its own reading rightly makes no event of
// that sentence, but the happening merged across articles should list it with
// its other passages. Such a sentence is added to a merged event when it
// retells a happening one of its members (from the same article) tells:
//
// - the same count of the same thing, with another word of the telling
//   ("the mill will shut 320 more stalls", later "320 stalls would shut
//   within the next N months"), a count written in a member's label;
// - a noun of a happening dated by the article's own day ("today's
//   announcement", "yesterday's ruling"), for the article's main merged
//   happening of that day whose tellings name that noun.
//
// Only merged events get the passages: each article's own reading, which the
// extraction figures score, stays as it was.
import { addDays } from '../../model/calendar';
import type { Article, MergedEvent, Source, TimelineEvent } from '../../model/schema';
import { DATED_HAPPENING_NOUNS, FUNCTION_WORDS } from '../text/lexicon';
import { splitSentences } from '../text/segment';
import { contentWords } from './merge';
import { countsOf, stemWord } from './mergeCues';

/** One article as compiled: its text and the events its own reading made. */
export interface ArticleReading {
  article: Article;
  events: TimelineEvent[];
}

interface Span {
  start: number;
  end: number;
  text: string;
}

/** Words of a count's thing and of its telling: letters only, lower case ("stores", "shut"). */
const WORD = /\p{L}[\p{L}'’-]*/gu;

/** The content words of a text written in lower case, as stems (numbers among them): what is done and to what, not who. */
function lowerWords(text: string): Set<string> {
  return contentWords(text.replace(/\p{Lu}[\p{L}\p{N}'’-]*/gu, ' '));
}

/** The words right after a count in a text as it writes them, up to `skip` words past the first ("320 more stalls"). */
function wordsAfter(text: string, count: string, skip: number): string[] {
  const at = new RegExp(`(?<![\\d,.])${count}(?![\\d,])`, 'u').exec(text);
  if (!at) return [];
  return [...text.slice(at.index + count.length).matchAll(WORD)].slice(0, skip + 1).map((m) => m[0]);
}

const stemOf = (word: string) => stemWord(word.toLowerCase());

/**
 * Whether a sentence retells a member's happening by its count: a count the member's label gives, the thing counted
 * right after it (the label may put up to two words between: "320 more stalls"), and one more lower-case word shared
 * (what is done to them). Gives the count and its thing as the sentence writes them ("320 stalls"), or null.
 */
export function retellsCount(sentence: string, label: string): string | null {
  let sentenceWords: Set<string> | undefined;
  let labelWords: Set<string> | undefined;
  for (const count of countsOf(sentence)) {
    const written = wordsAfter(sentence, count, 0)[0];
    if (written === undefined) continue;
    const thing = stemOf(written);
    if (!wordsAfter(label, count, 2).map(stemOf).includes(thing)) continue;
    sentenceWords ??= lowerWords(sentence);
    labelWords ??= lowerWords(label);
    // (A word of the count's own hedge, "more than 100 people", says nothing of what is done to them.)
    if ([...sentenceWords].some((w) => w !== thing && !/^\d+$/.test(w) && !FUNCTION_WORDS.has(w) && labelWords!.has(w))) return `${count} ${written}`;
  }
  return null;
}

/** "today's announcement", "yesterday's ruling": a noun of a happening dated by the article's own day. */
const OWN_DAY_NOUN = /\b(today|yesterday)['’]s\s+(\p{L}+)/iu;

/** The noun of a happening a sentence dates by the article's day, and that day, if it has one. */
export function ownDayNoun(sentence: string, published: string): { noun: string; day: string; start: number; end: number } | null {
  const m = OWN_DAY_NOUN.exec(sentence);
  if (!m || !DATED_HAPPENING_NOUNS.has(m[2]!.toLowerCase())) return null;
  const day = published.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const start = m.index + m[0].indexOf(m[1]!);
  return { noun: m[2]!.toLowerCase(), day: m[1]!.toLowerCase() === 'today' ? day : addDays(day, -1), start, end: start + m[1]!.length + 2 };
}

/** eventless() of each reading: compiled readings are never changed, and the dev server's passes see the same ones again. */
const eventlessOf = new WeakMap<ArticleReading, Span[]>();

/** The sentences of an article's story that no event of its own reading quotes. */
function eventless(reading: ArticleReading): Span[] {
  let spans = eventlessOf.get(reading);
  if (!spans) {
    spans = unquoted(reading);
    eventlessOf.set(reading, spans);
  }
  return spans;
}

function unquoted(reading: ArticleReading): Span[] {
  const { article, events } = reading;
  const quoted = events.flatMap((e) => e.sources.filter((s) => s.articleId === article.id));
  return splitSentences(article.text, { hasTitle: false, title: article.title })
    .filter((s) => s.role === 'body' || s.role === 'standfirst')
    .filter((s) => !quoted.some((q) => q.start < s.end && s.start < q.end))
    .map((s) => ({ start: s.start, end: s.end, text: s.text }));
}

/** Adds to each merged event the passages of its members' articles that retell it with no event of their own. */
export function withRetoldPassages(merged: MergedEvent[], readings: ArticleReading[]): MergedEvent[] {
  if (merged.length === 0) return merged;
  const byArticle = new Map(readings.map((r) => [r.article.id, r]));
  // Only the members are looked up: a map of every event of a large corpus cost more than the rest of this pass.
  const memberIds = new Set(merged.flatMap((m) => m.members));
  const eventById = new Map<string, TimelineEvent>();
  for (const r of readings) for (const e of r.events) if (memberIds.has(e.id)) eventById.set(e.id, e);
  const spans = new Map<string, Span[]>();
  const sentencesOf = (id: string) => {
    let list = spans.get(id);
    if (!list) {
      const reading = byArticle.get(id);
      list = reading ? eventless(reading) : [];
      spans.set(id, list);
    }
    return list;
  };
  // Each sentence found for the merged events it retells (by index), with the member it belongs with.
  const found = new Map<string, Array<{ event: number; source: Source; why: string }>>();
  const note = (event: number, source: Source, why: string) => {
    const key = `${source.articleId}\u0000${source.start}`;
    const list = found.get(key) ?? [];
    if (!list.some((f) => f.event === event)) list.push({ event, source, why });
    found.set(key, list);
  };
  merged.forEach((m, index) => {
    const members = m.members.map((id) => eventById.get(id)).filter((e): e is TimelineEvent => e !== undefined);
    for (const member of members) {
      const articleId = member.sources[0]!.articleId;
      for (const s of sentencesOf(articleId)) {
        const passage: Source = { articleId, start: s.start, end: s.end, quote: s.text, eventId: member.id };
        const count = members.map((other) => retellsCount(s.text, other.label)).find((c) => c !== null);
        if (count) note(index, passage, `the same count, “${count}”`);
      }
    }
  });
  // "today's announcement": the article's main merged happening of that day whose tellings name the noun.
  // (Only articles with a member of a merged event: the others have no merged happening to retell.)
  const memberArticles = new Set(merged.flatMap((m) => m.sources.map((s) => s.articleId)));
  for (const reading of readings) {
    if (!memberArticles.has(reading.article.id)) continue;
    const own = sentencesOf(reading.article.id);
    for (const s of own) {
      const dated = ownDayNoun(s.text, reading.article.published);
      if (!dated) continue;
      const stem = stemWord(dated.noun);
      const candidates: Array<{ event: number; member: TimelineEvent }> = [];
      merged.forEach((m, index) => {
        const member = m.members.map((id) => eventById.get(id)).find((e) => e?.sources[0]!.articleId === reading.article.id);
        if (!member || member.date.precision !== 'day' || member.date.start !== dated.day || member.date.end !== dated.day) return;
        const names = m.sources.some((src) => [...src.quote.toLowerCase().matchAll(WORD)].some((w) => stemWord(w[0]) === stem));
        if (names) candidates.push({ event: index, member });
      });
      const ranked = candidates.sort((x, y) => y.member.importance.score - x.member.importance.score);
      if (ranked.length === 0 || (ranked.length > 1 && ranked[1]!.member.importance.score === ranked[0]!.member.importance.score)) continue;
      const { event, member } = ranked[0]!;
      const written = s.text.slice(dated.start, dated.end + dated.noun.length + 1);
      note(event, {
        articleId: reading.article.id,
        start: s.start,
        end: s.end,
        quote: s.text,
        dateStart: s.start + dated.start,
        dateEnd: s.start + dated.end,
        eventId: member.id,
        date: { start: dated.day, end: dated.day, precision: 'day', text: s.text.slice(dated.start, dated.end) },
      }, `“${written}”, the article's main happening of that day`);
    }
  }
  // A sentence that could retell two merged happenings retells neither.
  const added = new Map<number, Array<{ source: Source; why: string }>>();
  for (const list of found.values()) {
    if (list.length !== 1) continue;
    const { event, source, why } = list[0]!;
    added.set(event, [...(added.get(event) ?? []), { source, why }]);
  }
  if (added.size === 0) return merged;
  return merged.map((m, index) => {
    const more = added.get(index)?.sort((a, b) => (a.source.articleId < b.source.articleId ? -1 : a.source.articleId > b.source.articleId ? 1 : a.source.start - b.source.start));
    if (!more) return m;
    // The why-merged line says why each passage is there.
    const retold = more.map(({ source, why }) => `in ${source.articleId}: ${why}`).join('; ');
    return { ...m, sources: [...m.sources, ...more.map(({ source }) => source)], ...(m.merge ? { merge: { ...m.merge, explanation: `${m.merge.explanation} Also told where its article makes no event of it, ${retold}.` } } : {}) };
  });
}
