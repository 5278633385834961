// The wire's "here" ("the envoy arrived here Thursday", "the minister said here") means the place the dateline
// names; a label read on the timeline, far from the dateline, says that place by name. Pure string work.
import { MOTION_VERBS, PRESENT_HERE_VERBS } from '../text/lexicon';
import { isPastVerb } from './headline';

// A verb before "here": a past form, or a present one of saying ("says here").
const VERB = (word: string): boolean => isPastVerb(word) || PRESENT_HERE_VERBS.has(word);

/**
 * The city a dateline opens on, in the way a name is written ("NAIROBI, Aug. 21 (Wirepost) --" is "Nairobi",
 * "PORT LUMA, Varnia" is "Port Luma"); null when the dateline opens on a date ("Sept. 27 —") or on no city in capitals.
 */
export function datelineCity(dateline: string | null): string | null {
  if (!dateline) return null;
  const first = dateline.replace(/\(.*$/su, '').split(/,|\s[-–—_]+\s|\s?--/u)[0]!.trim();
  if (!/^\p{Lu}[\p{Lu}\p{M} .'’-]*\p{Lu}\.?$/u.test(first) || /\d/.test(first) || first.length < 3) return null;
  return first.toLowerCase().split(/\s+/)
    // Small words inside a name stay small ("Dar es Salaam"), as the lexicon writes them.
    .map((w, i) => (i > 0 && /^\p{L}{1,2}$/u.test(w) ? w : w.replace(/(^|[-'’])\p{L}/gu, (c) => c.toUpperCase())))
    .join(' ');
}

/**
 * The label with "here" after a verb replaced by the dateline's city ("Envoy arrived here for talks" is "Envoy arrived
 * in Luma for talks", "flew here" is "flew to Luma"). Left alone: no city; "here" inside a quotation (a speaker's
 * "here" is where the speaker stands, not the dateline); "here" after no verb ("the people here", "here is …").
 */
export function placeHere(label: string, city: string | null): string {
  if (!city) return label;
  return label.replace(/\b([a-z]+)\s+here\b(?![’'-])/g, (whole, verb: string, at: number) => {
    if (!VERB(verb) || /``|“|"/.test(label.slice(0, at))) return whole;
    // Verbs of coming and going take their place with "to" ("flew here" is "flew to Luma"); every other verb with "in".
    return `${verb} ${MOTION_VERBS.has(verb) ? 'to' : 'in'} ${city}`;
  });
}
