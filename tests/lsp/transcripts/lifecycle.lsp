# The lifecycle: initialize advertises what is implemented, shutdown answers null,
# requests after shutdown are refused, exit after shutdown ends with code 0.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,
     "capabilities":{},"clientInfo":{"name":"transcript"}}}
<-- {"jsonrpc":"2.0","id":1,"result":{
      "capabilities":{
        "positionEncoding":"utf-16",
        "textDocumentSync":{"openClose":true,"change":2,"save":{"includeText":false}},
        "diagnosticProvider":{"identifier":"oxt","interFileDependencies":true,"workspaceDiagnostics":false},
        "workspace":{"workspaceFolders":{"supported":true,"changeNotifications":true}},
        "codeActionProvider":{"codeActionKinds":["quickfix","refactor.extract","refactor.rewrite","source.generateSources"]},
        "documentFormattingProvider":true,
        "documentRangeFormattingProvider":true,
        "executeCommandProvider":{"commands":["oxt.generateSources","oxt.publish","oxt.openImplementation"]},
        "implementationProvider":true,
        "completionProvider":{"triggerCharacters":[":","@","<","(","\"","/"],"resolveProvider":true},
        "hoverProvider":true,
        "documentSymbolProvider":true,
        "workspaceSymbolProvider":true,
        "foldingRangeProvider":true,
        "selectionRangeProvider":true,
        "semanticTokensProvider":"${any}",
        "definitionProvider":true,"referencesProvider":true,"documentHighlightProvider":true,
        "renameProvider":true,"codeLensProvider":{"resolveProvider":false},
        "documentLinkProvider":{"resolveProvider":false}},
      "serverInfo":{"name":"oxt","version":"${any}"}}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","id":2,"method":"shutdown"}
<-- {"jsonrpc":"2.0","id":2,"result":null}
--> {"jsonrpc":"2.0","id":3,"method":"textDocument/diagnostic","params":{"textDocument":{"uri":"file:///x.oxt"}}}
<-- {"jsonrpc":"2.0","id":3,"error":{"code":-32600,"message":"the server is shutting down: only 'exit' is accepted"}}
--> {"jsonrpc":"2.0","method":"exit"}
%exitcode 0
