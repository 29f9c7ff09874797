import { variant } from '../../fixtures/build';
import { SEED } from '../../fixtures/seed';
import { LAYOUTS, checkBuilt, severityOf } from './fixtures';

describe('a word in a number cell is named by its row and column labels', () => {
  const broken = variant(SEED, (p) => {
    p.budget.기본경비.prevBudget = '미정';
    p.goals[0].unitProjects[0].details[1].amounts[1] = '별도';
  });

  it.each(LAYOUTS)('%s layout', (layout) => {
    const unread = severityOf(checkBuilt([broken], layout).findings, 'error').filter((f) => f.rule === 'cell.unread');
    expect(unread.map((f) => f.messageId)).toEqual(['notNumber', 'notNumber']);
    // The labels are named in the message only: this is about its words.
    const messages = unread.map((f) => f.message.ko);
    expect(messages.some((m) => m.startsWith('예산현황 기본경비 전년도예산액 (') && m.includes("'미정'"))).toBe(true);
    const detail = SEED.goals[0].unitProjects[0].details[1].name;
    expect(messages.some((m) => m.includes(`${detail} `) && m.includes('15') && m.includes("'별도'"))).toBe(true);
  });
});
