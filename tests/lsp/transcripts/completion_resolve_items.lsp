# Completion for a client that resolves documentation but reads no item defaults:
# each item carries its own range and the number of its list.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{"textDocument":{"completion":{"completionItem":{"documentationFormat":["plaintext"],"resolveSupport":{"properties":["documentation"]}}}}}}}
<-- {"jsonrpc":"2.0","id":1,"result":"${any}"}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"${rootUri}/Lib.oxt","languageId":"oxt","version":1,"text":"extension Lib {\n    /// One row of a `report`.\n    structure Row {\n        Id: Integer\n    }\n    /// People.\n    @table(\"PEOPLE\")\n    entity Person {\n        @identifier Id: Integer\n    }\n    action Get {\n        output O: Record<R\n    }\n}\n"}}}
<-- {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":"${any}"}
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/completion","params":{"textDocument":{"uri":"${rootUri}/Lib.oxt"},"position":{"line":11,"character":26}}}
<-- {"id":2,"jsonrpc":"2.0","result":{"isIncomplete":false,"items":[{"data":1,"detail":"structure (C# RCRowRecord)","insertTextFormat":1,"kind":22,"label":"Row","sortText":"0000","textEdit":{"newText":"Row","range":{"end":{"character":26,"line":11},"start":{"character":25,"line":11}}}},{"data":1,"detail":"entity (C# RCPersonRecord)","insertTextFormat":1,"kind":7,"label":"Person","sortText":"0001","textEdit":{"newText":"Person","range":{"end":{"character":26,"line":11},"start":{"character":25,"line":11}}}}]}}
# Plain text: the backquotes of the Markdown documentation are left out.
--> {"jsonrpc":"2.0","id":3,"method":"completionItem/resolve","params":{"label":"Row","kind":22,"data":1}}
<-- {"id":3,"jsonrpc":"2.0","result":{"data":1,"documentation":{"kind":"plaintext","value":"One row of a report.\n\nOutSystems type: Record of the structure Row. C# type: RCRowRecord, default value: new RCRowRecord(null)."},"kind":22,"label":"Row"}}
--> {"jsonrpc":"2.0","id":4,"method":"shutdown"}
<-- {"jsonrpc":"2.0","id":4,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
%exitcode 0
