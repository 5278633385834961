// Lint rules that hold the architecture: imports point one way
// (ui -> timeline -> model, compiler -> model) and pure modules stay pure.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeModules = ['node:*', 'fs', 'path', 'os', 'child_process'].map((name) => ({
  group: [name],
  message: 'Only the compiler shell (cli, vite plugins, file reading) touches Node built-ins.',
}));

const PIPELINE = ['eval', 'corpus', 'events', 'read', 'temporal', 'actors', 'text'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'test-results', '.data', 'tests/e2e/screenshots'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        patterns: [
          ...nodeModules,
          { group: ['**/compiler/**', '../compiler/*'], message: 'The app never imports the compiler (only its worker, src/ui/compileWorker.ts, does).' },
          { group: ['./compileWorker', '**/compileWorker', './compileWorker.ts'], message: 'The compiler runs in its worker: start it with new Worker(new URL(...)), and share types through compileMessages.ts.' },
        ],
      }],
    },
  },
  // The one module of the app that may import the compiler: the worker that runs it in the page, loaded
  // only as a worker. Its pure stages only; build/ (Node: files, servers) and eval/ never.
  {
    files: ['src/ui/compileWorker.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ...nodeModules,
          { group: ['**/compiler/build/**', '**/compiler/eval/**'], message: 'The worker runs in the page: the compiler\'s Node shells (build/) and its evaluation (eval/) stay out.' },
        ],
      }],
    },
  },
  {
    files: ['src/model/**/*.ts', 'src/timeline/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ...nodeModules,
          { group: ['react', 'react-dom', 'react/*'], message: 'model/ and timeline/ are pure: no React.' },
          { group: ['**/compiler/**', '**/ui/**'], message: 'Imports point one way: ui -> timeline -> model.' },
        ],
      }],
    },
  },
  {
    files: ['src/compiler/**/*.ts'],
    ignores: ['src/compiler/build/**', 'src/compiler/eval/*Cli.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ...nodeModules,
          { group: ['**/ui/**', '**/timeline/**', 'react'], message: 'The compiler imports only the model.' },
        ],
      }],
    },
  },
  // The compiler's folders are its pipeline: each stage uses only the stages after it
  // (build, eval -> corpus -> events -> read -> temporal -> actors -> text).
  ...PIPELINE.map((stage, i) => ({
    files: [`src/compiler/${stage}/**/*.ts`],
    ignores: ['src/compiler/build/**', 'src/compiler/eval/*Cli.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ...nodeModules,
          { group: ['**/ui/**', '**/timeline/**', 'react'], message: 'The compiler imports only the model.' },
          ...(i > 0 ? [{ group: PIPELINE.slice(0, i).flatMap((earlier) => [`../${earlier}/*`, `**/compiler/${earlier}/**`]), message: `${stage}/ runs after ${PIPELINE.slice(0, i).join(', ')}: imports point down the pipeline only.` }] : []),
        ],
      }],
    },
  })),
);
