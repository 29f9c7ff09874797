import { findingJson } from '../../src/cli/json';
import { cellRef } from '../../src/engine/grid/cellRef';
import { finding } from './fakes';

describe('findingJson', () => {
  it('names the cause of an info that follows from an error, on its own sheet or quoted on another', () => {
    const here = finding('info', '예산현황', 6, 2, { cause: cellRef('예산현황', 4, 1) });
    expect(findingJson(here, 'ko').cause).toBe('B5');
    const there = finding('info', '예산현황', 6, 2, { cause: cellRef('정책사업 목표', 4, 4) });
    expect(findingJson(there, 'ko').cause).toBe("'정책사업 목표'!E5");
  });

  it('has no cause key when the finding stands on its own', () => {
    expect(findingJson(finding('error', '예산현황', 6, 2), 'ko')).not.toHaveProperty('cause');
  });
});
