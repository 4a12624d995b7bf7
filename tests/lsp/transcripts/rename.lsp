# Rename: prepareRename (VS Code, Neovim) and rename alone (Eglot sends no
# prepareRename), refusals with a message (RequestFailed, -32803), and a rename that
# reaches a file that is not open: copy/Bank.oxt declares the same extension (names
# ignore case), so its structure is the same element. Other.oxt declares another
# extension and is left alone. The client pulls diagnostics, so none are pushed.
%write Bank.oxt
extension Bank {
    action Open {
        input Owner: customer
    }
    structure Customer { Name: Text }
}
%write copy/Bank.oxt
extension BANK {
    structure customer { Name: Text }
    action Transfer { input From: CUSTOMER }
    structure Address { Street: Text }
}
%write Other.oxt
extension Other {
    structure Customer { Name: Text }
    action Pay { input Who: Customer }
}
# A client that supports prepareRename gets `prepareProvider`.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":"${rootUri}",
     "capabilities":{"textDocument":{"diagnostic":{},"rename":{"prepareSupport":true}}}}}
<-- {"jsonrpc":"2.0","id":1,"result":{"capabilities":{"${more}":"${any}","positionEncoding":"utf-16","textDocumentSync":"${any}",
      "diagnosticProvider":"${any}","workspace":"${any}","definitionProvider":true,"referencesProvider":true,
      "documentHighlightProvider":true,"renameProvider":{"prepareProvider":true}},"serverInfo":"${any}"}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"${rootUri}/Bank.oxt","languageId":"oxt","version":1,
     "text":"extension Bank {\n    action Open {\n        input Owner: customer\n    }\n    structure Customer { Name: Text }\n}\n"}}}
# On a reference: its range, and the name as declared.
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/prepareRename","params":{"textDocument":{"uri":"${rootUri}/Bank.oxt"},"position":{"line":2,"character":23}}}
<-- {"jsonrpc":"2.0","id":2,"result":{"range":{"start":{"line":2,"character":21},"end":{"line":2,"character":29}},"placeholder":"Customer"}}
# On a keyword: nothing to rename, and why.
--> {"jsonrpc":"2.0","id":3,"method":"textDocument/prepareRename","params":{"textDocument":{"uri":"${rootUri}/Bank.oxt"},"position":{"line":0,"character":2}}}
<-- {"jsonrpc":"2.0","id":3,"error":{"code":-32803,"message":"nothing to rename here: put the cursor on the name of an action, parameter, structure, entity or attribute"}}
# The rename: both files of extension Bank, every reference, whatever its case.
--> {"jsonrpc":"2.0","id":4,"method":"textDocument/rename","params":{"textDocument":{"uri":"${rootUri}/Bank.oxt"},"position":{"line":2,"character":23},"newName":"Client"}}
<-- {"jsonrpc":"2.0","id":4,"result":{"changes":{
      "${rootUri}/Bank.oxt":[{"range":{"start":{"line":2,"character":21},"end":{"line":2,"character":29}},"newText":"Client"},
                             {"range":{"start":{"line":4,"character":14},"end":{"line":4,"character":22}},"newText":"Client"}],
      "${rootUri}/copy/Bank.oxt":[{"range":{"start":{"line":1,"character":14},"end":{"line":1,"character":22}},"newText":"Client"},
                                  {"range":{"start":{"line":2,"character":34},"end":{"line":2,"character":42}},"newText":"Client"}]}}}
# Find references shows the same places (the declarations included here).
--> {"jsonrpc":"2.0","id":20,"method":"textDocument/references","params":{"textDocument":{"uri":"${rootUri}/Bank.oxt"},"position":{"line":4,"character":16},"context":{"includeDeclaration":true}}}
<-- {"jsonrpc":"2.0","id":20,"result":[
      {"uri":"${rootUri}/Bank.oxt","range":{"start":{"line":2,"character":21},"end":{"line":2,"character":29}}},
      {"uri":"${rootUri}/Bank.oxt","range":{"start":{"line":4,"character":14},"end":{"line":4,"character":22}}},
      {"uri":"${rootUri}/copy/Bank.oxt","range":{"start":{"line":1,"character":14},"end":{"line":1,"character":22}}},
      {"uri":"${rootUri}/copy/Bank.oxt","range":{"start":{"line":2,"character":34},"end":{"line":2,"character":42}}}]}
# Eglot asks for the rename directly: an invalid name is refused all the same.
--> {"jsonrpc":"2.0","id":5,"method":"textDocument/rename","params":{"textDocument":{"uri":"${rootUri}/Bank.oxt"},"position":{"line":4,"character":16},"newName":"2Client"}}
<-- {"jsonrpc":"2.0","id":5,"error":{"code":-32803,"message":"'2Client' is not a valid name: a name must start with a letter"}}
--> {"jsonrpc":"2.0","id":6,"method":"textDocument/rename","params":{"textDocument":{"uri":"${rootUri}/Bank.oxt"},"position":{"line":3,"character":2},"newName":"Client"}}
<-- {"jsonrpc":"2.0","id":6,"error":{"code":-32803,"message":"nothing to rename here: put the cursor on the name of an action, parameter, structure, entity or attribute"}}
# Scopes: a parameter may take the name of an attribute; an attribute is renamed in
# the other file too (found through its structure); a structure may not take the name
# of another structure of the extension, even one declared only in the other file.
--> {"jsonrpc":"2.0","id":7,"method":"textDocument/rename","params":{"textDocument":{"uri":"${rootUri}/Bank.oxt"},"position":{"line":2,"character":14},"newName":"name"}}
<-- {"jsonrpc":"2.0","id":7,"result":{"changes":{"${rootUri}/Bank.oxt":[{"range":{"start":{"line":2,"character":14},"end":{"line":2,"character":19}},"newText":"name"}]}}}
--> {"jsonrpc":"2.0","id":8,"method":"textDocument/rename","params":{"textDocument":{"uri":"${rootUri}/Bank.oxt"},"position":{"line":4,"character":26},"newName":"Text"}}
<-- {"jsonrpc":"2.0","id":8,"result":{"changes":{"${rootUri}/Bank.oxt":[{"range":{"start":{"line":4,"character":25},"end":{"line":4,"character":29}},"newText":"Text"}],
      "${rootUri}/copy/Bank.oxt":[{"range":{"start":{"line":1,"character":25},"end":{"line":1,"character":29}},"newText":"Text"}]}}}
--> {"jsonrpc":"2.0","id":9,"method":"textDocument/rename","params":{"textDocument":{"uri":"${rootUri}/Bank.oxt"},"position":{"line":4,"character":16},"newName":"ADDRESS"}}
<-- {"jsonrpc":"2.0","id":9,"error":{"code":-32803,"message":"in copy/Bank.oxt, which declares the same extension: 'ADDRESS' is already the name of structure 'Address' in this extension (names are compared without regard to case)"}}
# While typing: the action and the structure are not closed; the rename still works.
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"${rootUri}/Bank.oxt","version":2},
     "contentChanges":[{"text":"extension Bank {\n    action Open {\n        input Owner: customer\n        input Other: Cust\n    structure Customer { Name: Text\n"}]}}
--> {"jsonrpc":"2.0","id":10,"method":"textDocument/rename","params":{"textDocument":{"uri":"${rootUri}/Bank.oxt"},"position":{"line":4,"character":16},"newName":"Client"}}
<-- {"jsonrpc":"2.0","id":10,"result":{"changes":{
      "${rootUri}/Bank.oxt":[{"range":{"start":{"line":2,"character":21},"end":{"line":2,"character":29}},"newText":"Client"},
                             {"range":{"start":{"line":4,"character":14},"end":{"line":4,"character":22}},"newText":"Client"}],
      "${rootUri}/copy/Bank.oxt":[{"range":{"start":{"line":1,"character":14},"end":{"line":1,"character":22}},"newText":"Client"},
                                  {"range":{"start":{"line":2,"character":34},"end":{"line":2,"character":42}},"newText":"Client"}]}}}
# A type that names nothing yet cannot be renamed.
--> {"jsonrpc":"2.0","id":21,"method":"textDocument/prepareRename","params":{"textDocument":{"uri":"${rootUri}/Bank.oxt"},"position":{"line":3,"character":25}}}
<-- {"jsonrpc":"2.0","id":21,"error":{"code":-32803,"message":"'Cust' names no structure or entity of this extension: nothing to rename"}}
--> {"jsonrpc":"2.0","id":11,"method":"shutdown"}
<-- {"jsonrpc":"2.0","id":11,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
%exitcode 0
