import {
  Button,
  Card,
  Link,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle1,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowLeftRegular, ArrowRightRegular } from '@fluentui/react-icons';
import { PageHeader } from '@renderer/components/page-header';
import { navigate } from '@renderer/stores/navigation';
import {
  backToOrderList,
  type SaveState,
  useOpenOrderStore,
} from '@renderer/stores/open-order-store';
import { checkOrder } from '@shared/order/check-order';
import { canEditAfterSubmit, canEditAnswers } from '@shared/order/lifecycle';
import { type StepId, stepIds, stepTitles } from '@shared/order/steps';
import { type Order, orderStatusLabels } from '@shared/schemas/order';
import { useEffect } from 'react';

import { RecheckBanner } from './recheck-banner';
import { StepIndicator } from './step-indicator';
import { StepNotices } from './step-notices';
import { AccountStep } from './steps/account-step';
import { AuthorizeStep } from './steps/authorize-step';
import { BtnStep } from './steps/btn-step';
import { DetailsStep } from './steps/details-step';
import { DocumentsStep } from './steps/documents-step';
import { GetStartedStep } from './steps/get-started-step';
import { NumbersStep } from './steps/numbers-step';
import { ReviewStep } from './steps/review-step';

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(200px, 240px) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalXL,
    alignItems: 'start',
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalXL,
  },
  footer: {
    display: 'flex',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    paddingTop: tokens.spacingVerticalM,
  },
  status: { color: tokens.colorNeutralForeground2 },
  // Focus lands here on each step change: its ring stands clear of the words, in the theme's colour.
  title: {
    margin: 0,
    ':focus-visible': {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '4px',
      borderRadius: tokens.borderRadiusMedium,
    },
  },
});

const steps: Record<StepId, (props: { order: Order }) => React.JSX.Element> = {
  getStarted: GetStartedStep,
  numbers: NumbersStep,
  btn: BtnStep,
  account: AccountStep,
  documents: DocumentsStep,
  details: DetailsStep,
  authorize: AuthorizeStep,
  review: ReviewStep,
};

/** The step's heading: where focus goes when the step changes. */
export const stepHeadingId = 'wizard-step-heading';

const saveWords = (save: SaveState, order: Order): string =>
  save.kind === 'saving'
    ? 'Saving…'
    : `${orderStatusLabels[order.status]} · saved on this computer`;

/** The port-in wizard: the steps, the current step's form, Back and Next. Everything typed is saved as it is typed. */
export function WizardPage(): React.JSX.Element {
  const styles = useStyles();
  const { order, step, save, goTo, retrySave, focusField } = useOpenOrderStore();
  const orderId = order?.id;
  // A new step (or a newly opened order) starts at its heading, unless a link asked for a field.
  useEffect(() => {
    if (!focusField) document.getElementById(stepHeadingId)?.focus();
  }, [step, orderId, focusField]);
  // Answers change while Draft or Ready, and after submitting until the carrier sets the
  // transfer (any answer but the country, as in the admin center); else the order belongs on its overview.
  const locked =
    order !== undefined && !canEditAnswers(order.status) && !canEditAfterSubmit(order.status);
  useEffect(() => {
    if (locked) navigate('orderOverview');
  }, [locked]);
  if (!order || locked) return <Spinner label="Opening the order…" />;

  const index = stepIds.indexOf(step);
  const Step = steps[step];
  const previous = stepIds[index - 1];
  const next = stepIds[index + 1];
  return (
    <>
      <Link onClick={() => void backToOrderList()}>
        <ArrowLeftRegular aria-hidden /> All port orders
      </Link>
      <PageHeader title={order.answers.details.orderName.trim() || 'New port order'}>
        {save.kind === 'error' ? null : (
          <span className={styles.status} role="status">
            {saveWords(save, order)}
          </span>
        )}
      </PageHeader>
      {save.kind === 'error' ? (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Not saved</MessageBarTitle>
            {save.message} What you typed is still on this page.
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void retrySave()}>Retry</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      <div className={styles.layout}>
        <StepIndicator
          current={step}
          visited={order.visited}
          check={checkOrder(order, new Date())}
          answers={order.answers}
          onOpen={(s) => void goTo(s)}
        />
        <Card className={styles.card}>
          <Subtitle1 as="h2" className={styles.title} tabIndex={-1} id={stepHeadingId}>
            Step {index + 1} of {stepIds.length}: {stepTitles[step]}
          </Subtitle1>
          {step === 'review' ? null : <RecheckBanner order={order} step={step} />}
          {/* Keyed by order and step so each step's form starts from what main holds. */}
          <StepNotices order={order} step={step}>
            <Step key={`${order.id}:${step}`} order={order} />
          </StepNotices>
          <div className={styles.footer}>
            {previous ? (
              <Button icon={<ArrowLeftRegular />} onClick={() => void goTo(previous)}>
                Back
              </Button>
            ) : (
              <span />
            )}
            {next ? (
              <Button
                appearance="primary"
                icon={<ArrowRightRegular />}
                iconPosition="after"
                onClick={() => void goTo(next)}
              >
                Next: {stepTitles[next]}
              </Button>
            ) : (
              <Text className={styles.status}>Last step</Text>
            )}
          </div>
        </Card>
      </div>
    </>
  );
}
