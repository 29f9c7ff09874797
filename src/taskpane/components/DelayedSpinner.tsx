import { Spinner } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

/** Work shorter than this finishes before a spinner would be noticed; showing one would only flicker. */
export const SPINNER_DELAY_MS = 300;

export type DelayedSpinnerProps = { label: string };

export function DelayedSpinner({ label }: DelayedSpinnerProps) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), SPINNER_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  return shown ? <Spinner size="tiny" label={label} labelPosition="after" /> : null;
}
