# Pull diagnostics (textDocument/diagnostic) for a client that supports them: the
# server then does not push; a request with the last resultId gets "unchanged";
# a closed document gets an empty report.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,
     "capabilities":{"textDocument":{"diagnostic":{},"publishDiagnostics":{"relatedInformation":true}}}}}
<-- {"jsonrpc":"2.0","id":1,"result":"${any}"}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/Shop.oxt","languageId":"oxt","version":1,
     "text":"extension Shop {\n    action Ping {}\n}\n"}}}
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/diagnostic","params":{"textDocument":{"uri":"file:///w/Shop.oxt"}}}
<-- {"jsonrpc":"2.0","id":2,"result":{"kind":"full","resultId":"1.0","items":[]}}
--> {"jsonrpc":"2.0","id":3,"method":"textDocument/diagnostic","params":{"textDocument":{"uri":"file:///w/Shop.oxt"},"previousResultId":"1.0"}}
<-- {"jsonrpc":"2.0","id":3,"result":{"kind":"unchanged","resultId":"1.0"}}
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/Shop.oxt","version":2},
     "contentChanges":[{"range":{"start":{"line":1,"character":17},"end":{"line":1,"character":18}},"text":""}]}}
--> {"jsonrpc":"2.0","id":4,"method":"textDocument/diagnostic","params":{"textDocument":{"uri":"file:///w/Shop.oxt"},"previousResultId":"1.0"}}
<-- {"jsonrpc":"2.0","id":4,"result":{"kind":"full","resultId":"2.0","items":[
      {"range":"${any}","severity":1,"code":"OXT0001","source":"oxt","message":"${any}"}]}}
--> {"jsonrpc":"2.0","method":"textDocument/didClose","params":{"textDocument":{"uri":"file:///w/Shop.oxt"}}}
--> {"jsonrpc":"2.0","id":5,"method":"textDocument/diagnostic","params":{"textDocument":{"uri":"file:///w/Shop.oxt"}}}
<-- {"jsonrpc":"2.0","id":5,"result":{"kind":"full","resultId":"closed","items":[]}}
--> {"jsonrpc":"2.0","id":6,"method":"shutdown"}
<-- {"jsonrpc":"2.0","id":6,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
%exitcode 0
