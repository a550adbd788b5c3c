import { makeStyles, Tab, TabList, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { tabOf, tabs } from '../pages';
import { type PageId, useNavigation } from '../stores/navigation';
import { StartupNotices } from './startup-notices';

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: '220px 1fr',
    gridTemplateRows: 'auto 1fr',
    height: '100%',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    gridColumn: '1 / -1',
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  nav: {
    padding: tokens.spacingVerticalM,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  main: {
    overflowY: 'auto',
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    // The page scrolls as a whole; without this, cards shrink to fit and clip their content.
    '& > *': { flexShrink: 0 },
  },
  skip: {
    position: 'absolute',
    left: '-9999px',
    ':focus': {
      left: tokens.spacingHorizontalM,
      top: tokens.spacingVerticalXS,
      zIndex: 1,
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
      backgroundColor: tokens.colorNeutralBackground1,
      color: tokens.colorNeutralForeground1,
      borderRadius: tokens.borderRadiusMedium,
    },
  },
});

/** Header, left navigation and the page area, in the admin center's layout. */
export function AppFrame({ children }: { children: ReactNode }): React.JSX.Element {
  const styles = useStyles();
  const { page, navigate } = useNavigation();
  return (
    <div className={styles.root}>
      <a href="#content" className={styles.skip}>
        Skip to content
      </a>
      <header className={styles.header}>
        <Text weight="semibold" size={400}>
          PortDesk
        </Text>
        <Text size={200}>Teams port orders, drafted offline</Text>
      </header>
      <nav className={styles.nav} aria-label="PortDesk">
        <TabList
          vertical
          selectedValue={tabOf(page)}
          onTabSelect={(_e, data) => navigate(data.value as PageId)}
        >
          {tabs.map((item) => (
            <Tab key={item.page} value={item.page} icon={item.icon}>
              {item.label}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main id="content" className={styles.main} tabIndex={-1}>
        <StartupNotices />
        {children}
      </main>
    </div>
  );
}
