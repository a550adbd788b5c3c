import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { lintWorkflow } from '../../scripts/check-workflows.mjs';

const path = '.github/workflows/electron.yml';
const workflow = readFileSync(path, 'utf8');

describe('the Electron CI workflow', () => {
  it('passes actionlint', async () => {
    expect(await lintWorkflow(workflow, path)).toEqual([]);
  });

  it('a broken workflow fails the same check (so the check above can fail)', async () => {
    const broken = workflow
      .replace('runs-on: ${{ matrix.os }}', 'runs-on: ${{ matrix.oss }}')
      .replace('timeout-minutes: 45', 'timeout-minutes: soon');
    const problems = await lintWorkflow(broken, path);
    expect(problems.join('\n')).toMatch(/property "oss" is not defined/);
    expect(problems.join('\n')).toMatch(/float number literal, but found plain text/);
  });

  it('runs npm ci, install-electron, npm test and the packaged check on Windows, macOS and Ubuntu', () => {
    expect(workflow).toContain('os: [windows-latest, macos-latest, ubuntu-24.04]');
    const order = [
      'run: npm ci',
      'run: npx install-electron',
      'run: npm test',
      'run: npm run test:packaged',
    ].map((step) => workflow.indexOf(step));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(workflow).toContain('xvfb-run');
  });
});
