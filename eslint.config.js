import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

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
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, varsIgnorePattern: '^_', argsIgnorePattern: '^_' }],
      // `react` and `react-dom` are Preact's compat layer (decision 0005), which has React 18's API.
      // @types/react still describes React 19, so tsc accepts these names; they are undefined at run time.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'react',
              importNames: ['use', 'useActionState', 'useOptimistic', 'useEffectEvent', 'cache', 'cacheSignal', 'Activity', 'ViewTransition', 'Profiler', 'addTransitionType', 'unstable_useCacheRefresh'],
              message: 'Preact compat does not have this React 19 API (docs/decisions/0005-preact-compat.md).',
            },
            {
              name: 'react-dom',
              importNames: ['useFormStatus', 'useFormState', 'requestFormReset', 'preconnect', 'prefetchDNS', 'preinit', 'preinitModule', 'preload', 'preloadModule'],
              message: 'Preact compat does not have this React 19 API (docs/decisions/0005-preact-compat.md).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['examples/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // The rules module must stay framework-free: it is imported by tests and could run anywhere.
    files: ['rules/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-*', '@xstate/react', 'react-hook-form'] }],
    },
  },
);
