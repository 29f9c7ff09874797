/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { showNumber } from '../../src/engine/interval/shown';
import type { Plan } from '../../src/engine/model/plan';
import { readPlan } from '../../src/engine/read/readPlan';
import { achievement, judgedYear } from '../../src/engine/recompute/achievement';
import { App } from '../../src/taskpane/App';
import { AchievementPanel } from '../../src/taskpane/components/AchievementPanel';
import { en } from '../../src/taskpane/strings/en';
import { OfficePort } from '../../src/workbook/office/port';
import { fakeExcel, fakeWorkbook } from '../fakes/excel';
import { buildWorkbook } from '../fixtures/build';
import type { IndicatorData, PlanData } from '../fixtures/planData';
import { SEED } from '../fixtures/seed';
import { budgetSheet } from '../workbook/office/sheets';
import { stubEngine } from './stubEngine';

const planOf = (data: PlanData): Plan => readPlan(buildWorkbook([data], 'document').sheets);
const words = en.achievement;

/** The seed with some indicators' 실적 taken away (jsdom has no structuredClone for the fixtures' `variant`). */
const withoutActuals = (which: (goal: number, indicator: number) => boolean): PlanData => ({
  ...SEED,
  goals: SEED.goals.map((g, gi) => ({
    ...g,
    indicators: g.indicators.map((ind, ii): IndicatorData =>
      which(gi, ii) ? { ...ind, actuals: ind.actuals.map(() => null) } : ind,
    ),
  })),
});

const renderPanel = (plan: Plan) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <AchievementPanel plan={plan} strings={en} />
    </FluentProvider>,
  );

/** What the engine says each goal scored, in the year it is judged on, as the pane should word it. */
const expectedGoals = (plan: Plan) =>
  achievement(plan).map((goal) => {
    const year = judgedYear(goal)!;
    const score = goal.years.find((y) => y.year === year)!.score;
    return { goal, year, line: `${words.year(year)} ${words.score} ${score === null ? '–' : showNumber(score, 2)}` };
  });

describe('achievement panel', () => {
  const plan = planOf(SEED);

  it("shows each of the seed's goals with the weighted 달성도 the engine computes, under its department", () => {
    renderPanel(plan);
    const expected = expectedGoals(plan);
    expect(expected.length).toBe(SEED.goals.length);
    const section = screen.getByRole('region', { name: SEED.department });
    const buttons = within(section).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(expected.map((e) => `${e.goal.goal}${e.line}`));
    expect(expected.every((e) => e.line.match(/\d+\.\d\d$/))).toBe(true);
  });

  it("opens a goal onto each indicator's 목표, 실적, 달성률 and 가중치, and closes it again", () => {
    renderPanel(plan);
    const [{ goal, year }] = expectedGoals(plan);
    const toggle = screen.getByRole('button', { name: new RegExp(`^${goal.goal}`) });
    const list = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect([toggle.getAttribute('aria-expanded'), list.hidden]).toEqual(['false', true]);
    fireEvent.click(toggle);
    expect([toggle.getAttribute('aria-expanded'), list.hidden]).toEqual(['true', false]);
    const lines = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines).toEqual(
      goal.indicators.map((ind) => {
        const at = ind.years.find((y) => y.year === year)!;
        const fig = (v: number) => v.toLocaleString('ko-KR', { maximumFractionDigits: 4 });
        return `${ind.name}${words.target} ${fig(at.target!)} · ${words.actual} ${fig(at.actual!)} · ${words.rate} ${showNumber(at.rate!, 2)} · ${words.weight} ${ind.weight}`;
      }),
    );
    fireEvent.click(toggle);
    expect(list.hidden).toBe(true);
  });

  it('really hides the closed list (its flex display must not override `hidden`)', () => {
    renderPanel(plan);
    const [{ goal }] = expectedGoals(plan);
    const toggle = screen.getByRole('button', { name: new RegExp(`^${goal.goal}`) });
    const list = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(getComputedStyle(list).display).toBe('none');
    fireEvent.click(toggle);
    expect(getComputedStyle(list).display).toBe('flex');
  });

  it('shows the 달성도 of a goal whose weights do not sum to 100, with a warning', () => {
    const heavier: PlanData = {
      ...SEED,
      goals: SEED.goals.map((g, gi) =>
        gi === 0
          ? { ...g, indicators: g.indicators.map((ind, ii) => (ii === 0 ? { ...ind, weight: (ind.weight as number) + 5 } : ind)) }
          : g,
      ),
    };
    const changed = planOf(heavier);
    renderPanel(changed);
    const warned = [...document.querySelectorAll<HTMLElement>('[data-weight-sum]')].map((w) => w.dataset.weightSum);
    expect(warned).toEqual(['105']);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(
      expectedGoals(changed).map((e) => `${e.goal.goal}${e.line}`),
    );
  });

  it('shows nothing when the plan has no 실적', () => {
    const { container } = renderPanel(planOf(withoutActuals(() => true)));
    expect(container.textContent).toBe('');
  });

  it('shows a dash for a goal whose judged year misses a 달성률, the rest as computed', () => {
    const changed = planOf(withoutActuals((g, i) => g === 0 && i === 0));
    renderPanel(changed);
    const lines = expectedGoals(changed).map((e) => e.line);
    expect(lines[0]).toMatch(/–$/);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(
      expectedGoals(changed).map((e) => `${e.goal.goal}${e.line}`),
    );
  });

  it('appears in the pane after a check, below the findings', async () => {
    const engine = {
      ...stubEngine,
      check: () => ({ plan, findings: [], checked: { tables: plan.tables.length, relations: 0 } }),
    };
    render(
      <FluentProvider theme={webLightTheme}>
        <App
          port={new OfficePort(fakeExcel(fakeWorkbook([budgetSheet('정보홍보실')])).host)}
          loadEngine={() => Promise.resolve(engine)}
          lang="en"
        />
      </FluentProvider>,
    );
    expect(screen.queryByRole('region', { name: words.heading })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: en.check }));
    const panel = await screen.findByRole('region', { name: words.heading });
    const line = document.querySelector('[data-verdict]')!;
    expect(line.compareDocumentPosition(panel) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
