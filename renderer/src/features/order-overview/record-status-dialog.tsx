import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Text,
} from '@fluentui/react-components';
import { zodResolver } from '@hookform/resolvers/zod';
import { api, ApiError } from '@renderer/api';
import { FormChoice } from '@renderer/components/form-choice';
import { FormInput } from '@renderer/components/form-input';
import { FormSelect } from '@renderer/components/form-select';
import { FormTextarea } from '@renderer/components/form-textarea';
import { errorWords } from '@shared/error-words';
import { rejectionReasons } from '@shared/order/lifecycle';
import type { Order } from '@shared/schemas/order';
import {
  type RecordableStatus,
  type RecordStatusInput,
  recordStatusSchemas,
  rejectionReasonIds,
} from '@shared/schemas/order-status';
import { format } from 'date-fns';
import { useState } from 'react';
import { type FieldValues, type Path, type Resolver, useForm } from 'react-hook-form';

import { statusActions } from './status-actions';

const reasonOptions = rejectionReasonIds.map((id) => ({
  value: id,
  label: rejectionReasons[id].label,
}));

/** What the form starts with: today for a submission, the FOC or the desired date for an approval. */
function startValues(order: Order, status: RecordableStatus): FieldValues {
  const base = { id: order.id, status };
  switch (status) {
    case 'processing':
      return {
        ...base,
        // Resubmitted after Customer action required: the same order in the admin center.
        microsoftOrderId: order.submission?.microsoftOrderId ?? '',
        submittedOn: format(new Date(), 'yyyy-MM-dd'),
        ...(needsAuthorizedWith(order) ? { authorizedWith: undefined } : {}),
      };
    case 'transferApproved':
      return {
        ...base,
        focDate: order.foc?.date ?? order.answers.details.desiredDate,
        focTime: order.foc?.time ?? (order.answers.details.startTime || '09:00'),
      };
    case 'error':
      return { ...base, reason: '', details: '' };
    default:
      return { ...base, note: '' };
  }
}

/** With neither a signed scan attached nor the e-signature request chosen, the admin says which one was used. */
function needsAuthorizedWith(order: Order): boolean {
  return !order.signedScan && order.answers.authorize.method !== 'eSignature';
}

/** Records one status with what it needs (order ID, FOC, reason); main's refusal lands on its field. */
export function RecordStatusDialog(props: {
  order: Order;
  status: RecordableStatus;
  onDone: (order: Order) => void;
  onCancel: () => void;
}): React.JSX.Element {
  const { order, status } = props;
  const action = statusActions[status];
  const form = useForm<FieldValues>({
    resolver: zodResolver(recordStatusSchemas[status]) as unknown as Resolver<FieldValues>,
    defaultValues: startValues(order, status),
  });
  const { control } = form;
  const [refusal, setRefusal] = useState<string>();
  const submit = form.handleSubmit(async (values) => {
    setRefusal(undefined);
    try {
      props.onDone(await api.recordOrderStatus(values as unknown as RecordStatusInput));
    } catch (error) {
      if (error instanceof ApiError && error.field)
        form.setError(
          error.field as Path<FieldValues>,
          { message: error.message },
          { shouldFocus: true },
        );
      else setRefusal(errorWords(error));
    }
  });
  return (
    <Dialog open modalType="modal" onOpenChange={(_e, data) => !data.open && props.onCancel()}>
      <DialogSurface>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <DialogBody>
            <DialogTitle>{action.title}</DialogTitle>
            <DialogContent style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
              <Text>{action.intro}</Text>
              {status === 'processing' ? (
                <>
                  <FormInput
                    control={control}
                    name="microsoftOrderId"
                    label="Microsoft's order ID"
                    required
                    maxLength={64}
                    autoComplete="off"
                  />
                  <FormInput
                    control={control}
                    name="submittedOn"
                    label="Submitted on"
                    required
                    type="date"
                  />
                  {needsAuthorizedWith(order) ? (
                    <FormChoice
                      control={control}
                      name="authorizedWith"
                      label="No signed letter is attached: how did the authorized user sign?"
                      choices={[
                        {
                          value: 'signedLetter',
                          label: 'A letter signed by hand, uploaded in the admin center',
                        },
                        { value: 'eSignature', label: "The admin center's e-signature request" },
                      ]}
                    />
                  ) : null}
                </>
              ) : status === 'transferApproved' ? (
                <>
                  <FormInput
                    control={control}
                    name="focDate"
                    label="FOC date"
                    required
                    type="date"
                    hint="The transfer date the carrier confirmed."
                  />
                  <FormInput
                    control={control}
                    name="focTime"
                    label="FOC time (Eastern)"
                    required
                    type="time"
                  />
                </>
              ) : status === 'error' ? (
                <>
                  <FormSelect
                    control={control}
                    name="reason"
                    label="Reason"
                    placeholder="Choose the carrier's reason"
                    options={reasonOptions}
                  />
                  <FormTextarea
                    control={control}
                    name="details"
                    label="Details"
                    hint="What the carrier or Microsoft wrote, in their words."
                    maxLength={2000}
                  />
                </>
              ) : (
                <FormTextarea
                  control={control}
                  name="note"
                  label="Note (optional)"
                  maxLength={2000}
                />
              )}
              {refusal ? (
                <MessageBar intent="error">
                  <MessageBarBody>{refusal}</MessageBarBody>
                </MessageBar>
              ) : null}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={form.formState.isSubmitting}>
                {status === 'cancelled' ? 'Record as cancelled' : 'Save'}
              </Button>
              <Button onClick={props.onCancel}>
                {status === 'cancelled' ? 'Keep the order' : 'Cancel'}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
