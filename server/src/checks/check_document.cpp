#include "checks/check_document.h"

#include <algorithm>

#include "checks/syntax_errors.h"

namespace oxt::checks {

std::vector<Diagnostic> checkDocument(const syntax::SyntaxTree& tree,
                                      const CheckContext& /*context*/) {
  auto diagnostics = syntaxErrors(tree);
  std::stable_sort(
      diagnostics.begin(), diagnostics.end(),
      [](const Diagnostic& a, const Diagnostic& b) { return a.range.start < b.range.start; });
  return diagnostics;
}

} // namespace oxt::checks
