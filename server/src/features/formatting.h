// The one canonical layout of an `.oxt` file (`oxt fmt`, and the editor's
// "Format Document").
//
// Why one layout, with no options: diffs and reviews stay about meaning, as with
// gofmt. The rules (docs/formatting.md):
//   - 4 spaces per level; one declaration, parameter, attribute or resource per line;
//   - annotations of an extension, action, structure or entity on lines of their
//     own; annotations of a parameter, attribute or resource before it, on its line;
//   - `Name?: Type = value`, `Decimal(18, 2)`, `List<T>`, `Record<A, B>`, `@a("x", Y)`;
//   - comments and doc comments stay where they were: on their own line, or at the
//     end of the line they ended; blank lines between members are kept, at most one,
//     none after `{` or before `}`;
//   - line ends as the file's first line has them (LF or CRLF); one final newline.
// A file with syntax errors is not formatted: guessing could lose work.
#pragma once

#include <optional>
#include <string>

#include "syntax/syntax_tree.h"

namespace oxt::features {

struct FormatResult {
  /// The formatted text; empty when `error` is set.
  std::string text;
  /// Why the file was not formatted ("the file has syntax errors").
  std::optional<std::string> error;
};

[[nodiscard]] FormatResult formatDocument(const syntax::SyntaxTree& tree);

} // namespace oxt::features
