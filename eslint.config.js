import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const nodeOnly = ['node:*', 'electron', 'better-sqlite3', 'sharp', 'tesseract.js', '@napi-rs/canvas']

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'resources/**', 'test-results/**', 'playwright-report/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The renderer reaches main only through the contract, never by import.
      'no-restricted-imports': ['error', { patterns: ['**/main/**', '**/preload/**', ...nodeOnly] }],
    },
  },
  {
    // Shared code runs in every process: no Node, no Electron, no DOM-only modules.
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/main/**', '**/renderer/**', '**/preload/**', ...nodeOnly] }],
    },
  },
  {
    // Extraction and validation are pure: words in, fields out.
    files: ['src/main/extraction/**/*.ts', 'src/main/validation/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/db/**', '**/services/**', ...nodeOnly] }],
    },
  },
)
