import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
} from '@fluentui/react-components';
import { FormChoice } from '@renderer/components/form-choice';
import { useOpenOrderStore } from '@renderer/stores/open-order-store';
import type { CheckedNumber } from '@shared/numbers/check-numbers';
import { readRange } from '@shared/numbers/read-cell';
import { checkOrder } from '@shared/order/check-order';
import { routeFor } from '@shared/order/route';
import type { Order } from '@shared/schemas/order';
import { useCallback, useEffect, useMemo, useState } from 'react';

import { ColumnChoice } from '../numbers/column-choice';
import { noRows } from '../numbers/number-rows';
import { NumbersActions } from '../numbers/numbers-actions';
import { matchesFilter, NumbersCounts, type NumbersFilter } from '../numbers/numbers-counts';
import { NumbersEntry } from '../numbers/numbers-entry';
import { NumbersTable, numbersTableBodyId } from '../numbers/numbers-table';
import { rangeWithout } from '../numbers/range-without';
import { ReadSummary } from '../numbers/read-summary';
import { UndoBar } from '../numbers/undo-bar';
import { useNumbersList } from '../numbers/use-numbers-list';
import { StepSection } from '../step-section';
import { useStepForm } from '../use-step-form';

/** Numbers: the list (typed, pasted or imported, checked off the page's thread), and the port type. */
export function NumbersStep({ order }: { order: Order }): React.JSX.Element {
  const form = useStepForm('numbers', order);
  const portType = form.watch('portType');
  const list = useNumbersList(order.id);
  const focusField = useOpenOrderStore((s) => s.focusField);
  // Arriving from Review's "lines have an error" shows just those lines.
  const [filter, setFilter] = useState<NumbersFilter>(
    focusField === 'numbers' && order.numbers.errors > 0 ? 'errors' : 'all',
  );
  const listIssues = checkOrder(order, new Date()).issues.filter(
    (i) => i.step === 'numbers' && i.field === 'numbers',
  );
  // The BTN rule reads the list: when main's figures change, the port type's verdict may too.
  const { trigger, getFieldState } = form;
  useEffect(() => {
    if (getFieldState('portType').isTouched || getFieldState('portType').error)
      void trigger('portType');
  }, [order.numbers, trigger, getFieldState]);
  // Lines of the list as kept that could not be read (what was just added says its own).
  const notRead = list.check?.lineProblems ?? [];
  const rows = useMemo(
    () =>
      !list.check
        ? noRows
        : filter === 'all'
          ? list.check.rows
          : list.check.rows.select((r) => matchesFilter(r, filter)),
    [list.check, filter],
  );
  // Only a change under way holds the list; the check on opening gives way to whatever the admin does.
  const busy = list.busy?.changing === true;
  const tableBody = useCallback(() => document.getElementById(numbersTableBodyId), []);
  /** Fixes a line in place; an emptied line stays, empty, so no other line's number changes. */
  const fixLine = (line: number, text: string) => {
    const lines = list.lines();
    const before = lines[line - 1] ?? '';
    lines[line - 1] = text;
    void list.setLines(lines, `Fixed line ${line}: “${before}” is now “${text.trim()}”`);
  };
  /**
   * Removes one number and leaves its line empty, so the lines keep their numbers (those
   * of the admin's spreadsheet). From a range only that number goes: the range keeps the
   * numbers before it, and those after it become a new last line.
   */
  const removeNumber = (row: CheckedNumber) => {
    const lines = list.lines();
    while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop();
    const name = row.e164 ?? `“${row.input}”`;
    const range = readRange(row.input);
    if (!range || !row.national) {
      lines[row.line - 1] = '';
      return void list.setLines(lines, `Removed line ${row.line}: ${name}`);
    }
    const [first = '', rest] = rangeWithout(range.first, range.last, row.national);
    lines[row.line - 1] = first;
    if (rest) lines.push(rest);
    const moved = rest ? `; the numbers after it (${rest}) are now line ${lines.length}` : '';
    void list.setLines(lines, `Removed ${name} from the range on line ${row.line}${moved}`);
  };

  return (
    <>
      <StepSection title="Numbers to port" grid={false}>
        <NumbersEntry disabled={busy} onAdd={list.add} />
        {list.busy ? (
          <Field label={list.busy.stage} validationState="none">
            <div>
              <ProgressBar value={list.busy.share} aria-label={list.busy.stage} />
              <Button size="small" onClick={list.cancel}>
                Cancel
              </Button>
            </div>
          </Field>
        ) : null}
        {list.message ? (
          <MessageBar intent={list.message.intent} layout="multiline">
            <MessageBarBody>{list.message.text}</MessageBarBody>
            {list.message.retry ? (
              <MessageBarActions>
                <Button onClick={list.message.retry}>Retry</Button>
              </MessageBarActions>
            ) : null}
          </MessageBar>
        ) : null}
        {list.added ? (
          <>
            <ReadSummary added={list.added} onReadAll={() => void list.rereadColumn('all')} />
            <ColumnChoice
              added={list.added}
              onChoose={(column) => void list.rereadColumn(column)}
            />
          </>
        ) : null}
        {notRead.length > 0 ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>
                {notRead.length === 1 ? '1 line' : `${notRead.length} lines`} of the list could not
                be read:
              </MessageBarTitle>{' '}
              {notRead.map((p) => p.message).join(' ')}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {listIssues.length > 0 && list.check ? (
          <MessageBar intent="error" layout="multiline" role="alert">
            <MessageBarBody>{listIssues.map((i) => i.message).join(' ')}</MessageBarBody>
          </MessageBar>
        ) : null}
        {list.check && list.check.counts.total > 0 ? (
          <>
            <NumbersCounts check={list.check} filter={filter} onFilter={setFilter} />
            {list.undoable ? (
              <UndoBar
                label={list.undoable}
                disabled={busy}
                onUndo={() => void list.undo()}
                returnFocusTo={tableBody}
              />
            ) : null}
            <NumbersTable rows={rows} disabled={busy} onFix={fixLine} onRemove={removeNumber} />
          </>
        ) : (
          <Text>No numbers yet.</Text>
        )}
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{routeFor(order.answers.location, order.numbers.usable)}</MessageBarBody>
        </MessageBar>
        <NumbersActions order={order} disabled={busy} onChanged={list.reload} say={list.say} />
      </StepSection>
      <StepSection title="Port type" grid={false}>
        <FormChoice
          control={form.control}
          name="portType"
          label="Which numbers on the account move to Microsoft?"
          choices={[
            {
              value: 'full',
              label: 'All numbers on the account (full port): the BTN is in the list',
            },
            {
              value: 'partial',
              label: 'Only some (partial port): the BTN stays with the current carrier',
            },
          ]}
        />
        {portType === 'partial' ? (
          <FormChoice
            control={form.control}
            name="leftBehind"
            label="What happens to the numbers left behind?"
            hint="The current carrier needs to know: the numbers that stay on the account, and the BTN with them."
            choices={[
              { value: 'keep', label: 'They stay in service with the current carrier' },
              { value: 'disconnect', label: 'They are disconnected once the port completes' },
            ]}
          />
        ) : null}
      </StepSection>
    </>
  );
}
