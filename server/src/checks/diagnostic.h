// A problem found in an `.oxt` file, as the core reports it: a stable code, a
// severity, a message and the byte range to underline. The LSP layer and the
// command line each translate it into their own form.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "syntax/line_index.h"
#include "syntax/syntax_tree.h"

namespace oxt::checks {

enum class Severity { Error, Warning, Information, Hint };

[[nodiscard]] constexpr std::string_view severityName(Severity severity) {
  switch (severity) {
  case Severity::Error:
    return "error";
  case Severity::Warning:
    return "warning";
  case Severity::Information:
    return "info";
  case Severity::Hint:
    return "hint";
  }
  return "error";
}

/// Another place in the same file that explains a diagnostic ("first declared here").
struct RelatedInformation {
  std::string message;
  syntax::ByteRange range;
};

/// A change that makes a diagnostic go away, found by the check that reported it
/// (as clang's fix-it hints): the check knows the exact spot and the intent.
/// Offered by editors as a quick fix; every fix is tested to remove its
/// diagnostic without adding another (tests/checks/quick_fixes_test.cpp).
/// Work a fix needs beyond editing the checked text: the editor asks the server to
/// do it (a command), since it writes other files.
enum class FixCommand {
  None,
  GenerateSources, // update the C# project of the file's extension (codegen)
};

struct Fix {
  std::string title;                   // "Change to 'Text'"
  std::vector<syntax::TextEdit> edits; // byte ranges of the checked text, not overlapping
  bool preferred = false;              // the obvious fix (editors may apply it on a key)
  FixCommand command = FixCommand::None;
};

struct Diagnostic {
  std::string code; // "OXT0001": stable, documented in docs/diagnostics.md
  Severity severity = Severity::Error;
  std::string message;
  syntax::ByteRange range;
  std::vector<RelatedInformation> related;
  /// Code that can go (an unused structure): editors fade it out.
  bool unnecessary = false;
  std::vector<Fix> fixes;
};

} // namespace oxt::checks
