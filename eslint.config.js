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
          { group: ['**/compiler/**', '../compiler/*'], message: 'The app never imports the compiler.' },
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
    ignores: ['src/compiler/cli.ts', 'src/compiler/evalCli.ts', 'src/compiler/vitePlugin.ts', 'src/compiler/readSeeds.ts', 'src/compiler/compressedData.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ...nodeModules,
          { group: ['**/ui/**', '**/timeline/**', 'react'], message: 'The compiler imports only the model.' },
        ],
      }],
    },
  },
);
