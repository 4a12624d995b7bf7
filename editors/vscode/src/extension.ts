// The OXT extension for VS Code: starts `oxt lsp` with vscode-languageclient and
// adds the palette commands that run the server's commands (oxt.generateSources,
// oxt.publish) on the active .oxt file.
import * as vscode from 'vscode';
import {
  DynamicFeature,
  ExecuteCommandRequest,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';

/// The client without its built-in workspace/executeCommand feature: that feature
/// registers a VS Code command for each command the server lists
/// (oxt.generateSources, oxt.publish), which would clash with ours. Ours send the
/// same request, and code actions carrying those commands run ours.
class OxtLanguageClient extends LanguageClient {
  override registerFeature(feature: Parameters<LanguageClient['registerFeature']>[0]): void {
    const dynamic = feature as Partial<DynamicFeature<unknown>>;
    if (dynamic.registrationType?.method === ExecuteCommandRequest.method) return;
    super.registerFeature(feature);
  }
}

let client: LanguageClient | undefined;
let output: vscode.OutputChannel;

function serverOptions(): ServerOptions {
  const config = vscode.workspace.getConfiguration('oxt');
  const command = config.get<string>('server.path') || 'oxt';
  const args = ['lsp', ...config.get<string[]>('server.extraArgs', [])];
  return { command, args, transport: TransportKind.stdio };
}

function clientOptions(): LanguageClientOptions {
  return {
    documentSelector: [{ scheme: 'file', language: 'oxt' }],
    outputChannel: output,
    // `oxt.trace.server` is read by the client itself (the section `oxt`).
    synchronize: { configurationSection: 'oxt' },
  };
}

async function startClient(): Promise<void> {
  client = new OxtLanguageClient('oxt', 'OXT Language Server', serverOptions(), clientOptions());
  await client.start();
}

async function stopClient(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) await running.stop();
}

/// The .oxt file the command applies to: the one a code action names (its first
/// argument, a URI string), else the active editor's.
function targetUri(argument: unknown): vscode.Uri | undefined {
  if (typeof argument === 'string' && argument.length > 0) return vscode.Uri.parse(argument);
  const document = vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== 'oxt') {
    void vscode.window.showWarningMessage('OXT: open an .oxt file first.');
    return undefined;
  }
  return document.uri;
}

/// Runs a server command on the active file; the server saves nothing, so save first
/// to make what the user sees and what the command reads (disk or buffer) agree.
async function runServerCommand(command: string, argument: unknown, extra: unknown[] = []): Promise<unknown> {
  const uri = targetUri(argument);
  if (!uri || !client) return undefined;
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (document?.isDirty) await document.save();
  return client.sendRequest(ExecuteCommandRequest.type, {
    command,
    arguments: [client.code2ProtocolConverter.asUri(uri), ...extra],
  });
}

function summaryOf(result: unknown): string | undefined {
  if (result && typeof result === 'object' && 'summary' in result) {
    return String((result as { summary: unknown }).summary);
  }
  return undefined;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('OXT');
  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 10);
  context.subscriptions.push(output, status);

  context.subscriptions.push(
    vscode.commands.registerCommand('oxt.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('oxt.restartServer', async () => {
      await stopClient();
      await startClient();
      void vscode.window.showInformationMessage('OXT: language server restarted.');
    }),
    vscode.commands.registerCommand('oxt.generateSources', async (argument?: unknown) => {
      try {
        const result = await runServerCommand('oxt.generateSources', argument);
        const summary = summaryOf(result);
        if (summary) output.appendLine(`oxt.generateSources: ${summary}`);
      } catch (error) {
        void vscode.window.showErrorMessage(`OXT: generating the C# sources failed: ${String(error)}`);
      }
    }),
    vscode.commands.registerCommand('oxt.publish', async (argument?: unknown, targetArgument?: unknown) => {
      const target = typeof targetArgument === 'string' ? targetArgument
        : vscode.workspace.getConfiguration('oxt').get<string>('publish.target', '');
      status.text = '$(sync~spin) OXT: publishing…';
      status.tooltip = target ? `Publishing to ${target}` : 'Publishing to the default target';
      status.command = 'oxt.showOutput';
      status.show();
      try {
        const result = await runServerCommand('oxt.publish', argument, target ? [target] : []);
        const summary = summaryOf(result) ?? 'published';
        output.appendLine(`oxt.publish: ${summary}`);
        // published: false when a stage failed; the summary says which and why.
        if (result && typeof result === 'object' && (result as { published?: unknown }).published === false) {
          void vscode.window.showErrorMessage(`OXT: ${summary}`);
        } else {
          void vscode.window.showInformationMessage(`OXT: ${summary}`);
        }
      } catch (error) {
        void vscode.window.showErrorMessage(`OXT: publishing failed: ${String(error)}`);
      } finally {
        status.hide();
      }
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration('oxt.server')) {
        await vscode.commands.executeCommand('oxt.restartServer');
      }
    }),
  );

  await startClient();
}

export async function deactivate(): Promise<void> {
  await stopClient();
}
