// The update of the developer's `<Ext>.cs` when the definition changes
// (Integration Studio's "Update Source Code", domain.md §4.8): each action's
// method is found by name; its doc comment and declaration are replaced when they
// differ from what the definition generates, its body is kept byte for byte;
// stubs are appended for new actions; methods whose action is gone are kept and
// reported; everything else in the file is left as it is.
//
// Why it refuses instead of guessing: a file the scanner cannot read (unbalanced
// braces, an unclosed string, no `Css<Ext>` class, a method defined twice) is
// returned as an error, so that no line the developer wrote is ever lost.
#pragma once

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "model/extension_model.h"

namespace oxt::codegen {

struct MergeReport {
  std::vector<std::string> updated;  // methods whose signature or doc comment was replaced
  std::vector<std::string> added;    // stubs appended for new actions
  std::vector<std::string> orphaned; // methods kept whose action is gone
};

struct MergeResult {
  std::string text;
  MergeReport report;
};

struct MergeError {
  std::string message; // "line 12: this '{' is never closed"
};

/// `existing` updated to `extension`'s actions. Line ends of what is inserted
/// follow the file's (CRLF unless the file has only LF).
[[nodiscard]] std::variant<MergeResult, MergeError>
mergeImplementation(std::string_view existing, const model::Extension& extension);

} // namespace oxt::codegen
