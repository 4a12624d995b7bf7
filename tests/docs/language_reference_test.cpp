// docs/language.md is the language reference users read: every complete ```oxt
// example in it must parse without errors, so that the docs cannot drift from the
// grammar (an unclosed body counts: the grammar accepts it, the checks do not).
// (Partial snippets are marked ```oxt-fragment and not parsed.)
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch_test_macros.hpp>

#include "../support/test_files.h"
#include "checks/syntax_errors.h"
#include "syntax/syntax_tree.h"

namespace {

struct Snippet {
  int line = 0;
  std::string text;
};

std::vector<Snippet> oxtBlocks(const std::string& markdown) {
  std::vector<Snippet> blocks;
  std::istringstream in(markdown);
  std::string line;
  int number = 0;
  Snippet* open = nullptr;
  while (std::getline(in, line)) {
    ++number;
    if (open == nullptr && line.rfind("```oxt", 0) == 0 &&
        line.substr(6).find_first_not_of(' ') == std::string::npos) {
      blocks.push_back(Snippet{number + 1, ""});
      open = &blocks.back();
    } else if (open != nullptr && line.rfind("```", 0) == 0) {
      open = nullptr;
    } else if (open != nullptr) {
      open->text += line + "\n";
    }
  }
  return blocks;
}

} // namespace

TEST_CASE("every complete oxt example of docs/language.md parses without errors") {
  const auto blocks = oxtBlocks(oxt::test::readSourceFile("docs/language.md"));
  REQUIRE(blocks.size() >= 5);
  for (const auto& block : blocks) {
    INFO("docs/language.md:" << block.line << "\n" << block.text);
    const oxt::syntax::SyntaxTree tree(block.text);
    CHECK(oxt::checks::syntaxErrors(tree).empty());
  }
}
