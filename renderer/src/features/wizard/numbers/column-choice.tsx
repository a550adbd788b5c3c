import {
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
} from '@fluentui/react-components';

import type { AddedInfo } from './numbers-job';

/** When a file has several columns of numbers, says which one was read and lets the admin read another. */
export function ColumnChoice({
  added,
  onChoose,
}: {
  added: AddedInfo;
  onChoose: (column: number) => void;
}): React.JSX.Element | null {
  if (added.column === undefined || added.columns.length < 2) return null;
  const read = added.columns[added.column];
  return (
    <MessageBar intent={added.columnUnclear ? 'warning' : 'info'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {added.fileName ?? 'The text'} has {added.columns.length} columns
        </MessageBarTitle>
        PortDesk read the numbers in “{read?.label}”
        {added.columnUnclear
          ? ', but other columns hold numbers too. Check it is the right one.'
          : '.'}
        <Field label="Column with the numbers to port">
          <Select value={String(added.column)} onChange={(_e, d) => onChoose(Number(d.value))}>
            {added.columns.map((c) => (
              <option key={c.index} value={c.index}>
                {c.label} ({c.numbers} of the first rows are numbers)
              </option>
            ))}
          </Select>
        </Field>
      </MessageBarBody>
    </MessageBar>
  );
}
