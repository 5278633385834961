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
    // Tests that spawn the CLI or read very long texts take seconds on a busy two-core machine;
    // the limit only catches a hang, speed is measured by the benchmark.
    testTimeout: 30_000,
  },
});
