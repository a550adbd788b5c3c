import {
  Badge,
  type BadgeProps,
  Button,
  Caption1,
  Field,
  Input,
  Link,
  makeStyles,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { answerOfFinding, comparedAnswerLabel } from '@shared/carrier-record/order-view';
import { type RecordFieldId, recordFieldIds } from '@shared/carrier-record/types';
import type { AttachedCarrierRecord } from '@shared/schemas/carrier-record';
import { maxReasonLength } from '@shared/schemas/carrier-record';
import type { Country } from '@shared/schemas/country';
import { useState } from 'react';

const useStyles = makeStyles({
  table: { tableLayout: 'auto' },
  cell: { verticalAlign: 'top', paddingBlock: tokens.spacingVerticalS },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  message: { color: tokens.colorNeutralForeground2 },
  badge: { alignSelf: 'flex-start' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type Finding = AttachedCarrierRecord['findings'][number];

const otherLabels: Record<string, string> = {
  numbers: 'Numbers',
  portType: 'Port type',
  replacementBtn: 'Replacement BTN',
  record: 'Record date',
};

const results: Record<Finding['severity'], { label: string; color: BadgeProps['color'] }> = {
  match: { label: 'Matches', color: 'success' },
  writtenDifferently: { label: 'Written differently', color: 'informative' },
  mismatch: { label: 'Mismatch', color: 'danger' },
  missing: { label: 'Not found', color: 'subtle' },
  warning: { label: 'Check', color: 'warning' },
};

/** The record's field a finding was read from, when the admin may pick another of its candidates. */
function recordFieldOf(finding: Finding): RecordFieldId | undefined {
  const base = finding.field === 'record' ? 'recordDate' : finding.field.split('.')[0];
  return recordFieldIds.find((id) => id === base);
}

function fieldLabel(finding: Finding, country: Country | ''): string {
  const answer = answerOfFinding(finding.field);
  if (answer) return comparedAnswerLabel(answer, country);
  return otherLabels[finding.field] ?? finding.kind;
}

/** Each finding: the record's value and line, the order's, the result, and what the admin can do about it. */
export function FindingsTable(props: {
  view: AttachedCarrierRecord;
  country: Country | '';
  busy: boolean;
  onUseWording: (findingId: string) => void;
  onPick: (field: RecordFieldId, index: number) => void;
  onConfirm: (findingId: string, reason: string) => Promise<boolean>;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <Table className={styles.table} aria-label="The carrier's record against the order">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Field</TableHeaderCell>
          <TableHeaderCell>Carrier’s record</TableHeaderCell>
          <TableHeaderCell>This order</TableHeaderCell>
          <TableHeaderCell>Result</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.view.findings.map((finding) => (
          <FindingRow key={finding.id} finding={finding} {...props} />
        ))}
      </TableBody>
    </Table>
  );
}

function FindingRow({
  finding,
  view,
  country,
  busy,
  onUseWording,
  onPick,
  onConfirm,
}: Parameters<typeof FindingsTable>[0] & { finding: Finding }): React.JSX.Element {
  const styles = useStyles();
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const recordField = recordFieldOf(finding);
  const candidates = recordField ? (view.record.fields[recordField]?.candidates ?? []) : [];
  const used = recordField ? view.record.fields[recordField] : undefined;
  const result = finding.confirmed
    ? { label: 'Confirmed', color: 'brand' as const }
    : results[finding.severity];
  const label = fieldLabel(finding, country);
  const confirm = async () => {
    if (await onConfirm(finding.id, reason)) setConfirming(false);
  };
  return (
    <TableRow>
      <TableCell className={styles.cell}>{label}</TableCell>
      <TableCell className={styles.cell}>
        <div className={styles.stack}>
          {finding.record ? (
            <>
              <span>{finding.record.value}</span>
              <Caption1>line {finding.record.line}</Caption1>
            </>
          ) : (
            <Caption1>—</Caption1>
          )}
          {recordField && candidates.length > 1 ? (
            <Field label={`Value used for ${label.toLowerCase()}`} size="small">
              <Select
                size="small"
                disabled={busy}
                value={String(
                  Math.max(
                    0,
                    candidates.findIndex((c) => c.line === used?.line && c.value === used.value),
                  ),
                )}
                onChange={(_e, data) => onPick(recordField, Number(data.value))}
              >
                {candidates.map((c, i) => (
                  <option key={`${c.line}:${c.value}`} value={i}>
                    {c.value} (line {c.line})
                  </option>
                ))}
              </Select>
            </Field>
          ) : null}
        </div>
      </TableCell>
      <TableCell className={styles.cell}>{finding.order || '—'}</TableCell>
      <TableCell className={styles.cell}>
        <div className={styles.stack}>
          <Badge className={styles.badge} appearance="tint" color={result.color}>
            {result.label}
          </Badge>
          <Caption1 className={styles.message}>{finding.message}</Caption1>
          {finding.confirmed ? (
            <Caption1>
              Your reason: {finding.confirmed.reason}{' '}
              <Link as="button" disabled={busy} onClick={() => void onConfirm(finding.id, '')}>
                Take back
              </Link>
            </Caption1>
          ) : null}
          <div className={styles.actions}>
            {finding.suggestion &&
            answerOfFinding(finding.field) &&
            finding.severity !== 'match' ? (
              <Button size="small" disabled={busy} onClick={() => onUseWording(finding.id)}>
                Use the carrier’s wording
              </Button>
            ) : null}
            {finding.severity === 'mismatch' && !finding.confirmed && !confirming ? (
              <Button size="small" disabled={busy} onClick={() => setConfirming(true)}>
                Keep the order’s answer…
              </Button>
            ) : null}
          </div>
          {confirming ? (
            <>
              <Field
                label={`Why is the order’s ${label.toLowerCase()} right?`}
                hint="Kept with the order, in its history and in Summary.txt."
                required
              >
                <Input
                  value={reason}
                  maxLength={maxReasonLength}
                  onChange={(_e, data) => setReason(data.value)}
                />
              </Field>
              <div className={styles.actions}>
                <Button
                  size="small"
                  appearance="primary"
                  disabled={busy || reason.trim() === ''}
                  onClick={() => void confirm()}
                >
                  Confirm
                </Button>
                <Button size="small" onClick={() => setConfirming(false)}>
                  Cancel
                </Button>
              </div>
            </>
          ) : null}
        </div>
      </TableCell>
    </TableRow>
  );
}
