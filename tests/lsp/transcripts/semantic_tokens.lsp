# Semantic tokens from grammar/queries/highlights.scm. The legend maps its captures to
# LSP's standard types (docs/features/outline.md); "declaration" marks names where
# they are declared. Tokens are five integers each: line delta, start delta (from the
# previous token on the same line), length, type index, modifier bits; characters in
# UTF-16 units here. No token spans a line break.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,
     "capabilities":{"textDocument":{"diagnostic":{},"semanticTokens":{"requests":{"full":true,"range":true},
       "tokenTypes":["namespace","type","function"],"tokenModifiers":["declaration"],"formats":["relative"]}}}}}
<-- {"jsonrpc":"2.0","id":1,"result":{"capabilities":{"${more}":"${any}",
      "positionEncoding":"utf-16","textDocumentSync":"${any}","diagnosticProvider":"${any}","workspace":"${any}",
      "documentSymbolProvider":true,"workspaceSymbolProvider":true,"foldingRangeProvider":true,"selectionRangeProvider":true,
      "semanticTokensProvider":{"legend":{
          "tokenTypes":["namespace","type","function","parameter","property","decorator","enumMember",
                        "string","regexp","number","keyword","comment","operator"],
          "tokenModifiers":["declaration","defaultLibrary","documentation"]},
        "full":true,"range":true}},
    "serverInfo":"${any}"}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
# Line 0: "/// Café 𝄞" is one doc comment of 11 UTF-16 units (14 bytes).
# Line 1: "extension" keyword, "Shop" namespace+declaration.
# Line 2: "@", "function" decorator; "action" keyword; "Pay" function+declaration.
# Line 3: "input" keyword, "Sum" parameter+declaration, "Decimal" type+defaultLibrary,
#         "=" operator, "1.5" number.
# Line 4: "/* a" and line 5: "b */": a block comment cut at the line end, without the
#         indentation of its second line.
# Line 6: "output" keyword, "Note" parameter+declaration, "Text" type+defaultLibrary.
# Line 8: "resource" keyword, "\"é\\n\"": string "\"é", escape "\\n" (regexp), string "\"".
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/Shop.oxt","languageId":"oxt","version":1,
     "text":"/// Café 𝄞\nextension Shop {\n    @function action Pay {\n        input Sum: Decimal = 1.5\n        /* a\n        b */\n        output Note: Text\n    }\n    resource \"é\\n\"\n}\n"}}}
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/semanticTokens/full","params":{"textDocument":{"uri":"file:///w/Shop.oxt"}}}
<-- {"jsonrpc":"2.0","id":2,"result":{"data":[
      0,0,11,11,4,
      1,0,9,10,0,
      0,10,4,0,1,
      1,4,1,5,0,
      0,1,8,5,0,
      0,9,6,10,0,
      0,7,3,2,1,
      1,8,5,10,0,
      0,6,3,3,1,
      0,5,7,1,2,
      0,8,1,12,0,
      0,2,3,9,0,
      1,8,4,11,0,
      1,8,4,11,0,
      1,8,6,10,0,
      0,7,4,3,1,
      0,6,4,1,2,
      2,4,8,10,0,
      0,9,2,7,0,
      0,2,2,8,0,
      0,2,1,7,0]}}
# An edit inside the action: the server's cache reuses the tokens of the resource
# and computes the action's again; "Pay" becomes "Payment", one token longer.
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/Shop.oxt","version":2},"contentChanges":[
     {"range":{"start":{"line":2,"character":24},"end":{"line":2,"character":24}},"text":"ment"}]}}
--> {"jsonrpc":"2.0","id":7,"method":"textDocument/semanticTokens/full","params":{"textDocument":{"uri":"file:///w/Shop.oxt"}}}
<-- {"jsonrpc":"2.0","id":7,"result":{"data":[
      0,0,11,11,4,
      1,0,9,10,0,
      0,10,4,0,1,
      1,4,1,5,0,
      0,1,8,5,0,
      0,9,6,10,0,
      0,7,7,2,1,
      1,8,5,10,0,
      0,6,3,3,1,
      0,5,7,1,2,
      0,8,1,12,0,
      0,2,3,9,0,
      1,8,4,11,0,
      1,8,4,11,0,
      1,8,6,10,0,
      0,7,4,3,1,
      0,6,4,1,2,
      2,4,8,10,0,
      0,9,2,7,0,
      0,2,2,8,0,
      0,2,1,7,0]}}
# A range: lines 6 to 8; the first token is relative to the start of the document.
--> {"jsonrpc":"2.0","id":3,"method":"textDocument/semanticTokens/range","params":{"textDocument":{"uri":"file:///w/Shop.oxt"},
     "range":{"start":{"line":6,"character":0},"end":{"line":8,"character":100}}}}
<-- {"jsonrpc":"2.0","id":3,"result":{"data":[
      6,8,6,10,0,
      0,7,4,3,1,
      0,6,4,1,2,
      2,4,8,10,0,
      0,9,2,7,0,
      0,2,2,8,0,
      0,2,1,7,0]}}
# Half-typed: an annotation being typed reads `action` as its name (a decorator), and
# the parameter is not parsed until its type is; what parsed is coloured.
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/Shop.oxt","version":3},"contentChanges":[
     {"text":"extension Shop {\n    @ action Pay {\n        input Sum: List<\n"}]}}
--> {"jsonrpc":"2.0","id":4,"method":"textDocument/semanticTokens/full","params":{"textDocument":{"uri":"file:///w/Shop.oxt"}}}
<-- {"jsonrpc":"2.0","id":4,"result":{"data":[
      0,0,9,10,0,
      0,10,4,0,1,
      1,4,1,5,0,
      0,2,6,5,0,
      1,8,5,10,0,
      0,11,4,1,2]}}
--> {"jsonrpc":"2.0","id":5,"method":"textDocument/semanticTokens/full","params":{"textDocument":{"uri":"file:///w/Other.oxt"}}}
<-- {"jsonrpc":"2.0","id":5,"result":null}
--> {"jsonrpc":"2.0","id":6,"method":"shutdown"}
<-- {"jsonrpc":"2.0","id":6,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
%exitcode 0
