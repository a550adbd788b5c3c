import { Card, CardHeader, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { TextList } from '../../components/text-list';

const useStyles = makeStyles({
  columns: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))', gap: tokens.spacingHorizontalL },
});

/** From the domain page: what to have at hand, and what to settle with the current carrier first. */
const haveReady = [
  'A recent bill or customer service record (CSR) from the current carrier',
  'The account number and the billing telephone number (BTN) exactly as on the CSR',
  'The company name and service address exactly as on the CSR',
  'The name, title, phone and e-mail of the person authorized on the account',
  'The PIN to unblock numbers, if the carrier requires one (mobile numbers always do)',
];
const settleFirst = [
  'Remove hunt groups and distinctive ring from the numbers',
  'No pending orders or disconnects with the current carrier',
  'Keep the service active until the port completes',
  'No freeze on the account (lifting one takes 1 to 3 weeks)',
];

/** The "Get started" checklist of the port-in wizard, shown before the first order. */
export function BeforeYouStart(): React.JSX.Element {
  const styles = useStyles();
  return (
    <section aria-labelledby="before-you-start" className={styles.columns}>
      <Card>
        <CardHeader header={<Subtitle2 as="h2" id="before-you-start">Have ready</Subtitle2>} />
        <TextList items={haveReady} />
      </Card>
      <Card>
        <CardHeader header={<Subtitle2 as="h2">Settle with the current carrier first</Subtitle2>} />
        <TextList items={settleFirst} />
      </Card>
    </section>
  );
}
