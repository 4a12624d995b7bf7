# Settings from initializationOptions and pushed with didChangeConfiguration, for a
# client without workspace/configuration.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{},
     "initializationOptions":{"oxt":{"diagnostics":{"enable":false}}}}}
<-- {"jsonrpc":"2.0","id":1,"result":"${any}"}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/Shop.oxt","languageId":"oxt","version":1,
     "text":"extension Shop {\n    action {}\n}\n"}}}
<-- {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/Shop.oxt","version":1,"diagnostics":[]}}
--> {"jsonrpc":"2.0","method":"workspace/didChangeConfiguration","params":{"settings":{"oxt":{"diagnostics":{"enable":true}},"editor":{"tabSize":4}}}}
<-- {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/Shop.oxt","version":1,"diagnostics":[
      {"range":{"start":{"line":1,"character":4},"end":{"line":1,"character":10}},"severity":1,"code":"OXT0001","source":"oxt","message":"unexpected 'action'"}]}}
--> {"jsonrpc":"2.0","method":"workspace/didChangeConfiguration","params":{"settings":{"oxt":"everything"}}}
<-- {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"oxt settings: oxt: expected an object of settings; ignored"}}
# Settings for other tools only: nothing changes, nothing is sent.
--> {"jsonrpc":"2.0","method":"workspace/didChangeConfiguration","params":{"settings":{"editor":{"tabSize":2}}}}
--> {"jsonrpc":"2.0","id":2,"method":"shutdown"}
<-- {"jsonrpc":"2.0","id":2,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
%exitcode 0
