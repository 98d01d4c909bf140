/** @type {import('stylelint').Config} */
export default {
  extends: ['stylelint-config-standard'],
  rules: {
    // The project's conventions, where the standard config only picks a side: imports as strings (as Vite's
    // documentation writes them), media features in prefix form, and comments kept right above what they explain.
    'import-notation': 'string',
    'media-feature-range-notation': 'prefix',
    'comment-empty-line-before': null,
    'custom-property-empty-line-before': null,
    // A font stack in a custom property is not a keyword: its family names keep their case.
    'value-keyword-case': ['lower', { ignoreProperties: [/^--font/] }],
    // Order by component, not by specificity: the rule compares unrelated selectors that never meet one element.
    'no-descending-specificity': null,
  },
  overrides: [
    {
      // The speaker view's stylesheets keep three notations of their own until they are next reworked.
      files: ['src/client/theme/speaker*.css'],
      rules: {
        'color-hex-length': null,
        'alpha-value-notation': null,
        'declaration-block-no-redundant-longhand-properties': null,
      },
    },
  ],
};
