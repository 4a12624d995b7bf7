// The bundled examples are what a newcomer opens first: they must parse cleanly.
#include <catch2/catch_test_macros.hpp>

#include "../support/test_files.h"
#include "syntax/syntax_tree.h"

TEST_CASE("every example parses without error or missing nodes") {
  const auto files = oxt::test::exampleFiles();
  REQUIRE(files.size() >= 3);
  for (const auto& file : files) {
    INFO(file.string());
    const oxt::syntax::SyntaxTree tree(oxt::test::readSourceFile(file));
    CHECK(tree.root().type() == "source_file");
    CHECK_FALSE(tree.root().hasError());
  }
}
