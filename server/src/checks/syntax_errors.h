// Syntax errors, read from the ERROR and MISSING nodes of the tree, with messages a
// person understands ("expected a type after ':'") instead of parser jargon.
#pragma once

#include <vector>

#include "checks/diagnostic.h"
#include "syntax/syntax_tree.h"

namespace oxt::checks {

inline constexpr const char* kSyntaxErrorCode = "OXT0001";

/// One diagnostic per ERROR node and per MISSING node (nested errors are not
/// reported twice).
[[nodiscard]] std::vector<Diagnostic> syntaxErrors(const syntax::SyntaxTree& tree);

} // namespace oxt::checks
