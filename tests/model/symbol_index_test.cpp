// The symbol index: definitions, every reference to them, case-insensitive.
#include <catch2/catch_test_macros.hpp>

#include "model/build_model.h"
#include "model/symbol_index.h"

using namespace oxt::model;
using oxt::syntax::SyntaxTree;

namespace {
const char* const kText = R"(extension Shop {
    @icon("Icons/Cart.ico")
    action Buy {
        input Item: product
        output Lines: List<Record<Product, Line>>
        output Who: Identifier<Customer>
    }
    structure Line { Of: Product  Count: Integer }
    structure Product { Name: Text }
    @table("C")
    entity Customer { @identifier Id: Integer }
    resource "icons/cart.ico"
}
)";
} // namespace

TEST_CASE("references to a structure come from types, whatever their case") {
  const SyntaxTree tree(kText);
  const auto document = buildModel(tree);
  const SymbolIndex index(document);
  const auto product = index.find(0, SymbolKind::Structure, "PRODUCT");
  REQUIRE(product);
  CHECK(index.symbols()[*product].name == "Product");
  const auto& references = index.referencesTo(*product);
  REQUIRE(references.size() == 3);
  for (const auto reference : references) {
    const auto range = index.references()[reference].range;
    CHECK(tree.text().substr(range.start, range.end - range.start) != "");
    CHECK(index.references()[reference].kind == ReferenceKind::Type);
  }
  // From the action twice, from structure Line once.
  const auto line = index.find(0, SymbolKind::Structure, "Line");
  REQUIRE(line);
  CHECK(index.references()[references.back()].from == *line);
}

TEST_CASE("Identifier<E> and @icon are references too") {
  const SyntaxTree tree(kText);
  const auto document = buildModel(tree);
  const SymbolIndex index(document);
  const auto customer = index.find(0, SymbolKind::Entity, "customer");
  REQUIRE(customer);
  REQUIRE(index.referencesTo(*customer).size() == 1);
  CHECK(index.references()[index.referencesTo(*customer)[0]].kind == ReferenceKind::Identifier);
  const auto icon = index.find(0, SymbolKind::Resource, "ICONS\\cart.ico");
  REQUIRE(icon);
  REQUIRE(index.referencesTo(*icon).size() == 1);
  CHECK(index.references()[index.referencesTo(*icon)[0]].kind == ReferenceKind::Icon);
}

TEST_CASE("the symbol at a position: a declaration's name or a reference") {
  const SyntaxTree tree(kText);
  const auto document = buildModel(tree);
  const SymbolIndex index(document);
  const std::string text = tree.text();
  const auto atReference = static_cast<uint32_t>(text.find("product\n") + 2);
  const auto symbol = index.symbolAt(atReference);
  REQUIRE(symbol);
  CHECK(index.symbols()[*symbol].kind == SymbolKind::Structure);
  CHECK(index.symbols()[*symbol].name == "Product");
  const auto atName = static_cast<uint32_t>(text.find("Buy"));
  REQUIRE(index.symbolAt(atName));
  CHECK(index.symbols()[*index.symbolAt(atName)].kind == SymbolKind::Action);
  CHECK_FALSE(index.symbolAt(static_cast<uint32_t>(text.find("{"))));
}

TEST_CASE("structures and entities share one scope") {
  const SyntaxTree tree("extension A {\n  structure X { A: Text }\n  @table(\"t\") entity Y { "
                        "B: Text }\n}\n");
  const auto document = buildModel(tree);
  const SymbolIndex index(document);
  CHECK(index.find(0, SymbolKind::Structure, "y"));
  CHECK(index.find(0, SymbolKind::Entity, "x"));
  CHECK_FALSE(index.find(0, SymbolKind::Action, "x"));
}
