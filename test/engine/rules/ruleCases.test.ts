import { RULE_IDS } from '../../../src/engine/findings/ruleRegistry';
import { CASES } from './cases';
import { testRule } from './ruleTester';

describe('the rule registry', () => {
  it.each(RULE_IDS)('%s has valid and invalid cases', (rule) => {
    expect([CASES[rule]?.valid.length ?? 0, CASES[rule]?.invalid.length ?? 0].map((n) => n > 0)).toEqual([true, true]);
  });
});

for (const rule of RULE_IDS) {
  const cases = CASES[rule];
  if (cases) testRule(rule, cases);
}
