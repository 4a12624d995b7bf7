# Code lenses: "N references" above each structure and entity (actions: none, since
# nothing in an .oxt file refers to an action). The command is "" so that every
# client shows the title and none runs anything (docs/features/navigation.md).
# The counts follow the text as it is typed.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,
     "capabilities":{"textDocument":{"diagnostic":{}}}}}
<-- {"jsonrpc":"2.0","id":1,"result":"${any}"}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/Shop.oxt","languageId":"oxt","version":1,
     "text":"extension Shop {\n    action Buy {\n        input Item: product\n        output Lines: List<PRODUCT>\n    }\n    structure Product { Name: Text }\n    structure Unused { Name: Text }\n    @table(\"C\")\n    entity Customer { @identifier Id: Integer }\n}\n"}}}
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/codeLens","params":{"textDocument":{"uri":"file:///w/Shop.oxt"}}}
<-- {"jsonrpc":"2.0","id":2,"result":[
      {"range":{"start":{"line":5,"character":14},"end":{"line":5,"character":21}},"command":{"title":"2 references","command":""}},
      {"range":{"start":{"line":6,"character":14},"end":{"line":6,"character":20}},"command":{"title":"0 references","command":""}},
      {"range":{"start":{"line":8,"character":11},"end":{"line":8,"character":19}},"command":{"title":"0 references","command":""}}]}
# Typing a new parameter `input Who: Identifier<Customer` (not closed yet) on line 3.
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/Shop.oxt","version":2},
     "contentChanges":[{"range":{"start":{"line":3,"character":0},"end":{"line":3,"character":0}},"text":"        input Who: Identifier<Customer\n"}]}}
--> {"jsonrpc":"2.0","id":3,"method":"textDocument/codeLens","params":{"textDocument":{"uri":"file:///w/Shop.oxt"}}}
<-- {"jsonrpc":"2.0","id":3,"result":[
      {"range":{"start":{"line":6,"character":14},"end":{"line":6,"character":21}},"command":{"title":"2 references","command":""}},
      {"range":{"start":{"line":7,"character":14},"end":{"line":7,"character":20}},"command":{"title":"0 references","command":""}},
      {"range":{"start":{"line":9,"character":11},"end":{"line":9,"character":19}},"command":{"title":"1 reference","command":""}}]}
# A document that is not open has no lenses.
--> {"jsonrpc":"2.0","id":4,"method":"textDocument/codeLens","params":{"textDocument":{"uri":"file:///w/Closed.oxt"}}}
<-- {"jsonrpc":"2.0","id":4,"result":null}
--> {"jsonrpc":"2.0","id":5,"method":"shutdown"}
<-- {"jsonrpc":"2.0","id":5,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
%exitcode 0
