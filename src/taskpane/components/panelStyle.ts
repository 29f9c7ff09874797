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

/** A plain list of rows with a small gap (findings, achievements): no bullets, no indent. */
export const ROW_LIST = {
  listStyleType: 'none',
  margin: 0,
  padding: 0,
  display: 'flex',
  flexDirection: 'column',
  gap: tokens.spacingVerticalXXS,
} as const;
