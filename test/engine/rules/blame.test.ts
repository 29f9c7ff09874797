import { blame } from '../../../src/engine/rules/blame';
import { judge, operand, refKey, sumRelation, type Relation } from '../../../src/engine/relations/relation';
import type { NumCell } from '../../../src/engine/model/plan';
import { num } from './cells';

const at = (c: NumCell, row: string) => operand(c, { table: 'T3', row, col: { ko: '예산액', en: 'budget' } }, { amount: true });
const run = (relations: Relation[]) => blame(relations.map((relation) => ({ relation, outcome: judge(relation) })));
const errorsOf = (relations: Relation[]) => run(relations).filter((f) => f.severity === 'error');

describe('one typo, one error', () => {
  it('blames the stated cell of a relation that breaks alone, even when that cell feeds another relation', () => {
    const [a, b, s, c, u] = [num(1), num(2), num(5), num(1), num(6)];
    const errors = errorsOf([
      sumRelation('t3.total', at(s, 's'), [at(a, 'a'), at(b, 'b')]),
      sumRelation('t3.admin', at(u, 'u'), [at(s, 's'), at(c, 'c')]),
    ]);
    expect(errors.map((e) => refKey(e.ref))).toEqual([refKey(s.ref)]);
  });

  it('blames the one input that explains every broken relation, and says what it should hold', () => {
    const [a, b, c, s1, s2] = [num(1), num(12), num(3), num(3), num(5)];
    const findings = run([
      sumRelation('t3.total', at(s1, 's1'), [at(a, 'a'), at(b, 'b')]),
      sumRelation('t3.admin', at(s2, 's2'), [at(b, 'b'), at(c, 'c')]),
    ]);
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(refKey(errors[0].ref)).toBe(refKey(b.ref));
    expect(errors[0]).toMatchObject({ rule: 't3.total', messageId: 'culprit', stated: 12, expected: 3 - 1 });
    const infos = findings.filter((f) => f.severity === 'info');
    expect(infos.map((f) => refKey(f.ref)).sort()).toEqual([refKey(s1.ref), refKey(s2.ref)].sort());
    expect(infos.map((f) => f.messageId)).toEqual(['consequence', 'consequence']);
    expect(infos.map((f) => f.cause && refKey(f.cause))).toEqual([refKey(b.ref), refKey(b.ref)]);
  });

  it('keeps two typos two errors when no single cell can satisfy both relations', () => {
    const [a, b, c, s1, s2] = [num(1), num(2), num(3), num(10), num(1)];
    const errors = errorsOf([
      sumRelation('t3.total', at(s1, 's1'), [at(a, 'a'), at(b, 'b')]),
      sumRelation('t3.admin', at(s2, 's2'), [at(b, 'b'), at(c, 'c')]),
    ]);
    expect(errors.map((e) => refKey(e.ref)).sort()).toEqual([refKey(s1.ref), refKey(s2.ref)].sort());
  });

  it('two typos sharing a relation: the cell most relations agree on is one error, the typo it cannot explain the other', () => {
    // t = a + b + c, with t typed 99 (should be 6); and three relations reading t, one of them (s3) mistyped too.
    const [a, b, c, t] = [num(1), num(2), num(3), num(99)];
    const [s1, s2, s3] = [num(7), num(8), num(50)]; // s = t + 1, t + 2, t + 3: 7 and 8 agree with t = 6, 50 with none
    const plus = (s: NumCell, k: number, name: string) => sumRelation('t3.share', at(s, name), [at(t, 't'), at(num(k), `k${k}`)]);
    const findings = run([
      sumRelation('t3.change', at(t, 't'), [at(a, 'a'), at(b, 'b'), at(c, 'c')]),
      plus(s1, 1, 's1'),
      plus(s2, 2, 's2'),
      plus(s3, 3, 's3'),
    ]);
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors.map((e) => refKey(e.ref)).sort()).toEqual([refKey(t.ref), refKey(s3.ref)].sort());
    expect(
      findings
        .filter((f) => f.cause)
        .map((f) => refKey(f.ref))
        .sort(),
    ).toEqual([refKey(s1.ref), refKey(s2.ref)].sort());
  });

  it('keeps unrelated broken relations apart', () => {
    const errors = errorsOf([
      sumRelation('t3.total', at(num(9), 's1'), [at(num(1), 'a')]),
      sumRelation('t3.admin', at(num(9), 's2'), [at(num(2), 'b')]),
    ]);
    expect(errors.map((e) => e.rule)).toEqual(['t3.total', 't3.admin']);
  });

  it('warns about a blank derived cell instead of calling it wrong', () => {
    const findings = run([sumRelation('t3.total', at(num(null), 's'), [at(num(1), 'a'), at(num(2), 'b')])]);
    expect(findings.map((f) => [f.severity, f.stated, f.expected])).toEqual([['warning', null, 3]]); // it states nothing, not 0
  });
});
