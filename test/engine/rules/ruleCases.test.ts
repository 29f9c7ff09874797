import { RELATION_MESSAGE_IDS, RULE_IDS, RULES, type RuleId } from '../../../src/engine/findings/ruleRegistry';
import { CASES } from './cases';
import { testRule } from './ruleTester';

/** The message ids the invalid cases of a rule state (each case must report its rule with it). */
const stated = (rule: RuleId): string[] => (CASES[rule]?.invalid ?? []).map((c) => c.messageId);
const shared: ReadonlyArray<string> = RELATION_MESSAGE_IDS;

describe('the rule registry', () => {
  it.each(RULE_IDS)('%s has valid and invalid cases', (rule) => {
    expect([CASES[rule]?.valid.length ?? 0, CASES[rule]?.invalid.length ?? 0].map((n) => n > 0)).toEqual([true, true]);
  });

  it.each(RULE_IDS)('%s: an invalid case reports each message of its own', (rule) => {
    const own = Object.keys(RULES[rule].messages).filter((m) => !shared.includes(m));
    expect(own.filter((m) => !stated(rule).includes(m))).toEqual([]);
  });

  it('every message the relation rules share is reported by an invalid case of one of them', () => {
    const reported = new Set(RULE_IDS.flatMap(stated));
    expect(shared.filter((m) => !reported.has(m))).toEqual([]);
  });
});

for (const rule of RULE_IDS) {
  const cases = CASES[rule];
  if (cases) testRule(rule, cases);
}
