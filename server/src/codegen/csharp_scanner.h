// Reading the developer's `<Ext>.cs` well enough to merge it: the class
// `Css<Ext>`, and in it each method with its doc comment, declaration and body.
//
// Why a hand-written scanner: the merge only needs where each method's header
// and body are, and must never guess. It skips what can contain braces without
// opening a block (comments, strings, verbatim and interpolated strings, chars,
// preprocessor lines), matches braces, and reports anything it cannot read (an
// unclosed comment or string, unbalanced braces, no class, a method defined twice, a
// declaration cut off before the class's closing brace, a method's declaration that
// shares its line with other code)
// as an error with its line. A real C# parser (tree-sitter's C# grammar) is the
// follow-up recorded in docs/codegen.md.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace oxt::codegen {

/// A method of the class: offsets into the scanned text.
struct ScannedMethod {
  std::string name;            // "MssCalculateMortgage"
  std::size_t headerBegin = 0; // start of the line of its `///` block (or declaration)
  std::size_t bodyOpen = 0;    // the `{` that opens the body
  std::size_t bodyClose = 0;   // the `}` that closes it
  std::size_t line = 0;        // 1-based line of the name
};

struct ScannedClass {
  std::size_t open = 0;               // its `{`
  std::size_t close = 0;              // its `}`
  std::vector<ScannedMethod> methods; // every member with a body whose name starts with "Mss"
};

struct ScanError {
  std::size_t line = 0; // 1-based
  std::string message;  // "'{' is never closed"
};

/// The class named `className` in `source` and its `Mss…` methods, in order.
[[nodiscard]] std::variant<ScannedClass, ScanError>
scanImplementationClass(std::string_view source, std::string_view className);

} // namespace oxt::codegen
