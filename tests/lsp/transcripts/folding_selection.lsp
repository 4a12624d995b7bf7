# Folding ranges and selection ranges. The client folds whole lines (lineFoldingOnly,
# as VS Code): a body folds to the line before its `}`, which stays visible; runs of
# `///` or `//` lines and multi-line block comments fold as "comment".
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,
     "capabilities":{"textDocument":{"diagnostic":{},"foldingRange":{"lineFoldingOnly":true}}}}}
<-- {"jsonrpc":"2.0","id":1,"result":"${any}"}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/Shop.oxt","languageId":"oxt","version":1,
     "text":"/// The shop,\n/// in one file.\nextension Shop {\n    /* Prices\n       in euros. */\n    action Price {\n        input Sku: Text\n        output Amount: Decimal\n    }\n    structure Line { Qty: Integer }\n}\n"}}}
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/foldingRange","params":{"textDocument":{"uri":"file:///w/Shop.oxt"}}}
<-- {"jsonrpc":"2.0","id":2,"result":[
      {"endLine":1,"kind":"comment","startLine":0},
      {"endLine":9,"startLine":2},
      {"endLine":4,"kind":"comment","startLine":3},
      {"endLine":7,"startLine":5}]}
# Expand selection from "Text" (line 6) and from inside "Qty" (line 9): token, type,
# parameter or attribute, body, declaration, extension body, extension, file.
--> {"jsonrpc":"2.0","id":3,"method":"textDocument/selectionRange","params":{"textDocument":{"uri":"file:///w/Shop.oxt"},
     "positions":[{"line":6,"character":21},{"line":9,"character":22}]}}
<-- {"jsonrpc":"2.0","id":3,"result":[
      {"range":{"start":{"line":6,"character":19},"end":{"line":6,"character":23}},"parent":
       {"range":{"start":{"line":6,"character":8},"end":{"line":6,"character":23}},"parent":
        {"range":{"start":{"line":5,"character":17},"end":{"line":8,"character":5}},"parent":
         {"range":{"start":{"line":5,"character":4},"end":{"line":8,"character":5}},"parent":
          {"range":{"start":{"line":2,"character":15},"end":{"line":10,"character":1}},"parent":
           {"range":{"start":{"line":2,"character":0},"end":{"line":10,"character":1}},"parent":
            {"range":{"start":{"line":0,"character":0},"end":{"line":11,"character":0}}}}}}}}},
      {"range":{"start":{"line":9,"character":21},"end":{"line":9,"character":24}},"parent":
       {"range":{"start":{"line":9,"character":21},"end":{"line":9,"character":33}},"parent":
        {"range":{"start":{"line":9,"character":19},"end":{"line":9,"character":35}},"parent":
         {"range":{"start":{"line":9,"character":4},"end":{"line":9,"character":35}},"parent":
          {"range":{"start":{"line":2,"character":15},"end":{"line":10,"character":1}},"parent":
           {"range":{"start":{"line":2,"character":0},"end":{"line":10,"character":1}},"parent":
            {"range":{"start":{"line":0,"character":0},"end":{"line":11,"character":0}}}}}}}}}]}
# Half-typed: the action's body is left open; it folds to the end of its text, and
# selection still expands through what parsed.
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/Shop.oxt","version":2},"contentChanges":[
     {"range":{"start":{"line":8,"character":0},"end":{"line":10,"character":1}},"text":""}]}}
--> {"jsonrpc":"2.0","id":4,"method":"textDocument/foldingRange","params":{"textDocument":{"uri":"file:///w/Shop.oxt"}}}
<-- {"jsonrpc":"2.0","id":4,"result":[
      {"endLine":1,"kind":"comment","startLine":0},
      {"endLine":7,"startLine":2},
      {"endLine":4,"kind":"comment","startLine":3},
      {"endLine":7,"startLine":5}]}
--> {"jsonrpc":"2.0","id":5,"method":"textDocument/selectionRange","params":{"textDocument":{"uri":"file:///w/Shop.oxt"},
     "positions":[{"line":7,"character":17}]}}
<-- {"jsonrpc":"2.0","id":5,"result":[
      {"range":{"start":{"line":7,"character":15},"end":{"line":7,"character":21}},"parent":
       {"range":{"start":{"line":7,"character":8},"end":{"line":7,"character":30}},"parent":
        {"range":{"start":{"line":5,"character":17},"end":{"line":7,"character":30}},"parent":
         {"range":{"start":{"line":5,"character":4},"end":{"line":7,"character":30}},"parent":
          {"range":{"start":{"line":2,"character":15},"end":{"line":7,"character":30}},"parent":
           {"range":{"start":{"line":2,"character":0},"end":{"line":7,"character":30}},"parent":
            {"range":{"start":{"line":0,"character":0},"end":{"line":9,"character":0}}}}}}}}}]}
# Non-ASCII: after '𝄞' (two UTF-16 units), characters count UTF-16 units.
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/Music.oxt","languageId":"oxt","version":1,
     "text":"extension Music { /* 𝄞 */ action Play {} }\n"}}}
--> {"jsonrpc":"2.0","id":6,"method":"textDocument/selectionRange","params":{"textDocument":{"uri":"file:///w/Music.oxt"},
     "positions":[{"line":0,"character":35}]}}
<-- {"jsonrpc":"2.0","id":6,"result":[
      {"range":{"start":{"line":0,"character":34},"end":{"line":0,"character":38}},"parent":
       {"range":{"start":{"line":0,"character":27},"end":{"line":0,"character":41}},"parent":
        {"range":{"start":{"line":0,"character":16},"end":{"line":0,"character":43}},"parent":
         {"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":43}},"parent":
          {"range":{"start":{"line":0,"character":0},"end":{"line":1,"character":0}}}}}}}]}
# Documents that are not open.
--> {"jsonrpc":"2.0","id":7,"method":"textDocument/foldingRange","params":{"textDocument":{"uri":"file:///w/Other.oxt"}}}
<-- {"jsonrpc":"2.0","id":7,"result":null}
--> {"jsonrpc":"2.0","id":8,"method":"textDocument/selectionRange","params":{"textDocument":{"uri":"file:///w/Other.oxt"},"positions":[{"line":0,"character":0}]}}
<-- {"jsonrpc":"2.0","id":8,"result":null}
--> {"jsonrpc":"2.0","id":9,"method":"shutdown"}
<-- {"jsonrpc":"2.0","id":9,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
%exitcode 0
