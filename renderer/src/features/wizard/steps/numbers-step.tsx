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
import { FormCheckbox } from '@renderer/components/form-checkbox';
import { FormChoice } from '@renderer/components/form-choice';
import { useOpenOrderStore } from '@renderer/stores/open-order-store';
import type { CheckedNumber } from '@shared/numbers/check-numbers';
import { readRange } from '@shared/numbers/read-cell';
import { choiceLabel, numberTypeWords, usageWords } from '@shared/order/answer-words';
import { checkOrder } from '@shared/order/check-order';
import { routeFor } from '@shared/order/route';
import { tollFreeCountryOf } from '@shared/order/toll-free-country';
import type { Order } from '@shared/schemas/order';
import { type NumberUsage, numberUsages } from '@shared/schemas/order-answers';
import { useCallback, useEffect, useMemo, useState } from 'react';

import { ColumnChoice } from '../numbers/column-choice';
import { noRows } from '../numbers/number-rows';
import { NumbersActions } from '../numbers/numbers-actions';
import { matchesFilter, NumbersCounts } from '../numbers/numbers-counts';
import { NumbersEntry } from '../numbers/numbers-entry';
import { NumbersTable, numbersTableBodyId } from '../numbers/numbers-table';
import { rangeWithout } from '../numbers/range-without';
import { ReadSummary } from '../numbers/read-summary';
import { UndoBar } from '../numbers/undo-bar';
import { useNumbersFilter } from '../numbers/use-numbers-filter';
import { useNumbersList } from '../numbers/use-numbers-list';
import { StepSection } from '../step-section';
import { useStepForm } from '../use-step-form';

/** Phone numbers: the list (typed, pasted or imported, checked off the page's thread), its type and each number's usage. */
export function NumbersStep({ order }: { order: Order }): React.JSX.Element {
  const form = useStepForm('numbers', order);
  const [usage, usageByNumber, numberType] = form.watch(['usage', 'usageByNumber', 'numberType']);
  const list = useNumbersList(order.id, tollFreeCountryOf(order.answers));
  // "No numbers yet" is a neutral state on a first visit: the list's errors wait until there are numbers or the admin comes back.
  const [cameBack] = useState(order.visited.includes('numbers') && order.lastStep !== 'numbers');
  const focusField = useOpenOrderStore((s) => s.focusField);
  // Arriving from Review's "lines have an error" shows just those lines.
  const [filter, setFilter] = useNumbersFilter(
    focusField === 'numbers' && order.numbers.errors > 0 ? 'errors' : 'all',
    list.check,
  );
  const listIssues = checkOrder(order, new Date()).issues.filter(
    (i) => i.step === 'numbers' && i.field === 'numbers',
  );
  const showListIssues = order.numbers.total > 0 || cameBack;
  /** One number's usage: the same as the order's default clears its own change. */
  const changeUsage = (e164: string, next: NumberUsage) => {
    const rest = Object.fromEntries(Object.entries(usageByNumber).filter(([n]) => n !== e164));
    form.setValue('usageByNumber', next === usage ? rest : { ...rest, [e164]: next }, {
      shouldDirty: true,
      shouldValidate: true,
    });
  };
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
  // After Add to the list, the keyboard goes to the list it added to (once the table is drawn).
  const [focusList, setFocusList] = useState(false);
  useEffect(() => {
    if (!focusList || !list.check) return;
    const body = tableBody();
    if (body) {
      body.focus();
      setFocusList(false);
    }
  }, [focusList, list.check, tableBody]);
  const add = async (incoming: Parameters<typeof list.add>[0]) => {
    const added = await list.add(incoming);
    if (added) setFocusList(true);
    return added;
  };
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
        <NumbersEntry disabled={busy} onAdd={add} />
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
        {showListIssues && listIssues.length > 0 && list.check ? (
          <MessageBar intent="error" layout="multiline" role="alert">
            <MessageBarBody>
              <MessageBarTitle>Numbers:</MessageBarTitle>{' '}
              {listIssues.map((i) => i.message).join(' ')}
            </MessageBarBody>
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
            <NumbersTable
              rows={rows}
              disabled={busy}
              onFix={fixLine}
              onRemove={removeNumber}
              usage={{ of: (e164) => usageByNumber[e164] ?? usage, onChange: changeUsage }}
            />
          </>
        ) : (
          <Text>No numbers yet: type, paste or import them above.</Text>
        )}
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{routeFor(order.numbers.usable)}</MessageBarBody>
        </MessageBar>
        <NumbersActions order={order} disabled={busy} onChanged={list.reload} say={list.say} />
      </StepSection>
      <StepSection title="Type and usage" grid={false}>
        <FormChoice
          control={form.control}
          name="numberType"
          label="Number type"
          choices={(['geographic', 'tollFree'] as const).map((value) => ({
            value,
            label: choiceLabel(numberTypeWords[value]),
          }))}
        />
        <FormChoice
          control={form.control}
          name="usage"
          label="Usage of the numbers (change one number's in the list)"
          hint={
            numberType === 'tollFree'
              ? "Toll-free numbers can't be assigned to users: Voice app or Conference."
              : undefined
          }
          choices={numberUsages.map((value) => ({
            value,
            label: choiceLabel(usageWords[value]),
          }))}
        />
        <FormCheckbox
          control={form.control}
          name="includesMobile"
          label="Some of these numbers are mobile numbers (the carrier then always needs the account PIN)"
        />
      </StepSection>
    </>
  );
}
