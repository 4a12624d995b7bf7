# Workspace symbols: every declaration of the open documents (their current text) and
# of the `.oxt` files on disk, fuzzy-matched (case-insensitive) and ranked: exact,
# prefix, word start (camel humps), subsequence; shorter names first within a rank.
# The location is the name; containerName the declaration it belongs to.
%write Billing.oxt
extension Billing {
    action ChargeCard {
        input CardNumber: Text
    }
    structure CardInfo {
        Holder: Text
    }
}
%write shop/Shop.oxt
extension Shop {
    action OldName {}
}
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":"${rootUri}",
     "capabilities":{"window":{"workDoneProgress":true},"textDocument":{"diagnostic":{}}}}}
<-- {"jsonrpc":"2.0","id":1,"result":"${any}"}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
<-- {"jsonrpc":"2.0","id":0,"method":"window/workDoneProgress/create","params":{"token":"oxt-index-0"}}
--> {"jsonrpc":"2.0","id":0,"result":null}
<-- {"jsonrpc":"2.0","method":"$/progress","params":{"token":"oxt-index-0","value":{"kind":"begin","title":"Indexing .oxt files","cancellable":true,"message":"${any}","percentage":0}}}
<-- {"jsonrpc":"2.0","method":"$/progress","params":{"token":"oxt-index-0","value":{"kind":"report","message":"1/2 files","percentage":50}}}
<-- {"jsonrpc":"2.0","method":"$/progress","params":{"token":"oxt-index-0","value":{"kind":"end","message":"2 .oxt file(s)"}}}
# Shop.oxt is opened with text that differs from the disk: its open text counts.
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"${rootUri}/shop/Shop.oxt","languageId":"oxt","version":1,
     "text":"extension Shop {\n    action CheckOut {\n        input Cart: Text\n    }\n}\n"}}}
# "card": two prefixes (the shorter first), then a word start.
--> {"jsonrpc":"2.0","id":2,"method":"workspace/symbol","params":{"query":"card"}}
<-- {"jsonrpc":"2.0","id":2,"result":[
      {"name":"CardInfo","kind":5,"containerName":"Billing","location":{"uri":"${rootUri}/Billing.oxt","range":{"start":{"line":4,"character":14},"end":{"line":4,"character":22}}}},
      {"name":"CardNumber","kind":13,"containerName":"ChargeCard","location":{"uri":"${rootUri}/Billing.oxt","range":{"start":{"line":2,"character":14},"end":{"line":2,"character":24}}}},
      {"name":"ChargeCard","kind":12,"containerName":"Billing","location":{"uri":"${rootUri}/Billing.oxt","range":{"start":{"line":1,"character":11},"end":{"line":1,"character":21}}}}]}
# "co": CheckOut by its humps, then names that hold c…o in order.
--> {"jsonrpc":"2.0","id":3,"method":"workspace/symbol","params":{"query":"co"}}
<-- {"jsonrpc":"2.0","id":3,"result":[
      {"name":"CheckOut","kind":12,"containerName":"Shop","location":{"uri":"${rootUri}/shop/Shop.oxt","range":{"start":{"line":1,"character":11},"end":{"line":1,"character":19}}}},
      {"name":"CardInfo","kind":5,"containerName":"Billing","location":{"uri":"${rootUri}/Billing.oxt","range":{"start":{"line":4,"character":14},"end":{"line":4,"character":22}}}}]}
# The exact name first, whatever its case.
--> {"jsonrpc":"2.0","id":4,"method":"workspace/symbol","params":{"query":"SHOP"}}
<-- {"jsonrpc":"2.0","id":4,"result":[
      {"name":"Shop","kind":2,"location":{"uri":"${rootUri}/shop/Shop.oxt","range":{"start":{"line":0,"character":10},"end":{"line":0,"character":14}}}}]}
# What is on disk for an open file is hidden: OldName is gone.
--> {"jsonrpc":"2.0","id":5,"method":"workspace/symbol","params":{"query":"OldName"}}
<-- {"jsonrpc":"2.0","id":5,"result":[]}
# Half-typed: the action being renamed is found under its new, partial name.
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"${rootUri}/shop/Shop.oxt","version":2},"contentChanges":[
     {"range":{"start":{"line":1,"character":11},"end":{"line":1,"character":19}},"text":"Pay"},
     {"range":{"start":{"line":2,"character":24},"end":{"line":3,"character":5}},"text":""}]}}
--> {"jsonrpc":"2.0","id":6,"method":"workspace/symbol","params":{"query":"pay"}}
<-- {"jsonrpc":"2.0","id":6,"result":[
      {"name":"Pay","kind":12,"containerName":"Shop","location":{"uri":"${rootUri}/shop/Shop.oxt","range":{"start":{"line":1,"character":11},"end":{"line":1,"character":14}}}}]}
--> {"jsonrpc":"2.0","id":7,"method":"shutdown"}
<-- {"jsonrpc":"2.0","id":7,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
%exitcode 0
