# exit without shutdown ends with code 1, as the specification asks.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}
<-- {"jsonrpc":"2.0","id":1,"result":"${any}"}
--> {"jsonrpc":"2.0","method":"exit"}
%exitcode 1
# Nothing is answered once the server has exited.
--> {"jsonrpc":"2.0","id":2,"method":"shutdown"}
