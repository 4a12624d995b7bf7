// Selection ranges: "expand selection" from the cursor outwards.
#include <catch2/catch_test_macros.hpp>

#include <string>
#include <vector>

#include "features/selection_ranges.h"

using oxt::features::selectionChain;
using oxt::syntax::ByteRange;
using oxt::syntax::SyntaxTree;

namespace {

std::vector<std::string> chainTexts(const std::string& text, std::string_view marker,
                                    uint32_t shift = 0) {
  const SyntaxTree tree(text);
  const auto offset = static_cast<uint32_t>(text.find(marker)) + shift;
  std::vector<std::string> out;
  for (const auto range : selectionChain(tree, offset)) {
    out.push_back(text.substr(range.start, range.end - range.start));
  }
  return out;
}

bool strictlyGrows(const std::vector<ByteRange>& chain) {
  for (std::size_t i = 1; i < chain.size(); ++i) {
    const auto inner = chain[i - 1];
    const auto outer = chain[i];
    if (outer.start > inner.start || inner.end > outer.end || inner == outer) {
      return false;
    }
  }
  return true;
}

const std::string kFile = "extension Shop {\n"
                          "    action GetPrice {\n"
                          "        input Items: List<Item>\n"
                          "    }\n"
                          "}\n";

} // namespace

TEST_CASE("the chain goes from the token to the whole file") {
  const auto chain = chainTexts(kFile, "Item>", 1);
  REQUIRE(chain.size() >= 7);
  CHECK(chain[0] == "Item");
  CHECK(chain[1] == "List<Item>");
  CHECK(chain[2] == "input Items: List<Item>");
  CHECK(chain[3].starts_with("{")); // the action's body
  CHECK(chain[4].starts_with("action GetPrice"));
  CHECK(chain[5].starts_with("{")); // the extension's body
  CHECK(chain[6].starts_with("extension Shop"));
  CHECK(chain.back() == kFile);
}

TEST_CASE("a cursor just after a name selects the name") {
  const auto chain = chainTexts(kFile, ": List", 0); // right after "Items"
  REQUIRE_FALSE(chain.empty());
  CHECK(chain[0] == "Items");
}

TEST_CASE("every chain strictly grows, at every offset of a half-typed file") {
  const std::string text = "/// doc\nextension Shop {\n  action A {\n    input X: List<\n"
                           "  structure S { Name?: Text( = \"é𝄞\n  }\n";
  const SyntaxTree tree(text);
  for (uint32_t offset = 0; offset <= text.size(); ++offset) {
    CAPTURE(offset);
    const auto chain = selectionChain(tree, offset);
    REQUIRE_FALSE(chain.empty());
    CHECK(strictlyGrows(chain));
    CHECK(chain.front().start <= offset);
    CHECK(offset <= chain.front().end);
    CHECK(chain.back() == ByteRange{0, static_cast<uint32_t>(text.size())});
  }
}

TEST_CASE("an empty file has one range") {
  const SyntaxTree tree("");
  CHECK(selectionChain(tree, 0) == std::vector<ByteRange>{{0, 0}});
}
