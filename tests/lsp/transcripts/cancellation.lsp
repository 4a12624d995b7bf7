# $/cancelRequest: a pulled diagnostic request cancelled before its work ran is
# answered with RequestCancelled; the next one is answered in full. Cancelling a
# request that is not in flight does nothing.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,
     "capabilities":{"textDocument":{"diagnostic":{}}}}}
<-- {"jsonrpc":"2.0","id":1,"result":"${any}"}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/Shop.oxt","languageId":"oxt","version":1,
     "text":"extension Shop {\n    action Ping {\n        input : Text\n    }\n}\n"}}}
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/diagnostic","params":{"textDocument":{"uri":"file:///w/Shop.oxt"}}}
--> {"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":2}}
<-- {"jsonrpc":"2.0","id":2,"error":{"code":-32800,"message":"cancelled by the client"}}
--> {"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":2}}
--> {"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":"never-sent"}}
--> {"jsonrpc":"2.0","id":3,"method":"textDocument/diagnostic","params":{"textDocument":{"uri":"file:///w/Shop.oxt"}}}
<-- {"jsonrpc":"2.0","id":3,"result":{"kind":"full","resultId":"1.0","items":[
      {"range":{"start":{"line":2,"character":8},"end":{"line":2,"character":13}},"severity":1,
       "code":"OXT0001","source":"oxt","message":"unexpected 'input'"}]}}
# Invalid params for $/cancelRequest are logged, not answered.
--> {"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":[3]}}
<-- {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"oxt ignored '$/cancelRequest': params.id: expected integer or string"}}
--> {"jsonrpc":"2.0","id":4,"method":"shutdown"}
<-- {"jsonrpc":"2.0","id":4,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
%exitcode 0
