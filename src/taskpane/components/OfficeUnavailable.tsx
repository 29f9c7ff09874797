import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { FailReason } from '../officeJs';
import { officeUnavailableEn, officeUnavailableKo, type OfficeUnavailableStrings } from '../strings/officeUnavailable';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  // Korean breaks between words, not inside them; a long address still wraps in a 320 px pane.
  text: { margin: 0, wordBreak: 'keep-all', overflowWrap: 'anywhere' },
});

export type OfficeUnavailableProps = {
  reason: FailReason;
  /** Office.js's address as the page asked for it. */
  url: string | null;
  /** True when Office.js comes from another host than the pane (the CDN build). */
  offHost: boolean;
  seconds: number;
  onRetry: () => void;
};

function Explained({
  strings,
  lang,
  ...props
}: OfficeUnavailableProps & { strings: OfficeUnavailableStrings; lang: 'ko' | 'en' }) {
  const styles = useStyles();
  return (
    <section lang={lang} className={styles.block} aria-labelledby={`office-unavailable-${lang}`}>
      <Text as="h1" size={500} weight="semibold" id={`office-unavailable-${lang}`} className={styles.text}>
        {strings.title}
      </Text>
      <Text as="p" className={styles.text}>
        {strings.failed(props.reason, props.url, props.seconds)}
      </Text>
      <Text as="p" className={styles.text}>
        {strings.nothingOpened}
      </Text>
      <Text as="h2" size={400} weight="semibold" className={styles.text}>
        {strings.checksHeading}
      </Text>
      <ul className={styles.list}>
        {strings.checks(props.url, props.offHost).map((check) => (
          <li key={check}>
            <Text className={styles.text}>{check}</Text>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Inside Excel when Office.js could not be used: what failed and what IT should check, in Korean and then English,
 * and a button to load the pane again. Never the standalone page: that would check someone else's example.
 */
export function OfficeUnavailable(props: OfficeUnavailableProps) {
  const styles = useStyles();
  return (
    <main className={styles.page}>
      <div role="alert" className={styles.block}>
        <Explained {...props} strings={officeUnavailableKo} lang="ko" />
        <Explained {...props} strings={officeUnavailableEn} lang="en" />
      </div>
      <div>
        <Button appearance="primary" onClick={props.onRetry}>
          {`${officeUnavailableKo.retry} / ${officeUnavailableEn.retry}`}
        </Button>
      </div>
    </main>
  );
}
