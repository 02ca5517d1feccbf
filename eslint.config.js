import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

/**
 * The app's layers, each with what it may import (besides itself). Imports run one way: the
 * answers (page declarations and schemas) at the bottom, the rules and the route that read them,
 * the words and their presentation, the pages, and the app on top. Nothing reaches up. See
 * docs/decisions/0011-one-declaration-per-page.md.
 */
const LAYERS = {
  'src/answers': [],
  rules: ['src/answers'],
  'src/flow': ['src/answers'],
  'src/i18n': ['src/answers', 'rules'],
  'src/content': ['src/answers', 'src/i18n'],
  'src/components': ['src/answers', 'rules', 'src/i18n', 'src/content'],
  'src/persistence': ['src/answers', 'src/flow', 'src/i18n'],
  // The FHIR export and import: pure functions of the answers, the route and the words.
  'src/fhir': ['src/answers', 'rules', 'src/flow', 'src/i18n', 'src/content'],
  'src/embed': ['src/answers', 'rules', 'src/flow', 'src/i18n', 'src/content', 'src/fhir'],
  // The offline worker's registration and its update notice (decision 0025).
  'src/offline': ['src/i18n'],
  'src/pages': [
    'src/answers',
    'rules',
    'src/flow',
    'src/i18n',
    'src/content',
    'src/components',
    'src/embed',
    'src/fhir',
    'src/offline',
  ],
  // Kiosk mode (decision 0026): its own chunk, clearing the tab's sessions.
  'src/kiosk': ['src/answers', 'src/flow', 'src/i18n', 'src/components', 'src/persistence'],
};
const TOP = ['src/app.tsx', 'src/main.tsx', 'src/prerender'];
const ALL = [...Object.keys(LAYERS), ...TOP];
const LAYER_ZONES = Object.entries(LAYERS).map(([target, allowed]) => ({
  target: `./${target}`,
  from: ALL.filter((folder) => folder !== target && !allowed.includes(folder)).map((folder) => `./${folder}`),
  message: `${target} may import only ${allowed.length > 0 ? allowed.join(', ') : 'itself'} (imports run one way).`,
}));

export default tseslint.config(
  { ignores: ['dist', 'dist-prerender', 'node_modules', 'test-results', 'playwright-report', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.configs.strict.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { ignoreRestSiblings: true, varsIgnorePattern: '^_', argsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'rules/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { zones: [...LAYER_ZONES, { target: './src/app.tsx', from: ['./src/main.tsx', './src/prerender'] }] },
      ],
    },
  },
  {
    files: ['examples/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // The service worker's template (dist/sw.js is written from it).
    files: ['scripts/service-worker/worker-template.js'],
    languageOptions: { globals: globals.serviceworker },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // The rules and the FHIR mapping must stay framework-free: it is imported by tests and could run anywhere.
    files: ['rules/**/*.ts', 'src/fhir/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-*', '@xstate/react', 'react-hook-form'] }],
    },
  },
);
