import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** What a renderer may not do by hand: the rules that the model's layering (.dependency-cruiser.js) cannot state. */
const RENDERER_IMPORTS = {
  patterns: [
    {
      regex: '(^|/)deck[.]ts$',
      importNames: ['deckModel', 'deckSlides'],
      message: 'A renderer takes the deck model it is given; the page (the Vite plugin, a script) builds it once.',
    },
    {
      regex: '(^|/)html[.]ts$',
      importNames: ['escapeHtml'],
      message: 'Write HTML through the escaping html`` template, so that nothing unescaped can reach a page.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'screenshots/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    // The renderers and what prints them; deck.ts builds the model and validate.ts checks the outline it comes from.
    files: ['src/model/**/*.ts', 'src/node/pdf/**/*.ts'],
    ignores: ['src/model/deck.ts', 'src/model/validate.ts'],
    rules: { 'no-restricted-imports': ['error', RENDERER_IMPORTS] },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
