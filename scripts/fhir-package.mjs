// Writes the questionnaire as FHIR R4 (dist/fhir/questionnaire.json and the code systems of its
// answers, dist/fhir/code-systems.json), generated from the page declarations, the flow table and
// the catalogs the app itself uses (src/fhir/), never written by hand. Loaded through Vite's
// module runner, as the app's TypeScript and JSON catalogs are. docs/fhir.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '..');
const target = resolve(root, process.argv[2] ?? 'dist/fhir');

const { module } = await runnerImport(resolve(root, 'scripts/fhir/fhir-package.ts'), {
  root,
  configFile: false,
  logLevel: 'error',
});
mkdirSync(target, { recursive: true });
for (const [name, resource] of Object.entries(module.fhirPackage())) {
  const text = `${JSON.stringify(resource, null, 2)}\n`;
  writeFileSync(resolve(target, name), text);
  console.log(`wrote ${name} (${(text.length / 1024).toFixed(1)} KiB)`);
}
