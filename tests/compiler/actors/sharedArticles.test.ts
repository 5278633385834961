import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compileArticle } from '../../../src/compiler/events/compileArticle';
import { parseFrontMatter } from '../../../src/compiler/read/frontMatter';
import { splitSentences } from '../../../src/compiler/text/segment';
import { extractActors } from '../../../src/compiler/actors/extractActors';

// The real news kept beside the project (../shared/realnews, third-party text: read here, never copied).
// Only the tuning articles (numbers not a multiple of 3) and the stories: the rest is sealed.
const SHARED = process.env.SHARED_DIR ?? path.resolve('../shared');
const REALNEWS = path.join(SHARED, 'realnews');
const present = existsSync(path.join(REALNEWS, 'articles'));

function sharedFiles(): string[] {
  const tuning = readdirSync(path.join(REALNEWS, 'articles'))
    .filter((f) => f.endsWith('.txt') && Number(f.slice(0, 2)) % 3 !== 0)
    .map((f) => path.join(REALNEWS, 'articles', f));
  const stories = readdirSync(path.join(REALNEWS, 'stories')).flatMap((s) =>
    readdirSync(path.join(REALNEWS, 'stories', s)).filter((f) => f.endsWith('.txt')).map((f) => path.join(REALNEWS, 'stories', s, f)));
  return [...tuning, ...stories];
}

// Words that make a country's name part of a title or an institution rather than of a name of a thing.
const KEEPS_COUNTRY = /^(?:Minister|President|Prime|Foreign|Defence|Defense|Ministry|Department|Bank|Court|Police|Army|Forces|Navy|Air|Service|Council|Agency|Party|Union|Commission|Committee|Office|Federation|Association|Reserve|Senate|Congress|Parliament|Government|Embassy|Team|Football|National|State|Central|Supreme)$/;
const CURRENCY = /^\s+(?:dollars?|euros?|pounds?|yen|yuan|rupees?|pesos?|francs?|rubles?|roubles?)\b/i;

describe('actors of the shared real news: none that a reader would strike out', () => {
  if (!present) {
    it.skip(`needs ../shared/realnews (set SHARED_DIR to point elsewhere); not found at ${REALNEWS}`, () => {});
    return;
  }
  const files = sharedFiles();

  it.each(files.map((f) => [path.relative(REALNEWS, f), f]))('%s', (_name, file) => {
    const raw = readFileSync(file, 'utf8');
    const id = path.basename(file, '.txt');
    const { actors } = compileArticle({ id, file: path.basename(file), raw });
    const problems: string[] = [];
    // A name cut at an initial ("Charles E").
    for (const a of actors) if (/(?:^|\s)\p{Lu}\.?$/u.test(a.name) && a.name.includes(' ')) problems.push(`cut at an initial: ${a.name}`);

    const fm = parseFrontMatter(raw.replace(/\r\n?/g, '\n'));
    const text = fm.body;
    const sentences = splitSentences(text, fm.fields.title ? { hasTitle: false, title: fm.fields.title } : { hasTitle: true });
    const { actors: found, mentions } = extractActors(text, sentences);
    const kinds = new Map(found.map((a) => [a.id, a.kind]));
    const byActor = new Map<string, Array<{ text: string; after: string; role: string }>>();
    mentions.forEach((list, si) => {
      for (const m of list) {
        const entry = { text: m.text, after: text.slice(m.end, m.end + 60), role: sentences[si]!.role };
        byActor.set(m.actorId, [...(byActor.get(m.actorId) ?? []), entry]);
      }
    });
    for (const [actorId, list] of byActor) {
      // Read only from a byline, a credit or other page furniture.
      if (list.every((m) => m.role === 'furniture')) problems.push(`from page furniture only: ${actorId}`);
      if (kinds.get(actorId) !== 'country') continue;
      for (const m of list) {
        if (CURRENCY.test(m.after)) problems.push(`a currency: ${m.text}${m.after.slice(0, 12)}`);
        // "Spanish Grand Prix": two or more capitalised words after it, none a title's or an institution's.
        const run = /^ ((?:\p{Lu}[\p{L}'’-]*)(?: \p{Lu}[\p{L}'’-]*)+)/u.exec(m.after)?.[1];
        if (run && !run.split(' ').some((w) => KEEPS_COUNTRY.test(w))) problems.push(`a demonym inside a name: ${m.text} ${run}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
