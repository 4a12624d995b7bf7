# Every error a client can meet, and the server going on after each.

# Before initialize: requests are refused, notifications dropped.
--> {"jsonrpc":"2.0","id":1,"method":"textDocument/diagnostic","params":{"textDocument":{"uri":"file:///x.oxt"}}}
<-- {"jsonrpc":"2.0","id":1,"error":{"code":-32002,"message":"the server is not initialized: send 'initialize' first"}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///x.oxt","languageId":"oxt","version":1,"text":"extension {"}}}

# initialize with params of the wrong shape is InvalidParams, with the path.
--> {"jsonrpc":"2.0","id":2,"method":"initialize","params":{"processId":"me","capabilities":{}}}
<-- {"jsonrpc":"2.0","id":2,"error":{"code":-32602,"message":"params.processId: expected integer"}}
--> {"jsonrpc":"2.0","id":3,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}
<-- {"jsonrpc":"2.0","id":3,"result":"${any}"}
--> {"jsonrpc":"2.0","id":4,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}
<-- {"jsonrpc":"2.0","id":4,"error":{"code":-32600,"message":"'initialize' may be sent only once"}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}

# Unknown methods: requests get MethodNotFound, notifications are ignored.
--> {"jsonrpc":"2.0","id":"five","method":"textDocument/noSuchThing","params":{}}
<-- {"jsonrpc":"2.0","id":"five","error":{"code":-32601,"message":"no such method: 'textDocument/noSuchThing'"}}
--> {"jsonrpc":"2.0","method":"$/noSuchNotification","params":{}}
--> {"jsonrpc":"2.0","method":"workspace/noSuchNotification"}

# Malformed JSON: ParseError with a null id. Not a message: InvalidRequest.
--> raw:{"jsonrpc":"2.0","id":6,"method":"shutdown"
<-- {"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"the message is not valid JSON"}}
--> raw:[1,2]
<-- {"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"a message must be a JSON object (batches are not supported)"}}
--> raw:{"jsonrpc":"2.0","id":7}
<-- {"jsonrpc":"2.0","id":7,"error":{"code":-32600,"message":"a response needs a \"result\" or an \"error\""}}
--> raw:{"jsonrpc":"2.0","id":[8],"method":"shutdown"}
<-- {"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"\"id\" must be an integer or a string"}}
--> raw:{"jsonrpc":"1.0","id":9,"method":"shutdown"}
<-- {"jsonrpc":"2.0","id":9,"error":{"code":-32600,"message":"\"jsonrpc\" must be \"2.0\""}}

# Invalid params: InvalidParams naming the field; for a notification, a log message.
--> {"jsonrpc":"2.0","id":10,"method":"textDocument/diagnostic","params":{"textDocument":{"uri":42}}}
<-- {"jsonrpc":"2.0","id":10,"error":{"code":-32602,"message":"params.textDocument.uri: expected string"}}
--> {"jsonrpc":"2.0","id":11,"method":"textDocument/diagnostic"}
<-- {"jsonrpc":"2.0","id":11,"error":{"code":-32602,"message":"params: expected object"}}
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///x.oxt","version":2},
     "contentChanges":[{"range":{"start":{"line":0,"character":"one"},"end":{"line":0,"character":1}},"text":""}]}}
<-- {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,
     "message":"oxt ignored 'textDocument/didChange': params.contentChanges[0].range.start.character: expected integer"}}

# A handler that fails is answered with InternalError, and the server goes on.
--> {"jsonrpc":"2.0","id":12,"method":"$/oxt/test/fail"}
<-- {"jsonrpc":"2.0","id":12,"error":{"code":-32603,"message":"internal error in $/oxt/test/fail: a test asked this handler to fail"}}
--> {"jsonrpc":"2.0","method":"$/oxt/test/failNotification"}
<-- {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":1,
     "message":"oxt: internal error in $/oxt/test/failNotification: a test asked this handler to fail"}}

# A response to a request the server never sent is logged and ignored.
--> {"jsonrpc":"2.0","id":99,"result":null}

--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///x/Shop.oxt","languageId":"oxt","version":1,
     "text":"extension Shop {\n    action Ping {}\n}\n"}}}
<-- {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///x/Shop.oxt","version":1,"diagnostics":[]}}
--> {"jsonrpc":"2.0","id":13,"method":"shutdown"}
<-- {"jsonrpc":"2.0","id":13,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
%exitcode 0
