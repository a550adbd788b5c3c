import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import {
  CheckmarkCircleFilled,
  CopyFilled,
  ErrorCircleFilled,
  WarningFilled,
} from '@fluentui/react-icons';
import type { RowStatus } from '@shared/numbers/check-numbers';

/**
 * Each status its own icon shape and its own hue: green, orange, magenta, red. Fluent's
 * tokens, so light and dark each get theirs; the text tokens keep 4.5:1 on the page in
 * both (checked by axe in the e2e tests), the icons the stronger tone of the same hue.
 */
const useStyles = makeStyles({
  ok: { color: tokens.colorStatusSuccessForeground1 },
  warning: { color: tokens.colorStatusWarningForeground1 },
  warningIcon: { color: tokens.colorStatusWarningForeground3 },
  duplicate: { color: tokens.colorPaletteBerryForeground1 },
  error: { color: tokens.colorStatusDangerForeground3 },
  errorIcon: { color: tokens.colorStatusDangerForeground1 },
  icon: { flexShrink: 0, fontSize: '16px', marginBlockStart: '2px' },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});

export const statusWords: Record<RowStatus, string> = {
  ok: 'OK',
  warning: 'Warning',
  duplicate: 'Duplicate',
  error: 'Error',
};
const icons = {
  ok: CheckmarkCircleFilled,
  warning: WarningFilled,
  duplicate: CopyFilled,
  error: ErrorCircleFilled,
} as const;

/** The class that colours a status's text. */
export function useStatusText(): (status: RowStatus) => string {
  const styles = useStyles();
  return (status) => styles[status];
}

/** A status's icon in its colour, hidden from screen readers (what it stands for is said in words). */
export function StatusIcon({ status }: { status: RowStatus }): React.JSX.Element {
  const styles = useStyles();
  const Icon = icons[status];
  return (
    <Icon
      aria-hidden
      className={mergeClasses(
        styles.icon,
        status === 'warning'
          ? styles.warningIcon
          : status === 'error'
            ? styles.errorIcon
            : styles[status],
      )}
    />
  );
}

/** A status's icon, and its word for screen readers (the icon's shape and colour say it to the eye). */
export function StatusMark({ status }: { status: RowStatus }): React.JSX.Element {
  const styles = useStyles();
  return (
    <>
      <StatusIcon status={status} />
      {status === 'ok' ? null : <span className={styles.hidden}>{statusWords[status]}: </span>}
    </>
  );
}
