import { makeStyles, tokens } from '@fluentui/react-components';
import { PANEL } from './panelStyle';

/** The table picker's styles: a framed panel, its buttons in a wrapping row. */
export const useTablePickerStyles = makeStyles({
  picker: PANEL,
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});
