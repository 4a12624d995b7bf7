# Go to definition, references and document highlight: from a type (whatever its
# case), from Identifier<E>, from @icon to the resource, from a resource path to its
# file on disk; in a half-typed file with non-ASCII names (positions in UTF-16).
# The client pulls diagnostics, so none are pushed.
%write icons/cart.ico
not really an icon
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":"${rootUri}",
     "capabilities":{"textDocument":{"diagnostic":{}}}}}
<-- {"jsonrpc":"2.0","id":1,"result":"${any}"}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"${rootUri}/Shop.oxt","languageId":"oxt","version":1,
     "text":"extension Shop {\n    @icon(\"icons/cart.ico\")\n    action Buy {\n        input Item: product\n        output Who: Identifier<Customer>\n    }\n    structure Product { Name: Text }\n    @table(\"C\")\n    entity Customer { @identifier Id: Integer }\n    resource \"icons/cart.ico\"\n}\n"}}}
# `product` (line 3) is structure Product (line 6): names ignore case.
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/definition","params":{"textDocument":{"uri":"${rootUri}/Shop.oxt"},"position":{"line":3,"character":22}}}
<-- {"jsonrpc":"2.0","id":2,"result":{"uri":"${rootUri}/Shop.oxt","range":{"start":{"line":6,"character":14},"end":{"line":6,"character":21}}}}
# Identifier<Customer> → entity Customer; the cursor just after the name counts.
--> {"jsonrpc":"2.0","id":3,"method":"textDocument/definition","params":{"textDocument":{"uri":"${rootUri}/Shop.oxt"},"position":{"line":4,"character":39}}}
<-- {"jsonrpc":"2.0","id":3,"result":{"uri":"${rootUri}/Shop.oxt","range":{"start":{"line":8,"character":11},"end":{"line":8,"character":19}}}}
# @icon("…") → the resource that declares the file.
--> {"jsonrpc":"2.0","id":4,"method":"textDocument/definition","params":{"textDocument":{"uri":"${rootUri}/Shop.oxt"},"position":{"line":1,"character":15}}}
<-- {"jsonrpc":"2.0","id":4,"result":{"uri":"${rootUri}/Shop.oxt","range":{"start":{"line":9,"character":13},"end":{"line":9,"character":29}}}}
# The resource's path → the file on disk.
--> {"jsonrpc":"2.0","id":5,"method":"textDocument/definition","params":{"textDocument":{"uri":"${rootUri}/Shop.oxt"},"position":{"line":9,"character":18}}}
<-- {"jsonrpc":"2.0","id":5,"result":{"uri":"${rootUri}/icons/cart.ico","range":{"start":{"line":0,"character":0},"end":{"line":0,"character":0}}}}
# A keyword has no definition; neither has a document that is not open.
--> {"jsonrpc":"2.0","id":6,"method":"textDocument/definition","params":{"textDocument":{"uri":"${rootUri}/Shop.oxt"},"position":{"line":2,"character":5}}}
<-- {"jsonrpc":"2.0","id":6,"result":null}
--> {"jsonrpc":"2.0","id":7,"method":"textDocument/definition","params":{"textDocument":{"uri":"${rootUri}/Closed.oxt"},"position":{"line":0,"character":0}}}
<-- {"jsonrpc":"2.0","id":7,"result":null}
# References, without and with the declaration.
--> {"jsonrpc":"2.0","id":8,"method":"textDocument/references","params":{"textDocument":{"uri":"${rootUri}/Shop.oxt"},"position":{"line":6,"character":16},"context":{"includeDeclaration":false}}}
<-- {"jsonrpc":"2.0","id":8,"result":[{"uri":"${rootUri}/Shop.oxt","range":{"start":{"line":3,"character":20},"end":{"line":3,"character":27}}}]}
--> {"jsonrpc":"2.0","id":9,"method":"textDocument/references","params":{"textDocument":{"uri":"${rootUri}/Shop.oxt"},"position":{"line":3,"character":20},"context":{"includeDeclaration":true}}}
<-- {"jsonrpc":"2.0","id":9,"result":[{"uri":"${rootUri}/Shop.oxt","range":{"start":{"line":3,"character":20},"end":{"line":3,"character":27}}},
                                      {"uri":"${rootUri}/Shop.oxt","range":{"start":{"line":6,"character":14},"end":{"line":6,"character":21}}}]}
# References on no name: none.
--> {"jsonrpc":"2.0","id":10,"method":"textDocument/references","params":{"textDocument":{"uri":"${rootUri}/Shop.oxt"},"position":{"line":5,"character":2},"context":{"includeDeclaration":true}}}
<-- {"jsonrpc":"2.0","id":10,"result":[]}
# Highlights: the declaration is Write (3), the uses Read (2).
--> {"jsonrpc":"2.0","id":11,"method":"textDocument/documentHighlight","params":{"textDocument":{"uri":"${rootUri}/Shop.oxt"},"position":{"line":8,"character":12}}}
<-- {"jsonrpc":"2.0","id":11,"result":[{"range":{"start":{"line":4,"character":31},"end":{"line":4,"character":39}},"kind":2},
                                       {"range":{"start":{"line":8,"character":11},"end":{"line":8,"character":19}},"kind":3}]}
--> {"jsonrpc":"2.0","id":12,"method":"textDocument/documentHighlight","params":{"textDocument":{"uri":"${rootUri}/Shop.oxt"},"position":{"line":5,"character":2}}}
<-- {"jsonrpc":"2.0","id":12,"result":[]}
# A half-typed file: the action is not closed, the last structure neither. 'É' is one
# UTF-16 unit and two bytes: `line` on line 4 starts at character 39.
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"${rootUri}/Half.oxt","languageId":"oxt","version":1,
     "text":"extension Half {\n    structure Line { Count: Integer }\n    action Buy {\n        input Lines: List<line\n    structure Order { Éa: Integer  Of: line\n"}}}
--> {"jsonrpc":"2.0","id":13,"method":"textDocument/definition","params":{"textDocument":{"uri":"${rootUri}/Half.oxt"},"position":{"line":4,"character":41}}}
<-- {"jsonrpc":"2.0","id":13,"result":{"uri":"${rootUri}/Half.oxt","range":{"start":{"line":1,"character":14},"end":{"line":1,"character":18}}}}
--> {"jsonrpc":"2.0","id":14,"method":"textDocument/references","params":{"textDocument":{"uri":"${rootUri}/Half.oxt"},"position":{"line":1,"character":15},"context":{"includeDeclaration":true}}}
<-- {"jsonrpc":"2.0","id":14,"result":[{"uri":"${rootUri}/Half.oxt","range":{"start":{"line":1,"character":14},"end":{"line":1,"character":18}}},
                                       {"uri":"${rootUri}/Half.oxt","range":{"start":{"line":3,"character":26},"end":{"line":3,"character":30}}},
                                       {"uri":"${rootUri}/Half.oxt","range":{"start":{"line":4,"character":39},"end":{"line":4,"character":43}}}]}
--> {"jsonrpc":"2.0","id":15,"method":"shutdown"}
<-- {"jsonrpc":"2.0","id":15,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
%exitcode 0
