# "Generate C# sources" from the editor (oxt.generateSources, listed in
# executeCommandProvider), and the verify diagnostics it makes possible: change a
# parameter's type and the mismatch with <Ext>.cs is reported on the action in the
# next diagnostics round, with the quick fix that updates the signature.
%write Shop.oxt
extension Shop {
    action Price {
        input Quantity: Integer
        output Total: Currency
    }
}
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}
<-- {"jsonrpc":"2.0","id":1,"result":"${any}"}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"${rootUri}/Shop.oxt","languageId":"oxt","version":1,
     "text":"extension Shop {\n    action Price {\n        input Quantity: Integer\n        output Total: Currency\n    }\n}\n"}}}
<-- {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"${rootUri}/Shop.oxt","version":1,"diagnostics":[]}}
# No project yet: generate it (the source action "Generate C# sources" runs this).
--> {"jsonrpc":"2.0","id":2,"method":"workspace/executeCommand","params":{"command":"oxt.generateSources","arguments":["${rootUri}/Shop.oxt"]}}
<-- {"jsonrpc":"2.0","method":"window/showMessage","params":{"type":3,"message":"Shop: 18 files created"}}
<-- {"jsonrpc":"2.0","id":2,"result":{"folder":"${root}/Shop","summary":"Shop: 18 files created"}}
<-- {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"${rootUri}/Shop.oxt","version":1,"diagnostics":[]}}
# Now the action has its method: a lens opens it, and Go to Implementation goes there.
--> {"jsonrpc":"2.0","id":20,"method":"textDocument/codeLens","params":{"textDocument":{"uri":"${rootUri}/Shop.oxt"}}}
<-- {"jsonrpc":"2.0","id":20,"result":[{"range":{"start":{"line":1,"character":11},"end":{"line":1,"character":16}},
      "command":{"title":"Open implementation (Shop.cs:16)","command":"oxt.openImplementation","arguments":["${rootUri}/Shop/Source/NET/Shop.cs",15]}}]}
--> {"jsonrpc":"2.0","id":21,"method":"textDocument/implementation","params":{"textDocument":{"uri":"${rootUri}/Shop.oxt"},"position":{"line":1,"character":13}}}
<-- {"jsonrpc":"2.0","id":21,"result":{"uri":"${rootUri}/Shop/Source/NET/Shop.cs","range":{"start":{"line":15,"character":0},"end":{"line":15,"character":0}}}}
# This client did not say it supports window/showDocument: the answer says where to go.
--> {"jsonrpc":"2.0","id":22,"method":"workspace/executeCommand","params":{"command":"oxt.openImplementation","arguments":["${rootUri}/Shop/Source/NET/Shop.cs",15]}}
<-- {"jsonrpc":"2.0","id":22,"error":{"code":-32803,"message":"this editor cannot open files for the server: the implementation is at ${root}/Shop/Source/NET/Shop.cs:16 (Go to Implementation gets there too)"}}
# Integer → Text: <Ext>.cs still says int.
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"${rootUri}/Shop.oxt","version":2},
     "contentChanges":[{"range":{"start":{"line":2,"character":24},"end":{"line":2,"character":31}},"text":"Text"}]}}
<-- {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"${rootUri}/Shop.oxt","version":2,"diagnostics":[
      {"range":{"start":{"line":1,"character":11},"end":{"line":1,"character":16}},"severity":2,"code":"OXT0102","source":"oxt",
       "message":"method 'MssPrice' (Shop.cs, line 16) does not match action 'Price': parameter 1 is 'int ssQuantity' where the action gives 'string ssQuantity'"}]}}
# ... and on the method in Shop.cs, for an editor that shows that file.
<-- {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"${rootUri}/Shop/Source/NET/Shop.cs","diagnostics":[
      {"range":{"start":{"line":15,"character":14},"end":{"line":15,"character":22}},"severity":2,"code":"OXT0102","source":"oxt",
       "message":"method 'MssPrice' does not match action 'Price' of Shop.oxt: parameter 1 is 'int ssQuantity' where the action gives 'string ssQuantity' (Generate C# sources updates it)"}]}}
--> {"jsonrpc":"2.0","id":3,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"${rootUri}/Shop.oxt"},
     "range":{"start":{"line":1,"character":11},"end":{"line":1,"character":11}},"context":{"diagnostics":[],"only":["quickfix"]}}}
<-- {"jsonrpc":"2.0","id":3,"result":[{"title":"Update the signature of 'MssPrice' (oxt generate)","kind":"quickfix","isPreferred":true,
      "diagnostics":[{"range":{"start":{"line":1,"character":11},"end":{"line":1,"character":16}},"severity":2,"code":"OXT0102","source":"oxt",
                      "message":"method 'MssPrice' (Shop.cs, line 16) does not match action 'Price': parameter 1 is 'int ssQuantity' where the action gives 'string ssQuantity'"}],
      "command":{"title":"Update the signature of 'MssPrice' (oxt generate)","command":"oxt.generateSources","arguments":["${rootUri}/Shop.oxt"]}}]}
--> {"jsonrpc":"2.0","id":4,"method":"workspace/executeCommand","params":{"command":"oxt.generateSources","arguments":["${rootUri}/Shop.oxt"]}}
<-- {"jsonrpc":"2.0","method":"window/showMessage","params":{"type":3,"message":"Shop: 3 files rewritten; 1 file updated; signature of MssPrice updated"}}
<-- {"jsonrpc":"2.0","id":4,"result":{"folder":"${root}/Shop","summary":"Shop: 3 files rewritten; 1 file updated; signature of MssPrice updated"}}
<-- {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"${rootUri}/Shop.oxt","version":2,"diagnostics":[]}}
<-- {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"${rootUri}/Shop/Source/NET/Shop.cs","diagnostics":[]}}
# Renaming the action renames its method in Shop.cs and in Interface.cs; renaming a
# parameter renames it in the method and its body.
--> {"jsonrpc":"2.0","id":9,"method":"textDocument/rename","params":{"textDocument":{"uri":"${rootUri}/Shop.oxt"},
     "position":{"line":1,"character":12},"newName":"Cost"}}
<-- {"jsonrpc":"2.0","id":9,"result":{"changes":{
      "${rootUri}/Shop.oxt":[{"range":{"start":{"line":1,"character":11},"end":{"line":1,"character":16}},"newText":"Cost"}],
      "${rootUri}/Shop/Source/NET/Shop.cs":[{"range":{"start":{"line":15,"character":14},"end":{"line":15,"character":22}},"newText":"MssCost"}],
      "${rootUri}/Shop/Source/NET/Interface.cs":[{"range":"${any}","newText":"MssCost"}]}}}
--> {"jsonrpc":"2.0","id":10,"method":"textDocument/rename","params":{"textDocument":{"uri":"${rootUri}/Shop.oxt"},
     "position":{"line":3,"character":17},"newName":"Sum"}}
<-- {"jsonrpc":"2.0","id":10,"result":{"changes":{
      "${rootUri}/Shop.oxt":[{"range":{"start":{"line":3,"character":15},"end":{"line":3,"character":20}},"newText":"Sum"}],
      "${rootUri}/Shop/Source/NET/Shop.cs":[{"range":"${any}","newText":"ssSum"},{"range":"${any}","newText":"ssSum"}],
      "${rootUri}/Shop/Source/NET/Interface.cs":[{"range":"${any}","newText":"ssSum"}]}}}
# What cannot be done is answered with the reason.
--> {"jsonrpc":"2.0","id":5,"method":"workspace/executeCommand","params":{"command":"oxt.generateSources","arguments":[]}}
<-- {"jsonrpc":"2.0","id":5,"error":{"code":-32602,"message":"oxt.generateSources takes the URI of an .oxt file"}}
--> {"jsonrpc":"2.0","id":6,"method":"workspace/executeCommand","params":{"command":"oxt.frobnicate"}}
<-- {"jsonrpc":"2.0","id":6,"error":{"code":-32602,"message":"unknown command 'oxt.frobnicate' (oxt offers: oxt.generateSources, oxt.publish, oxt.openImplementation)"}}
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"${rootUri}/Shop.oxt","version":3},
     "contentChanges":[{"range":{"start":{"line":2,"character":24},"end":{"line":2,"character":28}},"text":"Txt"}]}}
<-- {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"${rootUri}/Shop.oxt","version":3,"diagnostics":"${any}"}}
--> {"jsonrpc":"2.0","id":7,"method":"workspace/executeCommand","params":{"command":"oxt.generateSources","arguments":["${rootUri}/Shop.oxt"]}}
<-- {"jsonrpc":"2.0","id":7,"error":{"code":-32803,"message":"${root}/Shop.oxt has errors; nothing was generated for it (fix them and run again)"}}
# Closing the file clears its diagnostics (and would clear those it put on Shop.cs).
--> {"jsonrpc":"2.0","method":"textDocument/didClose","params":{"textDocument":{"uri":"${rootUri}/Shop.oxt"}}}
<-- {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"${rootUri}/Shop.oxt","diagnostics":[]}}
--> {"jsonrpc":"2.0","id":8,"method":"shutdown"}
<-- {"jsonrpc":"2.0","id":8,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
%exitcode 0
