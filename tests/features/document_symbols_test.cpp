// The outline: what the editor's Outline view and breadcrumbs show.
#include <catch2/catch_test_macros.hpp>

#include <string>
#include <vector>

#include "../support/test_files.h"
#include "features/document_outline.h"
#include "model/analysis.h"

using oxt::features::declarationsOf;
using oxt::features::documentOutline;
using oxt::features::OutlineSymbol;
using oxt::features::typeText;
using oxt::model::SymbolKind;
using oxt::syntax::ByteRange;
using oxt::syntax::SyntaxTree;

namespace {

std::vector<OutlineSymbol> outlineOf(const std::string& text) {
  const SyntaxTree tree(text);
  const oxt::model::Analysis analysis(tree);
  return documentOutline(analysis.document, text);
}

std::string textOf(const std::string& text, ByteRange range) {
  return text.substr(range.start, range.end - range.start);
}

bool contains(ByteRange outer, ByteRange inner) {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/// What LSP requires of every DocumentSymbol: the selection range inside the range,
/// the children's ranges inside the parent's, and a name.
void requireWellFormed(const OutlineSymbol& symbol) {
  CHECK_FALSE(symbol.name.empty());
  CHECK(contains(symbol.range, symbol.selectionRange));
  for (const auto& child : symbol.children) {
    CHECK(contains(symbol.range, child.range));
    requireWellFormed(child);
  }
}

} // namespace

TEST_CASE("the outline is a tree: extension, actions with parameters, records with attributes") {
  const std::string text = R"(extension MortgageLib {
    action CalculateMortgage {
        input Principal: Currency
        input Years?: Integer = 30
        output Schedule: List< Installment >
    }
    @function
    action Round { input Value: Decimal output Rounded: Decimal }
    structure Installment {
        Interest: Decimal(37,8)
    }
    entity Loan {
        @identifier Id: Integer
        Customer: Identifier<Borrower>
    }
    @deploy(Images) resource "icons/m.ico"
}
)";
  const auto outline = outlineOf(text);
  REQUIRE(outline.size() == 1);
  const auto& extension = outline[0];
  CHECK(extension.kind == SymbolKind::Extension);
  CHECK(extension.name == "MortgageLib");
  CHECK(textOf(text, extension.selectionRange) == "MortgageLib");
  REQUIRE(extension.children.size() == 5);

  const auto& action = extension.children[0];
  CHECK(action.kind == SymbolKind::Action);
  CHECK(action.name == "CalculateMortgage");
  CHECK(action.detail.empty());
  REQUIRE(action.children.size() == 3);
  CHECK(action.children[0].kind == SymbolKind::Parameter);
  CHECK(action.children[0].name == "Principal");
  CHECK(action.children[0].detail == "input Currency");
  CHECK(action.children[1].detail == "input Integer");
  CHECK(action.children[2].detail == "output List<Installment>");
  CHECK(textOf(text, action.children[2].selectionRange) == "Schedule");

  const auto& function = extension.children[1];
  CHECK(function.name == "Round");
  CHECK(function.detail == "function");
  CHECK(textOf(text, function.range).starts_with("@function"));

  const auto& structure = extension.children[2];
  CHECK(structure.kind == SymbolKind::Structure);
  REQUIRE(structure.children.size() == 1);
  CHECK(structure.children[0].kind == SymbolKind::Attribute);
  CHECK(structure.children[0].detail == "Decimal(37, 8)");

  const auto& entity = extension.children[3];
  CHECK(entity.kind == SymbolKind::Entity);
  REQUIRE(entity.children.size() == 2);
  CHECK(entity.children[0].name == "Id");
  CHECK(entity.children[1].detail == "Identifier<Borrower>");

  const auto& resource = extension.children[4];
  CHECK(resource.kind == SymbolKind::Resource);
  CHECK(resource.name == "icons/m.ico");
  CHECK(resource.detail == "Images");
  CHECK(textOf(text, resource.selectionRange) == "\"icons/m.ico\"");
  requireWellFormed(extension);
}

TEST_CASE("members are listed in the order written, whatever their kind") {
  const auto outline = outlineOf("extension E { structure S {} action A {} entity T {} "
                                 "resource \"x.dll\" action B {} }");
  REQUIRE(outline.size() == 1);
  std::vector<std::string> names;
  for (const auto& child : outline[0].children) {
    names.push_back(child.name);
  }
  CHECK(names == std::vector<std::string>{"S", "A", "T", "x.dll", "B"});
}

TEST_CASE("half-typed files have an outline of what is there") {
  const std::vector<std::string> texts{
      "extension Shop {\n  action {\n    input X: Text\n  }\n  structure Item { Name: Te\n}\n",
      "extension Shop {\n  action A { input : Text }\n",
      "extension Shop {\n  action A {}\n  structure\n",
      "extension {\n  action B { output",
      "@table(\"x\") entity",
      "extension Shop {\n  resource \"lib/a.dll\n  action C { input X: List<",
  };
  for (const auto& text : texts) {
    CAPTURE(text);
    for (const auto& root : outlineOf(text)) {
      requireWellFormed(root);
    }
  }
  const auto outline = outlineOf(texts[0]);
  REQUIRE(outline.size() == 1);
  REQUIRE(outline[0].children.size() == 1);
  CHECK(outline[0].children[0].name == "Item");
  CHECK(outline[0].children[0].children.at(0).detail == "Te");
}

TEST_CASE("a declaration whose name is missing shows a placeholder, selecting its keyword") {
  // The parser usually drops such a declaration; the model can still hold one.
  const std::string text = "extension Shop { action {} }";
  oxt::model::Document document;
  oxt::model::Extension extension;
  extension.name = {"Shop", ByteRange{10, 14}};
  extension.range = ByteRange{0, 28};
  extension.keywordRange = ByteRange{0, 9};
  oxt::model::Action action;
  action.name = {"", ByteRange{23, 23}};
  action.range = ByteRange{17, 26};
  action.keywordRange = ByteRange{17, 23};
  extension.actions.push_back(action);
  document.extensions.push_back(extension);
  const auto outline = documentOutline(document, text);
  REQUIRE(outline.size() == 1);
  REQUIRE(outline[0].children.size() == 1);
  CHECK(outline[0].children[0].name == "(missing name)");
  CHECK(textOf(text, outline[0].children[0].selectionRange) == "action");
  requireWellFormed(outline[0]);
  // The missing name is not offered to workspace symbol search.
  const auto declarations = declarationsOf(document, text);
  REQUIRE(declarations.size() == 1);
  CHECK(declarations[0].name == "Shop");
}

TEST_CASE("members after a stray closing brace stay in the outline, inside their extension") {
  const std::string text = "extension Shop {\n  action A {}\n}\n}\naction B {}\n";
  const auto outline = outlineOf(text);
  REQUIRE(outline.size() == 1);
  REQUIRE(outline[0].children.size() == 2);
  CHECK(outline[0].children[1].name == "B");
  requireWellFormed(outline[0]);
}

TEST_CASE("a file without an extension line lists its declarations at the top") {
  const auto outline = outlineOf("action A { input X: Text }\nstructure S { Y: Integer }\n");
  REQUIRE(outline.size() == 2);
  CHECK(outline[0].name == "A");
  CHECK(outline[1].kind == SymbolKind::Structure);
}

TEST_CASE("names with non-ASCII letters keep their text and byte ranges") {
  const std::string text = "extension Café {\n  action Préço { input Ñame: Text }\n}\n";
  const auto outline = outlineOf(text);
  REQUIRE(outline.size() == 1);
  CHECK(outline[0].name == "Café");
  REQUIRE(outline[0].children.size() == 1);
  const auto& parameter = outline[0].children[0].children.at(0);
  CHECK(parameter.name == "Ñame");
  CHECK(textOf(text, parameter.selectionRange) == "Ñame");
}

TEST_CASE("declarations flatten with their containers") {
  const std::string text = "extension E { action A { input X: Text } structure S { Y: Integer } }";
  const SyntaxTree tree(text);
  const oxt::model::Analysis analysis(tree);
  const auto declarations = declarationsOf(analysis.document, text);
  REQUIRE(declarations.size() == 5);
  CHECK(declarations[0].name == "E");
  CHECK(declarations[0].container.empty());
  CHECK(declarations[1].name == "A");
  CHECK(declarations[1].container == "E");
  CHECK(declarations[2].name == "X");
  CHECK(declarations[2].container == "A");
  CHECK(declarations[4].name == "Y");
  CHECK(declarations[4].container == "S");
  CHECK(textOf(text, declarations[2].nameRange) == "X");
}

TEST_CASE("types read as written, with whitespace made canonical") {
  CHECK(typeText("List< Installment >") == "List<Installment>");
  CHECK(typeText("Record<A,B>") == "Record<A, B>");
  CHECK(typeText("Decimal( 18 ,2 )") == "Decimal(18, 2)");
  CHECK(typeText("Text") == "Text");
  CHECK(typeText("").empty());
}

TEST_CASE("every example has a well-formed outline") {
  for (const auto& file : oxt::test::exampleFiles()) {
    CAPTURE(file);
    const auto text = oxt::test::readSourceFile(file);
    const auto outline = outlineOf(text);
    REQUIRE(outline.size() == 1);
    CHECK_FALSE(outline[0].children.empty());
    requireWellFormed(outline[0]);
  }
}

TEST_CASE("an example cut anywhere still has a well-formed outline") {
  // Each member's children are inside its range (the walk relies on it to size the
  // extension's range without reading them), whatever the parser recovered.
  for (const auto& file : oxt::test::exampleFiles()) {
    const auto text = oxt::test::readSourceFile(file);
    constexpr std::size_t kStep = 17;
    for (std::size_t cut = 0; cut < text.size(); cut += kStep) {
      CAPTURE(file, cut);
      for (const auto& root : outlineOf(text.substr(0, cut))) {
        requireWellFormed(root);
      }
      // And with the rest after a stray closing brace: members outside the extension.
      for (const auto& root : outlineOf(text.substr(0, cut) + "}\n" + text.substr(cut))) {
        requireWellFormed(root);
      }
    }
  }
}
