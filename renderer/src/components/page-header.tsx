import { Body1, makeStyles, Title2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    maxWidth: '72ch',
  },
  lead: { color: tokens.colorNeutralForeground2 },
});

/** A page's title (the page's one h1) and a line saying what the page is for. */
export function PageHeader({
  title,
  children,
}: {
  title: string;
  children?: ReactNode;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Title2 as="h1">{title}</Title2>
      {children ? <Body1 className={styles.lead}>{children}</Body1> : null}
    </div>
  );
}
