# Two workspace folders, each indexed with work done progress; a duplicate extension
# across them; a folder removed; and an indexing cancelled by the user.
%write one/Billing.oxt
extension Billing {
    action Charge {}
}
%write two/lib/Billing.oxt
extension Billing {
    action Refund {}
}
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,
     "workspaceFolders":[{"uri":"${rootUri}/one","name":"one"},{"uri":"${rootUri}/two","name":"two"}],
     "capabilities":{"window":{"workDoneProgress":true},"workspace":{"workspaceFolders":true},
                     "textDocument":{"publishDiagnostics":{"relatedInformation":true}}}}}
<-- {"jsonrpc":"2.0","id":1,"result":"${any}"}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
<-- {"jsonrpc":"2.0","id":0,"method":"window/workDoneProgress/create","params":{"token":"oxt-index-0"}}
<-- {"jsonrpc":"2.0","id":1,"method":"window/workDoneProgress/create","params":{"token":"oxt-index-1"}}
--> {"jsonrpc":"2.0","id":0,"result":null}
<-- {"jsonrpc":"2.0","method":"$/progress","params":{"token":"oxt-index-0","value":{"kind":"begin","title":"Indexing .oxt files","cancellable":true,"message":"one","percentage":0}}}
<-- {"jsonrpc":"2.0","method":"$/progress","params":{"token":"oxt-index-0","value":{"kind":"end","message":"1 .oxt file(s)"}}}
--> {"jsonrpc":"2.0","id":1,"result":null}
<-- {"jsonrpc":"2.0","method":"$/progress","params":{"token":"oxt-index-1","value":{"kind":"begin","title":"Indexing .oxt files","cancellable":true,"message":"two","percentage":0}}}
<-- {"jsonrpc":"2.0","method":"$/progress","params":{"token":"oxt-index-1","value":{"kind":"end","message":"1 .oxt file(s)"}}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"${rootUri}/one/Billing.oxt","languageId":"oxt","version":1,
     "text":"extension Billing {\n    action Charge {}\n}\n"}}}
<-- {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"${rootUri}/one/Billing.oxt","version":1,"diagnostics":[
      {"range":{"start":{"line":0,"character":10},"end":{"line":0,"character":17}},"severity":2,"code":"OXT0901","source":"oxt",
       "message":"extension 'Billing' is also declared in lib/Billing.oxt",
       "relatedInformation":[{"location":{"uri":"${rootUri}/two/lib/Billing.oxt",
          "range":{"start":{"line":0,"character":10},"end":{"line":0,"character":17}}},"message":"extension 'Billing' declared here"}]}]}}
# Folder two leaves the workspace: its file no longer counts.
--> {"jsonrpc":"2.0","method":"workspace/didChangeWorkspaceFolders","params":{"event":{"added":[],"removed":[{"uri":"${rootUri}/two","name":"two"}]}}}
<-- {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"${rootUri}/one/Billing.oxt","version":1,"diagnostics":[]}}
# It comes back, but the user cancels its indexing before it runs.
--> {"jsonrpc":"2.0","method":"workspace/didChangeWorkspaceFolders","params":{"event":{"added":[{"uri":"${rootUri}/two","name":"two"}],"removed":[]}}}
<-- {"jsonrpc":"2.0","id":2,"method":"window/workDoneProgress/create","params":{"token":"oxt-index-2"}}
--> {"jsonrpc":"2.0","id":2,"result":null}
--> {"jsonrpc":"2.0","method":"window/workDoneProgress/cancel","params":{"token":"oxt-index-2"}}
<-- {"jsonrpc":"2.0","method":"$/progress","params":{"token":"oxt-index-2","value":{"kind":"begin","title":"Indexing .oxt files","cancellable":true,"message":"two","percentage":0}}}
<-- {"jsonrpc":"2.0","method":"$/progress","params":{"token":"oxt-index-2","value":{"kind":"end","message":"cancelled"}}}
--> {"jsonrpc":"2.0","id":3,"method":"shutdown"}
<-- {"jsonrpc":"2.0","id":3,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
%exitcode 0
