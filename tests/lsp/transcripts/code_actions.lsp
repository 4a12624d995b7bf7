# Code actions: the quick fixes of the diagnostics on the requested lines, each with
# its edit (no codeAction/resolve), the obvious one marked isPreferred; the client's
# diagnostic is recognised by code and line, not by range, since Neovim 0.7.2 sends
# byte columns on lines with non-ASCII text; `only` filters by kind; refactorings
# come where the cursor is.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,
     "capabilities":{"textDocument":{"diagnostic":{},"codeAction":{"codeActionLiteralSupport":{"codeActionKind":{"valueSet":["quickfix","refactor"]}}}}}}}
<-- {"jsonrpc":"2.0","id":1,"result":"${any}"}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/Shop.oxt","languageId":"oxt","version":1,
     "text":"extension Shop {\n    action Buy {\n        input Amount: Decmal\n        output Total?: Currency\n        input Prixé: Txt\n    }\n}\n"}}}
# VS Code: the range of the diagnostic, and the diagnostic itself in the context.
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"file:///w/Shop.oxt"},
     "range":{"start":{"line":2,"character":22},"end":{"line":2,"character":28}},
     "context":{"only":["quickfix"],"diagnostics":[{"range":{"start":{"line":2,"character":22},"end":{"line":2,"character":28}},"severity":1,"code":"OXT0007","source":"oxt","message":"unknown type 'Decmal'; did you mean 'Decimal'?"}]}}}
<-- {"jsonrpc":"2.0","id":2,"result":[{"diagnostics":[{"code":"OXT0007","message":"unknown type 'Decmal'; did you mean 'Decimal'?","range":{"end":{"character":28,"line":2},"start":{"character":22,"line":2}},"severity":1,"source":"oxt"}],"edit":{"changes":{"file:///w/Shop.oxt":[{"newText":"Decimal","range":{"end":{"character":28,"line":2},"start":{"character":22,"line":2}}}]}},"isPreferred":true,"kind":"quickfix","title":"Change to 'Decimal'"},{"diagnostics":[{"code":"OXT0007","message":"unknown type 'Decmal'; did you mean 'Decimal'?","range":{"end":{"character":28,"line":2},"start":{"character":22,"line":2}},"severity":1,"source":"oxt"}],"edit":{"changes":{"file:///w/Shop.oxt":[{"newText":"    structure Decmal { Attribute1: Text }\n","range":{"end":{"character":0,"line":6},"start":{"character":0,"line":6}}}]}},"kind":"quickfix","title":"Create structure 'Decmal'"}]}
# Neovim 0.7.2: the cursor, and the line's diagnostics with byte columns ('é' is 2
# bytes, 1 UTF-16 unit). They are echoed as sent; the edits are in UTF-16.
--> {"jsonrpc":"2.0","id":3,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"file:///w/Shop.oxt"},
     "range":{"start":{"line":4,"character":0},"end":{"line":4,"character":0}},
     "context":{"diagnostics":[{"range":{"start":{"line":4,"character":14},"end":{"line":4,"character":20}},"severity":1,"code":"OXT0002","source":"oxt","message":"'Prixé' is not a valid name: 'é' is not allowed; use only letters A-Z, digits and '_'"},
                               {"range":{"start":{"line":4,"character":22},"end":{"line":4,"character":25}},"severity":1,"code":"OXT0007","source":"oxt","message":"unknown type 'Txt'; did you mean 'Text'?"}]}}}
<-- {"jsonrpc":"2.0","id":3,"result":[{"diagnostics":[{"code":"OXT0002","message":"'Prixé' is not a valid name: 'é' is not allowed; use only letters A-Z, digits and '_'","range":{"end":{"character":20,"line":4},"start":{"character":14,"line":4}},"severity":1,"source":"oxt"}],"edit":{"changes":{"file:///w/Shop.oxt":[{"newText":"Prix_","range":{"end":{"character":19,"line":4},"start":{"character":14,"line":4}}}]}},"isPreferred":true,"kind":"quickfix","title":"Rename to 'Prix_'"},{"diagnostics":[{"code":"OXT0007","message":"unknown type 'Txt'; did you mean 'Text'?","range":{"end":{"character":25,"line":4},"start":{"character":22,"line":4}},"severity":1,"source":"oxt"}],"edit":{"changes":{"file:///w/Shop.oxt":[{"newText":"Text","range":{"end":{"character":24,"line":4},"start":{"character":21,"line":4}}}]}},"isPreferred":true,"kind":"quickfix","title":"Change to 'Text'"},{"diagnostics":[{"code":"OXT0007","message":"unknown type 'Txt'; did you mean 'Text'?","range":{"end":{"character":25,"line":4},"start":{"character":22,"line":4}},"severity":1,"source":"oxt"}],"edit":{"changes":{"file:///w/Shop.oxt":[{"newText":"    structure Txt { Attribute1: Text }\n","range":{"end":{"character":0,"line":6},"start":{"character":0,"line":6}}}]}},"kind":"quickfix","title":"Create structure 'Txt'"},{"command":{"arguments":["file:///w/Shop.oxt"],"command":"oxt.generateSources","title":"Generate C# sources (oxt generate)"},"kind":"source.generateSources","title":"Generate C# sources (oxt generate)"}]}
# A client that sends no diagnostics (or not these): the fixes of the requested lines.
--> {"jsonrpc":"2.0","id":4,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"file:///w/Shop.oxt"},
     "range":{"start":{"line":3,"character":0},"end":{"line":3,"character":0}},"context":{"diagnostics":[]}}}
<-- {"jsonrpc":"2.0","id":4,"result":[{"diagnostics":[{"code":"OXT0017","message":"'?' marks an input as not mandatory; outputs are never mandatory: remove '?' from output 'Total'","range":{"end":{"character":21,"line":3},"start":{"character":20,"line":3}},"severity":1,"source":"oxt"}],"edit":{"changes":{"file:///w/Shop.oxt":[{"newText":"","range":{"end":{"character":21,"line":3},"start":{"character":20,"line":3}}}]}},"isPreferred":true,"kind":"quickfix","title":"Remove '?'"},{"command":{"arguments":["file:///w/Shop.oxt"],"command":"oxt.generateSources","title":"Generate C# sources (oxt generate)"},"kind":"source.generateSources","title":"Generate C# sources (oxt generate)"}]}
# Refactorings only, with the cursor in an output.
--> {"jsonrpc":"2.0","id":5,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"file:///w/Shop.oxt"},
     "range":{"start":{"line":3,"character":16},"end":{"line":3,"character":16}},"context":{"diagnostics":[],"only":["refactor"]}}}
<-- {"jsonrpc":"2.0","id":5,"result":[{"edit":{"changes":{"file:///w/Shop.oxt":[{"newText":"input","range":{"end":{"character":14,"line":3},"start":{"character":8,"line":3}}}]}},"kind":"refactor.rewrite","title":"Convert 'Total' to an input"}]}
# Half-typed text: no error, and whatever applies.
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/Shop.oxt","version":2},"contentChanges":[{"text":"extension Shop {\n    action Buy {\n        input A: \n"}]}}
--> {"jsonrpc":"2.0","id":6,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"file:///w/Shop.oxt"},
     "range":{"start":{"line":2,"character":0},"end":{"line":3,"character":0}},"context":{"diagnostics":[]}}}
<-- {"jsonrpc":"2.0","id":6,"result":[]}
# An unknown document: no actions.
--> {"jsonrpc":"2.0","id":7,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"file:///w/Other.oxt"},
     "range":{"start":{"line":0,"character":0},"end":{"line":0,"character":0}},"context":{"diagnostics":[]}}}
<-- {"jsonrpc":"2.0","id":7,"result":[]}
--> {"jsonrpc":"2.0","id":8,"method":"shutdown"}
<-- {"jsonrpc":"2.0","id":8,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
%exitcode 0
