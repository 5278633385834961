// A seeded generator of synthetic news articles for the compile benchmark:
// the same seed and count always give the same files. Each article mixes the
// date expressions the compiler reads (full dates, month and year, seasons,
// decades, weekdays and other relative dates, ranges, "since"), actors of
// every kind (countries, titled people, organisations) and a length drawn
// between 200 and 1,500 words, as front matter, a sidecar or a bare dateline.

/** A small, fast, seedable PRNG (mulberry32): deterministic across machines. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;
export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
export const between = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));

const COUNTRIES = [
  ['France', 'French', 'Paris'], ['Germany', 'German', 'Berlin'], ['Brazil', 'Brazilian', 'Brasilia'],
  ['Kenya', 'Kenyan', 'Nairobi'], ['Japan', 'Japanese', 'Tokyo'], ['Chile', 'Chilean', 'Santiago'],
  ['Poland', 'Polish', 'Warsaw'], ['Egypt', 'Egyptian', 'Cairo'], ['Canada', 'Canadian', 'Ottawa'],
  ['Indonesia', 'Indonesian', 'Jakarta'], ['Norway', 'Norwegian', 'Oslo'], ['Ghana', 'Ghanaian', 'Accra'],
  ['Mexico', 'Mexican', 'Mexico City'], ['Turkey', 'Turkish', 'Ankara'], ['Vietnam', 'Vietnamese', 'Hanoi'],
  ['Peru', 'Peruvian', 'Lima'], ['Morocco', 'Moroccan', 'Rabat'], ['Finland', 'Finnish', 'Helsinki'],
] as const;
const TITLES = ['President', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'Finance Minister', 'Interior Minister', 'Ambassador', 'General'];
const FIRST = ['Anna', 'Tomas', 'Leila', 'Marco', 'Ines', 'Pavel', 'Amara', 'Kenji', 'Sofia', 'Daniel', 'Nadia', 'Oskar', 'Yara', 'Felix', 'Rosa', 'Ivo'];
const LAST = ['Keller', 'Moreau', 'Okafor', 'Lindqvist', 'Haddad', 'Novak', 'Santos', 'Ferreira', 'Brandt', 'Mensah', 'Kowalski', 'Aydin', 'Tanaka', 'Varga', 'Quint', 'Ostrova'];
const ORGS = [
  'the United Nations', 'the World Health Organization', 'the European Union', 'the International Monetary Fund',
  'the African Union', 'the World Bank', 'the Red Cross', 'the Northern Grain Cooperative', 'the Coastal Shipping Authority',
  'the Federation of Mine Workers', 'the Riverside Water Board', 'the Alliance of Rail Unions',
];
const PLACES = ['the port', 'the border crossing', 'the northern province', 'the capital', 'the coastal highway', 'the river delta', 'the mining district', 'the main airport'];
const TOPICS = ['grain exports', 'a border dispute', 'fuel prices', 'a rail strike', 'flood relief', 'a fishing quota', 'a mining licence', 'debt talks'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SEASONS = ['spring', 'summer', 'autumn', 'winter'];
const FILLER = [
  'Officials declined to give further details.',
  'The figures could not be independently verified.',
  'Traders said the mood in the market remained cautious.',
  'Residents described long queues outside shops and petrol stations.',
  'Analysts said the outcome would depend on the next round of talks.',
  'A spokesperson for the opposition called the move premature.',
  'Local media carried pictures of crowds gathering in the main square.',
  'Diplomats said privately that a compromise was still within reach.',
];

interface Person {
  title: string;
  name: string;
  country: (typeof COUNTRIES)[number];
}

/** A date expression and the sentence frame it fits, relative to the article's publication date. */
function dateExpression(rng: Rng, published: Date): string {
  const year = published.getUTCFullYear();
  const pastYear = year - between(rng, 1, 30);
  const month = between(rng, 0, 11);
  const day = between(rng, 1, 28);
  switch (between(rng, 0, 12)) {
    case 0: return `on ${MONTHS[month]} ${day}, ${pastYear}`;
    case 1: return `on ${day} ${MONTHS[month]} ${pastYear}`;
    case 2: return `on ${SHORT_MONTHS[month]} ${day}`;
    case 3: return `in ${MONTHS[month]} ${pastYear}`;
    case 4: return `in ${pastYear}`;
    case 5: return `in the ${Math.floor(pastYear / 10) * 10}s`;
    case 6: return `in the ${pick(rng, SEASONS)} of ${pastYear}`;
    case 7: return `on ${pick(rng, WEEKDAYS)}`;
    case 8: return pick(rng, ['last month', 'last year', 'last week', 'earlier this year', 'two weeks ago', 'a year ago']);
    case 9: return `from ${pastYear} to ${pastYear + between(rng, 1, 4)}`;
    case 10: return `between ${MONTHS[month]} and ${MONTHS[Math.min(11, month + between(rng, 1, 3))]} ${pastYear}`;
    case 11: return `since ${pastYear}`;
    default: return `on ${MONTHS[month]} ${day}`;
  }
}

function sentence(rng: Rng, people: Person[], published: Date): string {
  // About half the sentences of a news story carry no date of their own.
  if (rng() < 0.45) return undatedSentence(rng, people);
  const p = pick(rng, people);
  const q = pick(rng, people);
  const c = pick(rng, COUNTRIES);
  const org = pick(rng, ORGS);
  const when = dateExpression(rng, published);
  const topic = pick(rng, TOPICS);
  const place = pick(rng, PLACES);
  switch (between(rng, 0, 9)) {
    case 0: return `${p.country[0]}'s ${p.title} ${p.name} said ${when} that the government would not back down over ${topic}.`;
    case 1: return `Talks between ${p.country[0]} and ${c[0]} on ${topic} collapsed ${when}, according to ${org}.`;
    case 2: return `${org.charAt(0).toUpperCase()}${org.slice(1)} said it had sent inspectors to ${place} ${when}.`;
    case 3: return `Protesters blocked ${place} near ${c[2]} ${when}, demanding an end to the dispute over ${topic}.`;
    case 4: return `${q.title} ${q.name} met ${p.title} ${p.name} in ${c[2]} ${when} to discuss ${topic}.`;
    case 5: return `${c[1]} troops were deployed to ${place} ${when}, the ministry said.`;
    case 6: return `The agreement on ${topic}, signed ${when}, was meant to ease tensions between ${p.country[0]} and ${c[0]}.`;
    case 7: return `"We have waited long enough," ${p.name} told reporters ${when}.`;
    case 8: return `Flooding forced the closure of ${place} ${when}, and ${org} appealed for aid.`;
    default: return pick(rng, FILLER);
  }
}

function undatedSentence(rng: Rng, people: Person[]): string {
  const p = pick(rng, people);
  switch (between(rng, 0, 3)) {
    case 0: return `${p.title} ${p.name} has faced criticism at home over the handling of ${pick(rng, TOPICS)}.`;
    case 1: return `${pick(rng, COUNTRIES)[1]} officials say the dispute over ${pick(rng, TOPICS)} has cost the economy dearly.`;
    default: return pick(rng, FILLER);
  }
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export interface GeneratedArticle {
  /** File name inside the seeds folder. */
  name: string;
  text: string;
}

/** `count` articles from `seed`, with sidecars where an article has one (about a third do). */
export function generateCorpus(count: number, seed = 1): GeneratedArticle[] {
  const rng = random(seed);
  const files: GeneratedArticle[] = [];
  for (let i = 0; i < count; i++) {
    const published = new Date(Date.UTC(2005, 0, 1) + between(rng, 0, 18 * 365) * 86_400_000);
    const people: Person[] = Array.from({ length: between(rng, 2, 5) }, () => ({
      title: pick(rng, TITLES),
      name: `${pick(rng, FIRST)} ${pick(rng, LAST)}`,
      country: pick(rng, COUNTRIES),
    }));
    // Lengths skew short, as news does: most near 400 words, a few up to 1,500.
    const words = Math.min(1500, 200 + Math.floor(-Math.log(1 - rng() * 0.98) * 300));
    const paragraphs: string[] = [];
    let written = 0;
    while (written < words) {
      const sentences = Array.from({ length: between(rng, 1, 3) }, () => sentence(rng, people, published));
      const paragraph = sentences.join(' ');
      written += paragraph.split(' ').length;
      paragraphs.push(paragraph);
    }
    const lead = people[0]!;
    const title = `${lead.country[0]} and ${pick(rng, COUNTRIES)[0]} at odds over ${pick(rng, TOPICS)}`;
    const id = `${String(i).padStart(4, '0')}_synthetic`;
    const style = i % 3;
    if (style === 0) {
      const front = `---\ntitle: ${title}\nsource: https://example.org/news/${i}\npublished: ${iso(published)}\n---\n`;
      files.push({ name: `${id}.md`, text: `${front}${paragraphs.join('\n\n')}\n` });
    } else if (style === 1) {
      files.push({ name: `${id}.txt`, text: `${title}\n\n${paragraphs.join('\n\n')}\n` });
      files.push({ name: `${id}.meta.json`, text: `${JSON.stringify({ published: iso(published), source: `https://example.org/news/${i}` })}\n` });
    } else {
      // No stated date: the compiler infers it from the dateline.
      const dateline = `${lead.country[2].toUpperCase()}, ${SHORT_MONTHS[published.getUTCMonth()]} ${published.getUTCDate()} (Newswire) - `;
      files.push({ name: `${id}.txt`, text: `${title}\n\n${dateline}${paragraphs.join('\n\n')}\n\nReporting in ${lead.country[2]}, ${published.getUTCFullYear()}.\n` });
    }
  }
  return files;
}
