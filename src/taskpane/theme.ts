import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** The colours Office reports for its own UI (Office.context.officeTheme), when the host gives them. */
export type OfficeColors = {
  readonly bodyBackgroundColor?: string;
  readonly bodyForegroundColor?: string;
  readonly isDarkTheme?: boolean;
};

/** Fluent's web theme, dark when Office is, with Office's own background and text colours on top. */
export function themeFor(office: OfficeColors | undefined): Theme {
  const base = office?.isDarkTheme ? webDarkTheme : webLightTheme;
  if (!office?.bodyBackgroundColor || !office.bodyForegroundColor) return base;
  return { ...base, colorNeutralBackground1: office.bodyBackgroundColor, colorNeutralForeground1: office.bodyForegroundColor };
}
