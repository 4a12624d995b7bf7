// The semantic tokens cache (features/semantic_tokens_cache.h) against the tokens
// computed from scratch, and the LSP encoding of tokens against a position lookup per
// token.
#include <catch2/catch_test_macros.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "../support/random_edits.h"
#include "features/semantic_tokens.h"
#include "features/semantic_tokens_cache.h"

using oxt::features::encodeSemanticTokens;
using oxt::features::SemanticToken;
using oxt::features::semanticTokens;
using oxt::features::SemanticTokensCache;
using oxt::syntax::PositionEncoding;
using oxt::syntax::SyntaxTree;

namespace {

/// One line per token (its text and style), so that a failure shows where the two differ.
std::string listing(const SyntaxTree& tree, const std::vector<SemanticToken>& tokens) {
  std::string out;
  for (const auto& token : tokens) {
    out += std::to_string(token.range.start) + "-" + std::to_string(token.range.end) + " " +
           tree.text().substr(token.range.start, token.range.end - token.range.start) + " " +
           std::to_string(static_cast<uint32_t>(token.style.type)) + "/" +
           std::to_string(token.style.modifiers) + "\n";
  }
  return out;
}

/// LSP's relative form computed the plain way: each token's position looked up alone.
std::vector<uint32_t> encodedOneByOne(const SyntaxTree& tree,
                                      const std::vector<SemanticToken>& tokens,
                                      PositionEncoding encoding) {
  std::vector<uint32_t> out;
  uint32_t previousLine = 0;
  uint32_t previousStart = 0;
  for (const auto& token : tokens) {
    const auto start = tree.positionAt(token.range.start, encoding);
    const auto end = tree.positionAt(token.range.end, encoding);
    const auto deltaLine = start.line - previousLine;
    out.insert(out.end(),
               {deltaLine, deltaLine == 0 ? start.character - previousStart : start.character,
                end.character - start.character, static_cast<uint32_t>(token.style.type),
                token.style.modifiers});
    previousLine = start.line;
    previousStart = start.character;
  }
  return out;
}

constexpr std::string_view kThreeActions = "extension E {\n"
                                           "    /// First.\n"
                                           "    action A {\n        input X: Text\n    }\n"
                                           "    action B {\n        input Y: Integer = 3\n    }\n"
                                           "    // between\n"
                                           "    action C {\n        output Z: List<R>\n    }\n"
                                           "}\n";

} // namespace

TEST_CASE("semantic tokens through the cache equal those from scratch after every edit") {
  SemanticTokensCache cache;
  std::size_t reused = 0;
  oxt::test::typeIntoExamples(200, [&](const auto& file, int step, const SyntaxTree& tree,
                                       const auto& /*edit*/, auto& /*random*/) {
    if (step == 0) {
      cache = SemanticTokensCache{}; // one cache per document, as the server keeps them
    }
    CAPTURE(file, step, tree.text());
    const auto& cached = cache.tokens(tree);
    REQUIRE(listing(tree, cached) == listing(tree, semanticTokens(tree)));
    reused += cache.lastReusedParts();
  });
  CHECK(reused > 0); // the comparison above was of reused tokens, not only fresh ones
}

TEST_CASE("the cache reuses the members an edit did not touch, moved with the text") {
  SyntaxTree tree{std::string(kThreeActions)};
  SemanticTokensCache cache;
  (void)cache.tokens(tree);
  CHECK(cache.lastReusedParts() == 0);
  // Renaming B: A, C, both comments and the braces are reused, B is not.
  const auto at = static_cast<uint32_t>(kThreeActions.find("action B") + 7);
  tree.applyEdit({{at, at + 1}, "Bee"});
  const auto& tokens = cache.tokens(tree);
  CHECK(listing(tree, tokens) == listing(tree, semanticTokens(tree)));
  CHECK(cache.lastReusedParts() == 6);
  // Nothing changed: everything is reused.
  (void)cache.tokens(tree);
  CHECK(cache.lastReusedParts() == 7);
}

TEST_CASE("the cache finds the members after a large deletion or insertion") {
  // Twenty actions; the brace, each action and the closing brace are parts.
  std::string text = "extension E {\n";
  for (int i = 0; i < 20; ++i) {
    text += "    action A" + std::to_string(i) + " {\n        input X: Text\n    }\n";
  }
  text += "}\n";
  SyntaxTree tree{text};
  SemanticTokensCache cache;
  (void)cache.tokens(tree);
  // Ten actions deleted at once: those after them lie further than the next few parts,
  // and are found at the same distance from the end of the text. Of the 12 parts left,
  // the two actions on either side of the cut are read again by the reparse (new
  // subtrees); looked for only near the last match, 3 parts would be reused.
  const auto from = static_cast<uint32_t>(text.find("    action A3 "));
  const auto to = static_cast<uint32_t>(text.find("    action A13 "));
  tree.applyEdit({{from, to}, ""});
  CHECK(listing(tree, cache.tokens(tree)) == listing(tree, semanticTokens(tree)));
  CHECK(cache.lastReusedParts() == 10);
  // Thirty pasted at the start: new, and every part after them reused but the action
  // the paste touches.
  std::string pasted;
  for (int i = 0; i < 30; ++i) {
    pasted += "    action P" + std::to_string(i) + " {\n        output Y: Integer\n    }\n";
  }
  const auto start = static_cast<uint32_t>(tree.text().find("    action A0 "));
  tree.applyEdit({{start, start}, pasted});
  CHECK(listing(tree, cache.tokens(tree)) == listing(tree, semanticTokens(tree)));
  CHECK(cache.lastReusedParts() == 11);
}

TEST_CASE("a cache given another document's tree answers for that tree") {
  SemanticTokensCache cache;
  const SyntaxTree first{std::string(kThreeActions)};
  (void)cache.tokens(first);
  const SyntaxTree second("extension F {\n    action A {\n        input X: Text\n    }\n}\n");
  CHECK(listing(second, cache.tokens(second)) == listing(second, semanticTokens(second)));
}

TEST_CASE("the LSP encoding of tokens counts characters as a lookup per token does") {
  oxt::test::typeIntoExamples(60, [&](const auto& file, int step, const SyntaxTree& tree,
                                      const auto& /*edit*/, auto& /*random*/) {
    CAPTURE(file, step, tree.text());
    const auto tokens = semanticTokens(tree);
    for (const auto encoding :
         {PositionEncoding::Utf8, PositionEncoding::Utf16, PositionEncoding::Utf32}) {
      REQUIRE(encodeSemanticTokens(tokens, tree, encoding) ==
              encodedOneByOne(tree, tokens, encoding));
    }
  });
}
