# Document symbols for a client without hierarchicalDocumentSymbolSupport (Eglot 1.9
# handles both forms; older clients only this one): a flat SymbolInformation[] with
# containerName, the whole declaration as location. The client names no SymbolKind
# valueSet, so it is assumed to know File (1) to Array (18) only: structures are Class
# (5) rather than Struct (23).
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,
     "capabilities":{"textDocument":{"diagnostic":{}}}}}
<-- {"jsonrpc":"2.0","id":1,"result":"${any}"}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/Shop.oxt","languageId":"oxt","version":1,
     "text":"extension Shop {\n    action Price { input Sku: Text }\n    structure Line { Qty: Integer }\n}\n"}}}
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"file:///w/Shop.oxt"}}}
<-- {"jsonrpc":"2.0","id":2,"result":[
      {"name":"Shop","kind":2,"location":{"uri":"file:///w/Shop.oxt","range":{"start":{"line":0,"character":0},"end":{"line":3,"character":1}}}},
      {"name":"Price","kind":12,"containerName":"Shop","location":{"uri":"file:///w/Shop.oxt","range":{"start":{"line":1,"character":4},"end":{"line":1,"character":36}}}},
      {"name":"Sku","kind":13,"containerName":"Price","location":{"uri":"file:///w/Shop.oxt","range":{"start":{"line":1,"character":19},"end":{"line":1,"character":34}}}},
      {"name":"Line","kind":5,"containerName":"Shop","location":{"uri":"file:///w/Shop.oxt","range":{"start":{"line":2,"character":4},"end":{"line":2,"character":35}}}},
      {"name":"Qty","kind":7,"containerName":"Line","location":{"uri":"file:///w/Shop.oxt","range":{"start":{"line":2,"character":21},"end":{"line":2,"character":33}}}}]}
--> {"jsonrpc":"2.0","id":3,"method":"shutdown"}
<-- {"jsonrpc":"2.0","id":3,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
%exitcode 0
