# The workspace index: a file that is not open, found by the scan at start, makes an
# open file's extension a duplicate; deleting it (a watched-file event) clears the
# warning, and creating another brings it back.
%write A/Shop.oxt
extension Shop {
    action Ping {}
}
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":"${rootUri}",
     "capabilities":{"workspace":{"didChangeWatchedFiles":{"dynamicRegistration":true}},
                     "textDocument":{"publishDiagnostics":{"relatedInformation":true}}}}}
<-- {"jsonrpc":"2.0","id":1,"result":"${any}"}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
<-- {"jsonrpc":"2.0","id":0,"method":"client/registerCapability","params":{"registrations":[
      {"id":"oxt-watched-files","method":"workspace/didChangeWatchedFiles",
       "registerOptions":{"watchers":[{"globPattern":"**/*.oxt"}]}}]}}
--> {"jsonrpc":"2.0","id":0,"result":null}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"${rootUri}/B/Shop.oxt","languageId":"oxt","version":1,
     "text":"extension Shop {\n    action Pong {}\n}\n"}}}
<-- {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"${rootUri}/B/Shop.oxt","version":1,"diagnostics":[
      {"range":{"start":{"line":0,"character":10},"end":{"line":0,"character":14}},"severity":2,"code":"OXT0901","source":"oxt",
       "message":"extension 'Shop' is also declared in A/Shop.oxt",
       "relatedInformation":[{"location":{"uri":"${rootUri}/A/Shop.oxt",
          "range":{"start":{"line":0,"character":10},"end":{"line":0,"character":14}}},"message":"extension 'Shop' declared here"}]}]}}
%delete A/Shop.oxt
--> {"jsonrpc":"2.0","method":"workspace/didChangeWatchedFiles","params":{"changes":[{"uri":"${rootUri}/A/Shop.oxt","type":3}]}}
<-- {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"${rootUri}/B/Shop.oxt","version":1,"diagnostics":[]}}
%write C/Shop.oxt
/// Same name, other case: OutSystems names ignore case.
extension SHOP {}
--> {"jsonrpc":"2.0","method":"workspace/didChangeWatchedFiles","params":{"changes":[{"uri":"${rootUri}/C/Shop.oxt","type":1},
     {"uri":"${rootUri}/C/notes.txt","type":1}]}}
<-- {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"${rootUri}/B/Shop.oxt","version":1,"diagnostics":[
      {"range":{"start":{"line":0,"character":10},"end":{"line":0,"character":14}},"severity":2,"code":"OXT0901","source":"oxt",
       "message":"extension 'Shop' is also declared in C/Shop.oxt",
       "relatedInformation":[{"location":{"uri":"${rootUri}/C/Shop.oxt",
          "range":{"start":{"line":1,"character":10},"end":{"line":1,"character":14}}},"message":"extension 'SHOP' declared here"}]}]}}
# Other files' events change nothing.
--> {"jsonrpc":"2.0","method":"workspace/didChangeWatchedFiles","params":{"changes":[{"uri":"${rootUri}/C/notes.txt","type":3}]}}
--> {"jsonrpc":"2.0","id":2,"method":"shutdown"}
<-- {"jsonrpc":"2.0","id":2,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
%exitcode 0
