// The header's way in to adding articles in the page, and the return of the
// articles this browser keeps after a reload. Small on purpose: the panel, the
// store, the zip writer and the compiler's worker load only when first used
// (when the button is pressed, or at start when articles are kept).
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { storedArticleCount } from './userArticleStore';

const AddArticles = lazy(() => import('./AddArticles'));

export function AddArticlesButton() {
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [restoring, setRestoring] = useState<{ count: number } | { error: string } | null>(null);

  useEffect(() => {
    let live = true;
    void storedArticleCount().then(async (count) => {
      if (count === 0 || !live) return;
      setRestoring({ count });
      try {
        const { showStored } = await import('./userArticles');
        await showStored(client);
        if (live) setRestoring(null);
      } catch (error) {
        if (live) setRestoring({ error: error instanceof Error ? error.message : String(error) });
      }
    });
    return () => {
      live = false;
    };
  }, [client]);

  return (
    <>
      <button type="button" className="button add-articles-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Add articles
      </button>
      <span className="add-articles-status" role="status">
        {restoring && 'count' in restoring ? `Adding your ${restoring.count} saved ${restoring.count === 1 ? 'article' : 'articles'}…` : null}
        {restoring && 'error' in restoring ? `Your saved articles could not be added: ${restoring.error}` : null}
      </span>
      {open ? (
        <Suspense fallback={<span className="add-articles-status" role="status">Loading…</span>}>
          <AddArticles onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
