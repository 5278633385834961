// Entry point: one QueryClient for the app, live data in the dev server. A
// page built with its first view in it (firstViewPage.tsx) is taken over once
// the index is in; otherwise the app renders at once (and shows its loading state).
// (The schemas load only when a file needs a message: see loadSchemas in ui/api.ts.)
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { InitialWidthsContext, type InitialWidths } from './ui/firstViewport';
import { refetchOnDataChange } from './ui/liveData';
import { LOAD_MARKS, markOnce } from './ui/loadMarks';
import { queryClient } from './ui/queryClient';
import { hasFirstView, takeOverFirstView } from './ui/takeOverFirstView';

refetchOnDataChange(queryClient);
markOnce(LOAD_MARKS.started);

const container = document.getElementById('root')!;
const root = createRoot(container);
const render = (widths: InitialWidths = {}) =>
  root.render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <InitialWidthsContext.Provider value={widths}>
          <App />
        </InitialWidthsContext.Provider>
      </QueryClientProvider>
    </StrictMode>,
  );

if (hasFirstView(container)) void takeOverFirstView(container, queryClient, render);
else render();
