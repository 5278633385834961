// What stands right before a day, for the patterns that end there ("now targets
// Thursday", "reports results on Thursday", "closed until Friday"). A parser
// may have taken the day's opening word into the expression ("on Thursday",
// "for Sunday", "until Friday" read whole), so that word is put back after the
// words before it: a pattern reads the same whether the parser took it or not.

/** The last `window` characters before the day, and the expression's own opening word if `own` finds one in `text`. */
export function beforeDay(before: string, text: string, own: RegExp, window: number): string {
  return before.slice(-window) + (own.exec(text)?.[0] ?? '');
}
