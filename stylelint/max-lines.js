// A line budget for stylesheets, as ESLint's max-lines is for TypeScript: a stylesheet that outgrows it is doing two
// jobs. Stylelint has no such rule of its own.
import stylelint from 'stylelint';

const {
  createPlugin,
  utils: { report, ruleMessages, validateOptions },
} = stylelint;

const ruleName = 'speech-deck/max-lines';
const messages = ruleMessages(ruleName, {
  rejected: (lines, max) => `${lines} lines, over the budget of ${max}: split the stylesheet by concern`,
});

/** @type {import('stylelint').Rule<number>} */
const rule = (max) => (root, result) => {
  const valid = validateOptions(result, ruleName, {
    actual: max,
    possible: [(value) => Number.isInteger(value) && value > 0],
  });
  if (!valid) return;
  const lines = (root.source?.input.css ?? '').replace(/\n$/, '').split('\n').length;
  if (lines > max) report({ ruleName, result, node: root, message: messages.rejected(lines, max) });
};
rule.ruleName = ruleName;
rule.messages = messages;

export default createPlugin(ruleName, rule);
