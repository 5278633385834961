// The explorer's build: React app plus the plugin that compiles seeds/ into
// the data set at build time and on every change in the dev server, the
// built page's Content-Security-Policy, and gzipped data in `vite preview`.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import path from 'node:path';
import { timelineData } from './src/compiler/build/vitePlugin';
import { contentSecurityPolicy } from './src/compiler/build/contentSecurityPolicy';
import { compressedData } from './src/compiler/build/compressedData';

const seedsDir = path.resolve(process.env.SEEDS_DIR ?? 'seeds');

export default defineConfig({
  base: './',
  plugins: [react(), timelineData({ seedsDir, strict: process.env.STRICT === '1' }), contentSecurityPolicy(), compressedData()],
});
