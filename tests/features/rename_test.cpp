// Rename: what can be renamed, which new names are refused and why, and that the
// renamed file means the same as before.
#include <algorithm>
#include <string>
#include <variant>
#include <vector>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "../support/test_files.h"
#include "checks/check_document.h"
#include "features/navigation.h"
#include "features/rename.h"

using namespace oxt::features;
using Catch::Matchers::ContainsSubstring;
using oxt::syntax::SyntaxTree;

namespace {

const char* const kBank = R"(extension Bank {
    action Open {
        input Owner: customer
        input Kind: Text
        output Account: Identifier<Account>
    }
    action Close {
        input Account: Identifier<ACCOUNT>
    }
    structure Customer { Name: Text  Home: Address }
    structure Address { Street: Text }
    @table("ACCOUNTS")
    entity Account { @identifier Id: Integer  Holder: Text }
}
)";

struct Doc {
  explicit Doc(std::string text) : tree(std::move(text)), analysis(oxt::model::analyze(tree)) {}
  [[nodiscard]] uint32_t at(const std::string& needle, uint32_t delta = 0) const {
    const auto found = tree.text().find(needle);
    REQUIRE(found != std::string::npos);
    return static_cast<uint32_t>(found) + delta;
  }
  [[nodiscard]] uint32_t symbol(const std::string& needle) const {
    const auto found = symbolAt(*analysis, at(needle));
    REQUIRE(found);
    return *found;
  }
  [[nodiscard]] std::optional<std::string> problem(const std::string& needle,
                                                   const std::string& newName) const {
    return newNameProblem(*analysis, symbol(needle), newName);
  }
  /// The text after renaming the symbol at `needle` to `newName`.
  [[nodiscard]] std::string renamed(const std::string& needle, const std::string& newName) const {
    auto edits = renameEdits(*analysis, symbol(needle), newName);
    std::sort(edits.begin(), edits.end(),
              [](const auto& a, const auto& b) { return a.range.start > b.range.start; });
    auto text = tree.text();
    for (const auto& edit : edits) {
      text.replace(edit.range.start, edit.range.end - edit.range.start, edit.newText);
    }
    return text;
  }
  SyntaxTree tree;
  std::shared_ptr<const oxt::model::Analysis> analysis;
};

std::vector<std::string> codesOf(const std::string& text) {
  const SyntaxTree tree(text);
  std::vector<std::string> codes;
  for (const auto& diagnostic : oxt::checks::checkDocument(tree)) {
    codes.emplace_back(diagnostic.code);
  }
  std::sort(codes.begin(), codes.end());
  return codes;
}

} // namespace

TEST_CASE("prepareRename gives the name under the cursor and the declared spelling") {
  const Doc doc(kBank);
  const auto prepared = prepareRename(*doc.analysis, doc.at("customer", 3));
  REQUIRE(std::holds_alternative<RenameTarget>(prepared));
  const auto& target = std::get<RenameTarget>(prepared);
  CHECK(target.range.start == doc.at("customer"));
  CHECK(target.range.end == doc.at("customer") + 8);
  CHECK(target.placeholder == "Customer");
}

TEST_CASE("prepareRename refuses, with a reason, where there is nothing to rename") {
  const Doc doc(R"(extension A {
    action F { input X: Unknown }
    resource "lib/x.dll"
})");
  for (const auto offset : {doc.at("action"), doc.at("{")}) {
    const auto prepared = prepareRename(*doc.analysis, offset);
    REQUIRE(std::holds_alternative<RenameRefusal>(prepared));
    CHECK_THAT(std::get<RenameRefusal>(prepared).message, ContainsSubstring("nothing to rename"));
  }
  const auto unknown = prepareRename(*doc.analysis, doc.at("Unknown", 2));
  REQUIRE(std::holds_alternative<RenameRefusal>(unknown));
  CHECK(std::get<RenameRefusal>(unknown).message ==
        "'Unknown' names no structure or entity of this extension: nothing to rename");
  const auto resource = prepareRename(*doc.analysis, doc.at("lib/"));
  REQUIRE(std::holds_alternative<RenameRefusal>(resource));
  CHECK_THAT(std::get<RenameRefusal>(resource).message, ContainsSubstring("rename the file"));
}

TEST_CASE(
    "renaming an entity renames every reference, whatever its case, and changes nothing else") {
  const Doc doc(kBank);
  REQUIRE_FALSE(doc.problem("Account {", "BankAccount"));
  const auto text = doc.renamed("Account {", "BankAccount");
  CHECK(text.find("Identifier<BankAccount>") != std::string::npos);
  CHECK(text.find("Identifier<ACCOUNT>") == std::string::npos);
  CHECK(text.find("entity BankAccount {") != std::string::npos);
  // Parameters that happen to share the name are other elements: kept.
  CHECK(text.find("output Account:") != std::string::npos);
  CHECK(text.find("input Account:") != std::string::npos);
  CHECK(codesOf(text) == codesOf(kBank));

  // The renamed entity has as many references as before.
  const Doc after(text);
  const auto renamed = after.symbol("BankAccount {");
  CHECK(occurrencesOf(*after.analysis, renamed, false).size() == 2);
}

TEST_CASE("renaming only changes the case of a name when asked") {
  const Doc doc(kBank);
  REQUIRE_FALSE(doc.problem("Customer {", "CUSTOMER"));
  const auto text = doc.renamed("customer", "CUSTOMER");
  CHECK(text.find("input Owner: CUSTOMER") != std::string::npos);
  CHECK(text.find("structure CUSTOMER {") != std::string::npos);
}

TEST_CASE("invalid new names are refused with the naming rules of the checks") {
  const Doc doc(kBank);
  CHECK_THAT(doc.problem("Customer {", "").value_or(""), ContainsSubstring("empty"));
  CHECK_THAT(doc.problem("Customer {", "Cust-omer").value_or(""),
             ContainsSubstring("'-' is not allowed"));
  CHECK_THAT(doc.problem("Customer {", "Kundé").value_or(""), ContainsSubstring("'é'"));
  CHECK_THAT(doc.problem("Customer {", "2Customer").value_or(""),
             ContainsSubstring("must start with a letter"));
  CHECK_THAT(doc.problem("Customer {", "_Customer").value_or(""),
             ContainsSubstring("must start with a letter"));
  CHECK_THAT(doc.problem("Customer {", std::string(51, 'C')).value_or(""),
             ContainsSubstring("at most 50 characters"));
  CHECK_FALSE(doc.problem("Customer {", std::string(50, 'C')));
  // Entity attributes: 28 characters.
  CHECK_THAT(doc.problem("Holder", std::string(29, 'H')).value_or(""),
             ContainsSubstring("at most 28 characters"));
  CHECK_FALSE(doc.problem("Holder", std::string(28, 'H')));
  CHECK_FALSE(doc.problem("Name:", std::string(29, 'N'))); // a structure attribute: 50
}

TEST_CASE("a structure or entity cannot take the name of a type of the language") {
  const Doc doc(kBank);
  CHECK_THAT(doc.problem("Customer {", "Text").value_or(""),
             ContainsSubstring("'Text' is a type of the language"));
  CHECK_THAT(doc.problem("Customer {", "list").value_or(""), ContainsSubstring("'List'"));
  CHECK_THAT(doc.problem("Account {", "Identifier").value_or(""), ContainsSubstring("type"));
  // Attributes and parameters may (`Email: Email` is fine).
  CHECK_FALSE(doc.problem("Name:", "Email"));
  CHECK_FALSE(doc.problem("Kind:", "Text"));
}

TEST_CASE("Oracle reserved words are refused for entity attributes unless the DBMS is SQL Server") {
  const Doc all(kBank);
  CHECK_THAT(all.problem("Holder", "Number").value_or(""), ContainsSubstring("Oracle"));
  const Doc sqlServer(std::string("@dbms(SqlServer)\n") + kBank);
  CHECK_FALSE(sqlServer.problem("Holder", "Number"));
  CHECK_FALSE(all.problem("Name:", "Number")); // structure attributes are not columns
}

TEST_CASE("a new name that another declaration of the scope has is refused, ignoring case") {
  const Doc doc(kBank);
  // Structures and entities share one scope.
  const auto collision = doc.problem("Customer {", "account").value_or("");
  CHECK_THAT(collision, ContainsSubstring("entity 'Account'"));
  CHECK_THAT(collision, ContainsSubstring("without regard to case"));
  CHECK_THAT(doc.problem("Open {", "CLOSE").value_or(""), ContainsSubstring("action 'Close'"));
  // Parameters: within their action only.
  CHECK_THAT(doc.problem("Kind:", "owner").value_or(""),
             ContainsSubstring("parameter 'Owner' of action 'Open'"));
  CHECK_FALSE(doc.problem("Owner:", "Kind2"));
  // Attributes: within their structure or entity only.
  CHECK_THAT(doc.problem("Home:", "NAME").value_or(""), ContainsSubstring("attribute 'Name'"));
  CHECK_FALSE(doc.problem("Home:", "Street")); // Street is Address's
}

TEST_CASE("rename works in a half-typed file") {
  const Doc doc(R"(extension Shop {
    structure Line { Count: Integer }
    action Buy {
        input Lines: List<line
    structure Order { Of: Line
)");
  const auto prepared = prepareRename(*doc.analysis, doc.at("line\n"));
  REQUIRE(std::holds_alternative<RenameTarget>(prepared));
  REQUIRE_FALSE(doc.problem("Line {", "OrderLine"));
  const auto text = doc.renamed("Line {", "OrderLine");
  CHECK(text == R"(extension Shop {
    structure OrderLine { Count: Integer }
    action Buy {
        input Lines: List<OrderLine
    structure Order { Of: OrderLine
)");
  CHECK_THAT(doc.problem("Line {", "ORDER").value_or(""), ContainsSubstring("structure 'Order'"));
}

TEST_CASE("the same element is found in another file that declares the same extension") {
  const Doc here(kBank);
  const Doc there(R"(extension BANK {
    structure customer { Id: Integer }
    action Open { input Owner: Customer }
})");
  const Doc elsewhere("extension Other { structure Customer { Id: Integer } }");
  const auto key = symbolKey(*here.analysis, here.symbol("Customer {"));
  REQUIRE(key);
  const auto found = findSymbol(*there.analysis, *key);
  REQUIRE(found);
  CHECK(there.analysis->index().symbols()[*found].name == "customer");
  CHECK(renameEdits(*there.analysis, *found, "Client").size() == 2);
  CHECK_FALSE(findSymbol(*elsewhere.analysis, *key));

  // A parameter is found through its action.
  const auto owner = symbolKey(*here.analysis, here.symbol("Owner"));
  REQUIRE(owner);
  CHECK(findSymbol(*there.analysis, *owner));
  // The extension itself has no key: renaming it renames one file.
  CHECK_FALSE(symbolKey(*here.analysis, here.symbol("Bank")));
}

TEST_CASE("renaming any element of the examples keeps every diagnostic and every reference") {
  for (const auto& file : oxt::test::exampleFiles()) {
    const Doc doc(oxt::test::readSourceFile(file));
    const auto before = codesOf(doc.tree.text());
    const auto& symbols = doc.analysis->index().symbols();
    for (uint32_t symbol = 0; symbol < symbols.size(); ++symbol) {
      if (symbols[symbol].kind == oxt::model::SymbolKind::Resource ||
          symbols[symbol].name.empty()) {
        continue;
      }
      INFO(file.string() << ": " << symbols[symbol].name);
      const std::string newName = "Renamed" + std::to_string(symbol);
      REQUIRE_FALSE(newNameProblem(*doc.analysis, symbol, newName));
      auto edits = renameEdits(*doc.analysis, symbol, newName);
      std::sort(edits.begin(), edits.end(),
                [](const auto& a, const auto& b) { return a.range.start > b.range.start; });
      auto text = doc.tree.text();
      for (const auto& edit : edits) {
        text.replace(edit.range.start, edit.range.end - edit.range.start, edit.newText);
      }
      CHECK(codesOf(text) == before);
      const Doc after(text);
      const auto renamed = symbolAt(*after.analysis, after.at(newName));
      REQUIRE(renamed);
      CHECK(occurrencesOf(*after.analysis, *renamed, true).size() == edits.size());
    }
  }
}
