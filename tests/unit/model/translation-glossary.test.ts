import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { speech } from '../../../slides/speech.ts';
import { glossary } from '../../../slides/translations/ja-glossary.ts';
import { translation as ja } from '../../../slides/translations/ja.ts';
import { TranslationError, translationProblems, validateTranslation } from '../../../src/model/translation-check.ts';
import { loadTranslation } from '../../../src/node/translation.ts';

const lines = (input: unknown, terms: unknown = glossary) =>
  translationProblems(speech, input, terms).map((problem) => `${problem.slide} ${problem.field}: ${problem.message}`);

/**
 * The fixture: a guest's name in katakana in the salutation, the EU left out of the ACSA paragraph, and および where
 * the rest of the translation writes 及び.
 */
const broken = {
  ...ja,
  salutation: {
    ...ja.salutation,
    dignitaries: ja.salutation.dignitaries.map((dignitary, index) =>
      index === 2 ? { ...dignitary, name: 'シンヨウ教授' } : dignitary,
    ),
  },
  slides: {
    ...ja.slides,
    'kyoto-4': {
      ...ja.slides['kyoto-4'],
      paragraphs: [ja.slides['kyoto-4'].paragraphs[0].replace('、また欧州連合との間で', '')],
    },
    'kyoto-3': {
      ...ja.slides['kyoto-3'],
      paragraphs: [ja.slides['kyoto-3'].paragraphs[0].replace('活動地域間及び', '活動地域間および')],
    },
  },
};

const EXPECTED = [
  `salutation salutation.dignitaries[2].name: writes "シンヨウ" for "Shinyo"; write "神余隆博" (glossary: ${
    glossary.terms.find((entry) => entry.english === 'Shinyo')?.source ?? ''
  })`,
  expect.stringMatching(
    /^kyoto-3 recommendation\.paragraphs\[0\]: writes "および"; the translation writes "及び" throughout/,
  ),
  expect.stringMatching(/^kyoto-4 recommendation\.paragraphs\[0\]: the English says "EU"; write it "欧州連合"/),
];

describe("the Japanese translation's glossary", () => {
  it('holds: every term of each English text in its translation, every name and spelling one way', () => {
    expect(lines(ja)).toEqual([]);
  });

  it('names slide, field and term of a katakana guest name, a missing term and a mixed 及び/および', () => {
    expect(lines(broken)).toEqual(EXPECTED);
    expect(() => validateTranslation(speech, broken, 'ja.ts', glossary)).toThrow(TranslationError);
    expect(() => validateTranslation(speech, broken, 'ja.ts', glossary)).toThrow(
      'slide "salutation", field "salutation.dignitaries[2].name": writes "シンヨウ"',
    );
    // Without its glossary, the same text passes: the glossary, not the outline check, finds these.
    expect(translationProblems(speech, broken)).toEqual([]);
  });

  it('catches each known variant of a name, wherever it stands, and a term said only in the English', () => {
    for (const entry of glossary.terms.filter((term) => term.kind === 'person')) {
      for (const variant of entry.variants) {
        const thanks = { ...ja.slides.thanks, spoken: [`${variant}様、ありがとうございます。`] };
        expect(lines({ ...ja, slides: { ...ja.slides, thanks } }), variant).toEqual([
          expect.stringContaining(`thanks spoken[0]: writes "${variant}" for "${entry.english}"`),
        ]);
      }
    }
    const partner = {
      ...ja.slides.partner,
      points: ['第3位の財政貢献国', '明石氏（カンボジア）', ...ja.slides.partner.points.slice(2)],
    };
    expect(lines({ ...ja, slides: { ...ja.slides, partner } })).toEqual([
      expect.stringMatching(/^partner points\[1\]: the English says "Akashi"; write it "明石康"/),
    ]);
  });

  it('matches English terms as whole words, in any case, plural too, and the longest of overlapping terms', () => {
    // "uniformed peacekeepers" is 制服要員: the 平和維持要員 of "peacekeepers" inside it is not asked for.
    expect(ja.slides['kyoto-5'].paragraphs[0]).not.toContain('平和維持要員');
    // "Ladies and gentlemen," (lower case) at the conclusion is held to ご列席の皆様.
    const conclusion = { ...ja.slides.conclusion, spoken: ['皆さん、', ja.slides.conclusion.spoken[1]] };
    expect(lines({ ...ja, slides: { ...ja.slides, conclusion } })).toEqual([
      expect.stringMatching(/^conclusion spoken\[0\]: the English says "Ladies and Gentlemen"/),
    ]);
  });

  it('refuses a glossary that is not one, and a variant that is part of its own form', () => {
    expect(lines(ja, { terms: 'none', spellings: [] })).toEqual([expect.stringMatching(/^\(glossary\) terms: /)]);
    const selfDefeating = {
      ...glossary,
      terms: [{ english: 'Akashi', japanese: '明石康', kind: 'person', source: 'test', variants: ['明石'] }],
    };
    expect(lines(ja, selfDefeating)).toEqual([
      '(glossary) terms[0].variants[0]: "明石" is part of the form "明石康" itself; a variant must be another writing',
    ]);
  });
});

describe('the build, with a translation module that breaks its glossary', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'ja-glossary-'));
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('fails once, with the list of every departure by slide and field', async () => {
    const module = path.join(folder, 'ja.ts');
    const from = (file: string) => JSON.stringify(pathToFileURL(path.resolve(file)).href);
    writeFileSync(
      module,
      `import { translation as ja } from ${from('slides/translations/ja.ts')};\n` +
        `export { glossary } from ${from('slides/translations/ja-glossary.ts')};\n` +
        `const dignitaries = ja.salutation.dignitaries.map((d, i) => (i === 1 ? { name: 'ニシダ大使' } : d));\n` +
        `export const translation = { ...ja, salutation: { ...ja.salutation, dignitaries } };\n`,
    );
    const error: unknown = await loadTranslation(module, speech).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TranslationError);
    expect((error as Error).message).toMatch(
      /has 1 problem:\n {2}- slide "salutation", field "salutation\.dignitaries\[1\]\.name": writes "ニシダ" for "Nishida"; write "西田恒夫"/,
    );
  });
});
