// Checks that need more than one file: today, two files declaring the same
// extension (Integration Studio keeps one extension per name in an environment, so
// the second would overwrite the first when published).
//
// Why outside the checks layer: checks::checkDocument sees one tree; these checks
// read the WorkspaceIndex, which only the workspace layer has.
#pragma once

#include <string>
#include <vector>

#include "checks/diagnostic.h"
#include "workspace/file_summary.h"
#include "workspace/workspace_index.h"

namespace oxt::workspace {

/// The code of "extension 'X' is also declared in …". It sits apart from the
/// per-file codes of docs/diagnostics.md, as workspace-wide checks do.
inline constexpr const char* kDuplicateExtensionCode = "OXT0901";

/// Another file a diagnostic points to (LSP's related information in another file).
struct RelatedElsewhere {
  std::string message;
  FileSummary file; // the location is the file's extension name
};

/// A diagnostic of one file whose explanation lies in other files.
struct CrossFileDiagnostic {
  checks::Diagnostic diagnostic; // range in the checked file
  std::vector<RelatedElsewhere> elsewhere;
};

/// The cross-file diagnostics of the file summarized by `self` (ranges in its text).
[[nodiscard]] std::vector<CrossFileDiagnostic> crossFileDiagnostics(const FileSummary& self,
                                                                    const WorkspaceIndex& index);

} // namespace oxt::workspace
