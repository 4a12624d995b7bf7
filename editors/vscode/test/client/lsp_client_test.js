// The client side of the VS Code extension, without VS Code: starts the built
// `oxt lsp` through vscode-languageserver-protocol (the library under
// vscode-languageclient) and does what a user of the extension does on
// editors/test/EditorTest.oxt: open → diagnostics → completion at a type →
// quick fix (its edit applied) → the command oxt.generateSources (files appear) →
// the command oxt.publish to the `dir` target of an oxt.json in the temp workspace
// (compiled with mcs against the stand-in runtime): published, with work done
// progress; then the same version again, refused.
//
//   node test/client/lsp_client_test.js path/to/oxt
// Ends with "N passed, N failed"; exit code 1 when a check failed.
'use strict';

const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const rpc = require('vscode-languageserver-protocol/node');

const oxt = path.resolve(process.argv[2] ?? '');
const fixture = path.resolve(__dirname, '..', '..', '..', 'test', 'EditorTest.oxt');
// The stand-in of the OutSystems runtime the publish tests compile against.
const standIn = path.resolve(__dirname, '..', '..', '..', '..', 'tests', 'codegen', 'runtime_stand_in');
let passed = 0;
let failed = 0;

function check(condition, what) {
  if (condition) {
    passed++;
    console.log(`ok: ${what}`);
  } else {
    failed++;
    console.log(`FAILED: ${what}`);
  }
}

/// Applies LSP text edits (UTF-16 positions, as negotiated) to a text.
function applyEdits(text, edits) {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offset = (p) => lineStarts[p.line] + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  for (const edit of sorted) {
    text = text.slice(0, offset(edit.range.start)) + edit.newText + text.slice(offset(edit.range.end));
  }
  return text;
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oxt-vscode-'));
  const file = path.join(dir, 'EditorTest.oxt');
  fs.copyFileSync(fixture, file);
  const uri = pathToFileURL(file).href;
  // The workspace's publish configuration: one dir target, mcs as the compiler.
  const standInSources = fs.readdirSync(standIn).filter((f) => f.endsWith('.cs')).map((f) => path.join(standIn, f));
  fs.writeFileSync(path.join(dir, 'oxt.json'), JSON.stringify({
    targets: { platform: { type: 'dir', path: 'platform' } },
    compile: { command: ['mcs', '-nologo', '-target:library', '-out:{out}', '-r:System.Data.dll',
                         '-r:System.Xml.dll', '{sources}', ...standInSources] },
  }, null, 2));
  let text = fs.readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const typeLine = lines.findIndex((l) => l.includes('input Where: Adress'));
  const typeColumn = lines[typeLine].indexOf('Adress');

  const server = spawn(oxt, ['lsp', '--log-level', 'warn'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => server.on('exit', (code) => resolve(code)));
  const connection = rpc.createProtocolConnection(
    new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin));
  const published = [];
  const waiters = [];
  connection.onNotification(rpc.PublishDiagnosticsNotification.type, (params) => {
    if (params.uri === uri) published.push(params);
    for (const waiter of waiters.splice(0)) waiter();
  });
  const messages = [];
  connection.onNotification(rpc.ShowMessageNotification.type, (params) => messages.push(params.message));
  // Work done progress as vscode-languageclient takes it: a handler for the token
  // of each window/workDoneProgress/create (vscode-jsonrpc routes $/progress by token).
  const progressTokens = [];
  const progress = [];
  connection.onRequest(rpc.WorkDoneProgressCreateRequest.type, ({ token }) => {
    progressTokens.push(token);
    connection.onProgress(rpc.WorkDoneProgress.type, token, (value) => progress.push({ token, value }));
    return null;
  });
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => null));
  connection.listen();

  async function diagnosticsOf(version) {
    const deadline = Date.now() + 20000;
    for (;;) {
      const hit = published.find((p) => p.version === version);
      if (hit || Date.now() > deadline) return hit;
      await new Promise((resolve) => { waiters.push(resolve); setTimeout(resolve, 500); });
    }
  }

  const init = await connection.sendRequest(rpc.InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'test' }],
    capabilities: {
      general: { positionEncodings: ['utf-16'] },
      window: { workDoneProgress: true, showMessage: {} },
      workspace: { applyEdit: true, configuration: true, workspaceEdit: { documentChanges: true },
                   executeCommand: {} },
      textDocument: {
        publishDiagnostics: { versionSupport: true },
        completion: { completionItem: { snippetSupport: true } },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } } },
      },
    },
    clientInfo: { name: 'oxt vscode client test' },
  });
  const commands = init.capabilities.executeCommandProvider?.commands ?? [];
  check(commands.includes('oxt.generateSources') && commands.includes('oxt.publish'),
    `the server lists oxt.generateSources and oxt.publish (${commands})`);
  await connection.sendNotification(rpc.InitializedNotification.type, {});

  // Open: the misspelt type is reported, with its code, on its line.
  await connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'oxt', version: 1, text },
  });
  const opened = await diagnosticsOf(1);
  const unknownType = opened?.diagnostics.find((d) => d.code === 'OXT0007');
  check(unknownType !== undefined && unknownType.range.start.line === typeLine &&
    unknownType.range.start.character === typeColumn,
    `OXT0007 (unknown type) on 'Adress' at ${typeLine + 1}:${typeColumn + 1}: ${JSON.stringify(opened?.diagnostics)}`);

  // Completion at the type offers the file's structures.
  const completion = await connection.sendRequest(rpc.CompletionRequest.type, {
    textDocument: { uri }, position: { line: typeLine, character: typeColumn },
  });
  const labels = (Array.isArray(completion) ? completion : completion?.items ?? []).map((i) => i.label);
  check(labels.includes('Address') && labels.includes('Customer') && labels.includes('Text'),
    `completion at the type offers Address, Customer and Text: ${labels.slice(0, 20).join(', ')}`);

  // The quick fix of OXT0007 carries its edit: apply it as the client would.
  const actions = await connection.sendRequest(rpc.CodeActionRequest.type, {
    textDocument: { uri },
    range: unknownType?.range ?? { start: { line: typeLine, character: 0 }, end: { line: typeLine, character: 0 } },
    context: { diagnostics: unknownType ? [unknownType] : [], only: ['quickfix'] },
  });
  const fix = (actions ?? []).find((a) => a.kind === 'quickfix' && a.title === "Change to 'Address'");
  check(fix?.edit?.changes?.[uri] !== undefined,
    `a quick fix "Change to 'Address'" with an edit: ${JSON.stringify((actions ?? []).map((a) => a.title))}`);
  if (fix?.edit?.changes?.[uri]) {
    text = applyEdits(text, fix.edit.changes[uri]);
    fs.writeFileSync(file, text);
    await connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 }, contentChanges: [{ text }],
    });
    const fixed = await diagnosticsOf(2);
    const errors = (fixed?.diagnostics ?? []).filter((d) => d.severity === rpc.DiagnosticSeverity.Error);
    check(text.includes('input Where: Address') && fixed !== undefined && errors.length === 0,
      `after the fix the file has no errors: ${JSON.stringify(errors)}`);
  }

  // The command behind "OXT: Generate C# Sources" writes the sources.
  const generated = path.join(dir, 'EditorTest', 'Source', 'NET');
  const result = await connection.sendRequest(rpc.ExecuteCommandRequest.type, {
    command: 'oxt.generateSources', arguments: [uri],
  }).catch((error) => ({ error: error.message }));
  check(fs.existsSync(path.join(generated, 'Structures.cs')) && fs.existsSync(path.join(generated, 'Interface.cs')),
    `oxt.generateSources wrote EditorTest/Source/NET/{Structures,Interface}.cs (${JSON.stringify(result)})`);
  const structures = fs.existsSync(path.join(generated, 'Structures.cs'))
    ? fs.readFileSync(path.join(generated, 'Structures.cs'), 'utf8') : '';
  check(structures.includes('STAddressStructure') && structures.includes('STCustomerStructure'),
    'Structures.cs declares STAddressStructure and STCustomerStructure');

  // The command behind "OXT: Publish Extension" (no target: the default, the
  // only one): the version lands in the dir target, with progress from begin to end.
  const version = path.join(dir, 'platform', 'EditorTest', '1.0.0');
  const publish = (...extra) => connection.sendRequest(rpc.ExecuteCommandRequest.type, {
    command: 'oxt.publish', arguments: [uri, ...extra],
  }).catch((error) => ({ error: error.message }));
  const first = await publish();
  check(first?.published === true && first.summary === `EditorTest 1.0.0 published to 'platform' (${version})`,
    `oxt.publish answers published, with where the version went: ${JSON.stringify(first)}`);
  check(typeof first?.package === 'string' && first.package.endsWith('EditorTest-1.0.0.oxtpkg') &&
    fs.existsSync(first.package), `the package exists: ${first?.package}`);
  check(first?.folder === version && ['EditorTest-1.0.0.oxtpkg', 'EditorTest-1.0.0.oxtpkg.sha256', 'manifest.json']
    .every((f) => fs.existsSync(path.join(version, f))),
    `platform/EditorTest/1.0.0/ holds the package, its .sha256 and manifest.json: ${
      fs.existsSync(version) ? fs.readdirSync(version) : 'missing'}`);
  // The publish's progress (the server may have others, e.g. indexing the workspace).
  const publishTokens = () => progress
    .filter((p) => p.value.kind === 'begin' && p.value.title === 'Publishing EditorTest.oxt').map((p) => p.token);
  const token = publishTokens()[0];
  const kinds = progress.filter((p) => p.token === token).map((p) => p.value.kind);
  const end = progress.find((p) => p.token === token && p.value.kind === 'end');
  check(progressTokens.includes(token) && kinds[0] === 'begin' && kinds.at(-1) === 'end' &&
    kinds.includes('report') && end.value.message === first?.summary,
    `$/progress "Publishing EditorTest.oxt" on a token of window/workDoneProgress/create (${token}): ${
      kinds.join(' ')}`);
  check(messages.includes(first?.summary), `window/showMessage says where the version went: ${JSON.stringify(messages)}`);

  // The same version again, to the target by name: refused, the target unchanged.
  const indexFile = path.join(dir, 'platform', 'index.json');
  const readIndex = () => (fs.existsSync(indexFile) ? fs.readFileSync(indexFile, 'utf8') : undefined);
  const index = readIndex();
  const again = await publish('platform');
  check(again?.published === false && again.summary === `Publish failed at Verify: EditorTest 1.0.0 is already ` +
    `published to 'platform' (${version}): raise @version, or publish with --force to replace it`,
    `the same version again is refused: ${JSON.stringify(again)}`);
  check(publishTokens().length === 2 && messages.at(-1) === again?.summary &&
    index !== undefined && readIndex() === index,
    'the refusal has its own progress and message, and index.json is unchanged');

  await connection.sendRequest(rpc.ShutdownRequest.type);
  await connection.sendNotification(rpc.ExitNotification.type);
  check((await exited) === 0, 'the server exits with code 0 after shutdown and exit');
  connection.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
}

main().then(() => {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}, (error) => {
  console.error(error);
  process.exit(1);
});
