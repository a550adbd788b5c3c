import {
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
} from '@fluentui/react-components';

import type { AddedInfo } from './numbers-job';

/**
 * When a table has several columns, says which one was read and lets the admin read
 * another, or the numbers of every column when more than one holds numbers.
 */
export function ColumnChoice({
  added,
  onChoose,
}: {
  added: AddedInfo;
  onChoose: (column: number | 'all') => void;
}): React.JSX.Element | null {
  if (added.column === undefined || added.columns.length < 2) return null;
  const all = added.column === 'all';
  const read = typeof added.column === 'number' ? added.columns[added.column] : undefined;
  const withNumbers = added.columns.filter((c) => c.numbers > 0).length;
  return (
    <MessageBar intent={added.columnUnclear ? 'warning' : 'info'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {added.fileName ?? 'The text'} has {added.columns.length} columns.
        </MessageBarTitle>{' '}
        {all
          ? 'PortDesk read the numbers of every column.'
          : `PortDesk read the numbers in “${read?.label}”${
              added.columnUnclear
                ? ', but other columns hold numbers too. Check it is the right one.'
                : '.'
            }`}
        <Field label="Column with the numbers to port">
          <Select
            value={String(added.column)}
            onChange={(_e, d) => onChoose(d.value === 'all' ? 'all' : Number(d.value))}
          >
            {added.columns.map((c) => (
              <option key={c.index} value={c.index}>
                {c.label} ({c.numbers} of the first rows are numbers)
              </option>
            ))}
            {withNumbers > 1 || all ? <option value="all">Numbers from every column</option> : null}
          </Select>
        </Field>
      </MessageBarBody>
    </MessageBar>
  );
}
