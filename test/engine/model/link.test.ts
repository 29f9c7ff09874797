import { point, type Interval } from '../../../src/engine/interval/interval';
import { splitByHeadings, splitBySums, type SplitGoal } from '../../../src/engine/model/link';

/** A figure shown to whole 백만원: every value it may stand for. */
const shown = (v: number): Interval => ({ lo: v - 0.5, hi: v + 0.5 });
const goal = (budget: number, count: number | null): SplitGoal => ({ budget: shown(budget), count });

describe('splitBySums', () => {
  test('the seed: 1,104 = 50 + 66 + 988 and 395, whatever the headings say', () => {
    expect(splitBySums([goal(1104, 3), goal(395, 1)], [50, 66, 988, 395].map(shown))).toEqual([[0, 1, 2], [3]]);
  });

  test('a wrong 단위사업수 is not used when the sums decide', () => {
    expect(splitBySums([goal(1104, 2), goal(395, 2)], [50, 66, 988, 395].map(shown))).toEqual([[0, 1, 2], [3]]);
  });

  test('rounding: sums within the intervals of what is shown match', () => {
    // 168 + 158 = 326 against a stated 327: inside ±0.5 on each of three figures.
    expect(splitBySums([goal(327, 2)], [168, 158].map(shown))).toEqual([[0, 1]]);
  });

  test('when the sums allow several splits, the one matching 단위사업수 wins', () => {
    const items = [10, 0, 5].map(shown);
    expect(splitBySums([goal(10, 2), goal(5, 1)], items)).toEqual([[0, 1], [2]]);
    expect(splitBySums([goal(10, 1), goal(5, 2)], items)).toEqual([[0], [1, 2]]);
  });

  test('one goal with a wrong 예산액 still links (the rules report it there), preferring splits where the others match', () => {
    expect(splitBySums([goal(1204, 3), goal(395, 1)], [50, 66, 988, 395].map(shown))).toEqual([[0, 1, 2], [3]]);
    expect(splitBySums([goal(1104, 3), goal(495, 1)], [50, 66, 988, 395].map(shown))).toEqual([[0, 1, 2], [3]]);
  });

  test('no split matches, even allowing one wrong goal: undefined', () => {
    expect(splitBySums([goal(1000, 3), goal(300, 1)], [50, 66, 988, 395].map(shown))).toBeUndefined();
    expect(splitBySums([], [point(1)])).toBeUndefined();
  });

  test('an unread figure can stand for anything', () => {
    expect(splitBySums([{ budget: null, count: 2 }, goal(5, 1)], [shown(1), null, shown(5)])).toEqual([[0, 1], [2]]);
  });

  test('no goals and no items is the empty split', () => {
    expect(splitBySums([], [])).toEqual([]);
  });
});

describe('splitByHeadings', () => {
  test('each goal takes the sections between its heading and the next', () => {
    expect(splitByHeadings([10, 50], [20, 30, 60])).toEqual([[0, 1], [2]]);
  });
  const undecided: [string, (number | undefined)[], number[]][] = [
    ['a goal without a heading (the seed)', [undefined, 50], [60, 70, 80, 90]],
    ['a goal with no section after its heading', [10, 50], [60, 70]],
    ['a section before the first heading', [10, 50], [5, 20, 60]],
    ['headings out of order', [50, 10], [20, 60]],
  ];
  test.each(undecided)('does not decide: %s', (_name, headings, items) =>
    expect(splitByHeadings(headings, items)).toBeUndefined(),
  );
});
