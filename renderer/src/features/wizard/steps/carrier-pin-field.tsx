import { api } from '@renderer/api';
import { FormInput } from '@renderer/components/form-input';
import { useOpenOrderStore } from '@renderer/stores/open-order-store';
import { errorWords } from '@shared/error-words';
import { accountFieldLabels } from '@shared/order/field-labels';
import { carrierPinSchema, type Order } from '@shared/schemas/order';
import type { AccountAnswers } from '@shared/schemas/order-answers';
import { useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';

type AccountForm = AccountAnswers & { carrierPin: string };

/**
 * The carrier's PIN is a secret: it is never autosaved with the draft. When the field
 * is left with a valid PIN, main seals it, and the field empties again.
 */
export function CarrierPinField({
  form,
  order,
}: {
  form: UseFormReturn<AccountForm>;
  order: Order;
}): React.JSX.Element {
  const replace = useOpenOrderStore((s) => s.replace);
  const [saved, setSaved] = useState(false);
  const submit = async (value: string) => {
    if (value.trim() === '') return;
    const parsed = carrierPinSchema.safeParse(value);
    if (!parsed.success) {
      form.setError('carrierPin', { message: parsed.error.issues[0]?.message });
      return;
    }
    try {
      replace(await api.setCarrierPin({ id: order.id, pin: parsed.data }));
      form.setValue('carrierPin', '');
      form.clearErrors('carrierPin');
      setSaved(true);
    } catch (error) {
      form.setError('carrierPin', {
        message: errorWords(error),
      });
    }
  };
  const hint = order.carrierPinSet
    ? `${saved ? 'Saved' : 'A PIN is saved'}, encrypted on this computer. Type a new one to replace it.`
    : 'Saved encrypted on this computer when you leave the field; never shown again.';
  return (
    <FormInput
      control={form.control}
      name="carrierPin"
      label={accountFieldLabels.carrierPin}
      type="password"
      required={!order.carrierPinSet}
      autoComplete="off"
      hint={hint}
      onTidy={(v) => void submit(v)}
    />
  );
}
