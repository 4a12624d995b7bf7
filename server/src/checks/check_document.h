// Runs every check on one parsed `.oxt` file.
#pragma once

#include <filesystem>
#include <vector>

#include "checks/diagnostic.h"
#include "syntax/syntax_tree.h"

namespace oxt::checks {

/// What the checks need to know beyond the text.
struct CheckContext {
  /// Where the file is (resources are relative to it; its name should match the
  /// extension's). Empty for a buffer that was never saved.
  std::filesystem::path filePath;
};

/// All diagnostics of `tree`, sorted by position.
[[nodiscard]] std::vector<Diagnostic> checkDocument(const syntax::SyntaxTree& tree,
                                                    const CheckContext& context = {});

} // namespace oxt::checks
