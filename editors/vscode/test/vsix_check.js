// Checks what the packaged .vsix installs, from the files inside the zip: the
// language, its grammar and configuration, the commands and the settings.
//
//   node test/vsix_check.js build/oxt.vsix
'use strict';

const { execFileSync } = require('node:child_process');

const vsix = process.argv[2];
let passed = 0;
let failed = 0;
function check(condition, what) {
  if (condition) passed++; else failed++;
  console.log(`${condition ? 'ok' : 'FAILED'}: ${what}`);
}
const read = (member) => execFileSync('unzip', ['-p', vsix, member], { encoding: 'utf8' });
const listing = execFileSync('unzip', ['-Z1', vsix], { encoding: 'utf8' }).split('\n');

const manifest = JSON.parse(read('extension/package.json'));
const contributes = manifest.contributes ?? {};
const language = (contributes.languages ?? []).find((l) => l.id === 'oxt');
check(language?.extensions?.includes('.oxt'), 'language oxt for *.oxt');
const grammar = (contributes.grammars ?? []).find((g) => g.language === 'oxt');
check(grammar?.scopeName === 'source.oxt', 'a grammar with scope source.oxt');

for (const [what, relative] of [['grammar', grammar?.path], ['language configuration', language?.configuration]]) {
  const member = `extension/${String(relative).replace(/^\.\//, '')}`;
  check(listing.includes(member), `the ${what} ${member} is in the package`);
  if (listing.includes(member)) {
    const json = JSON.parse(read(member));
    if (what === 'grammar') check(json.scopeName === 'source.oxt' && Object.keys(json.repository ?? {}).length > 3, 'the grammar is the OXT one');
    else check(json.comments?.lineComment === '//' && (json.onEnterRules ?? []).some((r) => String(r.action?.appendText).startsWith('///')),
      'the configuration has // comments and continues /// on Enter');
  }
}

const titles = new Map((contributes.commands ?? []).map((c) => [c.command, `${c.category}: ${c.title}`]));
for (const [command, title] of [
  ['oxt.publish', 'OXT: Publish Extension'],
  ['oxt.generateSources', 'OXT: Generate C# Sources'],
  ['oxt.restartServer', 'OXT: Restart Language Server'],
  ['oxt.showOutput', 'OXT: Show Output'],
]) {
  check(titles.get(command) === title, `command ${command} is "${title}" (got "${titles.get(command)}")`);
}
// Every contributed command is registered by the packaged code (else the palette
// entry fails with "command not found").
const main = `extension/${manifest.main.replace(/^\.\//, '')}`;
const code = listing.includes(main) ? read(main) : '';
for (const command of titles.keys()) {
  check(code.includes(`registerCommand('${command}'`), `${main} registers ${command}`);
}
const settings = Object.keys(contributes.configuration?.properties ?? {});
for (const setting of ['oxt.server.path', 'oxt.server.extraArgs', 'oxt.trace.server', 'oxt.publish.target']) {
  check(settings.includes(setting), `setting ${setting}`);
}
check((contributes.semanticTokenScopes ?? []).some((s) => s.language === 'oxt' && s.scopes?.type),
  'semantic token types map to TextMate scopes');
check(listing.includes(`extension/${manifest.main.replace(/^\.\//, '')}.js`) || listing.includes(`extension/${manifest.main.replace(/^\.\//, '')}`),
  `the entry point ${manifest.main} is in the package`);
check(listing.includes('extension/node_modules/vscode-languageclient/package.json'), 'vscode-languageclient is in the package');

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
