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
<-- {"jsonrpc":"2.0","id":2,"result":[
      {"name":"Shop","kind":2,"range":{"start":{"line":1,"character":0},"end":{"line":15,"character":1}},"selectionRange":{"start":{"line":1,"character":10},"end":{"line":1,"character":14}},"children":[
        {"name":"Price","detail":"function","kind":12,"range":{"start":{"line":2,"character":4},"end":{"line":6,"character":5}},"selectionRange":{"start":{"line":3,"character":11},"end":{"line":3,"character":16}},"children":[
          {"name":"Sku","detail":"input Text","kind":13,"range":{"start":{"line":4,"character":8},"end":{"line":4,"character":23}},"selectionRange":{"start":{"line":4,"character":14},"end":{"line":4,"character":17}}},
          {"name":"Amount","detail":"output Decimal","kind":13,"range":{"start":{"line":5,"character":8},"end":{"line":5,"character":30}},"selectionRange":{"start":{"line":5,"character":15},"end":{"line":5,"character":21}}}]},
        {"name":"Line","kind":23,"range":{"start":{"line":7,"character":4},"end":{"line":10,"character":5}},"selectionRange":{"start":{"line":7,"character":14},"end":{"line":7,"character":18}},"children":[
          {"name":"Sku","detail":"Text(20)","kind":7,"range":{"start":{"line":8,"character":8},"end":{"line":8,"character":21}},"selectionRange":{"start":{"line":8,"character":8},"end":{"line":8,"character":11}}},
          {"name":"Items","detail":"List<Line>","kind":7,"range":{"start":{"line":9,"character":8},"end":{"line":9,"character":28}},"selectionRange":{"start":{"line":9,"character":8},"end":{"line":9,"character":13}}}]},
        {"name":"Order","kind":5,"range":{"start":{"line":11,"character":4},"end":{"line":13,"character":5}},"selectionRange":{"start":{"line":11,"character":11},"end":{"line":11,"character":16}},"children":[
          {"name":"Id","detail":"Integer","kind":7,"range":{"start":{"line":12,"character":8},"end":{"line":12,"character":31}},"selectionRange":{"start":{"line":12,"character":20},"end":{"line":12,"character":22}}}]},
        {"name":"lib/Shop.dll","detail":"Binaries","kind":1,"range":{"start":{"line":14,"character":4},"end":{"line":14,"character":27}},"selectionRange":{"start":{"line":14,"character":13},"end":{"line":14,"character":27}}}]}]}
# Half-typed: a parameter without its type (detail "input"), a structure left open at
# the end of the file, its attribute not yet parsed.
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/Shop.oxt","version":2},"contentChanges":[
     {"text":"extension Shop {\n    action Price {\n        input Sku: \n    }\n    structure Line {\n        Sku: List<"}]}}
--> {"jsonrpc":"2.0","id":3,"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"file:///w/Shop.oxt"}}}
<-- {"jsonrpc":"2.0","id":3,"result":[
      {"name":"Shop","kind":2,"range":{"start":{"line":0,"character":0},"end":{"line":4,"character":20}},"selectionRange":{"start":{"line":0,"character":10},"end":{"line":0,"character":14}},"children":[
        {"name":"Price","kind":12,"range":{"start":{"line":1,"character":4},"end":{"line":3,"character":5}},"selectionRange":{"start":{"line":1,"character":11},"end":{"line":1,"character":16}},"children":[
          {"name":"Sku","detail":"input","kind":13,"range":{"start":{"line":2,"character":8},"end":{"line":2,"character":18}},"selectionRange":{"start":{"line":2,"character":14},"end":{"line":2,"character":17}}}]},
        {"name":"Line","kind":23,"range":{"start":{"line":4,"character":4},"end":{"line":4,"character":20}},"selectionRange":{"start":{"line":4,"character":14},"end":{"line":4,"character":18}}}]}]}
# Non-ASCII: 'é' is one UTF-16 unit (two bytes), '𝄞' two units (four bytes); ranges
# count UTF-16 units.
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/Caf%C3%A9.oxt","languageId":"oxt","version":1,
     "text":"extension Café {\n    /* 𝄞 */ action Préço { input Ñ: Text }\n}\n"}}}
--> {"jsonrpc":"2.0","id":4,"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"file:///w/Caf%C3%A9.oxt"}}}
<-- {"jsonrpc":"2.0","id":4,"result":[
      {"name":"Café","kind":2,"range":{"start":{"line":0,"character":0},"end":{"line":2,"character":1}},"selectionRange":{"start":{"line":0,"character":10},"end":{"line":0,"character":14}},"children":[
        {"name":"Préço","kind":12,"range":{"start":{"line":1,"character":13},"end":{"line":1,"character":43}},"selectionRange":{"start":{"line":1,"character":20},"end":{"line":1,"character":25}},"children":[
          {"name":"Ñ","detail":"input Text","kind":13,"range":{"start":{"line":1,"character":28},"end":{"line":1,"character":41}},"selectionRange":{"start":{"line":1,"character":34},"end":{"line":1,"character":35}}}]}]}]}
# A document that is not open has no symbols.
--> {"jsonrpc":"2.0","id":5,"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"file:///w/Other.oxt"}}}
<-- {"jsonrpc":"2.0","id":5,"result":null}
--> {"jsonrpc":"2.0","id":6,"method":"shutdown"}
<-- {"jsonrpc":"2.0","id":6,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
%exitcode 0
