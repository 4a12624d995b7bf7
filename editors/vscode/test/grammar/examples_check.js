// The TextMate grammar on the repository's examples (real files, which cannot hold
// vscode-tmgrammar-test's assertions): every declaration's name, parameter and
// attribute gets its scope, every type after ':' is a type, and no line leaves
// the tokenizer inside a string or annotation (a runaway begin/end rule).
//
//   node test/grammar/examples_check.js
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const here = path.resolve(__dirname, '..', '..');
const examples = path.resolve(here, '..', '..', 'examples');
let passed = 0;
let failed = 0;
const failures = [];
function check(condition, what) {
  if (condition) passed++; else { failed++; failures.push(what); }
}

async function main() {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
  await oniguruma.loadWASM(wasm);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async () => vsctm.parseRawGrammar(
      fs.readFileSync(path.join(here, 'syntaxes', 'oxt.tmLanguage.json'), 'utf8'), 'oxt.tmLanguage.json'),
  });
  const grammar = await registry.loadGrammar('source.oxt');
  const files = fs.readdirSync(examples, { recursive: true })
    .filter((f) => f.endsWith('.oxt')).map((f) => path.join(examples, f)).sort();
  check(files.length >= 3, `examples/ holds .oxt files (${files.length})`);
  const expectations = [
    [/^\s*(?:extension)\s+(\w+)/, 'entity.name.namespace.oxt'],
    [/^\s*(?:action)\s+(\w+)/, 'entity.name.function.oxt'],
    [/^\s*(?:structure|entity)\s+(\w+)/, 'entity.name.type.oxt'],
    [/^\s*(?:input|output)\s+(\w+)/, 'variable.parameter.oxt'],
    [/^\s*(?!input\b|output\b)(\w+)\??\s*:/, 'variable.other.property.oxt'],
    [/:\s*(\w+)/, /^(support\.type\.builtin|entity\.name\.type)/],
  ];
  for (const file of files) {
    const name = path.relative(examples, file);
    let stack = vsctm.INITIAL;
    fs.readFileSync(file, 'utf8').split(/\r?\n/).forEach((line, index) => {
      const { tokens, ruleStack } = grammar.tokenizeLine(line, stack);
      stack = ruleStack;
      const scopesAt = (column) => tokens.find((t) => t.startIndex <= column && column < t.endIndex)?.scopes ?? [];
      if (line.trim().startsWith('//')) return;
      for (const [pattern, scope] of expectations) {
        const match = pattern.exec(line);
        if (!match) continue;
        const scopes = scopesAt(match.index + match[0].lastIndexOf(match[1]));
        const ok = scopes.some((s) => (typeof scope === 'string' ? s === scope : scope.test(s)));
        check(ok, `${name}:${index + 1} '${match[1]}' is ${scope} (got ${scopes.join(' ')})`);
      }
      const inside = scopesAt(Math.max(0, line.length - 1));
      check(line.length === 0 || !inside.some((s) => s.startsWith('string.')) || /"\s*(\)|$)/.test(line),
        `${name}:${index + 1} does not end inside a string`);
    });
    check(stack.depth === vsctm.INITIAL.depth || stack.depth === 1, `${name} ends at the top level (depth ${stack.depth})`);
  }
  for (const failure of failures.slice(0, 20)) console.log(`FAILED: ${failure}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((error) => { console.error(error); process.exit(1); });
