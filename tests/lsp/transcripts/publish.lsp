# 1-Click Publish from the editor (oxt.publish, listed in executeCommandProvider):
# work done progress stage by stage, a showMessage that says where the version went
# or which stage failed and why, and C# compiler errors as diagnostics on the C#
# file. The target is the dir target of oxt.json; the compiler is mcs, with the
# stand-in of the OutSystems runtime compiled in.
%write oxt.json
{
  "targets": {"platform": {"type": "dir", "path": "platform"}},
  "compile": {"command": ["sh", "-c",
    "mcs -nologo -target:library -out:{out} -r:System.Data.dll -r:System.Xml.dll *.cs ${source}/tests/codegen/runtime_stand_in/*.cs"]}
}
%write Shop.oxt
@version("1.0.0")
extension Shop {
    action Price {
        input Quantity: Integer
        output Total: Currency
    }
}
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{"window":{"workDoneProgress":true}}}}
<-- {"jsonrpc":"2.0","id":1,"result":"${any}"}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
# Published: each stage in turn, then where the version went.
--> {"jsonrpc":"2.0","id":2,"method":"workspace/executeCommand","params":{"command":"oxt.publish","arguments":["${rootUri}/Shop.oxt"]}}
<-- {"jsonrpc":"2.0","id":0,"method":"window/workDoneProgress/create","params":{"token":"oxt-publish-0"}}
--> {"jsonrpc":"2.0","id":0,"result":null}
<-- {"jsonrpc":"2.0","method":"$/progress","params":{"token":"oxt-publish-0","value":{"kind":"begin","title":"Publishing Shop.oxt","cancellable":true,"percentage":0}}}
<-- {"jsonrpc":"2.0","method":"$/progress","params":{"token":"oxt-publish-0","value":{"kind":"report","message":"Verify: Shop.oxt","percentage":0}}}
<-- {"jsonrpc":"2.0","method":"$/progress","params":{"token":"oxt-publish-0","value":{"kind":"report","message":"Update Source Code: Shop","percentage":16}}}
<-- {"jsonrpc":"2.0","method":"$/progress","params":{"token":"oxt-publish-0","value":{"kind":"report","message":"Compile: Shop.dll","percentage":33}}}
<-- {"jsonrpc":"2.0","method":"$/progress","params":{"token":"oxt-publish-0","value":{"kind":"report","message":"Pack: Shop-1.0.0.oxtpkg","percentage":50}}}
<-- {"jsonrpc":"2.0","method":"$/progress","params":{"token":"oxt-publish-0","value":{"kind":"report","message":"Upload: ${root}/platform","percentage":66}}}
<-- {"jsonrpc":"2.0","method":"$/progress","params":{"token":"oxt-publish-0","value":{"kind":"report","message":"Upload: ${root}/platform","percentage":83}}}
<-- {"jsonrpc":"2.0","method":"$/progress","params":{"token":"oxt-publish-0","value":{"kind":"report","message":"Publish: platform","percentage":83}}}
<-- {"jsonrpc":"2.0","method":"$/progress","params":{"token":"oxt-publish-0","value":{"kind":"report","message":"Publish: platform","percentage":100}}}
<-- {"jsonrpc":"2.0","method":"$/progress","params":{"token":"oxt-publish-0","value":{"kind":"end","message":"Shop 1.0.0 published to 'platform' (${root}/platform/Shop/1.0.0)"}}}
<-- {"jsonrpc":"2.0","method":"window/showMessage","params":{"type":3,"message":"Shop 1.0.0 published to 'platform' (${root}/platform/Shop/1.0.0)"}}
<-- {"jsonrpc":"2.0","id":2,"result":{"published":true,"summary":"Shop 1.0.0 published to 'platform' (${root}/platform/Shop/1.0.0)",
      "package":"${root}/Shop/Build/Shop-1.0.0.oxtpkg","folder":"${root}/platform/Shop/1.0.0"}}
# Again: the version is there already, refused at Verify.
--> {"jsonrpc":"2.0","id":3,"method":"workspace/executeCommand","params":{"command":"oxt.publish","arguments":["${rootUri}/Shop.oxt","platform"]}}
<-- {"jsonrpc":"2.0","id":1,"method":"window/workDoneProgress/create","params":{"token":"oxt-publish-1"}}
--> {"jsonrpc":"2.0","id":1,"result":null}
<-- {"jsonrpc":"2.0","method":"$/progress","params":{"token":"oxt-publish-1","value":{"kind":"begin","title":"Publishing Shop.oxt","cancellable":true,"percentage":0}}}
<-- {"jsonrpc":"2.0","method":"$/progress","params":{"token":"oxt-publish-1","value":{"kind":"report","message":"Verify: Shop.oxt","percentage":0}}}
<-- {"jsonrpc":"2.0","method":"$/progress","params":{"token":"oxt-publish-1","value":{"kind":"end","message":"Publish failed at Verify: Shop 1.0.0 is already published to 'platform' (${root}/platform/Shop/1.0.0): raise @version, or publish with --force to replace it"}}}
<-- {"jsonrpc":"2.0","method":"window/showMessage","params":{"type":1,"message":"Publish failed at Verify: Shop 1.0.0 is already published to 'platform' (${root}/platform/Shop/1.0.0): raise @version, or publish with --force to replace it"}}
<-- {"jsonrpc":"2.0","id":3,"result":{"published":false,"summary":"Publish failed at Verify: Shop 1.0.0 is already published to 'platform' (${root}/platform/Shop/1.0.0): raise @version, or publish with --force to replace it",
      "package":null,"folder":null}}
# A new version with a C# file of the developer's that does not compile: the error
# is a diagnostic on its line.
%write Shop.oxt
@version("1.1.0")
extension Shop {
    action Price {
        input Quantity: Integer
        output Total: Currency
    }
}
%write Shop/Source/NET/Helpers.cs
namespace OutSystems.NssShop {
    static class Helpers {
        static int Twice(int x) { return x * factor; }
    }
}
--> {"jsonrpc":"2.0","id":4,"method":"workspace/executeCommand","params":{"command":"oxt.publish","arguments":["${rootUri}/Shop.oxt"]}}
<-- {"jsonrpc":"2.0","id":2,"method":"window/workDoneProgress/create","params":{"token":"oxt-publish-2"}}
--> {"jsonrpc":"2.0","id":2,"result":null}
<-- {"jsonrpc":"2.0","method":"$/progress","params":{"token":"oxt-publish-2","value":{"kind":"begin","title":"Publishing Shop.oxt","cancellable":true,"percentage":0}}}
<-- {"jsonrpc":"2.0","method":"$/progress","params":{"token":"oxt-publish-2","value":{"kind":"report","message":"Verify: Shop.oxt","percentage":0}}}
<-- {"jsonrpc":"2.0","method":"$/progress","params":{"token":"oxt-publish-2","value":{"kind":"report","message":"Update Source Code: Shop","percentage":16}}}
<-- {"jsonrpc":"2.0","method":"$/progress","params":{"token":"oxt-publish-2","value":{"kind":"report","message":"Compile: Shop.dll","percentage":33}}}
<-- {"jsonrpc":"2.0","method":"$/progress","params":{"token":"oxt-publish-2","value":{"kind":"end","message":"Publish failed at Compile: The compiler exited with errors. See ${root}/Shop/Build/compile.log"}}}
<-- {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"${rootUri}/Shop/Source/NET/Helpers.cs","diagnostics":[
      {"range":{"start":{"line":2,"character":45},"end":{"line":2,"character":45}},"severity":1,"code":"CS0103","source":"C# compiler",
       "message":"The name `factor' does not exist in the current context"}]}}
<-- {"jsonrpc":"2.0","method":"window/showMessage","params":{"type":1,"message":"Publish failed at Compile: The compiler exited with errors. See ${root}/Shop/Build/compile.log"}}
<-- {"jsonrpc":"2.0","id":4,"result":{"published":false,"summary":"Publish failed at Compile: The compiler exited with errors. See ${root}/Shop/Build/compile.log",
      "package":null,"folder":null}}
# Fixed: published, and the C# file's diagnostics are cleared.
%write Shop/Source/NET/Helpers.cs
namespace OutSystems.NssShop {
    static class Helpers {
        static int Twice(int x) { return x * 2; }
    }
}
--> {"jsonrpc":"2.0","id":5,"method":"workspace/executeCommand","params":{"command":"oxt.publish","arguments":["${rootUri}/Shop.oxt"]}}
<-- {"jsonrpc":"2.0","id":3,"method":"window/workDoneProgress/create","params":{"token":"oxt-publish-3"}}
--> {"jsonrpc":"2.0","id":3,"result":null}
<-- {"jsonrpc":"2.0","method":"$/progress","params":{"token":"oxt-publish-3","value":{"kind":"begin","title":"Publishing Shop.oxt","cancellable":true,"percentage":0}}}
<-- {"jsonrpc":"2.0","method":"$/progress","params":{"token":"oxt-publish-3","value":{"kind":"report","message":"Verify: Shop.oxt","percentage":0}}}
<-- {"jsonrpc":"2.0","method":"$/progress","params":{"token":"oxt-publish-3","value":{"kind":"report","message":"Update Source Code: Shop","percentage":16}}}
<-- {"jsonrpc":"2.0","method":"$/progress","params":{"token":"oxt-publish-3","value":{"kind":"report","message":"Compile: Shop.dll","percentage":33}}}
<-- {"jsonrpc":"2.0","method":"$/progress","params":{"token":"oxt-publish-3","value":{"kind":"report","message":"Pack: Shop-1.1.0.oxtpkg","percentage":50}}}
<-- {"jsonrpc":"2.0","method":"$/progress","params":{"token":"oxt-publish-3","value":{"kind":"report","message":"Upload: ${root}/platform","percentage":66}}}
<-- {"jsonrpc":"2.0","method":"$/progress","params":{"token":"oxt-publish-3","value":{"kind":"report","message":"Upload: ${root}/platform","percentage":83}}}
<-- {"jsonrpc":"2.0","method":"$/progress","params":{"token":"oxt-publish-3","value":{"kind":"report","message":"Publish: platform","percentage":83}}}
<-- {"jsonrpc":"2.0","method":"$/progress","params":{"token":"oxt-publish-3","value":{"kind":"report","message":"Publish: platform","percentage":100}}}
<-- {"jsonrpc":"2.0","method":"$/progress","params":{"token":"oxt-publish-3","value":{"kind":"end","message":"Shop 1.1.0 published to 'platform' (${root}/platform/Shop/1.1.0)"}}}
<-- {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"${rootUri}/Shop/Source/NET/Helpers.cs","diagnostics":[]}}
<-- {"jsonrpc":"2.0","method":"window/showMessage","params":{"type":3,"message":"Shop 1.1.0 published to 'platform' (${root}/platform/Shop/1.1.0)"}}
<-- {"jsonrpc":"2.0","id":5,"result":{"published":true,"summary":"Shop 1.1.0 published to 'platform' (${root}/platform/Shop/1.1.0)",
      "package":"${root}/Shop/Build/Shop-1.1.0.oxtpkg","folder":"${root}/platform/Shop/1.1.0"}}
# Cancelled from the progress (before the worker starts): nothing is done, and
# version 1.2.0 is not in the target (oxt versions would not list it).
%write Shop.oxt
@version("1.2.0")
extension Shop {
    action Price {
        input Quantity: Integer
        output Total: Currency
    }
}
--> {"jsonrpc":"2.0","id":6,"method":"workspace/executeCommand","params":{"command":"oxt.publish","arguments":["${rootUri}/Shop.oxt"]}}
<-- {"jsonrpc":"2.0","id":4,"method":"window/workDoneProgress/create","params":{"token":"oxt-publish-4"}}
--> {"jsonrpc":"2.0","id":4,"result":null}
--> {"jsonrpc":"2.0","method":"window/workDoneProgress/cancel","params":{"token":"oxt-publish-4"}}
<-- {"jsonrpc":"2.0","method":"$/progress","params":{"token":"oxt-publish-4","value":{"kind":"begin","title":"Publishing Shop.oxt","cancellable":true,"percentage":0}}}
<-- {"jsonrpc":"2.0","method":"$/progress","params":{"token":"oxt-publish-4","value":{"kind":"end","message":"Publish cancelled at Verify: cancelled before Verify"}}}
<-- {"jsonrpc":"2.0","method":"window/showMessage","params":{"type":2,"message":"Publish cancelled at Verify: cancelled before Verify"}}
<-- {"jsonrpc":"2.0","id":6,"result":{"published":false,"summary":"Publish cancelled at Verify: cancelled before Verify","package":null,"folder":null}}
# What cannot be done is answered with the reason.
--> {"jsonrpc":"2.0","id":7,"method":"workspace/executeCommand","params":{"command":"oxt.publish","arguments":[]}}
<-- {"jsonrpc":"2.0","id":7,"error":{"code":-32602,"message":"oxt.publish takes the URI of an .oxt file and, optionally, the name of a target"}}
--> {"jsonrpc":"2.0","id":8,"method":"workspace/executeCommand","params":{"command":"oxt.publish","arguments":["${rootUri}/Nothing.oxt"]}}
<-- {"jsonrpc":"2.0","id":8,"error":{"code":-32803,"message":"${any}"}}
--> {"jsonrpc":"2.0","id":9,"method":"shutdown"}
<-- {"jsonrpc":"2.0","id":9,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
%exitcode 0
