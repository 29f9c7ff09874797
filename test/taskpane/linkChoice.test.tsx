/** @jest-environment jsdom */
import './structuredClone'; // first: the fixtures below need it as they load
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import * as engine from '../../src/engine/index';
import { refA1 } from '../../src/engine/grid/a1';
import { App } from '../../src/taskpane/App';
import { en } from '../../src/taskpane/strings/en';
import { ko } from '../../src/taskpane/strings/ko';
import type { Strings } from '../../src/taskpane/strings';
import type { Engine } from '../../src/taskpane/usePlan';
import { OfficePort } from '../../src/workbook/office/port';
import { cellOf, fakeExcel, fakeWorkbook, typeInto, type FakeWorkbook } from '../fakes/excel';
import { specOf } from '../fakes/fromSheets';
import { NEAR_TIE, NEAR_TIE_SMALL } from '../fixtures/ambiguous';
import { buildWorkbook } from '../fixtures/build';

/**
 * The near tie (issue 14): the 1 백만원 단위사업 fits either goal, and the workbook does not say which. The pane
 * offers both readings; the one chosen is recomputed through the preview, applied, and kept for the later checks.
 */
const { sheets } = buildWorkbook([NEAR_TIE], 'document');
const [ambiguity] = engine.check(sheets).findings.filter((f) => f.rule === 'link.ambiguous');
const choices = ambiguity.choices!;
const goalOfSmall = (i: number) => choices[i].links.find((l) => l.project === NEAR_TIE_SMALL)?.goal;

function renderPane(lang: 'ko' | 'en', use: Engine = engine): FakeWorkbook {
  const wb = fakeWorkbook(sheets.map(specOf));
  render(
    <FluentProvider theme={webLightTheme}>
      <App port={new OfficePort(fakeExcel(wb).host)} loadEngine={() => Promise.resolve(use)} lang={lang} />
    </FluentProvider>,
  );
  return wb;
}

const button = (name: string | RegExp) => screen.getByRole('button', { name });
const idle = () => waitFor(() => expect(document.querySelector('main')!.getAttribute('aria-busy')).toBe('false'));
const card = (rule: string) => document.querySelector<HTMLElement>(`[data-card="${rule}"]`);
const cards = (severity: string) => document.querySelectorAll(`[data-card][data-severity="${severity}"]`).length;

/** Checks the workbook and waits for the ambiguity's card with its choice buttons. */
async function checkedAmbiguity(strings: Strings): Promise<HTMLElement[]> {
  fireEvent.click(button(strings.check));
  await waitFor(() => expect(card('link.ambiguous')).not.toBeNull());
  return within(card('link.ambiguous')!).getAllByRole('button', { name: strings.recomputeWithLink });
}

describe('choosing a reading of an ambiguous goal ↔ 단위사업 link', () => {
  it('lists each reading with its own button, described by the reading, in Korean', async () => {
    renderPane('ko');
    const buttons = await checkedAmbiguity(ko);
    expect(buttons).toHaveLength(choices.length);
    expect(choices.length).toBeGreaterThan(1);
    // Each button is told apart by its reading: a screen reader says the reading after the button's name.
    buttons.forEach((b, i) => {
      const description = document.getElementById(b.getAttribute('aria-describedby')!);
      expect(description?.textContent).toBe(choices[i].label.ko);
      expect(b.tagName).toBe('BUTTON');
      expect(b.hasAttribute('disabled')).toBe(false);
    });
    expect(within(card('link.ambiguous')!).getByText(ko.choicesHint)).toBeTruthy();
  });

  it('speaks English when the pane does', async () => {
    renderPane('en');
    const buttons = await checkedAmbiguity(en);
    expect(buttons.map((b) => document.getElementById(b.getAttribute('aria-describedby')!)?.textContent)).toEqual(
      choices.map((c) => c.label.en),
    );
    expect(en.recomputeWithLink).toBe('Recompute with this link');
    expect(ko.recomputeWithLink).toBe('이 연결로 재계산');
  });

  it.each([0, 1])(
    'writes the figures of reading %i through the preview, and the ambiguity is settled on the next check',
    async (i) => {
      const { links } = choices[i];
      const expected = engine.recompute(sheets, { links });
      // The two readings differ in which goal's 단위사업수 is wrong: each writes one cell, another for each reading.
      expect(expected.edits).toHaveLength(1);
      expect(goalOfSmall(i)).toBe(i + 1);
      const wb = renderPane('ko');
      const buttons = await checkedAmbiguity(ko);
      fireEvent.click(buttons[i]);
      // The preview first, as the toolbar's recompute: nothing written before the user applies.
      await screen.findByText(ko.previewCount(expected.edits.length));
      // The preview says which reading it computes.
      expect(screen.getByText(ko.chosenReading(choices[i].label.ko))).toBeTruthy();
      const [edit] = expected.edits;
      const before = cellOf(wb, edit.ref.sheet, refA1(edit.ref))?.value;
      expect(before).not.toBe(edit.value);
      fireEvent.click(button(ko.apply));
      await screen.findByText(ko.applied(expected.edits.length, 0));
      for (const e of expected.edits) expect(cellOf(wb, e.ref.sheet, refA1(e.ref))?.value).toBe(e.value);
      // Checked again, the workbook is read as chosen: no ambiguity, and the figures written agree.
      fireEvent.click(button(ko.check));
      // The check clears the last notice as it starts: then wait for it to end.
      await waitFor(() => expect(screen.queryByText(ko.applied(expected.edits.length, 0))).toBeNull());
      await idle();
      expect(card('link.ambiguous')).toBeNull();
      expect([cards('error'), cards('warning')]).toEqual([0, 0]);
      // The toolbar's recompute keeps the reading too: nothing left to write.
      fireEvent.click(button(ko.recompute));
      await screen.findByText(ko.previewNone);
      expect(screen.queryByText(ko.chosenReading(choices[i].label.ko))).toBeNull();
      // Undo takes the figures back and the choice with them: the readings are offered again.
      fireEvent.click(button(new RegExp(`^${ko.undo}$`)));
      await screen.findByText(ko.undone(1));
      expect(cellOf(wb, edit.ref.sheet, refA1(edit.ref))?.value).toBe(before);
      await waitFor(() => expect(card('link.ambiguous')).not.toBeNull());
      expect(within(card('link.ambiguous')!).getAllByRole('button', { name: ko.recomputeWithLink })).toHaveLength(choices.length);
    },
  );

  it('reads the workbook as chosen on later checks: a figure typed back is an error of that reading, not an ambiguity', async () => {
    const { links } = choices[1];
    const [edit] = engine.recompute(sheets, { links }).edits;
    const wb = renderPane('ko');
    fireEvent.click((await checkedAmbiguity(ko))[1]);
    await screen.findByText(ko.previewCount(1));
    const before = cellOf(wb, edit.ref.sheet, refA1(edit.ref))!.value!;
    fireEvent.click(button(ko.apply));
    await screen.findByText(ko.applied(1, 0));
    // The user types the old 단위사업수 back: read as chosen, it is wrong (the small 단위사업 is goal 2's).
    typeInto(wb, edit.ref.sheet, refA1(edit.ref), before);
    fireEvent.click(button(ko.check));
    await waitFor(() => expect(screen.queryByText(ko.applied(1, 0))).toBeNull());
    await idle();
    expect(card('link.ambiguous')).toBeNull();
    const errors = [...document.querySelectorAll<HTMLElement>('[data-card][data-severity="error"]')];
    expect(errors.map((c) => c.querySelector('button')!.title)).toContain(ko.selectCell(refA1(edit.ref)));
    // The toolbar's recompute offers that reading's figure again.
    fireEvent.click(button(ko.recompute));
    await screen.findByText(ko.previewCount(1));
  });

  it('settles a reading whose figures already stand at once: nothing to apply, and the ambiguity is gone', async () => {
    // The engine as it is, but with every figure standing: a chosen recompute has nothing to write.
    const standing: Engine = { ...engine, recompute: (at, options) => ({ ...engine.recompute(at, options), edits: [] }) };
    renderPane('ko', standing);
    fireEvent.click((await checkedAmbiguity(ko))[0]);
    await screen.findByText(ko.previewNone);
    await idle();
    expect(card('link.ambiguous')).toBeNull();
    expect(button(ko.apply).hasAttribute('disabled')).toBe(true);
  });
});
