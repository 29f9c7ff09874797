import { Button } from '@fluentui/react-components';
import { LocalLanguage20Regular } from '@fluentui/react-icons';
import type { Lang } from '../../engine/edge';
import type { Strings } from '../strings';

export type LanguageToggleProps = { lang: Lang; strings: Strings; onChange: (lang: Lang) => void };

/** Outside Office there is no display language to follow: the page offers the other language by its own name. */
export function LanguageToggle({ lang, strings, onChange }: LanguageToggleProps) {
  const other: Lang = lang === 'ko' ? 'en' : 'ko';
  return (
    <Button
      appearance="subtle"
      icon={<LocalLanguage20Regular />}
      title={strings.otherLanguageHint}
      onClick={() => onChange(other)}
    >
      <span lang={other}>{strings.otherLanguage}</span>
    </Button>
  );
}
