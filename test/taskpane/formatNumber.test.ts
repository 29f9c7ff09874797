import { findingFigures } from '../../src/taskpane/formatNumber';
import type { Finding, FindingBody } from '../../src/engine/findings/finding';
import { cellRef } from '../../src/engine/grid/cellRef';

const finding = (extra: Partial<FindingBody>): Finding => ({
  severity: 'error',
  rule: 't3.rate',
  messageId: 'mismatch',
  ref: cellRef('예산현황', 24, 6),
  cells: [],
  message: { ko: '', en: '' },
  ...extra,
});

describe('findingFigures', () => {
  it('shows stated, expected and the interval with the decimals the cell shows, △ for negatives', () => {
    expect(findingFigures(finding({ stated: -4.5, expected: -0.22, interval: [-0.27721, -0.16634], decimals: 2 }))).toEqual({
      stated: '△4.50',
      expected: '△0.22',
      interval: '△0.28 ~ △0.17',
    });
    expect(findingFigures(finding({ stated: 1800, expected: 1723, interval: [1722.49, 1723.51], decimals: 0 }))).toEqual({
      stated: '1,800',
      expected: '1,723',
      interval: '1,722 ~ 1,724',
    });
  });

  it('falls back to the figures as they are when the rule gives no decimals, and leaves out what is absent', () => {
    expect(findingFigures(finding({ stated: '미정' }))).toEqual({ stated: '미정' });
    expect(findingFigures(finding({ expected: 95 }))).toEqual({ expected: '95' });
  });

  it('leaves out a range that is one figure (an exact count: 17 ~ 17)', () => {
    expect(findingFigures(finding({ stated: 18, expected: 17, interval: [17, 17], decimals: 0 }))).toEqual({
      stated: '18',
      expected: '17',
    });
  });
});
