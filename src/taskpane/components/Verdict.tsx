import {
  Button,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import { headline, type CheckedScope, type Finding, type Lang } from '../../engine/edge';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  verdict: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  line: { margin: 0 },
  clean: { color: tokens.colorPaletteGreenForeground1 },
  problems: { color: tokens.colorPaletteRedForeground1 },
});

export type VerdictProps = {
  findings: ReadonlyArray<Finding>;
  checked: CheckedScope;
  lang: Lang;
  strings: Strings;
  stale: boolean;
  busy: boolean;
  onCheckAgain: () => void;
};

/**
 * The one line a check opens with (`문제 없음 — 표 20개 점검 (반올림 차이 14건은 정상)` or `오류 3 · 경고 1`), the same
 * words as the CLI's first line; above it, when the workbook changed since, a bar saying so with 다시 점검.
 */
export function Verdict({ findings, checked, lang, strings, stale, busy, onCheckAgain }: VerdictProps) {
  const styles = useStyles();
  const h = headline(findings, checked);
  return (
    <div className={styles.verdict}>
      {stale && (
        <MessageBar intent="warning" layout="multiline" data-stale="true">
          <MessageBarBody>{strings.stale}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" disabled={busy} onClick={onCheckAgain}>
              {strings.checkAgain}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Text as="h2" size={400} weight="semibold" className={mergeClasses(styles.line, styles[h.kind])} data-verdict={h.kind}>
        {h.message[lang]}
      </Text>
    </div>
  );
}
