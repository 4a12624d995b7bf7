// The syntax tree wrapper: parsing, reading nodes by field, and edits.
#include <array>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch_test_macros.hpp>

#include "support/limits.h"
#include "syntax/syntax_tree.h"
#include "syntax/text_limits.h"

using oxt::syntax::ByteRange;
using oxt::syntax::SyntaxTree;
using oxt::syntax::TextEdit;

namespace {
const char* const kSmall = R"(extension Shop {
    action GetPrice {
        input Sku: Text
        output Price: Currency
    }
}
)";
} // namespace

TEST_CASE("a file parses into named declarations reachable by field") {
  const SyntaxTree tree(kSmall);
  const auto root = tree.root();
  REQUIRE(root.type() == "source_file");
  CHECK_FALSE(root.hasError());

  const auto extension = root.namedChild(0);
  REQUIRE(extension.type() == "extension_declaration");
  CHECK(tree.textOf(extension.childByField("name")) == "Shop");

  const auto body = extension.childByField("body");
  REQUIRE(body);
  const auto action = body.namedChild(0);
  REQUIRE(action.type() == "action_declaration");
  CHECK(tree.textOf(action.childByField("name")) == "GetPrice");
}

namespace {
/// The whole tree under `node` as one line, walked with forEachChild: each walk nests
/// inside its parent's, as the model's reading of a declaration does.
std::string walked(const SyntaxTree& tree, oxt::syntax::SyntaxNode node) {
  std::string out(node.type());
  if (node.childCount() == 0) {
    return out.append("'").append(tree.textOf(node)).append("'");
  }
  out += "(";
  node.forEachChild([&](oxt::syntax::SyntaxNode child) { out += walked(tree, child) + " "; });
  return out + ")";
}

/// The same, with child(i).
std::string indexed(const SyntaxTree& tree, oxt::syntax::SyntaxNode node) {
  std::string out(node.type());
  if (node.childCount() == 0) {
    return out.append("'").append(tree.textOf(node)).append("'");
  }
  out += "(";
  for (uint32_t i = 0; i < node.childCount(); ++i) {
    out += indexed(tree, node.child(i)) + " ";
  }
  return out + ")";
}
} // namespace

TEST_CASE("walks over children, nested to any depth, see every child in order") {
  const SyntaxTree tree(R"(extension Shop {
    @Label("Price") action GetPrice {
        input Sku: Text(50) = "x"
        output Prices: List<Record<Currency, Integer>>
    }
    structure Line { Qty: Integer }
}
)");
  const auto whole = walked(tree, tree.root());
  CHECK(whole == indexed(tree, tree.root()));
  CHECK(whole.find("'GetPrice'") != std::string::npos);
  CHECK(whole.find("'Qty'") != std::string::npos);
  // A walk of a node without children, or of no node, visits nothing.
  int visits = 0;
  oxt::syntax::SyntaxNode().forEachChild([&](oxt::syntax::SyntaxNode) { ++visits; });
  tree.root().namedChild(0).childByField("name").forEachChild(
      [&](oxt::syntax::SyntaxNode) { ++visits; });
  CHECK(visits == 0);
}

namespace {
/// Every node under `node` whose type() differs from tree-sitter's own name for it.
void collectMisnamed(oxt::syntax::SyntaxNode node, std::vector<std::string>& misnamed,
                     std::size_t& seen) {
  ++seen;
  const std::string_view expected = ts_node_type(node.tsNode());
  if (node.type() != expected) {
    misnamed.push_back(std::string(node.type()) + " instead of " + std::string(expected));
  }
  node.forEachChild([&](oxt::syntax::SyntaxNode child) { collectMisnamed(child, misnamed, seen); });
}
} // namespace

TEST_CASE("every node is named as the grammar names it, errors and missing tokens included") {
  // type() reads a table of names made once per language; it must agree with
  // tree-sitter's ts_node_type everywhere, in both grammars and in broken text.
  const SyntaxTree oxt(R"(/// Doc.
@dbms(SqlServer)
extension Shop {
    @Label("Price") action GetPrice {
        input Sku?: Text(50) = "x"
        output Prices: List<Record<Currency, Integer>>
        input Id: Identifier<Line>
        input : = ) @
    }
    structure Line { Qty: Integer = #2024-01-31# }
    resource "lib/a.dll"
    entity E { @identifier Id: LongInteger
)");
  const SyntaxTree csharp(R"(using System;
namespace Shop {
    public class Prices : IShop {
        public void MssGetPrice(string ssSku, out decimal ssPrice) { ssPrice = 1.5m; }
        int broken( { }
    }
}
)",
                          oxt::syntax::Language::CSharp);
  REQUIRE(oxt.hasError());
  REQUIRE(csharp.hasError());
  std::vector<std::string> misnamed;
  std::size_t seen = 0;
  collectMisnamed(oxt.root(), misnamed, seen);
  collectMisnamed(csharp.root(), misnamed, seen);
  CHECK(seen > 150);
  CHECK(misnamed.empty());
  CHECK(oxt::syntax::SyntaxNode().type().empty());
}

TEST_CASE("an absent field is an absent node, never a crash") {
  const SyntaxTree tree("extension {");
  const auto extension = tree.root().namedChild(0);
  const auto missing = extension.childByField("no_such_field");
  CHECK_FALSE(missing.exists());
  CHECK(missing.type().empty());
  CHECK(missing.childCount() == 0);
  CHECK_FALSE(missing.parent().exists());
  CHECK(tree.textOf(missing).empty());
}

TEST_CASE("an edit changes the text and the tree") {
  SyntaxTree tree(kSmall);
  const std::string text = tree.text();
  const auto at = static_cast<uint32_t>(text.find("GetPrice"));
  tree.applyEdit(TextEdit{ByteRange{at, at + 8}, "FetchPrice"});

  CHECK(tree.text().find("action FetchPrice {") != std::string::npos);
  const auto action = tree.root().namedChild(0).childByField("body").namedChild(0);
  CHECK(tree.textOf(action.childByField("name")) == "FetchPrice");
}

TEST_CASE("an edit that breaks the syntax reports the changed ranges") {
  SyntaxTree tree(kSmall);
  const auto at = static_cast<uint32_t>(tree.text().find("Currency"));
  tree.applyEdit(TextEdit{ByteRange{at, at + 8}, ""});
  CHECK(tree.root().hasError());
  const auto changed = tree.changedRanges();
  REQUIRE_FALSE(changed.empty());
  for (const auto& range : changed) {
    CHECK(range.start <= range.end);
    CHECK(range.end <= tree.text().size());
  }
}

TEST_CASE("changed ranges cover the whole text after the first parse, and nothing after a no-op") {
  SyntaxTree tree(kSmall);
  CHECK(tree.changedRanges() ==
        std::vector<ByteRange>{ByteRange{0, static_cast<uint32_t>(tree.text().size())}});
  tree.applyEdit(TextEdit{ByteRange{0, 0}, ""});
  CHECK(tree.changedRanges().empty());
}

TEST_CASE("edits apply in order, each against the text the previous one left") {
  SyntaxTree tree("extension A {\n}\n");
  tree.applyEdits({TextEdit{ByteRange{10, 11}, "Bb"}, TextEdit{ByteRange{0, 0}, "// x\n"}});
  CHECK(tree.text() == "// x\nextension Bb {\n}\n");
  CHECK_FALSE(tree.root().hasError());
}

TEST_CASE("an edit range past the end of the text is clamped") {
  SyntaxTree tree("extension A {}");
  tree.applyEdit(TextEdit{ByteRange{500, 900}, "\n"});
  CHECK(tree.text() == "extension A {}\n");
  tree.applyEdit(TextEdit{ByteRange{12, 3}, "X"}); // end before start: an insertion
  CHECK(tree.text() == "extension A X{}\n");
}

TEST_CASE("a snapshot keeps its text and tree while the original is edited") {
  SyntaxTree tree(kSmall);
  const SyntaxTree snapshot = tree.snapshot();
  const auto at = static_cast<uint32_t>(tree.text().find("GetPrice"));
  tree.applyEdit(TextEdit{ByteRange{at, at + 8}, "FetchPrice"});

  CHECK(snapshot.text() == kSmall);
  const auto action = snapshot.root().namedChild(0).childByField("body").namedChild(0);
  CHECK(snapshot.textOf(action.childByField("name")) == "GetPrice");
  CHECK(snapshot.lines().lineCount() == tree.lines().lineCount());

  SyntaxTree edited = snapshot.snapshot(); // a snapshot can be edited on its own
  edited.applyEdit(TextEdit{ByteRange{0, 9}, "extension"});
  CHECK_FALSE(edited.root().hasError());
}

TEST_CASE("a text over the limits is kept but not parsed, until an edit brings it back") {
  using oxt::syntax::Language;
  const std::string deep = "extension X {\n" + std::string(100000, '{') + "\n}\n";
  SyntaxTree tree(deep);
  REQUIRE(tree.limitProblem());
  CHECK(tree.limitProblem()->find("100001 levels; oxt reads at most 256") != std::string::npos);
  CHECK(tree.text() == deep);
  CHECK(tree.root().childCount() == 0); // the tree of an empty text
  CHECK(!tree.root().hasError());

  // Deleting the braces makes it readable again.
  tree.applyEdit(TextEdit{ByteRange{14, 14 + 100000}, ""});
  CHECK(!tree.limitProblem());
  CHECK(tree.root().childCount() == 1);
  // And adding them back makes it unreadable again, in a snapshot too.
  tree.applyEdit(TextEdit{ByteRange{14, 14}, std::string(300, '(')});
  CHECK(tree.snapshot().limitProblem());

  const std::string big(oxt::limits::kMaxDocumentBytes + 1, ' ');
  CHECK(SyntaxTree(big).limitProblem()->find("too large to analyse (4.0 MB; oxt reads at most "
                                             "4.0 MB)") != std::string::npos);
}

TEST_CASE("brackets in strings and comments do not count as nesting") {
  using oxt::syntax::bracketDepth;
  using oxt::syntax::Language;
  CHECK(bracketDepth("extension X { action A { input P: List<Text> } }", Language::Oxt) == 3);
  CHECK(bracketDepth("x { \"{{{{\" // {{{{\n /* {{{{ */ }", Language::Oxt) == 1);
  CHECK(bracketDepth("}}} {", Language::Oxt) == 1); // closers without an opener are ignored
  // In C#, '<' is also less-than, and '{' may be a character.
  CHECK(bracketDepth("if (a < b) { c = '{'; }", Language::CSharp) == 1);
}

TEST_CASE("the depth limit skips its scan only for edits that cannot change the depth") {
  // A text one level under the limit whose deepest line holds brackets in a comment
  // and in a string: an edit that ends the comment or the string early (a letter
  // typed between two '/', a '\' removed) puts them over the limit.
  using oxt::syntax::Language;
  using oxt::syntax::textLimitProblem;
  const auto deep = oxt::limits::kMaxNestingDepth - 3;
  std::string text = "extension X {\n" + std::string(deep, '(');
  text += "\n// {{{ a\n\"s \\\" {{{\" /* {{{ */ x\n";
  text += std::string(deep, ')') + "\n}\n";
  SyntaxTree tree(text);
  REQUIRE(!tree.limitProblem());

  constexpr std::array<std::string_view, 12> kPieces{"a",  "  ", "/", "*", "\"", "\\",
                                                     "\n", "(",  ")", "{", "}",  ""};
  std::mt19937 random(7); // NOLINT(cert-msc32-c,cert-msc51-cpp): reproducible on purpose
  int limited = 0;
  for (int i = 0; i < 20000; ++i) {
    // Half of the edits land next to a character the scan reads.
    const auto& current = tree.text();
    const auto size = static_cast<uint32_t>(current.size());
    auto start = std::uniform_int_distribution<uint32_t>(0, size)(random);
    if (i % 2 == 0) {
      std::vector<uint32_t> steering;
      for (uint32_t at = 0; at < size; ++at) {
        if (std::string_view("/*\"\\\n").find(current[at]) != std::string_view::npos) {
          steering.push_back(at + (i % 4 == 0 ? 1 : 0));
        }
      }
      if (!steering.empty()) {
        start =
            steering[std::uniform_int_distribution<std::size_t>(0, steering.size() - 1)(random)];
      }
    }
    const auto end = std::min(size, start + std::uniform_int_distribution<uint32_t>(0, 2)(random));
    const auto piece = kPieces.at(std::uniform_int_distribution<std::size_t>(0, 11)(random));
    tree.applyEdit(TextEdit{ByteRange{start, end}, std::string(piece)});
    INFO("edit " << i << " text:\n" << tree.text());
    REQUIRE(tree.limitProblem() == textLimitProblem(tree.text(), Language::Oxt));
    limited += tree.limitProblem() ? 1 : 0;
    if (i % 10 == 9) { // back to the start: random edits soon wander far from the limit
      tree.applyEdit(TextEdit{ByteRange{0, static_cast<uint32_t>(tree.text().size())}, text});
    }
  }
  CHECK(limited > 0); // the edits did cross the limit
}
