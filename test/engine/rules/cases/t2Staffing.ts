import { planCase, reports, type RuleCaseTable } from '../ruleTester';

const bump = (v: number | string, by: number): number => (v as number) + by;
const clean = planCase({ what: 'the seed: 17 = 0 + 1 + 16' });

export const STAFF_CASES: RuleCaseTable = {
  't2.quota': {
    valid: [clean],
    invalid: [
      reports(
        'mismatch',
        planCase({
          what: '정원 계 not the sum of its grades',
          change: (p) => void (p.staffing.rows[0].quota = bump(p.staffing.rows[0].quota, 1)),
          at: (p) => p.departments[0].staffing!.rows[0].quota.ref,
        }),
      ),
    ],
  },
  't2.total': {
    valid: [clean],
    invalid: [
      reports(
        'mismatch',
        planCase({
          what: 'the 계 row 5급 off by one',
          change: (p) => void (p.staffing.total.grade5 = bump(p.staffing.total.grade5, 1)),
          at: (p) => p.departments[0].staffing!.total.grade5.ref,
        }),
      ),
    ],
  },
  't2.current': {
    valid: [clean],
    invalid: [
      reports(
        'overQuota',
        planCase({
          what: '현원 above 정원',
          change: (p) => [p.staffing.rows[0], p.staffing.total].forEach((r) => void (r.current = bump(r.current, 2))),
          at: (p) => p.departments[0].staffing!.rows[0].current.ref,
        }),
      ),
    ],
  },
};
