// Search over the articles' whole text, beyond the passages events were read
// from: which articles hold every word of the query and how often, so the
// page can say "also in an article" and open it there.

export interface ArticleMention {
  articleId: string;
  /** How many times the query's words occur in the text. */
  count: number;
}

/** The articles whose text holds every term (lower-cased, as searchTerms gives them), in the order given. */
export function articleMentions(texts: ReadonlyMap<string, string>, terms: readonly string[]): ArticleMention[] {
  if (terms.length === 0) return [];
  const mentions: ArticleMention[] = [];
  for (const [articleId, text] of texts) {
    const lower = text.toLowerCase();
    let count = 0;
    let all = true;
    for (const term of terms) {
      let at = lower.indexOf(term);
      if (at < 0) {
        all = false;
        break;
      }
      for (; at >= 0; at = lower.indexOf(term, at + term.length)) count++;
    }
    if (all) mentions.push({ articleId, count });
  }
  return mentions;
}
