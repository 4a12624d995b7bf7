// The bundled examples are valid extensions: no syntax error of any kind,
// including those the grammar accepts for error recovery (an unclosed body).
#include <catch2/catch_test_macros.hpp>

#include "../support/test_files.h"
#include "checks/check_document.h"

TEST_CASE("every example checks without diagnostics") {
  for (const auto& file : oxt::test::exampleFiles()) {
    INFO(file.string());
    const oxt::syntax::SyntaxTree tree(oxt::test::readSourceFile(file));
    const auto diagnostics = oxt::checks::checkDocument(tree);
    for (const auto& diagnostic : diagnostics) {
      UNSCOPED_INFO(diagnostic.code << " at byte " << diagnostic.range.start << ": "
                                    << diagnostic.message);
    }
    CHECK(diagnostics.empty());
  }
}
