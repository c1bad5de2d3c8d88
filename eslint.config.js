import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// src/core is the product's pure domain logic: it must stay free of UI, Electron and storage.
const coreForbidden = ['electron', 'dexie', 'dexie-react-hooks', 'react', 'react-dom', 'zustand'];
const coreImports = (extraPaths = []) => [
  'error',
  {
    paths: [...coreForbidden.map((name) => ({ name, message: 'src/core is pure TypeScript: no UI, Electron or storage.' })), ...extraPaths],
    patterns: [{ group: ['**/renderer/**', '**/main/**', '**/preload/**'], message: 'src/core must not depend on the app layers.' }],
  },
];
// One place writes Word documents, from the document the publication check has read: a string
// put into a docx object anywhere else would reach the file unchecked.
const docxOnlyInWordWriter = { name: 'docx', message: 'Only src/core/export/render-docx.ts writes Word documents: compose a PublishedDocument instead.' };
const wordWriters = ['src/core/export/render-docx.ts', 'src/core/export/report-docx-numbering.ts'];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/renderer/**/*.tsx', 'src/renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: wordWriters,
    rules: {
      'no-restricted-imports': coreImports([docxOnlyInWordWriter]),
      'no-restricted-globals': ['error', 'window', 'document', 'indexedDB', 'localStorage'],
    },
  },
  {
    files: wordWriters,
    rules: {
      'no-restricted-imports': coreImports(),
      'no-restricted-globals': ['error', 'window', 'document', 'indexedDB', 'localStorage'],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'The command line runs on plain Node: no Electron.' }, docxOnlyInWordWriter] }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['src/renderer/vite.web.config.ts', 'src/renderer/renderer-vite-config.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'The renderer reaches Electron only through window.api (the preload).' }, docxOnlyInWordWriter] }],
    },
  },
);
