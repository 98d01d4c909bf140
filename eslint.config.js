import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
      // Small modules with one job each: a file that outgrows this is doing two.
      'max-lines': ['error', { max: 200 }],
    },
  },
  // The outline is the speech itself, as data, and so is each translation: as long as the speech.
  { files: ['slides/speech.ts', 'slides/translations/*.ts'], rules: { 'max-lines': 'off' } },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
