// The client side of the VS Code extension, without VS Code: starts the built
// `oxt lsp` through vscode-languageserver-protocol (the library under
// vscode-languageclient) and does what a user of the extension does on
// editors/test/EditorTest.oxt: open → diagnostics → completion at a type →
// quick fix (its edit applied) → the command oxt.generateSources (files appear).
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
  connection.onRequest('window/workDoneProgress/create', () => null);
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
  check(commands.includes('oxt.generateSources'), `the server lists oxt.generateSources (${commands})`);
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
