import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// src/core is the product's pure domain logic: it must stay free of UI, Electron and storage.
const coreForbidden = ['electron', 'dexie', 'dexie-react-hooks', 'react', 'react-dom', 'zustand'];

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
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: coreForbidden.map((name) => ({ name, message: 'src/core is pure TypeScript: no UI, Electron or storage.' })),
          patterns: [{ group: ['**/renderer/**', '**/main/**', '**/preload/**'], message: 'src/core must not depend on the app layers.' }],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'indexedDB', 'localStorage'],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['src/renderer/vite.web.config.ts', 'src/renderer/renderer-vite-config.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'The renderer reaches Electron only through window.api (the preload).' }] }],
    },
  },
);
