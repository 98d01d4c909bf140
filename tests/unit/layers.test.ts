import path from 'node:path';
import { cruise, format, type ICruiseResult } from 'dependency-cruiser';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import config from '../../.dependency-cruiser.js';
import eslintConfig from '../../eslint.config.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/layers');

/** Cruises `paths` from `baseDir` with the project's own rules, as `npm run lint` does, and prints as lint does. */
async function check(baseDir: string, paths: string[]) {
  // The project's tsconfig.json is named relative to the project; the fixture's `.ts` imports need none.
  const options = { ...config.options };
  delete options.tsConfig;
  const ruleSet = { forbidden: config.forbidden ?? [] };
  const result = (await cruise(paths, { ...options, baseDir, validate: true, ruleSet })).output as ICruiseResult;
  const { output } = await format(result, { outputType: 'err' });
  const violations = result.summary.violations.map((each) => [each.rule.name, each.from, each.to]);
  return { text: typeof output === 'string' ? output : JSON.stringify(output), violations };
}

// The cruise parses every file with TypeScript: seconds on a busy machine.
describe('the layers (.dependency-cruiser.js)', { timeout: 120_000 }, () => {
  it('refuses each forbidden import of a tiny tree, by the rule’s name', async () => {
    const { text, violations } = await check(FIXTURE, ['src']);
    expect(violations).toEqual(
      expect.arrayContaining([
        ['model-is-pure', 'src/model/deck.ts', 'src/client/page.ts'],
        ['model-without-node', 'src/model/deck.ts', 'fs'],
        ['client-not-node', 'src/client/page.ts', 'src/node/build.ts'],
        ['node-not-client', 'src/node/build.ts', 'src/client/speaker/view.ts'],
        ['protocol-is-pure', 'src/protocol/live.ts', 'src/model/deck.ts'],
        ['speaker-channel-is-lowest', 'src/client/speaker/channel/link.ts', 'src/client/speaker/panels/panel.ts'],
        ['speaker-state-not-panels', 'src/client/speaker/state/first.ts', 'src/client/speaker/panels/panel.ts'],
        ['no-cycle', 'src/client/speaker/state/first.ts', 'src/client/speaker/state/second.ts'],
      ]),
    );
    // As lint prints it: the rule's name, then the import it refuses.
    expect(text).toContain(
      'error speaker-channel-is-lowest: src/client/speaker/channel/link.ts → src/client/speaker/panels/panel.ts',
    );
  });

  it('finds none in the project itself', async () => {
    const { violations } = await check(ROOT, ['src', 'slides', 'scripts', 'bench']);
    expect(violations).toEqual([]);
  });
});

describe('the renderers’ rule (eslint.config.js)', () => {
  const renderers = eslintConfig.find((entry) => entry.files?.includes('src/model/**/*.ts'));

  it('refuses a renderer that builds the model or escapes by hand, and lets the html`` template through', () => {
    const source = [
      "import { deckModel, type DeckModel } from './deck.ts';",
      "import { escapeHtml } from '../model/html.ts';",
      "import { html } from './html.ts';",
    ].join('\n');
    const messages = new Linter().verify(
      source,
      [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, rules: renderers?.rules ?? {} }],
      'src/model/poster.ts',
    );
    expect(messages.map(({ ruleId, line }) => [ruleId, line])).toEqual([
      ['no-restricted-imports', 1],
      ['no-restricted-imports', 2],
    ]);
    expect(messages[0]?.message).toContain("'deckModel' import from './deck.ts' is restricted");
    expect(messages[0]?.message).toContain('A renderer takes the deck model it is given');
    expect(messages[1]?.message).toContain('through the escaping html`` template');
  });
});
