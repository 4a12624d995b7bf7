// Reading the developer's `<Ext>.cs` with tree-sitter's C# grammar: the methods of
// the class `Css<Ext>` and their parameters, to compare them with the definition.
//
// Why a real parser here (the merge has its own scanner, csharp_scanner.h): telling
// whether a method's parameters match an action means reading types, modifiers and
// names as C# defines them (`out`, generics, qualified names, attributes, comments
// anywhere), which a scanner of braces cannot do.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "syntax/line_index.h"

namespace oxt::codegen {

struct CSharpParameter {
  std::string modifiers; // "out", "ref", "" … as written, space-separated
  std::string type;      // as written, without spaces: "RLLoanRecordList"
  std::string name;
};

struct CSharpMethod {
  std::string name;
  std::vector<CSharpParameter> parameters;
  uint32_t line = 0;      // 1-based line of its name
  uint32_t nameStart = 0; // byte offsets of its name in the source
  uint32_t nameEnd = 0;
};

struct CSharpClass {
  std::vector<CSharpMethod> methods; // every method, in order
  /// The class has text the C# grammar could not read: methods may be hidden in
  /// it, so "no method for this action" cannot be told.
  bool hasErrors = false;
};

/// The class named `className` (anywhere, in any namespace) of `source`, or
/// nothing when there is none.
[[nodiscard]] std::optional<CSharpClass> readCSharpClass(std::string_view source,
                                                         std::string_view className);

/// A C# file read from disk, its class, and what every reader of it needs: its lines
/// (to convert the positions of its diagnostics) and its methods by name. Shared by
/// the checks, the code lenses and hover while the file does not change, and never
/// copied: at 5,000 actions it is 2 MB of text and 5,000 methods, and it was copied
/// twice per keystroke and once per code lens request.
class CSharpFile {
public:
  CSharpFile(std::string text, std::optional<CSharpClass> found);
  CSharpFile(const CSharpFile&) = delete; // the index points into its methods
  CSharpFile& operator=(const CSharpFile&) = delete;
  CSharpFile(CSharpFile&&) = delete;
  CSharpFile& operator=(CSharpFile&&) = delete;
  ~CSharpFile() = default;

  [[nodiscard]] const std::string& text() const { return text_; }
  [[nodiscard]] const syntax::LineIndex& lines() const { return lines_; }
  /// The class asked for, if the file has it.
  [[nodiscard]] const std::optional<CSharpClass>& found() const { return found_; }
  /// The class's first method named `name` (the first of overloads), or null.
  [[nodiscard]] const CSharpMethod* method(std::string_view name) const;

private:
  std::string text_;
  syntax::LineIndex lines_;
  std::optional<CSharpClass> found_;
  std::unordered_map<std::string_view, const CSharpMethod*> byName_;
};

/// Whether readCSharpFile(path, className) would answer from its cache: the file is
/// there, and was read as it is now. False when it is not there at all.
[[nodiscard]] bool isCSharpFileCached(const std::filesystem::path& path,
                                      std::string_view className);

/// The file at `path` and its class `className`, or null when it cannot be read.
/// Cached while the file's size and modification time stay the same: the server asks
/// after every keystroke, and parsing the 2 MB `<Ext>.cs` of a 5,000-action extension
/// takes longer than checking the whole `.oxt` file. Safe to call from several threads.
[[nodiscard]] std::shared_ptr<const CSharpFile> readCSharpFile(const std::filesystem::path& path,
                                                               std::string_view className);

} // namespace oxt::codegen
