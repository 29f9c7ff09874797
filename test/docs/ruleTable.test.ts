import { readFileSync } from 'node:fs';
import { RULE_DOCS, ruleTable, tableIn } from '../../scripts/ruleTable';

describe('the rule tables of the READMEs', () => {
  it.each(RULE_DOCS)('%s holds the table generated from the registry (npm run docs:rules)', (path) => {
    expect(tableIn(readFileSync(path, 'utf8'))).toBe(ruleTable());
  });
});
