import { zodResolver } from '@hookform/resolvers/zod';
import { useOpenOrderStore } from '@renderer/stores/open-order-store';
import { stepRules } from '@shared/order/check-order';
import type { RuleContext } from '@shared/order/rules/context';
import type { AnswerStepId } from '@shared/order/steps';
import type { Order, SaveOrderStepInput } from '@shared/schemas/order';
import { emptyAnswers } from '@shared/schemas/order-answers';
import { useEffect, useRef } from 'react';
import { type FieldValues, type Path, type Resolver, useForm } from 'react-hook-form';

type StepValues<S extends AnswerStepId> = Extract<SaveOrderStepInput, { step: S }>['values'];

/**
 * A wizard step's form: the shared rules as its resolver (the ones main re-checks),
 * every change queued for autosave, and errors shown at once when the admin comes back
 * to a step they left, or arrives from a Review link.
 */
export function useStepForm<S extends AnswerStepId, F extends FieldValues = StepValues<S>>(
  step: S,
  order: Order,
  options: { toAnswers?: (values: F) => StepValues<S>; extra?: Partial<F> } = {},
) {
  const queueSave = useOpenOrderStore((s) => s.queueSave);
  const focusField = useOpenOrderStore((s) => s.focusField);
  // Rules read other steps (the BTN, the country, the authorizing person): always the latest the store has.
  const context = useRef<RuleContext>({ ...order, today: new Date() });
  context.current = {
    answers: order.answers,
    carrierPinSet: order.carrierPinSet,
    numbers: order.numbers,
    today: new Date(),
  };
  const resolver: Resolver<F> = (values, ctx, opts) =>
    (zodResolver(stepRules[step](context.current) as never) as unknown as Resolver<F>)(
      values,
      ctx,
      opts,
    );

  const form = useForm<F>({
    resolver,
    mode: 'onTouched',
    defaultValues: { ...order.answers[step], ...options.extra } as never,
  });
  const cameBack = useRef(order.visited.includes(step) && order.lastStep !== step);
  const toAnswers = useRef(options.toAnswers);

  useEffect(() => {
    const subscription = form.watch((values) => {
      const answers = toAnswers.current ? toAnswers.current(values as F) : values;
      queueSave({ step, values: answers } as Omit<SaveOrderStepInput, 'id'>);
      // An error on screen is re-checked on every change: rules span fields (a full port's list must hold the BTN),
      // and a field shown in error on arrival has not been touched, so react-hook-form alone would leave it stale.
      // (getFieldState reads the live errors; formState here is the host's last render, which errors do not cause.)
      const shown = Object.keys(values).filter(
        (field) => form.getFieldState(field as Path<F>).error !== undefined,
      );
      if (shown.length > 0) void form.trigger(shown as Path<F>[]);
    });
    return () => subscription.unsubscribe();
  }, [form, queueSave, step]);

  useEffect(() => {
    if (!cameBack.current && !focusField) {
      // First visit: an answer already there (prefilled from the organization, copied by a
      // duplicate or a split) is checked at once, so one that breaks a rule says so at its field.
      const prefilled = Object.keys(order.answers[step]).filter(
        (field) =>
          JSON.stringify(order.answers[step][field as keyof (typeof order.answers)[S]]) !==
          JSON.stringify(emptyAnswers[step][field as keyof (typeof emptyAnswers)[S]]),
      );
      if (prefilled.length > 0) void form.trigger(prefilled as Path<F>[]);
      return;
    }
    void form.trigger().then(() => {
      if (focusField) form.setFocus(focusField as Path<F>);
    });
    // Once, when the step opens (the form is keyed by step): the answers are main's as they were then.
  }, [form, focusField]);

  return form;
}
