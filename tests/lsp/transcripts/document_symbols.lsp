# Document symbols as a tree, for a client with hierarchicalDocumentSymbolSupport and
# every SymbolKind: extension (Module 2) → actions (Function 12) → parameters (Variable
# 13, detail "input Type"), structures (Struct 23) and entities (Class 5) → attributes
# (Property 7, detail the type), resources (File 1, detail the Deploy Action).
# selectionRange is the name; range the whole declaration with its annotations.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,
     "capabilities":{"textDocument":{"diagnostic":{},"documentSymbol":{"hierarchicalDocumentSymbolSupport":true,
       "symbolKind":{"valueSet":[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26]}}}}}}
<-- {"jsonrpc":"2.0","id":1,"result":"${any}"}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/Shop.oxt","languageId":"oxt","version":1,
     "text":"/// The shop.\nextension Shop {\n    @function\n    action Price {\n        input Sku: Text\n        output Amount: Decimal\n    }\n    structure Line {\n        Sku: Text(20)\n        Items?: List< Line >\n    }\n    entity Order {\n        @identifier Id: Integer\n    }\n    resource \"lib/Shop.dll\"\n}\n"}}}
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"file:///w/Shop.oxt"}}}
<-- {"jsonrpc":"2.0","id":2,"result":[{"children":[{"children":[{"detail":"input Text","kind":13,"name":"Sku","range":{"end":{"character":23,"line":4},"start":{"character":8,"line":4}},"selectionRange":{"end":{"character":17,"line":4},"start":{"character":14,"line":4}}},{"detail":"output Decimal","kind":13,"name":"Amount","range":{"end":{"character":30,"line":5},"start":{"character":8,"line":5}},"selectionRange":{"end":{"character":21,"line":5},"start":{"character":15,"line":5}}}],"detail":"function","kind":12,"name":"Price","range":{"end":{"character":5,"line":6},"start":{"character":4,"line":2}},"selectionRange":{"end":{"character":16,"line":3},"start":{"character":11,"line":3}}},{"children":[{"detail":"Text(20)","kind":7,"name":"Sku","range":{"end":{"character":21,"line":8},"start":{"character":8,"line":8}},"selectionRange":{"end":{"character":11,"line":8},"start":{"character":8,"line":8}}},{"detail":"List<Line>","kind":7,"name":"Items","range":{"end":{"character":28,"line":9},"start":{"character":8,"line":9}},"selectionRange":{"end":{"character":13,"line":9},"start":{"character":8,"line":9}}}],"kind":23,"name":"Line","range":{"end":{"character":5,"line":10},"start":{"character":4,"line":7}},"selectionRange":{"end":{"character":18,"line":7},"start":{"character":14,"line":7}}},{"children":[{"detail":"Integer","kind":7,"name":"Id","range":{"end":{"character":31,"line":12},"start":{"character":8,"line":12}},"selectionRange":{"end":{"character":22,"line":12},"start":{"character":20,"line":12}}}],"kind":5,"name":"Order","range":{"end":{"character":5,"line":13},"start":{"character":4,"line":11}},"selectionRange":{"end":{"character":16,"line":11},"start":{"character":11,"line":11}}},{"detail":"Binaries","kind":1,"name":"lib/Shop.dll","range":{"end":{"character":27,"line":14},"start":{"character":4,"line":14}},"selectionRange":{"end":{"character":27,"line":14},"start":{"character":13,"line":14}}}],"kind":2,"name":"Shop","range":{"end":{"character":1,"line":15},"start":{"character":0,"line":1}},"selectionRange":{"end":{"character":14,"line":1},"start":{"character":10,"line":1}}}]}
# Half-typed: a parameter without its type (detail "input"), a structure left open at
# the end of the file, its attribute not yet parsed.
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/Shop.oxt","version":2},"contentChanges":[
     {"text":"extension Shop {\n    action Price {\n        input Sku: \n    }\n    structure Line {\n        Sku: List<"}]}}
--> {"jsonrpc":"2.0","id":3,"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"file:///w/Shop.oxt"}}}
<-- {"jsonrpc":"2.0","id":3,"result":[{"children":[{"children":[{"detail":"input","kind":13,"name":"Sku","range":{"end":{"character":18,"line":2},"start":{"character":8,"line":2}},"selectionRange":{"end":{"character":17,"line":2},"start":{"character":14,"line":2}}}],"kind":12,"name":"Price","range":{"end":{"character":5,"line":3},"start":{"character":4,"line":1}},"selectionRange":{"end":{"character":16,"line":1},"start":{"character":11,"line":1}}},{"kind":23,"name":"Line","range":{"end":{"character":20,"line":4},"start":{"character":4,"line":4}},"selectionRange":{"end":{"character":18,"line":4},"start":{"character":14,"line":4}}}],"kind":2,"name":"Shop","range":{"end":{"character":20,"line":4},"start":{"character":0,"line":0}},"selectionRange":{"end":{"character":14,"line":0},"start":{"character":10,"line":0}}}]}
# Non-ASCII: 'é' is one UTF-16 unit (two bytes), '𝄞' two units (four bytes); ranges
# count UTF-16 units.
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/Caf%C3%A9.oxt","languageId":"oxt","version":1,
     "text":"extension Café {\n    /* 𝄞 */ action Préço { input Ñ: Text }\n}\n"}}}
--> {"jsonrpc":"2.0","id":4,"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"file:///w/Caf%C3%A9.oxt"}}}
<-- {"jsonrpc":"2.0","id":4,"result":[{"children":[{"children":[{"detail":"input Text","kind":13,"name":"Ñ","range":{"end":{"character":41,"line":1},"start":{"character":28,"line":1}},"selectionRange":{"end":{"character":35,"line":1},"start":{"character":34,"line":1}}}],"kind":12,"name":"Préço","range":{"end":{"character":43,"line":1},"start":{"character":13,"line":1}},"selectionRange":{"end":{"character":25,"line":1},"start":{"character":20,"line":1}}}],"kind":2,"name":"Café","range":{"end":{"character":1,"line":2},"start":{"character":0,"line":0}},"selectionRange":{"end":{"character":14,"line":0},"start":{"character":10,"line":0}}}]}
# A document that is not open has no symbols.
--> {"jsonrpc":"2.0","id":5,"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"file:///w/Other.oxt"}}}
<-- {"jsonrpc":"2.0","id":5,"result":null}
--> {"jsonrpc":"2.0","id":6,"method":"shutdown"}
<-- {"jsonrpc":"2.0","id":6,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
%exitcode 0
