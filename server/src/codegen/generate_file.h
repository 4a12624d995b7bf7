// "Generate C# sources" for one `.oxt` file, as the command line (`oxt generate`)
// and the editor (command `oxt.generateSources`, quick fixes "Generate stub" and
// "Update signature") both run it.
//
// Why one function: both must refuse the same definitions (any error diagnostic:
// Integration Studio's Verify would refuse them too) and write the same project.
#pragma once

#include <filesystem>
#include <string>
#include <variant>
#include <vector>

#include "checks/diagnostic.h"
#include "codegen/project_update.h"
#include "syntax/syntax_tree.h"

namespace oxt::codegen {

struct GenerateRefusal {
  std::string message; // "Shop.oxt has errors; nothing was generated for it …"
  std::vector<checks::Diagnostic> diagnostics; // what the checks found (all of them)
};

/// Generates or updates the project of the extension defined by `tree`, the text
/// of the file at `oxtFile` (which may be an editor's unsaved text).
[[nodiscard]] std::variant<UpdateReport, GenerateRefusal>
generateFile(const syntax::SyntaxTree& tree, const std::filesystem::path& oxtFile,
             const UpdateOptions& options = {});

/// One line for an editor's notification: "MortgageLib: 9 files created; stub added
/// for MssX".
[[nodiscard]] std::string summaryOf(const UpdateReport& report);

} // namespace oxt::codegen
