// The canonical layout: what `oxt fmt` and "Format Document" produce.
#include <filesystem>
#include <set>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "../support/test_files.h"
#include "checks/check_document.h"
#include "features/formatting.h"

using oxt::features::formatDocument;
using oxt::syntax::SyntaxNode;
using oxt::syntax::SyntaxTree;

namespace {

std::string format(const std::string& text) {
  const SyntaxTree tree(text);
  const auto result = formatDocument(tree);
  REQUIRE_FALSE(result.error.has_value());
  return result.text;
}

/// Every leaf's text in order, with whitespace inside comments ignored: what the
/// formatter may never change.
std::string tokens(const SyntaxTree& tree) {
  std::string out;
  std::vector<SyntaxNode> pending{tree.root()};
  while (!pending.empty()) {
    const auto node = pending.back();
    pending.pop_back();
    if (node.childCount() == 0 || node.type() == "string") {
      std::string text(tree.textOf(node));
      while (!text.empty() && (text.back() == ' ' || text.back() == '\r')) {
        text.pop_back();
      }
      out += text + "\x1f";
      continue;
    }
    const auto children = node.children();
    for (auto it = children.rbegin(); it != children.rend(); ++it) {
      pending.push_back(*it);
    }
  }
  return out;
}

} // namespace

TEST_CASE("a squashed file gets one declaration per line, indented by four") {
  const auto formatted =
      format("extension Shop{action GetPrice{input Sku :Text output   Price:Currency}"
             "structure Item{Name?:Text(100)=\"x\" Price:Decimal( 18 ,2 )}}");
  CHECK(formatted == R"(extension Shop {
    action GetPrice {
        input Sku: Text
        output Price: Currency
    }
    structure Item {
        Name?: Text(100) = "x"
        Price: Decimal(18, 2)
    }
}
)");
}

TEST_CASE("block annotations go on their own lines, member annotations where the author put them") {
  const auto formatted = format(R"oxt(@dbms(SqlServer) @version("1.0.0") extension A {
  @table("[DB].[dbo].[T]") @database("Core") entity E {
    @identifier   @autoNumber
    @column("ID")
    Id: Integer
    @column("N",
      "nvarchar(10)") Name: Text(10)
  }
  @deploy(Images) resource
  "icons/a.ico"
  @function action F { output R: List< Record<E,S> > }
}
)oxt");
  CHECK(formatted == R"oxt(@dbms(SqlServer)
@version("1.0.0")
extension A {
    @table("[DB].[dbo].[T]")
    @database("Core")
    entity E {
        @identifier @autoNumber
        @column("ID")
        Id: Integer
        @column("N", "nvarchar(10)") Name: Text(10)
    }
    @deploy(Images) resource "icons/a.ico"
    @function
    action F {
        output R: List<Record<E, S>>
    }
}
)oxt");
}

TEST_CASE("comments and doc comments stay where they were; blank lines are kept up to one") {
  const auto formatted = format(R"(// header


/// The extension.
extension A {

    /// Doc of B.
    action B { // trailing
        input X: Text /* inline */


        // before the output
        output Y: Integer
        // last in body

    }
}
// footer)");
  CHECK(formatted == R"(// header

/// The extension.
extension A {
    /// Doc of B.
    action B { // trailing
        input X: Text /* inline */

        // before the output
        output Y: Integer
        // last in body
    }
}
// footer
)");
}

TEST_CASE("CRLF files stay CRLF") {
  const auto formatted = format("extension A {\r\n  action B {}\r\n}\r\n");
  CHECK(formatted == "extension A {\r\n    action B {\r\n    }\r\n}\r\n");
}

TEST_CASE("a file with syntax errors is left alone, with a reason") {
  const SyntaxTree tree("extension A {\n  action B {\n    input X:\n  }\n}\n");
  const auto result = formatDocument(tree);
  REQUIRE(result.error.has_value());
  CHECK_THAT(*result.error, Catch::Matchers::ContainsSubstring("syntax errors"));
  CHECK(result.text.empty());
}

TEST_CASE("formatting the examples is idempotent and keeps every token") {
  for (const auto& file : oxt::test::exampleFiles()) {
    INFO(file.string());
    const SyntaxTree original(oxt::test::readSourceFile(file));
    const auto once = format(original.text());
    const SyntaxTree formatted(once);
    CHECK(format(once) == once);
    CHECK(formatted.root().toSExpression() == original.root().toSExpression());
    CHECK(tokens(formatted) == tokens(original));
  }
}

TEST_CASE("formatting every fixture twice changes nothing the second time, nor the diagnostics") {
  // The fixtures hold every kind of mistake the checks know; formatting must not
  // hide or add one (the model is the same), and must be stable.
  std::size_t formatted = 0;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(oxt::test::sourceDir() / "tests/fixtures")) {
    if (entry.path().extension() != ".oxt") {
      continue;
    }
    INFO(entry.path().string());
    const SyntaxTree original(
        oxt::test::readSourceFile(std::filesystem::relative(entry.path(), oxt::test::sourceDir())));
    const auto once = formatDocument(original);
    if (once.error) {
      continue; // a fixture of syntax errors: left alone (tested above)
    }
    ++formatted;
    const SyntaxTree tree(once.text);
    CHECK(format(once.text) == once.text);
    CHECK(tokens(tree) == tokens(original));
    const auto codes = [&](const SyntaxTree& checked) {
      std::multiset<std::string> result;
      for (const auto& diagnostic : oxt::checks::checkDocument(checked, {entry.path()})) {
        result.insert(diagnostic.code + " " + diagnostic.message);
      }
      return result;
    };
    CHECK(codes(tree) == codes(original));
  }
  CHECK(formatted >= 9); // all but the fixtures of syntax errors
}
