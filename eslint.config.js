import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// The anonymisation libraries the benchmarks compare against are devDependencies, imported only
// by test/bench: the product must never import them (nor anything inside them).
const benchOnlyPeers = {
  regex: '^(@openredaction/openredaction|redact-pii)(/|$)',
  message: 'Peer anonymisation libraries are only for the comparisons in test/bench, never in src/.',
};
// Every no-restricted-imports rule under src/ is built here. A later config object's
// no-restricted-imports replaces (does not merge with) an earlier one for the same file, so each
// folder's rule repeats the restriction that holds for all of src/.
const srcImports = ({ paths = [], patterns = [] } = {}) => ['error', { paths, patterns: [...patterns, benchOnlyPeers] }];

// src/core is the product's pure domain logic: it must stay free of UI, Electron and storage.
const coreForbidden = ['electron', 'dexie', 'dexie-react-hooks', 'react', 'react-dom', 'zustand'];
const coreImports = (extraPaths = []) =>
  srcImports({
    paths: [...coreForbidden.map((name) => ({ name, message: 'src/core is pure TypeScript: no UI, Electron or storage.' })), ...extraPaths],
    patterns: [{ group: ['**/renderer/**', '**/main/**', '**/preload/**'], message: 'src/core must not depend on the app layers.' }],
  });
// One place writes Word documents, from the document the publication check has read: a string
// put into a docx object anywhere else would reach the file unchecked.
const docxOnlyInWordWriter = { name: 'docx', message: 'Only src/core/export/render-docx.ts writes Word documents: compose a PublishedDocument instead.' };
const wordWriters = ['src/core/export/render-docx.ts', 'src/core/export/report-docx-numbering.ts'];
// Storage lives in src/renderer/data: features reach the database only through its functions.
const rendererOnly = [{ name: 'electron', message: 'The renderer reaches Electron only through window.api (the preload).' }, docxOnlyInWordWriter];
const storageOnlyInData = [
  { name: 'dexie', message: 'Storage lives in src/renderer/data: use (or add) a function there.' },
  { name: 'fake-indexeddb', message: 'Storage lives in src/renderer/data.' },
];
const tables =
  'cases|meta|reports|reportContents|reportVersions|recommendations|agencies|chronologyEntries|chronologyProblems|chronologyImports|episodes|identifiers|allowedPhrases|ignoredFindings|anonymisationLog|events|eventNotes|noteThemes|noteDrafts|columnMappings|transaction|table|tables';
const tableMessage = 'Storage lives in src/renderer/data: read and write the database through a function there, not its tables.';
const noTableOutsideData = [
  'error',
  { selector: `MemberExpression[object.name='db'][property.name=/^(${tables})$/]`, message: tableMessage },
  { selector: `MemberExpression[object.property.name='db'][property.name=/^(${tables})$/]`, message: tableMessage },
];

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
    // All of src/ (src/main, src/preload, the renderer's Vite configs…); the folders below
    // replace this rule with their own, each built by srcImports so it still holds.
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': srcImports() },
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
      'no-restricted-imports': srcImports({
        paths: [{ name: 'electron', message: 'The command line runs on plain Node: no Electron.' }, docxOnlyInWordWriter],
      }),
    },
  },
  {
    files: ['src/renderer/data/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': srcImports({ paths: rendererOnly }) },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['src/renderer/vite.web.config.ts', 'src/renderer/renderer-vite-config.ts', 'src/renderer/data/**'],
    rules: {
      'no-restricted-imports': srcImports({ paths: [...rendererOnly, ...storageOnlyInData] }),
      'no-restricted-syntax': noTableOutsideData,
    },
  },
);
