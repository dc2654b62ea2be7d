#!/usr/bin/env node
// Lints every BPMN model in processes/ with bpmnlint (.bpmnlintrc) and every DMN model in decisions/ with
// dmnlint (.dmnlintrc), including subfolders, since everything under them is deployed, and validates the element
// templates in .camunda/element-templates/ against Camunda 7's template schema. A missing or empty
// folder is fine (nothing to lint). Exits non-zero when a model has a lint error or cannot be parsed.
//
// Usage: node .ci/lint-models.js [modelRoot]
//   modelRoot  the folder that holds processes/ and decisions/ (default: the repository root). The linters,
//              their configuration and plugins always come from the repository, whatever modelRoot is.
'use strict';

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const repoRoot = path.resolve(__dirname, '..');
const modelRoot = path.resolve(process.argv[2] || repoRoot);

const linters = [
  { folder: 'processes', extension: '.bpmn', tool: 'bpmnlint', config: '.bpmnlintrc' },
  { folder: 'decisions', extension: '.dmn', tool: 'dmnlint', config: '.dmnlintrc' }
];

function modelFiles(folder, extension) {
  if (!fs.existsSync(folder)) {
    return [];
  }
  return fs.readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter(entry => entry.isFile() && entry.name.toLowerCase().endsWith(extension))
    .map(entry => path.join(entry.parentPath || entry.path, entry.name))
    .sort();
}

function binOf(tool) {
  const manifestPath = require.resolve(`${tool}/package.json`, { paths: [ repoRoot ] });
  const bin = require(manifestPath).bin;
  return path.join(path.dirname(manifestPath), typeof bin === 'string' ? bin : bin[tool]);
}

let failed = false;

for (const { folder, extension, tool, config } of linters) {
  const dir = path.join(modelRoot, folder);
  const files = modelFiles(dir, extension);
  const relative = path.relative(process.cwd(), dir);
  const shown = relative && !relative.startsWith('..') ? relative : dir;

  if (files.length === 0) {
    console.log(`${tool}: no *${extension} files in ${shown}/, nothing to lint`);
    continue;
  }

  console.log(`${tool}: ${files.length} file(s) in ${shown}/`);
  files.forEach(file => console.log(`  ${path.relative(modelRoot, file)}`));

  // The linters resolve "extends" and plugins from their working directory, so they run in the repository.
  const result = spawnSync(
    process.execPath,
    [ binOf(tool), '--config', path.join(repoRoot, config), ...files ],
    { cwd: repoRoot, stdio: 'inherit' }
  );

  if (result.error) {
    console.error(`${tool}: could not run: ${result.error.message}`);
    failed = true;
  } else if (result.status !== 0) {
    console.error(`${tool}: FAILED (exit ${result.status === null ? result.signal : result.status})`);
    failed = true;
  } else {
    console.log(`${tool}: ok`);
  }
}

// Element templates (Modeler's template picker): every file under .camunda/element-templates/ must validate against
// Camunda 7's element template schema (@bpmn-io/element-templates-validator, the validator Modeler uses).
const templateDir = path.join(modelRoot, '.camunda', 'element-templates');
if (fs.existsSync(templateDir)) {
  const { validateAll } = require(require.resolve('@bpmn-io/element-templates-validator', { paths: [ repoRoot ] }));
  for (const file of fs.readdirSync(templateDir).filter(name => name.endsWith('.json')).sort()) {
    let templates;
    try {
      templates = JSON.parse(fs.readFileSync(path.join(templateDir, file), 'utf8'));
    } catch (e) {
      console.error(`element-templates: ${file}: not JSON: ${e.message}`);
      failed = true;
      continue;
    }
    const result = validateAll(Array.isArray(templates) ? templates : [ templates ]);
    if (!result.valid) {
      result.results.filter(r => !r.valid).forEach(r =>
        r.errors.forEach(e => console.error(`element-templates: ${file}: ${r.object && r.object.id}: ${e.message}`)));
      failed = true;
    } else {
      console.log(`element-templates: ${file}: ${result.results.length} template(s) ok`);
    }
  }
}

process.exit(failed ? 1 : 0);
