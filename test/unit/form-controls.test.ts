import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

const components = join(import.meta.dirname, '../../renderer/src/components');
// form-field.tsx is the frame itself; form-status.tsx is the form's status line, not a control.
const controls = readdirSync(components).filter(
  (file) => /^form-.+\.tsx$/.test(file) && !['form-field.tsx', 'form-status.tsx'].includes(file),
);

describe('the form controls', () => {
  it('are found', () => {
    expect(controls).toEqual(expect.arrayContaining(['form-input.tsx', 'form-textarea.tsx']));
  });

  // FormField reads the outside notice on the control's name (after a rejection): a control
  // drawn in Fluent's Field directly would never show it, as form-textarea did not.
  it.each(controls)('%s is drawn in FormField, so a field notice reaches it', (file) => {
    const source = readFileSync(join(components, file), 'utf8');
    expect(source).toMatch(/<FormField\b/);
    expect(source).not.toMatch(/<Field\b/);
  });
});
