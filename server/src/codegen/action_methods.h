// The action methods: `Mss<Action>(…)` in Interface.cs (`Iss<Ext>`) and the stub
// in `<Ext>.cs` (`Css<Ext>`), with their XML doc comments (domain.md §4.3).
//
// Why apart from the other files: the merge of `<Ext>.cs` needs the same pieces
// one action at a time (the header to compare and replace, the stub to append).
#pragma once

#include <string>

#include "model/extension_model.h"

namespace oxt::codegen {

/// "MssCalculateMortgage".
[[nodiscard]] std::string methodName(const model::Action& action);

/// "Css<Ext>", "Iss<Ext>", "OutSystems.Nss<Ext>".
[[nodiscard]] std::string implementationClassName(const model::Extension& extension);
[[nodiscard]] std::string interfaceName(const model::Extension& extension);
[[nodiscard]] std::string namespaceName(const model::Extension& extension);

/// The doc comment and declaration of the method in `Css<Ext>`, up to and
/// including the `{` that opens its body, indented for the class, CRLF after each
/// doc line; no line end after the `{`:
///   \t\t/// <summary>…\r\n … \t\tpublic void MssX(string ssIn, out int ssOut) {
[[nodiscard]] std::string implementationHeader(const model::Extension& extension,
                                               const model::Action& action);

/// The whole stub: header, outputs set to their defaults, the TODO comment, and
/// `} // MssX` with its CRLF.
[[nodiscard]] std::string implementationStub(const model::Extension& extension,
                                             const model::Action& action);

/// `<Ext>.cs` as generated (the template the developer starts from).
[[nodiscard]] std::string implementationFile(const model::Extension& extension);

/// Interface.cs.
[[nodiscard]] std::string interfaceFile(const model::Extension& extension);

} // namespace oxt::codegen
