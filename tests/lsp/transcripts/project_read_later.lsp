# Opening a file whose C# project is already beside it: comparing the actions with
# <Ext>.cs first parses that file (about 200 ms at 5,000 actions), so the file's own
# diagnostics are published before it, and again with the comparison's once it is
# done. When the comparison finds nothing, they are not sent twice (generate_sources.lsp).
%write Shop.oxt
extension Shop {
    action Price {
        input Quantity: Text
        output Total: Currency
    }
    action Ship {
        input Address: Txt
    }
}
%write Shop/Source/NET/Shop.cs
namespace OutSystems.NssShop {
    public class CssShop : IssShop {
        public void MssPrice(int ssQuantity, out decimal ssTotal) { ssTotal = 0; }
    }
}
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}
<-- {"jsonrpc":"2.0","id":1,"result":"${any}"}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"${rootUri}/Shop.oxt","languageId":"oxt","version":1,
     "text":"extension Shop {\n    action Price {\n        input Quantity: Text\n        output Total: Currency\n    }\n    action Ship {\n        input Address: Txt\n    }\n}\n"}}}
# First the file's own: the unknown type.
<-- {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"${rootUri}/Shop.oxt","version":1,"diagnostics":[
      {"range":{"start":{"line":6,"character":23},"end":{"line":6,"character":26}},"severity":1,"code":"OXT0007","source":"oxt",
       "message":"unknown type 'Txt'; did you mean 'Text'?"}]}}
# Then the same with the comparison's: Price's method takes an int, Ship has none.
<-- {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"${rootUri}/Shop.oxt","version":1,"diagnostics":[
      {"range":{"start":{"line":6,"character":23},"end":{"line":6,"character":26}},"severity":1,"code":"OXT0007","source":"oxt",
       "message":"unknown type 'Txt'; did you mean 'Text'?"},
      {"range":{"start":{"line":1,"character":11},"end":{"line":1,"character":16}},"severity":2,"code":"OXT0102","source":"oxt",
       "message":"method 'MssPrice' (Shop.cs, line 3) does not match action 'Price': parameter 1 is 'int ssQuantity' where the action gives 'string ssQuantity'"},
      {"range":{"start":{"line":5,"character":11},"end":{"line":5,"character":15}},"severity":2,"code":"OXT0101","source":"oxt",
       "message":"action 'Ship' has no method 'MssShip' in Shop.cs"}]}}
<-- {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"${rootUri}/Shop/Source/NET/Shop.cs","diagnostics":[
      {"range":{"start":{"line":2,"character":20},"end":{"line":2,"character":28}},"severity":2,"code":"OXT0102","source":"oxt",
       "message":"method 'MssPrice' does not match action 'Price' of Shop.oxt: parameter 1 is 'int ssQuantity' where the action gives 'string ssQuantity' (Generate C# sources updates it)"}]}}
--> {"jsonrpc":"2.0","id":2,"method":"shutdown"}
<-- {"jsonrpc":"2.0","id":2,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
%exitcode 0
