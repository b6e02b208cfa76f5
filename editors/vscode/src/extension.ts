// The nianbao extension: starts `nianbao lsp` over stdio for Markdown files and passes the
// user's settings to it. Every check, fix and colour comes from the server; the extension only
// wires VS Code to it (commands, a status-bar count, the settings).
import * as vscode from 'vscode';
import { execFile } from 'node:child_process';
import {
  DidChangeConfigurationNotification,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';

const SECTION = 'nianbao';
const SOURCE = 'nianbao';
const FIX_ALL = vscode.CodeActionKind.SourceFixAll.append('nianbao');

let client: LanguageClient | undefined;
let output: vscode.OutputChannel;

// The settings in the shape of `.nianbao.json` (rules, organ_kind, lang, reports, previous), leaving out
// what the user did not set so the server's own defaults and config files apply.
export function serverSettings(config: vscode.WorkspaceConfiguration): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  const rules = config.get<Record<string, unknown>>('rules', {});
  if (rules && Object.keys(rules).length > 0) {
    settings.rules = rules;
  }
  const organKind = config.get<string>('organKind', '');
  if (organKind) {
    settings.organ_kind = organKind;
  }
  const lang = config.get<string>('lang', '');
  if (lang) {
    settings.lang = lang;
  }
  const reports = config.get<string[]>('reports', []);
  if (reports && reports.length > 0) {
    settings.reports = reports;
  }
  const previous = config.get<string>('previous', '');
  if (previous) {
    settings.previous = previous;
  }
  return settings;
}

function serverCommand(): string {
  const configured = vscode.workspace.getConfiguration(SECTION).get<string>('path', '');
  return configured.trim() || 'nianbao';
}

function createClient(): LanguageClient {
  const command = serverCommand();
  const serverOptions: ServerOptions = {
    run: { command, args: ['lsp'], transport: TransportKind.stdio },
    debug: { command, args: ['lsp'], transport: TransportKind.stdio },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    initializationOptions: serverSettings(vscode.workspace.getConfiguration(SECTION)),
    outputChannel: output,
    // Settings changes are pushed by hand (below) in the server's key names, not as VS Code
    // holds them.
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.nianbao.json'),
    },
    middleware: {
      workspace: {
        // The server asks for the "nianbao" section; answer in the server's key names.
        configuration: (params, token, next) => {
          return params.items.map((item) => {
            if (item.section !== undefined && item.section !== SECTION) {
              return null;
            }
            const scope = item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined;
            return serverSettings(vscode.workspace.getConfiguration(SECTION, scope));
          });
        },
      },
    },
  };
  return new LanguageClient('nianbao', 'nianbao', serverOptions, clientOptions);
}

async function startClient(): Promise<void> {
  client = createClient();
  try {
    await client.start();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(
      `nianbao: cannot start "${serverCommand()} lsp" (${message}). ` +
        'Set nianbao.path or put nianbao on PATH. 无法启动 nianbao 语言服务器。',
    );
  }
}

async function restartServer(): Promise<void> {
  if (client) {
    const old = client;
    client = undefined;
    await old.stop().catch(() => undefined);
  }
  await startClient();
}

// Applies the server's source.fixAll.nianbao action to the active document.
async function fixAll(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    return;
  }
  const document = editor.document;
  const whole = new vscode.Range(0, 0, document.lineCount, 0);
  const actions =
    (await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      whole,
      FIX_ALL.value,
    )) ?? [];
  const fix = actions.find((action) => action.kind && FIX_ALL.contains(action.kind));
  if (!fix) {
    void vscode.window.showInformationMessage('nianbao: nothing to fix. 没有可自动修复的问题。');
    return;
  }
  if (fix.edit) {
    await vscode.workspace.applyEdit(fix.edit);
  }
  if (fix.command) {
    await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
  }
}

// `nianbao rules` in the configured language, shown as a read-only document.
async function showRules(): Promise<void> {
  const lang = vscode.workspace.getConfiguration(SECTION).get<string>('lang', '');
  const args = ['rules', ...(lang ? ['--lang', lang] : [])];
  execFile(serverCommand(), args, { maxBuffer: 4 << 20 }, async (error, stdout, stderr) => {
    if (error) {
      void vscode.window.showErrorMessage(`nianbao rules: ${stderr || error.message}`);
      return;
    }
    const document = await vscode.workspace.openTextDocument({ content: stdout, language: 'plaintext' });
    await vscode.window.showTextDocument(document, { preview: true });
  });
}

// "nianbao: N errors, M warnings" for the active document, from the findings VS Code holds.
function updateStatus(item: vscode.StatusBarItem): void {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== 'markdown') {
    item.hide();
    return;
  }
  const findings = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === SOURCE);
  const errors = findings.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
  const warnings = findings.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
  item.text = `$(error) ${errors} $(warning) ${warnings}`;
  item.tooltip = `nianbao: ${errors} 个错误 errors, ${warnings} 个警告 warnings`;
  item.accessibilityInformation = { label: `nianbao: ${errors} errors, ${warnings} warnings` };
  item.command = 'workbench.actions.view.problems';
  item.show();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('nianbao');
  const status = vscode.window.createStatusBarItem('nianbao.status', vscode.StatusBarAlignment.Left);
  status.name = 'nianbao';
  context.subscriptions.push(
    output,
    status,
    vscode.commands.registerCommand('nianbao.fixAll', fixAll),
    vscode.commands.registerCommand('nianbao.showRules', showRules),
    vscode.commands.registerCommand('nianbao.restartServer', restartServer),
    vscode.languages.onDidChangeDiagnostics(() => updateStatus(status)),
    vscode.window.onDidChangeActiveTextEditor(() => updateStatus(status)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`${SECTION}.path`)) {
        void restartServer();
      } else if (event.affectsConfiguration(SECTION) && client?.isRunning()) {
        const settings = serverSettings(vscode.workspace.getConfiguration(SECTION));
        void client.sendNotification(DidChangeConfigurationNotification.type, {
          settings: { [SECTION]: settings },
        });
      }
    }),
  );
  updateStatus(status);
  await startClient();
}

export async function deactivate(): Promise<void> {
  if (client) {
    await client.stop();
    client = undefined;
  }
}
