import { makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // Headings keep the browser's margins otherwise, which double the section's own spacing.
  title: { margin: 0 },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
});

/** A titled group of fields within a step, laid out in as many columns as fit. */
export function StepSection({
  title,
  children,
  grid = true,
}: {
  title: string;
  children: ReactNode;
  grid?: boolean;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-label={title}>
      <Subtitle2 as="h3" className={styles.title}>
        {title}
      </Subtitle2>
      {grid ? <div className={styles.grid}>{children}</div> : children}
    </section>
  );
}
