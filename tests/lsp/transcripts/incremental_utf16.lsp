# Incremental edits on a line holding 'é' (2 bytes, 1 UTF-16 unit) and '𝄞' (4 bytes,
# 2 UTF-16 units), with positions in UTF-16 (the default).
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{"textDocument":{"publishDiagnostics":{"relatedInformation":true,"versionSupport":true,"codeDescriptionSupport":true}}}}}
<-- {"jsonrpc":"2.0","id":1,"result":{"capabilities":{"positionEncoding":"utf-16","textDocumentSync":"${any}","diagnosticProvider":"${any}","workspace":"${any}",
      "definitionProvider":"${any}","referencesProvider":"${any}","documentHighlightProvider":"${any}","renameProvider":"${any}","codeLensProvider":"${any}","documentLinkProvider":"${any}"},"serverInfo":"${any}"}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/Shop.oxt","languageId":"oxt","version":1,
     "text":"extension Shop {\n    action Ping {\n        input Name?: Text = \"é𝄞\"\n    }\n}\n"}}}
<-- {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/Shop.oxt","version":1,"diagnostics":[]}}
# Type ' x' after the closing quote: the error is after both characters.
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/Shop.oxt","version":2},"contentChanges":[{"range":{"start":{"line":2,"character":33},"end":{"line":2,"character":33}},"text":" x"}]}}
<-- {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/Shop.oxt","version":2,"diagnostics":[{"range":{"start":{"line":2,"character":34},"end":{"line":2,"character":35}},"severity":1,"code":"OXT0001","codeDescription":{"href":"https://oxt.test/diagnostics.md#oxt0001"},"source":"oxt","message":"unexpected 'x'"}]}}
# Replace '𝄞' with 'a': the error moves left by one unit in UTF-16, three bytes in UTF-8.
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/Shop.oxt","version":3},"contentChanges":[{"range":{"start":{"line":2,"character":30},"end":{"line":2,"character":32}},"text":"a"}]}}
<-- {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/Shop.oxt","version":3,"diagnostics":[{"range":{"start":{"line":2,"character":33},"end":{"line":2,"character":34}},"severity":1,"code":"OXT0001","codeDescription":{"href":"https://oxt.test/diagnostics.md#oxt0001"},"source":"oxt","message":"unexpected 'x'"}]}}
# Two changes in one notification, the second against the text the first left.
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/Shop.oxt","version":4},"contentChanges":[{"range":{"start":{"line":2,"character":32},"end":{"line":2,"character":34}},"text":""},{"range":{"start":{"line":2,"character":32},"end":{"line":2,"character":33}},"text":"!"}]}}
<-- {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/Shop.oxt","version":4,"diagnostics":[{"range":{"start":{"line":2,"character":32},"end":{"line":2,"character":33}},"severity":1,"code":"OXT0001","codeDescription":{"href":"https://oxt.test/diagnostics.md#oxt0001"},"source":"oxt","message":"unexpected '!'"}]}}
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/Shop.oxt","version":5},"contentChanges":[{"range":{"start":{"line":2,"character":32},"end":{"line":2,"character":33}},"text":""}]}}
<-- {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/Shop.oxt","version":5,"diagnostics":[]}}
--> {"jsonrpc":"2.0","id":2,"method":"shutdown"}
<-- {"jsonrpc":"2.0","id":2,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
%exitcode 0
