# Settings pulled with workspace/configuration (section "oxt"), at start and after
# each didChangeConfiguration; a wrong value is reported and the old one kept.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,
     "capabilities":{"workspace":{"configuration":true},"textDocument":{"publishDiagnostics":{"codeDescriptionSupport":true}}}}}
<-- {"jsonrpc":"2.0","id":1,"result":"${any}"}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
<-- {"jsonrpc":"2.0","id":0,"method":"workspace/configuration","params":{"items":[{"section":"oxt"}]}}
--> {"jsonrpc":"2.0","id":0,"result":[{"diagnostics":{"enable":false}}]}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/Shop.oxt","languageId":"oxt","version":1,
     "text":"extension Shop {\n    action {}\n}\n"}}}
<-- {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/Shop.oxt","version":1,"diagnostics":[]}}
--> {"jsonrpc":"2.0","method":"workspace/didChangeConfiguration","params":{"settings":null}}
<-- {"jsonrpc":"2.0","id":1,"method":"workspace/configuration","params":{"items":[{"section":"oxt"}]}}
--> {"jsonrpc":"2.0","id":1,"result":[{"diagnostics":{"enable":true,"delay":"soon","documentationUrl":"https://docs.example/oxt.md"}}]}
<-- {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,
     "message":"oxt settings: oxt.diagnostics.delay: expected an integer from 0 to 10000; keeping 0"}}
<-- {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/Shop.oxt","version":1,"diagnostics":[
      {"range":{"start":{"line":1,"character":4},"end":{"line":1,"character":10}},"severity":1,"code":"OXT0001",
       "codeDescription":{"href":"https://docs.example/oxt.md#oxt0001"},"source":"oxt","message":"unexpected 'action'"}]}}
# A client that answers with an error keeps the settings as they are.
--> {"jsonrpc":"2.0","method":"workspace/didChangeConfiguration","params":{"settings":{}}}
<-- {"jsonrpc":"2.0","id":2,"method":"workspace/configuration","params":{"items":[{"section":"oxt"}]}}
--> {"jsonrpc":"2.0","id":2,"error":{"code":-32603,"message":"no configuration here"}}
--> {"jsonrpc":"2.0","id":3,"method":"shutdown"}
<-- {"jsonrpc":"2.0","id":3,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
%exitcode 0
