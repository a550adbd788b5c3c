// Scans the built app (out/) with Electronegativity and fails on any finding of
// medium severity or above that security-exceptions.json does not accept with a reason.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
if (!existsSync('out/main/main.js')) {
  console.error('security: build the app first (npm run build).');
  process.exit(1);
}
mkdirSync('.security', { recursive: true });
// The app's own built code: main's bundled libraries (out/main/chunks/vendor-*) are third-party
// code, which the scan never read in node_modules either, and its parser cannot read them.
const input = '.security/app';
rmSync(input, { recursive: true, force: true });
cpSync('out', input, { recursive: true, filter: (path) => !/[\\/]vendor-[^\\/]*\.js$/.test(path) });
// Electronegativity's own runner, called directly: its CLI writes the CSV report with two
// concurrent writes (header and rows) that race, so a run could lose its findings and pass.
const runScan = require('@doyensec/electronegativity/dist/runner.js');
const { issues, errors } = await runScan(
  {
    input: resolve(input),
    isSarif: false,
    customScan: [],
    excludeFromScan: [],
    isRelative: false,
    isVerbose: false,
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  },
  false,
);
// A file the scanner could not parse is a file it did not check: that must not pass quietly.
const unparsed = errors.filter((e) => !e.tolerable);
if (unparsed.length > 0) {
  console.error(
    `security: Electronegativity could not read the built app:\n${unparsed.map((e) => `${e.file}: ${e.message}`).join('\n')}`,
  );
  process.exit(1);
}

const blocking = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);
const findings = issues.map((issue) => ({
  ruleId: issue.id,
  severity: issue.severity.name,
  file: issue.file,
  location: `${issue.location.line}:${issue.location.column}`,
  sample: issue.sample,
  description: issue.description,
}));
for (const f of findings.filter((f) => !blocking.has(f.severity))) {
  console.log(`security: note (${f.severity}) ${f.ruleId} at ${where(f)}: ${f.description}`);
}
const serious = findings.filter((f) => blocking.has(f.severity));
const { accepted } = JSON.parse(readFileSync('security-exceptions.json', 'utf8'));
const byCheck = new Map();
for (const f of serious) byCheck.set(f.ruleId, [...(byCheck.get(f.ruleId) ?? []), f]);
const problems = [];
for (const [check, list] of byCheck) {
  const exception = accepted.find((a) => a.check === check);
  if (!exception) {
    for (const f of list)
      problems.push(`${check} (${f.severity}) at ${where(f)}: ${f.description} [${f.sample}]`);
  } else if (list.length > exception.count) {
    problems.push(
      `${check}: ${list.length} places, but only ${exception.count} accepted (${list.map(where).join(', ')})`,
    );
  }
}
for (const a of accepted) {
  if (!byCheck.has(a.check))
    console.warn(`security: accepted exception ${a.check} no longer occurs; remove it.`);
}
if (problems.length > 0) {
  console.error(
    `security: ${problems.length} finding(s) of medium severity or above:\n- ${problems.join('\n- ')}`,
  );
  process.exit(1);
}
console.log(
  `security: ${serious.length} finding(s) of medium severity or above, all accepted in security-exceptions.json.`,
);

function where(finding) {
  return `${finding.file}:${finding.location}`;
}
