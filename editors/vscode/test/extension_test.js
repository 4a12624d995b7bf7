// The extension's own code (out/extension.js) with `vscode` and
// `vscode-languageclient/node` replaced by recording fakes (VS Code itself is not
// available to the tests): what activate() registers, what the palette commands
// send to the server, the status bar while publishing, and that the client's
// built-in executeCommand feature (which would register clashing commands) is left out.
//
//   node test/extension_test.js
'use strict';

const Module = require('node:module');
const path = require('node:path');

let passed = 0;
let failed = 0;
function check(condition, what) {
  if (condition) passed++; else failed++;
  console.log(`${condition ? 'ok' : 'FAILED'}: ${what}`);
}

const commands = new Map();
const statusLog = [];
const sent = [];
const features = [];
let settings = { 'server.path': '/opt/oxt/bin/oxt', 'server.extraArgs': ['--log-level', 'debug'], 'publish.target': '' };
let started = 0;
let stopped = 0;
let clientArgs;

const uri = (s) => ({ scheme: 'file', toString: () => s, fsPath: s.replace('file://', '') });
const activeDocument = { uri: uri('file:///work/Ext.oxt'), languageId: 'oxt', isDirty: false, save: async () => true };
const vscode = {
  StatusBarAlignment: { Left: 1, Right: 2 },
  Uri: { parse: (s) => uri(s) },
  window: {
    activeTextEditor: { document: activeDocument },
    createOutputChannel: () => ({ appendLine() {}, show() {}, dispose() {} }),
    createStatusBarItem: () => ({
      text: '', show() { statusLog.push(`show ${this.text}`); }, hide() { statusLog.push('hide'); }, dispose() {},
    }),
    showInformationMessage: async (m) => { statusLog.push(`info ${m}`); },
    showWarningMessage: async () => undefined,
    showErrorMessage: async (m) => { statusLog.push(`error ${m}`); },
  },
  workspace: {
    textDocuments: [activeDocument],
    getConfiguration: () => ({ get: (key, fallback) => (key in settings ? settings[key] : fallback) }),
    onDidChangeConfiguration: () => ({ dispose() {} }),
  },
  commands: {
    registerCommand: (id, fn) => { commands.set(id, fn); return { dispose() {} }; },
    executeCommand: (id, ...args) => commands.get(id)(...args),
  },
};

let nextResult; // what the fake server answers next (default: a summary)
class FakeLanguageClient {
  constructor(id, name, serverOptions, clientOptions) {
    clientArgs = { id, name, serverOptions, clientOptions };
    this.code2ProtocolConverter = { asUri: (u) => u.toString() };
    // As vscode-languageclient does in its constructor (registerBuiltinFeatures).
    this.registerFeature({ registrationType: { method: 'workspace/executeCommand' } });
    this.registerFeature({ registrationType: { method: 'textDocument/completion' } });
  }
  registerFeature(feature) { features.push(feature.registrationType.method); }
  async start() { started++; }
  async stop() { stopped++; }
  async sendRequest(type, params) {
    sent.push({ method: type.method, params });
    return nextResult ?? { summary: `${params.command} done` };
  }
}
const fakeClientModule = {
  LanguageClient: FakeLanguageClient,
  TransportKind: { stdio: 0 },
  ExecuteCommandRequest: { method: 'workspace/executeCommand', type: { method: 'workspace/executeCommand' } },
};
fakeClientModule.ExecuteCommandRequest.type = fakeClientModule.ExecuteCommandRequest;

const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'vscode') return vscode;
  if (request === 'vscode-languageclient/node') return fakeClientModule;
  return load.call(this, request, parent, isMain);
};

async function main() {
  const extension = require(path.resolve(__dirname, '..', 'out', 'extension.js'));
  const context = { subscriptions: [] };
  await extension.activate(context);
  check(started === 1, 'activate starts the client');
  check(clientArgs.serverOptions.command === '/opt/oxt/bin/oxt'
    && JSON.stringify(clientArgs.serverOptions.args) === '["lsp","--log-level","debug"]',
    `the server is oxt.server.path + lsp + oxt.server.extraArgs (${JSON.stringify(clientArgs.serverOptions)})`);
  check(clientArgs.clientOptions.documentSelector[0].language === 'oxt', 'the client serves the language oxt');
  check(!features.includes('workspace/executeCommand') && features.includes('textDocument/completion'),
    `the built-in executeCommand feature is left out, the others kept (${features})`);
  for (const id of ['oxt.publish', 'oxt.generateSources', 'oxt.restartServer', 'oxt.showOutput']) {
    check(commands.has(id), `activate registers ${id}`);
  }

  // From the palette: the active file.
  await commands.get('oxt.generateSources')();
  check(JSON.stringify(sent.at(-1)) === JSON.stringify({ method: 'workspace/executeCommand',
    params: { command: 'oxt.generateSources', arguments: ['file:///work/Ext.oxt'] } }),
  `Generate C# Sources sends oxt.generateSources with the active file (${JSON.stringify(sent.at(-1))})`);
  // From a code action: the URI it carries.
  await commands.get('oxt.generateSources')('file:///elsewhere/Other.oxt');
  check(sent.at(-1).params.arguments[0] === 'file:///elsewhere/Other.oxt', 'a code action\'s URI argument is used');

  settings['publish.target'] = 'staging';
  await commands.get('oxt.publish')();
  check(JSON.stringify(sent.at(-1).params) === JSON.stringify({ command: 'oxt.publish', arguments: ['file:///work/Ext.oxt', 'staging'] }),
    `Publish Extension sends oxt.publish with the file and oxt.publish.target (${JSON.stringify(sent.at(-1).params)})`);
  check(statusLog.length >= 3 && statusLog.at(-3).startsWith('show ') && statusLog.at(-3).includes('publishing') &&
    statusLog.at(-2) === 'info OXT: oxt.publish done' && statusLog.at(-1) === 'hide',
    `the status bar item shows while publishing, the summary as information, then it hides (${statusLog})`);
  nextResult = { published: false, summary: 'Publish failed at Verify: Ext 1.0.0 is already published' };
  await commands.get('oxt.publish')();
  nextResult = undefined;
  check(statusLog.at(-2) === 'error OXT: Publish failed at Verify: Ext 1.0.0 is already published',
    `a publish that failed shows its summary as an error (${statusLog.slice(-3)})`);
  settings['publish.target'] = '';
  await commands.get('oxt.publish')();
  check(sent.at(-1).params.arguments.length === 1, 'without a target only the file is sent');

  await commands.get('oxt.restartServer')();
  check(stopped === 1 && started === 2, 'Restart Language Server stops and starts the client');
  await extension.deactivate();
  check(stopped === 2, 'deactivate stops the client');

  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((error) => { console.error(error); process.exit(1); });
