// Runs every check on one parsed `.oxt` file.
#pragma once

#include <vector>

#include "checks/diagnostic.h"
#include "syntax/syntax_tree.h"

namespace oxt::checks {

/// All diagnostics of `tree`, sorted by position.
[[nodiscard]] std::vector<Diagnostic> checkDocument(const syntax::SyntaxTree& tree);

} // namespace oxt::checks
