import { Body1, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { type ReactNode, useEffect, useRef } from 'react';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    maxWidth: '72ch',
  },
  // Fluent's Title2, as a plain h1 so it can hold the focus (Title2 takes no ref).
  title: typographyStyles.title2,
  lead: { color: tokens.colorNeutralForeground2 },
});

let firstPageShown = false;

/**
 * A page's title (the page's one h1) and a line saying what the page is for. A page that
 * replaces another (an order opened, "Go to submission", "Recreate") takes the focus on
 * its title when the control that opened it went with the old page, so focus never
 * falls to `<body>`; with `focusOnOpen` the title takes it whatever had it (a page may
 * still move it further: the wizard to its step).
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
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The window's first page leaves focus where the browser starts it.
    const first = !firstPageShown;
    firstPageShown = true;
    if (focusOnOpen) {
      heading.current?.focus();
      return;
    }
    if (first) return;
    const active = document.activeElement;
    if (active === null || active === document.body) heading.current?.focus();
  }, [focusOnOpen]);
  return (
    <div className={styles.root}>
      <h1 ref={heading} tabIndex={-1} className={styles.title}>
        {title}
      </h1>
      {children ? <Body1 className={styles.lead}>{children}</Body1> : null}
    </div>
  );
}
