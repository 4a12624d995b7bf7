#include "checks/check_functions.h"
#include "checks/syntax_errors.h"

namespace oxt::checks {

void checkSyntax(const CheckInput& input, Reporter& reporter) {
  for (auto& diagnostic : syntaxErrors(input.tree)) {
    reporter.add(std::move(diagnostic));
  }
}

} // namespace oxt::checks
