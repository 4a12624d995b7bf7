// Syntax errors, read from the ERROR and MISSING nodes of the tree, with messages a
// person understands ("expected a type after ':'") instead of parser jargon.
#pragma once

#include <cstddef>
#include <vector>

#include "checks/diagnostic.h"
#include "syntax/syntax_tree.h"

namespace oxt::checks {

inline constexpr const char* kSyntaxErrorCode = "OXT0001";

/// How much of the tree syntaxErrors walks.
enum class SyntaxWalk {
  /// Skips the subtrees that cannot hold a problem (no error, no string, a closed
  /// body): the walk after every keystroke.
  SkipClean,
  /// Every node: the reference that tests compare the shortcuts with.
  Everything,
};

/// One diagnostic per ERROR node and per MISSING node (nested errors are not
/// reported twice), and one per body or string left unclosed.
[[nodiscard]] std::vector<Diagnostic> syntaxErrors(const syntax::SyntaxTree& tree,
                                                   SyntaxWalk walk = SyntaxWalk::SkipClean);

/// Finds the syntax errors of segment `index` of a text in segments and keeps them with
/// the segment, where syntaxErrors looks first. Made for syntax::SegmentParsed: a file
/// opened has its segments walked on the threads that parsed them.
void findSegmentErrorsAhead(const syntax::SyntaxTree& tree, std::size_t index);

} // namespace oxt::checks
