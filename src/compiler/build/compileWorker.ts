// What one worker thread of the compile pool runs: a batch of articles through
// compileArticle, each on its own, so a failure is that article's alone. Each
// outcome goes back serialised (V8's format, as the disk cache stores it), so
// the thread that compiled an article also writes its cache entry and the
// article is serialised once.
import { renameSync, writeFileSync } from 'node:fs';
import v8 from 'node:v8';
import type { ActorOverrides } from '../actors/extractActors';
import { compileArticle, type ArticleCompilation, type ArticleInput } from '../events/compileArticle';

export interface CompileBatch {
  inputs: ArticleInput[];
  overrides?: ActorOverrides;
  /** Where to write each compilation for the disk cache, by the input's place; none for no cache. */
  cacheFiles?: Array<string | null>;
}

export type CompileOutcome = { compilation: ArticleCompilation } | { error: string };

export function compileOne(input: ArticleInput, overrides: ActorOverrides | undefined): CompileOutcome {
  try {
    return { compilation: compileArticle({ ...input, overrides }) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** Each article's outcome, serialised with v8.serialize. */
export default function compileBatch({ inputs, overrides, cacheFiles }: CompileBatch): Uint8Array[] {
  return inputs.map((input, i) => {
    const outcome = compileOne(input, overrides);
    const bytes = v8.serialize(outcome);
    const file = cacheFiles?.[i];
    if (file && 'compilation' in outcome) {
      try {
        const partial = `${file}.${process.pid}.${i}.${Math.random().toString(36).slice(2)}.tmp`;
        writeFileSync(partial, bytes);
        renameSync(partial, file);
      } catch {
        // A cache that cannot be written costs the next compile time, never this one its output.
      }
    }
    return bytes;
  });
}
