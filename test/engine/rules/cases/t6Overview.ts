import type { Plan } from '../../../../src/engine';
import type { PlanData } from '../../../fixtures/planData';
import { SEED } from '../../../fixtures/seed';
import { planCase, reports, type RuleCaseTable } from '../ruleTester';

/** The 지원조건 of the seed's 정보화마을프로그램관리자운영 (국비 50%, 시비 25%, 구비 25%). */
const terms = (text: string) => (p: PlanData) => void (p.goals[0].unitProjects[0].details[3].overview.supportTerms = text);
const termsCell = (plan: Plan) =>
  plan.departments[0].overviews.find((o) => o.name.text === SEED.goals[0].unitProjects[0].details[3].overview.name)!.supportTerms!
    .ref;
const clean = planCase({ what: 'the seed: 국비 50%, 시비 25%, 구비 25% and 국비 25%, 지방비(구비) 75% 확보 조건' });

export const FUNDING_CASES: RuleCaseTable = {
  't6.shares': {
    valid: [clean, planCase({ what: 'bare shares summing to 100', change: terms('국비 70 / 시비 15 / 구비 15') })],
    invalid: [
      reports('sum', planCase({ what: 'shares summing to 110 %', change: terms('국비 60%, 시비 25%, 구비 25%'), at: termsCell })),
    ],
  },
  't6.source': {
    valid: [clean],
    invalid: [
      reports(
        'unknownSource',
        planCase({ what: 'a share from no known source', change: terms('민간 30%, 구비 70%'), at: termsCell }),
      ),
    ],
  },
  't6.terms': {
    valid: [clean],
    invalid: [reports('unreadable', planCase({ what: '지원조건 that does not read as shares', change: terms('협의 후 결정') }))],
  },
};
