import { Button, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { AddRegular, ArrowUploadRegular } from '@fluentui/react-icons';
import { api } from '@renderer/api';
import { FormField } from '@renderer/components/form-field';
import { useAppStore } from '@renderer/stores/app-store';
import { useRef, useState } from 'react';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  over: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  hidden: { display: 'none' },
});

type Incoming = { text: string; fileName?: string } | { bytes: ArrayBuffer; fileName: string };

/**
 * Typing, pasting, a file (main's open dialog in the app, a file input in a browser)
 * or a file dropped on the area: all become text the worker reads.
 */
export function NumbersEntry({
  onAdd,
  disabled,
}: {
  onAdd: (incoming: Incoming) => Promise<boolean>;
  disabled: boolean;
}): React.JSX.Element {
  const styles = useStyles();
  const [text, setText] = useState('');
  const [over, setOver] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const inElectron = useAppStore((s) => s.info?.runtime === 'electron');

  const addFile = async (file: File) => {
    if (!disabled) await onAdd({ bytes: await file.arrayBuffer(), fileName: file.name });
  };
  const importFile = async () => {
    if (!inElectron) {
      fileInput.current?.click();
      return;
    }
    const opened = await api.openNumbersFile();
    if (!('cancelled' in opened)) await onAdd({ text: opened.text, fileName: opened.fileName });
  };
  return (
    <div
      className={`${styles.zone} ${over ? styles.over : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer.files[0];
        if (file) void addFile(file);
      }}
    >
      <FormField
        name="numbers"
        label="Type or paste numbers"
        hint="One a line, or separated by commas, semicolons, tabs or spaces: every number is read. A range is two numbers joined by a dash, smaller first. You can also drop a CSV or TXT file here."
      >
        <Textarea
          value={text}
          onChange={(_e, d) => setText(d.value)}
          rows={4}
          resize="vertical"
          placeholder={'+1 425 882 0100\n(425) 882-0101, 425-882-0102\n4258820110-4258820119'}
        />
      </FormField>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={<AddRegular />}
          disabled={disabled || text.trim() === ''}
          onClick={() => {
            // The text stays until it is in the list: a refusal or a Cancel leaves it to fix.
            void onAdd({ text }).then((added) => added && setText(''));
          }}
        >
          Add to the list
        </Button>
        <Button icon={<ArrowUploadRegular />} disabled={disabled} onClick={() => void importFile()}>
          Import a CSV or TXT file
        </Button>
        <input
          ref={fileInput}
          className={styles.hidden}
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          aria-label="Numbers file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void addFile(file);
            e.target.value = '';
          }}
        />
      </div>
    </div>
  );
}
