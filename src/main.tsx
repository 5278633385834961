// Entry point: one QueryClient for the app, live data in the dev server.
// First, before anything builds a schema: no eval under the page's CSP.
import './ui/zodWithoutEval';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { refetchOnDataChange } from './ui/liveData';
import { queryClient } from './ui/queryClient';
import './ui/styles.css';

refetchOnDataChange(queryClient);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
