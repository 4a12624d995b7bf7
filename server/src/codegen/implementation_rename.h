// Renaming an action or a parameter in the developer's C# too: the method `Mss<A>`
// and its declaration in the interface, or the parameter `ss<P>` and its uses in the
// method's body — so that a rename in the `.oxt` file leaves a project that still
// compiles and code that still reads as the definition (issue 7).
//
// Why from the C# syntax tree: only identifiers are renamed, never text in strings
// or comments, nor a member of another object that happens to share the name
// (`other.ssName`).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/extension_model.h"
#include "syntax/syntax_tree.h"

namespace oxt::codegen {

struct FileEdits {
  std::filesystem::path file;
  std::string text; // the file's text the edits apply to
  std::vector<syntax::TextEdit> edits;
};

/// The edits of `<Ext>.cs` and `Interface.cs` (those that exist beside `oxtFile`)
/// that follow renaming `action` (when `parameter` is empty) or its parameter
/// number `parameter` to `newName`.
[[nodiscard]] std::vector<FileEdits> implementationRenameEdits(const std::filesystem::path& oxtFile,
                                                               const model::Extension& extension,
                                                               const model::Action& action,
                                                               std::optional<std::size_t> parameter,
                                                               std::string_view newName);

/// The same on one text: the class or interface `typeName` of `source`.
[[nodiscard]] std::vector<syntax::TextEdit>
renameInType(std::string_view source, std::string_view typeName, std::string_view method,
             std::optional<std::string_view> parameter, std::string_view newName);

} // namespace oxt::codegen
