import { Body1, Button, Link, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { PhoneAddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { PageHeader } from '../../components/page-header';
import { useAppStore } from '../../stores/app-store';
import { BeforeYouStart } from './before-you-start';

const useStyles = makeStyles({
  empty: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    textAlign: 'center',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalXXL}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  icon: { fontSize: '48px', color: tokens.colorBrandForeground1 },
  text: { maxWidth: '60ch', color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalL, alignItems: 'center', flexWrap: 'wrap', justifyContent: 'center' },
});

/** Port orders: with no orders yet, an invitation to start one and the checklist that comes first. */
export function OrdersPage(): React.JSX.Element {
  const styles = useStyles();
  const navigate = useAppStore((s) => s.navigate);
  const [started, setStarted] = useState(false);
  return (
    <>
      <PageHeader title="Port orders">
        Move your organization&apos;s phone numbers from their current carrier to Microsoft Teams.
      </PageHeader>
      <section className={styles.empty} aria-labelledby="no-orders">
        <PhoneAddRegular className={styles.icon} aria-hidden />
        <Subtitle1 as="h2" id="no-orders">
          No port orders yet
        </Subtitle1>
        <Body1 className={styles.text}>
          Draft a port order here, offline and step by step as the Teams admin center asks. PortDesk checks every
          answer against the carrier&apos;s rules before you submit, so the order is not rejected for a mismatched
          BTN, account number or address.
        </Body1>
        <div className={styles.actions}>
          <Button appearance="primary" size="large" aria-expanded={started} onClick={() => setStarted(true)}>
            Start a port order
          </Button>
          <Link onClick={() => navigate('pin')}>Set up and manage the PIN</Link>
        </div>
      </section>
      {started ? <BeforeYouStart /> : null}
    </>
  );
}
