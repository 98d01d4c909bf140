import type { Glossary } from '../../src/model/translation-glossary.ts';

/** Where the forms of this glossary come from; each entry names one. */
const CENTRE_PAGES = "the centre's own Japanese pages (issue 22)";
const CENTRE_RECORD = "the centre's record of this meeting (issue 22)";
const NAME_AS_WRITTEN = 'the name in kanji, as the reviewed translation had it (issue 22)';
const MOFA_MOD = "Japan's own term (MOFA, Ministry of Defense), as issue 22 lists it";
const OFFICIAL_NAME = 'the official Japanese name';
const UN_JAPANESE = "the UN's usual Japanese, as the reviewed translation had it (issue 22)";
const TRANSLATION_CHOICE = 'this translation, read aloud to Japanese guests (docs/translation.md)';

/**
 * The Japanese translation's glossary: English as the outline writes it -> the one Japanese form, with its source and
 * the known variants the translation must not use. Checked by the build against every text (docs/translation.md).
 */
export const glossary = {
  terms: [
    // People: in kanji, as they write their own names; katakana makes Japanese guests read as foreigners.
    { english: 'Akashi', japanese: '明石康', kind: 'person', source: NAME_AS_WRITTEN, variants: ['アカシ'] },
    { english: 'Nishida', japanese: '西田恒夫', kind: 'person', source: CENTRE_RECORD, variants: ['ニシダ'] },
    // Read しんよ: シンヨウ is wrong even as a reading.
    {
      english: 'Shinyo',
      japanese: '神余隆博',
      kind: 'person',
      source: CENTRE_RECORD,
      variants: ['シンヨウ', 'シンヨ'],
    },
    { english: 'Yamamoto', japanese: '山本忠通', kind: 'person', source: NAME_AS_WRITTEN, variants: ['ヤマモト'] },
    {
      english: 'Oonogi',
      japanese: '大野木啓人',
      kind: 'person',
      source: CENTRE_RECORD,
      variants: ['オオノギ', 'オーノギ'],
    },
    { english: 'Tanaka', japanese: '田中朋清', kind: 'person', source: CENTRE_RECORD, variants: ['タナカ'] },
    { english: 'Hasegawa', japanese: '長谷川祐弘', kind: 'person', source: NAME_AS_WRITTEN, variants: ['ハセガワ'] },
    { english: 'Atul Khare', japanese: 'アトゥル・カレ', kind: 'person', source: UN_JAPANESE, variants: ['カーレ'] },

    // Titles.
    {
      english: 'Under-Secretary-General for Operational Support',
      japanese: '国連活動支援担当事務次長',
      kind: 'title',
      source: UN_JAPANESE,
    },
    {
      english: 'Special Representative of the Secretary-General',
      japanese: '事務総長特別代表',
      kind: 'title',
      source: UN_JAPANESE,
    },
    { english: 'Honorary Chairman', japanese: '名誉会長', kind: 'title', source: CENTRE_PAGES },
    // Mr. Oonogi's Japanese title; the centre's English page has "Executive Director, Uryuyama Gakuen".
    {
      english: 'Executive Director',
      japanese: '常務理事',
      kind: 'title',
      source: CENTRE_PAGES,
      variants: ['エグゼクティブ・ディレクター'],
    },
    { english: 'Member of the Board', japanese: '理事', kind: 'title', source: CENTRE_RECORD },
    { english: 'Ambassador', japanese: '大使', kind: 'title', source: CENTRE_RECORD },

    // Institutions.
    {
      english: 'Kyoto Peacebuilding Center',
      japanese: '京都国際平和構築センター',
      kind: 'institution',
      source: `${CENTRE_PAGES}; an affiliated body of 京都芸術大学`,
      variants: ['京都平和構築センター'],
    },
    { english: 'Kyoto University of Arts', japanese: '京都芸術大学', kind: 'institution', source: OFFICIAL_NAME },
    {
      english: 'United Nations Association of Japan',
      japanese: '日本国際連合協会',
      kind: 'institution',
      source: CENTRE_RECORD,
    },
    { english: 'Kwansei Gakuin University', japanese: '関西学院大学', kind: 'institution', source: OFFICIAL_NAME },
    { english: 'Diet', japanese: '国会', kind: 'institution', source: OFFICIAL_NAME },
    { english: 'United Nations', japanese: '国連', kind: 'institution', source: UN_JAPANESE },
    { english: 'UN', japanese: '国連', kind: 'institution', source: UN_JAPANESE },
    // The speaker's own: 私が率いる活動支援局, not a bare 私の局.
    {
      english: 'Department',
      japanese: '活動支援局',
      kind: 'institution',
      source: UN_JAPANESE,
      variants: ['私の局', '私自身の局'],
    },
    { english: 'Headquarters', japanese: '本部', kind: 'institution', source: UN_JAPANESE },
    { english: 'HQ', japanese: '本部', kind: 'institution', source: UN_JAPANESE },
    { english: 'Security Council', japanese: '安全保障理事会', kind: 'institution', source: MOFA_MOD },
    {
      english: 'Ministry of Defence/Self-Defence Force',
      japanese: '防衛省・自衛隊',
      kind: 'institution',
      source: MOFA_MOD,
    },
    { english: 'Self-Defence Force', japanese: '自衛隊', kind: 'institution', source: MOFA_MOD },
    { english: 'SDF', japanese: '自衛隊', kind: 'institution', source: MOFA_MOD },
    // 国際協力機構（JICA） at its first mention (the recommendation's title), JICA after.
    { english: 'JICA', japanese: 'JICA', kind: 'institution', source: MOFA_MOD },
    { english: 'US Department of Defense', japanese: '米国防総省', kind: 'institution', source: MOFA_MOD },
    // Said in full: a bracketed （EU） reads awkwardly aloud.
    { english: 'EU', japanese: '欧州連合', kind: 'institution', source: MOFA_MOD },

    // Places.
    { english: 'Japan', japanese: '日本', kind: 'place', source: OFFICIAL_NAME },
    { english: 'Cambodia', japanese: 'カンボジア', kind: 'place', source: MOFA_MOD },
    { english: 'Timor-Leste', japanese: '東ティモール', kind: 'place', source: MOFA_MOD },
    { english: 'Afghanistan', japanese: 'アフガニスタン', kind: 'place', source: MOFA_MOD },
    { english: 'Ukraine', japanese: 'ウクライナ', kind: 'place', source: MOFA_MOD },
    { english: 'Entebbe', japanese: 'エンテベ', kind: 'place', source: MOFA_MOD },
    { english: 'Djibouti', japanese: 'ジブチ', kind: 'place', source: MOFA_MOD },

    // Terms: as Japan's government writes them.
    { english: 'International Peace Cooperation Law', japanese: '国際平和協力法', kind: 'term', source: MOFA_MOD },
    {
      english: 'Acquisition and Cross Servicing Agreement',
      japanese: '物品役務相互提供協定',
      kind: 'term',
      source: `${MOFA_MOD}: 物品役務相互提供協定（ACSA）`,
    },
    // MOFA and MOD: 国連三角パートナーシップ・プログラム（UN TPP） at the first mention.
    {
      english: 'Triangular Partnership Programme',
      japanese: '三角パートナーシップ・プログラム',
      kind: 'term',
      source: `${MOFA_MOD}: 国連三角パートナーシップ・プログラム（UN TPP）`,
    },
    // 拠出 is for funds.
    {
      english: 'Equipment-Contributing Country',
      japanese: '装備品提供国',
      kind: 'term',
      source: TRANSLATION_CHOICE,
      variants: ['装備品拠出国'],
    },
    {
      english: 'Troop and Police Contributing Countries',
      japanese: '要員派遣国',
      kind: 'term',
      source: `${MOFA_MOD}: 要員派遣国（T/PCC）`,
      variants: ['部隊・警察派遣国'],
    },
    { english: 'T/PCCs', japanese: '要員派遣国', kind: 'term', source: `${MOFA_MOD}: 要員派遣国（T/PCC）` },
    { english: 'TCCs', japanese: '部隊派遣国', kind: 'term', source: MOFA_MOD },
    { english: 'civilian police officers', japanese: '文民警察官', kind: 'term', source: MOFA_MOD },
    { english: 'civilian', japanese: '文民', kind: 'term', source: MOFA_MOD },
    // 制服組 is press jargon.
    {
      english: 'uniformed peacekeepers',
      japanese: '制服要員',
      kind: 'term',
      source: MOFA_MOD,
      variants: ['制服組'],
    },
    { english: 'peacekeeper', japanese: '平和維持要員', kind: 'term', source: UN_JAPANESE },
    { english: 'peacekeeping', japanese: '平和維持', kind: 'term', source: UN_JAPANESE },
    { english: 'peace operations', japanese: '平和活動', kind: 'term', source: UN_JAPANESE },
    { english: 'special political missions', japanese: '特別政治ミッション', kind: 'term', source: UN_JAPANESE },
    { english: 'operational support', japanese: '活動支援', kind: 'term', source: UN_JAPANESE },
    { english: 'mandate', japanese: 'マンデート', kind: 'term', source: UN_JAPANESE },
    { english: 'Member States', japanese: '加盟国', kind: 'term', source: UN_JAPANESE },
    { english: 'non-permanent member', japanese: '非常任理事国', kind: 'term', source: MOFA_MOD },
    { english: 'sexual exploitation and abuse', japanese: '性的搾取・虐待', kind: 'term', source: UN_JAPANESE },
    { english: 'misconduct', japanese: '不正行為', kind: 'term', source: UN_JAPANESE },
    { english: 'capacity building', japanese: '能力構築', kind: 'term', source: MOFA_MOD },
    { english: 'logistics', japanese: '後方支援', kind: 'term', source: MOFA_MOD },
    { english: 'engineering', japanese: '工兵', kind: 'term', source: MOFA_MOD },
    { english: 'strategic air lift', japanese: '戦略的航空輸送', kind: 'term', source: TRANSLATION_CHOICE },
    { english: 'unmanned aerial vehicles', japanese: '無人航空機', kind: 'term', source: MOFA_MOD },
    { english: 'rule of law', japanese: '法の支配', kind: 'term', source: MOFA_MOD },
    { english: 'sustainable peace', japanese: '持続可能な平和', kind: 'term', source: UN_JAPANESE },
    { english: 'collective action', japanese: '集団的行動', kind: 'term', source: TRANSLATION_CHOICE },
    { english: 'climate crisis', japanese: '気候危機', kind: 'term', source: UN_JAPANESE },
    { english: 'pandemic', japanese: '世界的大流行', kind: 'term', source: TRANSLATION_CHOICE },
    { english: 'in-kind', japanese: '現物', kind: 'term', source: TRANSLATION_CHOICE },
    // 目先 reads as short-sighted.
    {
      english: 'immediate needs',
      japanese: '当面のニーズ',
      kind: 'term',
      source: TRANSLATION_CHOICE,
      variants: ['目先のニーズ'],
    },
    { english: 'revolving door', japanese: '回転ドア', kind: 'term', source: TRANSLATION_CHOICE },
    // 声明 reads as a formal declaration.
    {
      english: 'Statement',
      japanese: 'ステートメント',
      kind: 'term',
      source: UN_JAPANESE,
      variants: ['声明'],
    },
    { english: 'Ladies and Gentlemen', japanese: 'ご列席の皆様', kind: 'term', source: TRANSLATION_CHOICE },
  ],
  spellings: [
    // The Cabinet's rules for official writing (公用文における漢字使用等について) write these conjunctions in kanji.
    { japanese: '及び', variants: ['および'], source: '公用文の表記: 接続詞は漢字' },
    { japanese: '並びに', variants: ['ならびに'], source: '公用文の表記: 接続詞は漢字' },
  ],
} satisfies Glossary;
