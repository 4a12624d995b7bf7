// Starts `oxt lsp` as VS Code does (the vscode-languageserver-protocol client over
// stdio) and checks what an editor shows for the files of examples/: diagnostics
// pushed after open and change, pulled on request, and a clean shutdown.
//
//   node tests/e2e/lsp_client_test.js path/to/oxt
// Prints the edit→diagnostics latency, and ends with "N passed, N failed".
'use strict';

const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const rpc = require('vscode-languageserver-protocol/node');

const oxt = process.argv[2];
const repo = path.resolve(__dirname, '..', '..');
const examples = path.join(repo, 'examples');
let passed = 0;
let failed = 0;

function check(condition, what) {
  if (condition) {
    passed++;
  } else {
    failed++;
    console.log(`FAILED: ${what}`);
  }
}

function exampleFiles() {
  const found = [];
  for (const entry of fs.readdirSync(examples, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.oxt')) {
      found.push(path.join(entry.parentPath ?? entry.path, entry.name));
    }
  }
  return found.sort();
}

async function main() {
  const server = spawn(oxt, ['lsp', '--log-level', 'warn'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => server.on('exit', (code) => resolve(code)));
  const connection = rpc.createProtocolConnection(
    new rpc.StreamMessageReader(server.stdout),
    new rpc.StreamMessageWriter(server.stdin));
  const published = new Map(); // uri -> [{version, diagnostics, at}]
  const waiters = [];
  connection.onNotification(rpc.PublishDiagnosticsNotification.type, (params) => {
    const list = published.get(params.uri) ?? [];
    list.push({ ...params, at: process.hrtime.bigint() });
    published.set(params.uri, list);
    for (const waiter of waiters.splice(0)) waiter();
  });
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('workspace/configuration', () => [{ diagnostics: { delay: 20 } }]);
  connection.listen();

  async function diagnosticsFor(uri, version) {
    const deadline = Date.now() + 30000;
    for (;;) {
      const hit = (published.get(uri) ?? []).find((p) => p.version === version);
      if (hit) return hit;
      if (Date.now() > deadline) return undefined;
      await new Promise((resolve) => { waiters.push(resolve); setTimeout(resolve, 1000); });
    }
  }

  const init = await connection.sendRequest(rpc.InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: [{ uri: pathToFileURL(examples).href, name: 'examples' }],
    capabilities: {
      general: { positionEncodings: ['utf-16'] },
      window: { workDoneProgress: true },
      workspace: { configuration: true, workspaceFolders: true },
      textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true,
                                            codeDescriptionSupport: true } },
    },
    clientInfo: { name: 'oxt e2e' },
  });
  check(init.capabilities.positionEncoding === 'utf-16', 'positionEncoding is utf-16');
  check(init.capabilities.textDocumentSync.change === rpc.TextDocumentSyncKind.Incremental,
    'incremental sync is advertised');
  check(init.capabilities.diagnosticProvider !== undefined, 'pull diagnostics are advertised');
  await connection.sendNotification(rpc.InitializedNotification.type, {});

  // Every example opens without errors (they are valid extensions).
  const files = exampleFiles();
  check(files.length >= 3, `examples/ holds .oxt files (${files.length})`);
  for (const file of files) {
    const uri = pathToFileURL(file).href;
    await connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'oxt', version: 1, text: fs.readFileSync(file, 'utf8') },
    });
    const result = await diagnosticsFor(uri, 1);
    check(result !== undefined, `diagnostics published for ${path.relative(repo, file)}`);
    const errors = (result?.diagnostics ?? []).filter((d) => d.severity === 1);
    check(errors.length === 0, `${path.relative(repo, file)} has no errors: ${JSON.stringify(errors)}`);
  }

  // Break MortgageLib by typing after a parameter's type, then fix it, 20 times:
  // each change is answered with the diagnostics of its own version.
  const file = files.find((f) => f.endsWith('MortgageLib.oxt'));
  const uri = pathToFileURL(file).href;
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes('input Principal: Currency'));
  const column = lines[line].length;
  const latencies = [];
  let version = 1;
  for (let i = 0; i < 20; i++) {
    const broken = i % 2 === 0;
    version++;
    const sent = process.hrtime.bigint();
    await connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{
        range: { start: { line, character: column }, end: { line, character: broken ? column : column + 2 } },
        text: broken ? ' )' : '',
      }],
    });
    const result = await diagnosticsFor(uri, version);
    check(result !== undefined, `diagnostics for version ${version}`);
    if (!result) break;
    latencies.push(Number(result.at - sent) / 1e6);
    const syntax = result.diagnostics.filter((d) => d.code === 'OXT0001');
    if (broken) {
      check(syntax.length >= 1 && syntax[0].range.start.line === line,
        `a syntax error on line ${line + 1} in version ${version}`);
      check(syntax[0]?.codeDescription?.href?.endsWith('#oxt0001'), 'the code links to its documentation');
    } else {
      check(syntax.length === 0, `no syntax error in version ${version}`);
    }
  }

  // Pulled diagnostics agree with the pushed ones.
  const pulled = await connection.sendRequest(rpc.DocumentDiagnosticRequest.type, { textDocument: { uri } });
  check(pulled.kind === 'full' && Array.isArray(pulled.items), 'a pulled report is full');

  latencies.sort((a, b) => a - b);
  if (latencies.length > 0) {
    const p50 = latencies[Math.floor(latencies.length / 2)];
    const max = latencies[latencies.length - 1];
    console.log(`didChange -> publishDiagnostics on MortgageLib.oxt (debounce 20 ms): p50 ${p50.toFixed(1)} ms, max ${max.toFixed(1)} ms`);
  }

  await connection.sendRequest(rpc.ShutdownRequest.type);
  await connection.sendNotification(rpc.ExitNotification.type);
  const code = await exited;
  check(code === 0, `exit code 0 after shutdown and exit (got ${code})`);
  connection.dispose();
}

main()
  .catch((error) => { failed++; console.log(`FAILED: ${error.stack ?? error}`); })
  .finally(() => {
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(failed === 0 ? 0 : 1);
  });
