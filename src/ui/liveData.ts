// In the dev server the data plugin announces recompiled seeds; refetching the
// queries updates the page in place instead of reloading it.
import type { QueryClient } from '@tanstack/react-query';
import { timelineKeys } from './api';

export function refetchOnDataChange(client: QueryClient): void {
  import.meta.hot?.on('timeline:data-changed', () => {
    void client.invalidateQueries({ queryKey: timelineKeys.all });
  });
}
