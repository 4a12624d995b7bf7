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
<-- {"jsonrpc":"2.0","id":2,"result":[{"kind":2,"location":{"range":{"end":{"character":1,"line":3},"start":{"character":0,"line":0}},"uri":"file:///w/Shop.oxt"},"name":"Shop"},{"containerName":"Shop","kind":12,"location":{"range":{"end":{"character":36,"line":1},"start":{"character":4,"line":1}},"uri":"file:///w/Shop.oxt"},"name":"Price"},{"containerName":"Price","kind":13,"location":{"range":{"end":{"character":34,"line":1},"start":{"character":19,"line":1}},"uri":"file:///w/Shop.oxt"},"name":"Sku"},{"containerName":"Shop","kind":5,"location":{"range":{"end":{"character":35,"line":2},"start":{"character":4,"line":2}},"uri":"file:///w/Shop.oxt"},"name":"Line"},{"containerName":"Line","kind":7,"location":{"range":{"end":{"character":33,"line":2},"start":{"character":21,"line":2}},"uri":"file:///w/Shop.oxt"},"name":"Qty"}]}
--> {"jsonrpc":"2.0","id":3,"method":"shutdown"}
<-- {"jsonrpc":"2.0","id":3,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
%exitcode 0
