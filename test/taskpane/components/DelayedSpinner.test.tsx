/** @jest-environment jsdom */
import { act, render, screen } from '@testing-library/react';
import { DelayedSpinner, SPINNER_DELAY_MS } from '../../../src/taskpane/components/DelayedSpinner';

describe('DelayedSpinner', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('stays hidden for quick work and appears once work passes the delay', () => {
    render(<DelayedSpinner label="작업 중…" />);
    act(() => void jest.advanceTimersByTime(SPINNER_DELAY_MS - 1));
    expect(screen.queryByText('작업 중…')).toBeNull();
    act(() => void jest.advanceTimersByTime(1));
    expect(screen.getByText('작업 중…')).toBeTruthy();
  });
});
