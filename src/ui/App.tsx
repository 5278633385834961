// The app's root: loads the timeline index and hands it to the explorer, or
// says why it cannot.
import { useQuery } from '@tanstack/react-query';
import { timelineIndexQuery } from './api';
import { Explorer } from './Explorer';
import { StatusMessage } from './StatusMessage';

export function App() {
  const index = useQuery(timelineIndexQuery());
  if (index.data) return <Explorer index={index.data} />;
  return (
    <div className="app">
      <header className="app-header">
        <h1>News timeline explorer</h1>
      </header>
      <main className="app-status">
        {index.isError ? (
          <StatusMessage
            kind="error"
            title="The timeline could not be loaded."
            action={{ label: 'Retry', onClick: () => void index.refetch() }}
          >
            <p>{index.error.message}</p>
          </StatusMessage>
        ) : (
          <StatusMessage kind="loading" title="Loading the timeline…" />
        )}
      </main>
    </div>
  );
}
