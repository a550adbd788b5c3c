import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled, CircleRegular, ErrorCircleFilled } from '@fluentui/react-icons';
import type { OrderCheck } from '@shared/order/check-order';
import { type StepId, stepIds, stepTitles } from '@shared/order/steps';
import { emptyAnswers, type OrderAnswers } from '@shared/schemas/order-answers';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  button: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    width: '100%',
    textAlign: 'start',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':disabled': {
      color: tokens.colorNeutralForegroundDisabled,
      cursor: 'default',
      backgroundColor: 'transparent',
    },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  current: {
    backgroundColor: tokens.colorSubtleBackgroundSelected,
    fontWeight: tokens.fontWeightSemibold,
  },
  complete: { color: tokens.colorPaletteGreenForeground1, fontSize: '20px' },
  error: { color: tokens.colorPaletteRedForeground1, fontSize: '20px' },
  todo: { color: tokens.colorNeutralForeground3, fontSize: '20px' },
});

export type StepState = 'complete' | 'error' | 'todo';

/** A step is in error once the admin has left it incomplete; before that it is simply to do. */
export function stepState(
  step: StepId,
  check: OrderCheck,
  visited: readonly StepId[],
  current: StepId,
): StepState {
  if (step === 'review') return check.issues.length === 0 ? 'complete' : 'todo';
  // An optional step (Documents) passes empty: it is ticked once seen, not before.
  if (check.complete[step] && (visited.includes(step) || step !== 'documents')) return 'complete';
  return visited.includes(step) && step !== current ? 'error' : 'todo';
}

const stateWords: Record<StepState, string> = {
  complete: 'complete',
  error: 'has answers to fix',
  todo: 'not complete',
};

/** Whether a step holds any answer (a duplicated or split draft has answers on steps never visited). */
export function hasAnswers(step: StepId, answers: OrderAnswers): boolean {
  if (step === 'review') return false;
  return JSON.stringify(answers[step]) !== JSON.stringify(emptyAnswers[step]);
}

/** Every step with its state; a step with answers, or up to one past the furthest visited, can be opened. */
export function StepIndicator(props: {
  current: StepId;
  visited: readonly StepId[];
  check: OrderCheck;
  answers: OrderAnswers;
  onOpen: (step: StepId) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const { current, visited, check, answers, onOpen } = props;
  const furthest = Math.max(...visited.map((s) => stepIds.indexOf(s)), stepIds.indexOf(current));
  // Every answer step complete or answered opens Review too: a copy that is whole can be finished.
  const allAnswered = stepIds.every(
    (s) => s === 'review' || check.complete[s] || hasAnswers(s, answers),
  );
  return (
    <nav aria-label="Port order steps">
      <ol className={styles.list}>
        {stepIds.map((step, index) => {
          const state = stepState(step, check, visited, current);
          const Icon =
            state === 'complete'
              ? CheckmarkCircleFilled
              : state === 'error'
                ? ErrorCircleFilled
                : CircleRegular;
          return (
            <li key={step}>
              <button
                type="button"
                className={mergeClasses(styles.button, step === current && styles.current)}
                aria-current={step === current ? 'step' : undefined}
                // The icon says the state to the eye; the name says it to a screen reader.
                aria-label={`${index + 1}. ${stepTitles[step]}, ${stateWords[state]}`}
                disabled={
                  index > furthest + 1 &&
                  !hasAnswers(step, answers) &&
                  !(step !== 'review' && check.complete[step]) &&
                  !(step === 'review' && allAnswered)
                }
                onClick={() => onOpen(step)}
              >
                <Icon className={styles[state]} aria-hidden />
                <Text>
                  {index + 1}. {stepTitles[step]}
                </Text>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
