// "compiling 412/1000 articles…" on one line that rewrites itself, for long
// compiles: only on a terminal, where a person watches it. Piped to a file or
// another program, or in a CI log, it would only add noise, so there it is
// not drawn at all.
export interface ProgressLine {
  /** Redraws the line (at most every 100 ms, and always at the end). */
  update(done: number, total: number): void;
  /** Takes the line off, so what is printed next starts at the line's start. */
  clear(): void;
}

const REDRAW_MS = 100;

/** True when `env` says the process runs in continuous integration (CI=true, as GitHub, GitLab and most others set). */
export function inCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env.CI;
  return ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
}

/** A progress line on `stream`, or null where none should be drawn (not a terminal, or CI). */
export function progressLine(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env, what = 'articles'): ProgressLine | null {
  if (!stream.isTTY || inCi(env)) return null;
  let shown = false;
  let last = 0;
  return {
    update(done, total) {
      const now = performance.now();
      if (done < total && now - last < REDRAW_MS) return;
      last = now;
      stream.write(`\r\x1b[Kcompiling ${done}/${total} ${what}…`);
      shown = true;
    },
    clear() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
      last = 0;
    },
  };
}
