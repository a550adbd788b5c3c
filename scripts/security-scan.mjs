// Scans the built app (out/) with Electronegativity and fails on any finding of
// medium severity or above that security-exceptions.json does not accept with a reason.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
if (!existsSync('out/main/main.js')) {
  console.error('security: build the app first (npm run build).');
  process.exit(1);
}
mkdirSync('.security', { recursive: true });
// CSV, not SARIF: only the CSV carries each finding's severity.
const report = '.security/electronegativity.csv';
const run = spawnSync(
  process.execPath,
  [
    require.resolve('@doyensec/electronegativity/dist/index.js'),
    '-i',
    'out',
    '-e',
    electronVersion,
    '-v',
    'false',
    '-o',
    report,
  ],
  { encoding: 'utf8' },
);
if (run.status !== 0 || !existsSync(report)) {
  console.error(run.stdout, run.stderr);
  console.error('security: Electronegativity did not run.');
  process.exit(1);
}

const blocking = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);
const [, ...rows] = parseCsv(readFileSync(report, 'utf8'));
const findings = rows
  .filter((r) => r.length >= 7)
  .map(([ruleId, severity, , file, location, sample, description]) => ({
    ruleId,
    severity,
    file,
    location,
    sample,
    description,
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

/** RFC 4180 rows: quoted fields may hold commas, quotes ("") and newlines. */
function parseCsv(text) {
  const rows = [[]];
  let field = '';
  let quoted = false;
  const endField = () => {
    rows.at(-1).push(field.trim());
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      endField();
    } else if (!quoted && c === '\n') {
      endField();
      rows.push([]);
    } else if (quoted || c !== '\r') {
      field += c;
    }
  }
  rows.at(-1).push(field.trim());
  return rows;
}
