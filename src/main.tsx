// Entry point: one QueryClient for the app, live data in the dev server.
// (The schemas load only when a file needs a message: see loadSchemas in ui/api.ts.)
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { refetchOnDataChange } from './ui/liveData';
import { LOAD_MARKS, markOnce } from './ui/loadMarks';
import { queryClient } from './ui/queryClient';
import './ui/styles.css';

refetchOnDataChange(queryClient);
markOnce(LOAD_MARKS.started);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
