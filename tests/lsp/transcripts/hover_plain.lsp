# Hover for Eglot (no Markdown: plain text) on a half-typed file.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{"textDocument":{"hover":{"contentFormat":["plaintext"]}}}}}
<-- {"jsonrpc":"2.0","id":1,"result":"${any}"}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"${rootUri}/Shop.oxt","languageId":"oxt","version":1,"text":"extension Shop {\n    /// Looks a price up.\n    action GetPrice {\n        input Sku: Text\n        output Price: Curr\n        output Found: Boolean\n"}}}
<-- {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":"${any}"}
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"${rootUri}/Shop.oxt"},"position":{"line":2,"character":12}}}
<-- {"id":2,"jsonrpc":"2.0","result":{"contents":{"kind":"plaintext","value":"action GetPrice\n\nLooks a price up.\n\nOutSystems action: Function = No, 1 input(s), 2 output(s).\n\nC#: public void MssGetPrice(string ssSku, out object ssPrice, out bool ssFound)"},"range":{"end":{"character":19,"line":2},"start":{"character":11,"line":2}}}}
--> {"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{"textDocument":{"uri":"${rootUri}/Shop.oxt"},"position":{"line":4,"character":23}}}
<-- {"id":3,"jsonrpc":"2.0","result":{"contents":{"kind":"plaintext","value":"Curr\n\nCurr is not a type of this extension: a basic type, a structure, an entity, List<…>, Record<…> or Identifier<…>."},"range":{"end":{"character":26,"line":4},"start":{"character":22,"line":4}}}}
--> {"jsonrpc":"2.0","id":4,"method":"shutdown"}
<-- {"jsonrpc":"2.0","id":4,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
%exitcode 0

