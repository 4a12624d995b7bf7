# Formatting: the canonical layout as edits of the lines that change; range
# formatting sends only the edits on the requested lines; a file with syntax errors
# is not formatted (RequestFailed with the reason), since guessing could lose work.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{"textDocument":{"diagnostic":{}}}}}
<-- {"jsonrpc":"2.0","id":1,"result":"${any}"}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/Shop.oxt","languageId":"oxt","version":1,
     "text":"extension Shop {\n  action Buy {\n        input   Amount :Decimal\n    }\n    action Sell {\n      output Total: Currency\n    }\n}\n"}}}
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/formatting","params":{"textDocument":{"uri":"file:///w/Shop.oxt"},"options":{"tabSize":2,"insertSpaces":true}}}
<-- {"jsonrpc":"2.0","id":2,"result":[{"newText":"    action Buy {\n        input Amount: Decimal\n","range":{"end":{"character":0,"line":3},"start":{"character":0,"line":1}}},{"newText":"        output Total: Currency\n","range":{"end":{"character":0,"line":6},"start":{"character":0,"line":5}}}]}
# Only the action Sell (lines 4 to 6): its one misplaced line.
--> {"jsonrpc":"2.0","id":3,"method":"textDocument/rangeFormatting","params":{"textDocument":{"uri":"file:///w/Shop.oxt"},
     "range":{"start":{"line":4,"character":0},"end":{"line":6,"character":5}},"options":{"tabSize":4,"insertSpaces":true}}}
<-- {"jsonrpc":"2.0","id":3,"result":[{"newText":"        output Total: Currency\n","range":{"end":{"character":0,"line":6},"start":{"character":0,"line":5}}}]}
# A syntax error: nothing is formatted, and the reason is the answer.
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/Shop.oxt","version":2},
     "contentChanges":[{"range":{"start":{"line":2,"character":30},"end":{"line":2,"character":30}},"text":" %"}]}}
--> {"jsonrpc":"2.0","id":4,"method":"textDocument/formatting","params":{"textDocument":{"uri":"file:///w/Shop.oxt"},"options":{"tabSize":4,"insertSpaces":true}}}
<-- {"jsonrpc":"2.0","id":4,"error":{"code":-32803,"message":"not formatted: the file has syntax errors; fix them first (oxt check shows them)"}}
--> {"jsonrpc":"2.0","id":5,"method":"textDocument/formatting","params":{"textDocument":{"uri":"file:///w/Unknown.oxt"},"options":{"tabSize":4,"insertSpaces":true}}}
<-- {"jsonrpc":"2.0","id":5,"result":null}
--> {"jsonrpc":"2.0","id":6,"method":"shutdown"}
<-- {"jsonrpc":"2.0","id":6,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
%exitcode 0
