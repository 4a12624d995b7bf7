# Completion for a client that resolves documentation item by item and reads the
# list's item defaults (VS Code): the items come without documentation and without
# their own range, and completionItem/resolve adds the documentation of the item the
# client shows. An item of an older list is given back as it is.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{"textDocument":{"completion":{"completionItem":{"snippetSupport":true,"documentationFormat":["markdown","plaintext"],"resolveSupport":{"properties":["documentation","detail","additionalTextEdits"]}},"completionList":{"itemDefaults":["commitCharacters","editRange","insertTextFormat","insertTextMode","data"]}}}}}}
<-- {"jsonrpc":"2.0","id":1,"result":{"capabilities":{"completionProvider":{"triggerCharacters":[":","@","<","(","\"","/"],"resolveProvider":true},"${more}":"${any}"},"serverInfo":"${any}"}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"${rootUri}/Lib.oxt","languageId":"oxt","version":1,"text":"extension Lib {\n    /// One row of a `report`.\n    structure Row {\n        Id: Integer\n    }\n    /// People.\n    @table(\"PEOPLE\")\n    entity Person {\n        @identifier Id: Integer\n    }\n    action Get {\n        output O: Record<R\n    }\n}\n"}}}
<-- {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":"${any}"}
# Inside Record<: the structure and the entity, replacing the 'R' typed.
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/completion","params":{"textDocument":{"uri":"${rootUri}/Lib.oxt"},"position":{"line":11,"character":26}}}
<-- {"id":2,"jsonrpc":"2.0","result":{"isIncomplete":false,"itemDefaults":{"data":1,"editRange":{"end":{"character":26,"line":11},"start":{"character":25,"line":11}}},"items":[{"detail":"structure (C# RCRowRecord)","insertTextFormat":1,"kind":22,"label":"Row","sortText":"0000"},{"detail":"entity (C# RCPersonRecord)","insertTextFormat":1,"kind":7,"label":"Person","sortText":"0001"}]}}
--> {"jsonrpc":"2.0","id":3,"method":"completionItem/resolve","params":{"label":"Row","kind":22,"detail":"structure (C# RCRowRecord)","sortText":"0000","data":1}}
<-- {"id":3,"jsonrpc":"2.0","result":{"data":1,"detail":"structure (C# RCRowRecord)","documentation":{"kind":"markdown","value":"One row of a `report`.\n\nOutSystems type: Record of the structure Row. C# type: `RCRowRecord`, default value: `new RCRowRecord(null)`."},"kind":22,"label":"Row","sortText":"0000"}}
--> {"jsonrpc":"2.0","id":4,"method":"completionItem/resolve","params":{"label":"Person","kind":7,"sortText":"0001","data":1}}
<-- {"id":4,"jsonrpc":"2.0","result":{"data":1,"documentation":{"kind":"markdown","value":"People.\n\nOutSystems type: Record of the entity Person. C# type: `RCPersonRecord`, default value: `new RCPersonRecord(null)`."},"kind":7,"label":"Person","sortText":"0001"}}
# A second list: items of the first one are no longer resolved.
--> {"jsonrpc":"2.0","id":5,"method":"textDocument/completion","params":{"textDocument":{"uri":"${rootUri}/Lib.oxt"},"position":{"line":11,"character":26}}}
<-- {"id":5,"jsonrpc":"2.0","result":"${any}"}
--> {"jsonrpc":"2.0","id":6,"method":"completionItem/resolve","params":{"label":"Row","kind":22,"data":1}}
<-- {"jsonrpc":"2.0","id":6,"result":{"label":"Row","kind":22,"data":1}}
--> {"jsonrpc":"2.0","id":7,"method":"completionItem/resolve","params":{"label":"Row","kind":22,"data":2}}
<-- {"id":7,"jsonrpc":"2.0","result":{"data":2,"documentation":{"kind":"markdown","value":"One row of a `report`.\n\nOutSystems type: Record of the structure Row. C# type: `RCRowRecord`, default value: `new RCRowRecord(null)`."},"kind":22,"label":"Row"}}
# Data that is not ours, and no data: the item as it is.
--> {"jsonrpc":"2.0","id":8,"method":"completionItem/resolve","params":{"label":"Row","data":{"other":"server"}}}
<-- {"jsonrpc":"2.0","id":8,"result":{"label":"Row","data":{"other":"server"}}}
--> {"jsonrpc":"2.0","id":9,"method":"completionItem/resolve","params":{"label":"Row"}}
<-- {"jsonrpc":"2.0","id":9,"result":{"label":"Row"}}
--> {"jsonrpc":"2.0","id":10,"method":"shutdown"}
<-- {"jsonrpc":"2.0","id":10,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
%exitcode 0
