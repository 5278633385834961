// How much an event matters to the story, as a reader ranks it: the happening
// an article leads with and names in its headline above what its later
// paragraphs recall; what happened around publication above history; a
// happening many sources report above one that a single article mentions.
// The score orders events for the explorer (labels, "Key events"); the reasons
// say why in words.
import type { Importance, Precision } from '../../model/schema';
import { toUtcMs } from '../../model/calendar';
import { FUNCTION_WORDS } from '../text/lexicon';

export interface ImportanceCues {
  /** The event's paragraph counted from the article's first body paragraph (0: the lead). */
  paragraphFromLead: number;
  /** The share (0..1) of the headline's content words that the event's sentence holds. */
  headlineShare: number;
  /** The event's first day and precision, and the article's publication day (YYYY-MM-DD). */
  start: string;
  precision: Precision;
  published: string;
}

/** The part of the score an article alone can give; the rest comes from the number of sources (withSources). */
const ARTICLE_SHARE = 0.8;

const PRECISION_WEIGHT: Record<Precision, number> = { day: 1, month: 0.7, season: 0.55, year: 0.5, decade: 0.3 };

export function articleImportance(cues: ImportanceCues): Importance {
  const reasons: string[] = [];
  const place = cues.paragraphFromLead <= 0 ? 1 : cues.paragraphFromLead === 1 ? 0.7 : cues.paragraphFromLead === 2 ? 0.5 : 0.3;
  if (cues.paragraphFromLead <= 0) reasons.push("in the article's lead");
  const headline = Math.min(1, cues.headlineShare * 2);
  if (cues.headlineShare >= 0.5) reasons.push('what the headline names');
  const days = Math.abs(toUtcMs(cues.start) - toUtcMs(cues.published)) / 86_400_000;
  const recency = days <= 7 ? 1 : days <= 45 ? 0.75 : days <= 400 ? 0.45 : 0.15;
  if (days <= 7) reasons.push('within a week of publication');
  else if (days > 400) reasons.push(`background: ${Math.round(days / 365.25)} years from publication`);
  const score = ARTICLE_SHARE * (0.3 * place + 0.25 * headline + 0.3 * recency + 0.15 * PRECISION_WEIGHT[cues.precision]);
  return { score: round(score), reasons };
}

/** A happening several articles report: the best of its members' importance, raised by its number of sources. */
export function withSources(members: Importance[], sourceCount: number): Importance {
  const best = members.reduce((a, b) => (b.score > a.score ? b : a));
  if (sourceCount < 2) return best;
  const extra = (1 - ARTICLE_SHARE) * Math.min(1, (sourceCount - 1) / 4);
  return { score: round(Math.min(1, best.score + extra)), reasons: [...best.reasons, `reported by ${sourceCount} sources`] };
}

// An article asks with its one headline for every sentence: its words are read once.
let lastHeadline: { text: string; words: ReadonlySet<string> } = { text: '', words: new Set() };

/** The share of the headline's content words (no function words, cut to six letters) found in a sentence. */
export function headlineShare(headline: string, sentence: string): number {
  if (lastHeadline.text !== headline) lastHeadline = { text: headline, words: contentWords(headline) };
  const words = lastHeadline.words;
  if (words.size === 0) return 0;
  const inSentence = contentWords(sentence);
  let shared = 0;
  for (const w of words) if (inSentence.has(w)) shared++;
  return shared / words.size;
}

function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]{3,}/gu)) if (!FUNCTION_WORDS.has(m[0])) out.add(m[0].slice(0, 6));
  return out;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
