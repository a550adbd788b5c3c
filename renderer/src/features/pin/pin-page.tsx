import { Card, makeStyles } from '@fluentui/react-components';
import { PageHeader } from '../../components/page-header';
import { TextList } from '../../components/text-list';

const useStyles = makeStyles({
  card: { maxWidth: '72ch' },
});

/** The admin center's rules for the port-out PIN, from its settings page. */
const rules = [
  'Only organizations in the United States use a port-out PIN. Without one, no number can be ported out.',
  'It has 6 to 10 digits: no letters, spaces or special characters.',
  'It is blank by default. Once set, it can be changed but never removed or set back to blank.',
  'The new carrier quotes it to Microsoft to port numbers out, so keep it secret.',
];

/** Port-out PIN: the rules the admin center enforces (the panel to set it is built on these). */
export function PinPage(): React.JSX.Element {
  const styles = useStyles();
  return (
    <>
      <PageHeader title="Set or change your port out PIN">
        The PIN your organization&apos;s new carrier must quote to move numbers away from Microsoft.
      </PageHeader>
      <Card className={styles.card}>
        <TextList items={rules} />
      </Card>
    </>
  );
}
