// ESLint flat config. The boundary rules here are the architecture: the environment decides the folder.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const electronModules = ['electron', 'electron-store', 'electron/*'];
const nodeOnlyPackages = ['undici', 'ws', 'protobufjs/cli', 'tsx', 'tsx/*'];

/** Paths (not modules) a layer may not import. */
const restrict = (opts) => ['error', opts];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'out/**',
      'release/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] },
    },
  },
  // Node-side code and tooling may use Node globals.
  {
    files: ['main/**', 'test/**', 'build/**', '*.config.*', '.ci/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  // shared/: pure TypeScript. No node:*, no electron, no DOM.
  {
    files: ['shared/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict({
        paths: [...nodeBuiltins, ...electronModules, ...nodeOnlyPackages].map((name) => ({
          name,
          message: 'shared/ is pure TypeScript: it runs in main, renderer and CLI alike.',
        })),
        patterns: [
          { group: ['**/main/**', '**/renderer/**'], message: 'shared/ depends on nothing but itself.' },
        ],
      }),
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'process',
          'Buffer',
          'require',
          '__dirname',
        ].map((name) => ({ name, message: 'shared/ has no DOM and no Node globals.' })),
      ],
    },
  },
  // renderer/: talks to main only through the contract.
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.svelte'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict({
        paths: [...nodeBuiltins, ...electronModules, ...nodeOnlyPackages].map((name) => ({
          name,
          message: 'renderer/ talks to main only through shared/contract.',
        })),
        patterns: [{ group: ['**/main/**'], message: 'renderer/ never imports main/: use the contract.' }],
      }),
    },
  },
  // main/ (except main/electron/): no runtime import of electron; type-only imports are fine.
  {
    files: ['main/**/*.ts', 'test/**/*.ts', 'build/**/*.{js,mjs,ts}'],
    ignores: ['main/electron/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict({
        paths: electronModules.map((name) => ({
          name,
          allowTypeImports: true,
          message: 'Only main/electron/ imports Electron; everything else must run under plain Node.',
        })),
        patterns: [{ group: ['**/renderer/**'], message: 'main/ never imports renderer/ code.' }],
      }),
    },
  },
  // Renderer unit tests (test/unit/renderer/) import the pure renderer modules they test; still no Electron.
  {
    files: ['test/unit/renderer/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict({
        paths: electronModules.map((name) => ({
          name,
          allowTypeImports: true,
          message: 'No Electron in tests.',
        })),
      }),
    },
  },
);
