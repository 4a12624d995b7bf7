# Document links: each resource path whose file exists beside the .oxt file links to
# it (the range is the path without its quotes); a missing file, an absolute path and
# an empty path do not. Written with `\` as on Windows, and still being typed.
%write icons/cart.ico
not really an icon
%write lib/Acme.dll
not really a dll
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":"${rootUri}",
     "capabilities":{"textDocument":{"diagnostic":{}}}}}
<-- {"jsonrpc":"2.0","id":1,"result":"${any}"}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"${rootUri}/Shop.oxt","languageId":"oxt","version":1,
     "text":"extension Shop {\n    resource \"icons/cart.ico\"\n    resource \"lib/Missing.dll\"\n    resource \"/etc/passwd\"\n    resource \"\"\n    resource \"lib\\\\Acme.dll\"\n}\n"}}}
# `lib\\Acme.dll` is 13 characters: the file has two backslashes, an escaped one.
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/documentLink","params":{"textDocument":{"uri":"${rootUri}/Shop.oxt"}}}
<-- {"jsonrpc":"2.0","id":2,"result":[
      {"range":{"start":{"line":1,"character":14},"end":{"line":1,"character":28}},"target":"${rootUri}/icons/cart.ico","tooltip":"Open cart.ico"},
      {"range":{"start":{"line":5,"character":14},"end":{"line":5,"character":27}},"target":"${rootUri}/lib/Acme.dll","tooltip":"Open Acme.dll"}]}
# The last resource is being typed: its string is not closed yet.
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"${rootUri}/Shop.oxt","version":2},
     "contentChanges":[{"range":{"start":{"line":5,"character":0},"end":{"line":6,"character":1}},"text":"    resource \"lib/Acme.dll\n"}]}}
--> {"jsonrpc":"2.0","id":3,"method":"textDocument/documentLink","params":{"textDocument":{"uri":"${rootUri}/Shop.oxt"}}}
<-- {"jsonrpc":"2.0","id":3,"result":[
      {"range":{"start":{"line":1,"character":14},"end":{"line":1,"character":28}},"target":"${rootUri}/icons/cart.ico","tooltip":"Open cart.ico"},
      {"range":{"start":{"line":5,"character":14},"end":{"line":5,"character":26}},"target":"${rootUri}/lib/Acme.dll","tooltip":"Open Acme.dll"}]}
--> {"jsonrpc":"2.0","id":4,"method":"textDocument/documentLink","params":{"textDocument":{"uri":"${rootUri}/Closed.oxt"}}}
<-- {"jsonrpc":"2.0","id":4,"result":null}
--> {"jsonrpc":"2.0","id":5,"method":"shutdown"}
<-- {"jsonrpc":"2.0","id":5,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
%exitcode 0
