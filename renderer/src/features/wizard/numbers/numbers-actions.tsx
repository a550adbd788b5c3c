import {
  Button,
  Checkbox,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, SplitVerticalRegular } from '@fluentui/react-icons';
import { api } from '@renderer/api';
import { useOpenOrderStore } from '@renderer/stores/open-order-store';
import { errorWords } from '@shared/error-words';
import { numberGroupWords } from '@shared/order/answer-words';
import type { Order } from '@shared/schemas/order';
import { useState } from 'react';

import { type SplitDone, SplitDrafts } from './split-drafts';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
});

/** What to do with a finished list: split a mixed one into orders, export a clean one as the admin center's CSV. */
export function NumbersActions(props: {
  order: Order;
  disabled: boolean;
  onChanged: () => Promise<unknown>;
  say: (intent: 'error' | 'success', text: string) => void;
}): React.JSX.Element {
  const { order, disabled, onChanged, say } = props;
  const styles = useStyles();
  const replace = useOpenOrderStore((s) => s.replace);
  const [withHeader, setWithHeader] = useState(true);
  const [split, setSplit] = useState<SplitDone>();
  const groups = order.numbers.groups;
  const attempt = async (task: () => Promise<string | undefined>) => {
    try {
      const done = await task();
      if (done) say('success', done);
    } catch (error) {
      say('error', errorWords(error));
    }
  };
  const splitList = () =>
    attempt(async () => {
      const { created } = await api.splitOrderNumbers({ id: order.id });
      const drafts = await Promise.all(created.map((id) => api.getOrder({ id })));
      replace(await api.getOrder({ id: order.id }));
      await onChanged();
      setSplit({
        kept: numberGroupWords(groups[0]!),
        drafts: drafts.map((d) => ({ id: d.id, name: d.answers.details.orderName })),
      });
      return undefined;
    });
  const exportCsv = () =>
    attempt(async () => {
      const result = await api.exportOrderNumbers({ id: order.id, withHeader });
      if ('cancelled' in result) return undefined;
      return `Exported ${result.numbers.toLocaleString('en-US')} numbers in ${result.files.length} file${result.files.length === 1 ? '' : 's'} to ${result.folder}.`;
    });
  return (
    <>
      {split ? <SplitDrafts done={split} /> : null}
      {groups.length > 1 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              This list mixes {groups.map((g) => numberGroupWords(g)).join(', ')} numbers
            </MessageBarTitle>
            An order holds one country and one number type. Split the list: this order keeps the
            first group, and each other group becomes a new draft with the same account details. No
            number is dropped.
          </MessageBarBody>
          <MessageBarActions>
            <Button
              icon={<SplitVerticalRegular />}
              disabled={disabled}
              onClick={() => void splitList()}
            >
              Split into {groups.length} orders
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      <div className={styles.row}>
        <Button
          icon={<ArrowDownloadRegular />}
          disabled={disabled || order.numbers.usable === 0}
          onClick={() => void exportCsv()}
        >
          Export CSV for the admin center
        </Button>
        <Checkbox
          label="Start each file with the PhoneNumber header"
          checked={withHeader}
          onChange={(_e, d) => setWithHeader(d.checked === true)}
        />
      </div>
    </>
  );
}
