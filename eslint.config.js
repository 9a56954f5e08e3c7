import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'storybook-static/**',
      'docs/api/**',
      'coverage/**',
      '.tools/**',
      'packages/geo-fi/src/generated/**',
      'demo/site/generated/**',
      '.cache/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSEnumDeclaration',
          message: 'Use an `as const` object and a same-named type (style.md §7).',
        },
        {
          selector: "CallExpression[callee.name='eval']",
          message: 'No eval: Mittari must run under a strict CSP.',
        },
        {
          selector: "NewExpression[callee.name='Function']",
          message: 'No new Function: Mittari must run under a strict CSP.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'd3', message: 'Import d3 submodules (d3-scale, d3-shape…), never the umbrella.' }],
        },
      ],
    },
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    plugins: { lit, wc },
    settings: { wc: { elementBaseClasses: ['LitElement', 'MittariElement'] } },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      'lit/no-template-bind': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Labels are text: never innerHTML with data.' },
        { property: 'outerHTML', message: 'Labels are text: never outerHTML with data.' },
      ],
    },
  },
  {
    files: ['**/*.test.ts', 'tests/**', 'scripts/**', 'stories/**', 'demo/**'],
    rules: { 'no-restricted-properties': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
