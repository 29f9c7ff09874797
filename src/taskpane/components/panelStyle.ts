import { tokens } from '@fluentui/react-components';

/** A framed panel of the pane (recompute preview, table picker): a column of parts inside a thin border. */
export const PANEL = {
  display: 'flex',
  flexDirection: 'column',
  gap: tokens.spacingVerticalS,
  padding: tokens.spacingHorizontalS,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  borderRadius: tokens.borderRadiusMedium,
} as const;
