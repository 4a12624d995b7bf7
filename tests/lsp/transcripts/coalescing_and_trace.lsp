# A burst of changes is checked once, for the last version (the debounce); $/setTrace
# turns $/logTrace on and off.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}
<-- {"jsonrpc":"2.0","id":1,"result":"${any}"}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/Shop.oxt","languageId":"oxt","version":1,
     "text":"extension Shop {\n}\n"}}}
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/Shop.oxt","version":2},
     "contentChanges":[{"range":{"start":{"line":1,"character":0},"end":{"line":1,"character":0}},"text":"    action"}]}}
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/Shop.oxt","version":3},
     "contentChanges":[{"range":{"start":{"line":1,"character":10},"end":{"line":1,"character":10}},"text":" Ping"}]}}
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/Shop.oxt","version":4},
     "contentChanges":[{"range":{"start":{"line":1,"character":15},"end":{"line":1,"character":15}},"text":" {}\n"}]}}
<-- {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/Shop.oxt","version":4,"diagnostics":[]}}
# A whole-text change (no range) replaces the text.
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/Shop.oxt","version":5},
     "contentChanges":[{"text":"extension Shop {\n    action {}\n}\n"}]}}
<-- {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/Shop.oxt","version":5,"diagnostics":[
      {"range":{"start":{"line":1,"character":4},"end":{"line":1,"character":10}},"severity":1,"code":"OXT0001","source":"oxt","message":"unexpected 'action'"}]}}
--> {"jsonrpc":"2.0","method":"$/setTrace","params":{"value":"verbose"}}
--> {"jsonrpc":"2.0","id":2,"method":"oxt/unknown","params":{"a":1}}
<-- {"jsonrpc":"2.0","method":"$/logTrace","params":{"message":"Received request 'oxt/unknown - (2)'","verbose":"Params: {\"a\":1}"}}
<-- {"jsonrpc":"2.0","id":2,"error":{"code":-32601,"message":"no such method: 'oxt/unknown'"}}
# Traced with the level in force when the message arrives.
--> {"jsonrpc":"2.0","method":"$/setTrace","params":{"value":"messages"}}
<-- {"jsonrpc":"2.0","method":"$/logTrace","params":{"message":"Received notification '$/setTrace'","verbose":"Params: {\"value\":\"messages\"}"}}
--> {"jsonrpc":"2.0","method":"$/setTrace","params":{"value":"off"}}
<-- {"jsonrpc":"2.0","method":"$/logTrace","params":{"message":"Received notification '$/setTrace'"}}
--> {"jsonrpc":"2.0","method":"$/setTrace","params":{"value":"loud"}}
<-- {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"oxt ignored '$/setTrace': params.value: expected \"off\", \"messages\" or \"verbose\""}}
# Closing clears the document's diagnostics.
--> {"jsonrpc":"2.0","method":"textDocument/didClose","params":{"textDocument":{"uri":"file:///w/Shop.oxt"}}}
<-- {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/Shop.oxt","diagnostics":[]}}
--> {"jsonrpc":"2.0","id":3,"method":"shutdown"}
<-- {"jsonrpc":"2.0","id":3,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
%exitcode 0
