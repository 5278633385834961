// The notice that a shared link asked for something the page could not do (an
// id the data lacks, a reversed window…): the page ignores that part, shows the
// rest, and says so here until the reader dismisses it.
import { useState } from 'react';

export function LinkNotice({ message }: { message: string | null }) {
  // Dismissing hides this message only: a link with other problems shows its own.
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (message === null || message === dismissed) return null;
  return (
    <div className="link-notice" role="status">
      <p>{message}</p>
      <button type="button" className="button" onClick={() => setDismissed(message)}>
        Dismiss
      </button>
    </div>
  );
}
