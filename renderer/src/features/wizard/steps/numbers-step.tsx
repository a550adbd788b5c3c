import { Button, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Field, Text } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { checkOrder } from '../../../../../shared/order/check-order';
import { useWizardStore } from '../../../stores/wizard-store';
import type { Order } from '../../../../../shared/schemas/order';
import { FormChoice } from '../../../components/form-choice';
import { matchesFilter, NumbersCounts, type NumbersFilter } from '../numbers/numbers-counts';
import { ColumnChoice } from '../numbers/column-choice';
import { NumbersActions } from '../numbers/numbers-actions';
import { NumbersEntry } from '../numbers/numbers-entry';
import { NumbersTable } from '../numbers/numbers-table';
import { useNumbersList } from '../numbers/use-numbers-list';
import { routeFor } from '../route';
import { StepSection } from '../step-section';
import { useStepForm } from '../use-step-form';

/** Numbers: the list (typed, pasted or imported, checked off the page's thread), and the port type. */
export function NumbersStep({ order }: { order: Order }): React.JSX.Element {
  const form = useStepForm('numbers', order);
  const portType = form.watch('portType');
  const list = useNumbersList(order.id);
  const focusField = useWizardStore((s) => s.focusField);
  // Arriving from Review's "lines have an error" shows just those lines.
  const [filter, setFilter] = useState<NumbersFilter>(focusField === 'numbers' && order.numbers.errors > 0 ? 'errors' : 'all');
  const listIssues = checkOrder(order, new Date()).issues.filter((i) => i.step === 'numbers' && i.field === 'numbers');
  // The BTN rule reads the list: when main's figures change, the port type's verdict may too.
  const { trigger, getFieldState } = form;
  useEffect(() => {
    if (getFieldState('portType').isTouched || getFieldState('portType').error) void trigger('portType');
  }, [order.numbers, trigger, getFieldState]);
  const rows = useMemo(() => (list.check ? list.check.rows.filter((r) => matchesFilter(r, filter)) : []), [list.check, filter]);
  const changeLine = (line: number, text: string | undefined) => {
    const lines = list.lines();
    if (text === undefined) lines.splice(line - 1, 1);
    else lines[line - 1] = text;
    void list.setLines(lines.filter((l) => l.trim() !== ''));
  };

  return (
    <>
      <StepSection title="Numbers to port" grid={false}>
        <NumbersEntry disabled={list.busy !== undefined} onAdd={(incoming) => void list.add(incoming)} />
        {list.busy ? (
          <Field label={list.busy.stage} validationState="none">
            <div>
              <ProgressBar value={list.busy.share} aria-label={list.busy.stage} />
              <Button size="small" onClick={list.cancel}>Cancel</Button>
            </div>
          </Field>
        ) : null}
        {list.message ? (
          <MessageBar intent={list.message.intent} layout="multiline">
            <MessageBarBody>{list.message.text}</MessageBarBody>
          </MessageBar>
        ) : null}
        {list.added ? <ColumnChoice added={list.added} onChoose={(column) => void list.rereadColumn(column)} /> : null}
        {list.added?.lineProblems.length ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Some lines were not read</MessageBarTitle>
              {list.added.lineProblems.slice(0, 5).map((p) => p.message).join(' ')}
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
            <NumbersTable rows={rows} onFix={(line, text) => changeLine(line, text)} onRemove={(line) => changeLine(line, undefined)} />
          </>
        ) : (
          <Text>No numbers yet.</Text>
        )}
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{routeFor(order.answers.location, order.numbers.usable)}</MessageBarBody>
        </MessageBar>
        <NumbersActions order={order} onChanged={list.reload} say={list.say} />
      </StepSection>
      <StepSection title="Port type" grid={false}>
        <FormChoice
          control={form.control}
          name="portType"
          label="Which numbers on the account move to Microsoft?"
          choices={[
            { value: 'full', label: 'All numbers on the account (full port): the BTN is in the list' },
            { value: 'partial', label: 'Only some (partial port): the BTN stays with the current carrier' },
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
