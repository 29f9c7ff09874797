import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { themeFor } from '../../src/taskpane/theme';

describe('themeFor', () => {
  it('is Fluent’s light theme when Office gives no colours', () => {
    expect(themeFor(undefined)).toBe(webLightTheme);
  });

  it('takes Office’s background and text colours, dark when Office is dark', () => {
    const theme = themeFor({ isDarkTheme: true, bodyBackgroundColor: '#262626', bodyForegroundColor: '#f0f0f0' });
    expect(theme.colorNeutralBackground1).toBe('#262626');
    expect(theme.colorNeutralForeground1).toBe('#f0f0f0');
    expect(theme.colorBrandBackground).toBe(webDarkTheme.colorBrandBackground);
  });
});
