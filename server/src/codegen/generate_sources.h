// Generation of an extension's C# sources in memory: the files Integration Studio
// writes to `<Ext>/Source/NET/` (profile o11, docs/codegen.md), as bytes.
//
// Why in memory first: the caller decides what to write (a new file, a merge, a
// backup, nothing when unchanged) after every file generated, so an error leaves
// the disk untouched; and tests compare bytes without touching the disk.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "model/extension_model.h"

namespace oxt::codegen {

struct GeneratedFile {
  std::string name;  // the file name in Source/NET/: "MortgageLib.cs"
  std::string bytes; // CRLF line ends, tabs
};

/// Why an extension cannot be generated (a name that is no C# identifier, a type
/// that does not resolve, two record types with one C# name). Files with error
/// diagnostics are refused before this; it guards the generator on its own.
struct CodegenError {
  std::string message;
};

/// Files wholly generated (overwritten on each update), and `<Ext>.cs`, which is
/// the developer's after the first generation (merged).
enum class FileRole { Generated, Implementation };

struct SourceFile {
  GeneratedFile file;
  FileRole role = FileRole::Generated;
};

/// The sources of `extension`, in a fixed order: `<Ext>.sln`, `<Ext>.csproj`,
/// `<Ext>.cs`, Interface.cs, Structures.cs, Entities.cs, Records.cs,
/// RecordLists.cs, AssemblyInfo.cs. The same extension always gives the same bytes.
[[nodiscard]] std::variant<std::vector<SourceFile>, CodegenError>
generateSources(const model::Extension& extension);

/// Null when every name and type of `extension` can be generated, else why not.
[[nodiscard]] std::optional<CodegenError> findUngeneratable(const model::Extension& extension);

} // namespace oxt::codegen
