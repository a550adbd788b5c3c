import { Body1, makeStyles, Title2, tokens } from '@fluentui/react-components';
import { type ReactNode, useEffect, useRef } from 'react';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    maxWidth: '72ch',
  },
  lead: { color: tokens.colorNeutralForeground2 },
});

/**
 * A page's title (the page's one h1) and a line saying what the page is for. With
 * `focusOnOpen`, the title takes focus when the page opens, so the keyboard starts there
 * rather than on the page's body.
 */
export function PageHeader({
  title,
  children,
  focusOnOpen = false,
}: {
  title: string;
  children?: ReactNode;
  focusOnOpen?: boolean;
}): React.JSX.Element {
  const styles = useStyles();
  const heading = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusOnOpen) heading.current?.querySelector('h1')?.focus();
  }, [focusOnOpen]);
  return (
    <div className={styles.root} ref={heading}>
      <Title2 as="h1" tabIndex={focusOnOpen ? -1 : undefined}>
        {title}
      </Title2>
      {children ? <Body1 className={styles.lead}>{children}</Body1> : null}
    </div>
  );
}
