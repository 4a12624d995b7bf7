# Semantic tokens with positions in UTF-8 (the client offers it): columns and lengths
# count bytes. "/// é𝄞" is 4 + 2 + 4 = 10 bytes (5 UTF-16 units); "Café" 5 bytes.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,
     "capabilities":{"general":{"positionEncodings":["utf-8","utf-16"]},"textDocument":{"diagnostic":{}}}}}
<-- {"jsonrpc":"2.0","id":1,"result":{"capabilities":{"${more}":"${any}","positionEncoding":"utf-8","textDocumentSync":"${any}","diagnosticProvider":"${any}","workspace":"${any}","documentSymbolProvider":true,"workspaceSymbolProvider":true,"foldingRangeProvider":true,"selectionRangeProvider":true},"serverInfo":"${any}"}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/Cafe.oxt","languageId":"oxt","version":1,
     "text":"/// é𝄞\nextension Café { /* 𝄞 */ resource \"é\" }\n"}}}
# Line 0: the doc comment, 10 bytes. Line 1: "extension" at 0 (9 bytes), "Café" at 10 (5),
# the block comment at 18 (10 bytes), "resource" at 29 (8), the string "\"é\"" at 38 (4).
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/semanticTokens/full","params":{"textDocument":{"uri":"file:///w/Cafe.oxt"}}}
<-- {"jsonrpc":"2.0","id":2,"result":{"data":[
      0,0,10,11,4,
      1,0,9,10,0,
      0,10,5,0,1,
      0,8,10,11,0,
      0,11,8,10,0,
      0,9,4,7,0]}}
--> {"jsonrpc":"2.0","id":3,"method":"shutdown"}
<-- {"jsonrpc":"2.0","id":3,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
%exitcode 0
