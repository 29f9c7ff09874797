import { KNOWN_SOURCES, parseSupportTerms, type SupportShare } from '../../../src/engine/model/funding';

/** Every 지원조건 of the seed's T6 blocks, in document order. */
const SEED_TERMS = [
  '구비 100%',
  '구비 100%',
  '구비 100%',
  '국비 50%, 시비 25%, 구비 25%',
  '구비 100%',
  '구비 100%',
  '국비 40% 구비 60%',
  '국비 25%, 지방비(구비) 75% 확보 조건',
  '구비 100%',
  '구비 100%',
  '구비 100%',
];

describe('parseSupportTerms: valid', () => {
  it.each<[string, SupportShare[]]>([
    ['구비 100%', [{ source: '구비', share: 100 }]],
    [
      '국비 50%, 시비 25%, 구비 25%',
      [
        { source: '국비', share: 50 },
        { source: '시비', share: 25 },
        { source: '구비', share: 25 },
      ],
    ],
    [
      '국비 40% 구비 60%',
      [
        { source: '국비', share: 40 },
        { source: '구비', share: 60 },
      ],
    ],
    [
      '국비 25%, 지방비(구비) 75% 확보 조건',
      [
        { source: '국비', share: 25 },
        { source: '지방비', share: 75, detail: '구비' },
      ],
    ],
    ['구비 100％', [{ source: '구비', share: 100 }]],
    [
      '국비５０％，도비５０％',
      [
        { source: '국비', share: 50 },
        { source: '도비', share: 50 },
      ],
    ],
    [
      '도비 30%, 군비 70%',
      [
        { source: '도비', share: 30 },
        { source: '군비', share: 70 },
      ],
    ],
    [
      '국비 50%, 시비/도비 50%',
      [
        { source: '국비', share: 50 },
        { source: '시비/도비', share: 50 },
      ],
    ],
    [
      '국비50%구비50%',
      [
        { source: '국비', share: 50 },
        { source: '구비', share: 50 },
      ],
    ],
    [
      '기금 33.3%, 자부담 66.7%',
      [
        { source: '기금', share: 33.3 },
        { source: '자부담', share: 66.7 },
      ],
    ],
    ['시군비 100%', [{ source: '시군비', share: 100 }]],
    // Without %, figures after known sources are shares only when they add up to 100.
    [
      '보조율: 국비 70 / 시비 15 / 구비 15',
      [
        { source: '국비', share: 70 },
        { source: '시비', share: 15 },
        { source: '구비', share: 15 },
      ],
    ],
    [
      '국비 50, 구비 50',
      [
        { source: '국비', share: 50 },
        { source: '구비', share: 50 },
      ],
    ],
  ])('%s', (text, shares) => {
    expect(parseSupportTerms(text)).toEqual({ shares, unread: [] });
  });

  it.each(SEED_TERMS)('seed %s reads whole and sums to 100%%', (text) => {
    const { shares, unread } = parseSupportTerms(text);
    expect(unread).toEqual([]);
    expect(shares.every((s) => KNOWN_SOURCES.includes(s.source))).toBe(true);
    expect(shares.reduce((a, s) => a + s.share, 0)).toBe(100);
  });
});

describe('parseSupportTerms: what cannot be read is kept', () => {
  it.each<[string, SupportShare[], string[]]>([
    ['협의 후 결정', [], ['협의 후 결정']],
    ['  미정 ', [], ['미정']],
    [
      '국비 50%, 민간 30%, 구비 20%',
      [
        { source: '국비', share: 50 },
        { source: '구비', share: 20 },
      ],
      ['민간 30%'],
    ],
    ['광역시비 20%, 구비 80%', [{ source: '구비', share: 80 }], ['광역시비 20%']],
    ['국비 50, 구비 50%', [{ source: '구비', share: 50 }], ['국비 50']],
    // Bare figures that do not add up to 100 may be amounts (국비 300, 구비 200 백만원): not read as shares.
    ['국비 300, 구비 200', [], ['국비 300, 구비 200']],
    ['국비 70 / 시비 15 / 민간 15', [], ['국비 70 / 시비 15 / 민간 15']],
    ['', [], []],
  ])('%j', (text, shares, unread) => {
    expect(parseSupportTerms(text)).toEqual({ shares, unread });
  });
});
