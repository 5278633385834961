// Unit and component tests. Kept apart from vite.config.ts so that tests do
// not run the seeds compiler plugin.
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    globals: true,
    environment: 'node',
    pool: 'threads',
    maxWorkers: 2,
  },
});
