// The model as later layers read it: members in order, descriptions from doc
// comments, resolved types, annotations, and half-typed files that still yield
// what is there.
#include <string>
#include <vector>

#include <catch2/catch_test_macros.hpp>

#include "../support/test_files.h"
#include "model/build_model.h"
#include "model/type_resolution.h"

using namespace oxt::model;
using oxt::syntax::SyntaxTree;

namespace {
std::string textAt(const SyntaxTree& tree, ByteRange range) {
  return tree.text().substr(range.start, range.end - range.start);
}
} // namespace

TEST_CASE("the first example of the language reference, as data") {
  const SyntaxTree tree(oxt::test::readSourceFile("examples/MortgageLib/MortgageLib.oxt"));
  const auto document = buildModel(tree);
  REQUIRE(document.extensions.size() == 1);
  const auto& extension = document.extensions.front();
  CHECK(extension.name.text == "MortgageLib");
  CHECK(extension.description.text == "Mortgage calculations shared by the loan applications.");
  CHECK(dbmsOf(extension) == Dbms::SqlServer);
  REQUIRE(extension.actions.size() == 6);

  const auto& calculate = extension.actions[0];
  CHECK(calculate.name.text == "CalculateMortgage");
  CHECK(textAt(tree, calculate.name.range) == "CalculateMortgage");
  REQUIRE(calculate.parameters.size() == 4);
  CHECK(calculate.parameters[0].name.text == "Principal");
  CHECK(calculate.parameters[0].description.text == "Amount borrowed.");
  CHECK(calculate.parameters[0].resolved.kind == TypeKind::Basic);
  CHECK(calculate.parameters[0].resolved.basic == BasicType::Currency);
  const auto& years = calculate.parameters[2];
  CHECK(years.optionalMarker);
  CHECK_FALSE(isMandatory(years));
  REQUIRE(years.defaultValue);
  CHECK(years.defaultValue->kind == LiteralKind::Integer);
  CHECK(years.defaultValue->text == "30");
  CHECK(calculate.parameters[3].direction == Direction::Output);
  CHECK_FALSE(isFunction(calculate));
  CHECK(isFunction(extension.actions[1]));

  const auto& schedule = extension.actions[4];
  CHECK(schedule.name.text == "LoanSchedule");
  const auto& loanId = schedule.parameters[0].resolved;
  CHECK(loanId.kind == TypeKind::Identifier);
  CHECK(definitionName(extension, loanId.definitions.at(0)) == "Loan");
  const auto& details = schedule.parameters[1].resolved;
  CHECK(details.kind == TypeKind::Record);
  REQUIRE(details.definitions.size() == 2);
  CHECK(definitionName(extension, details.definitions[1]) == "Borrower");
  const auto& list = schedule.parameters[2].resolved;
  CHECK(list.kind == TypeKind::RecordList);
  CHECK(list.definitions.at(0).kind == DefinitionRef::Kind::Structure);

  REQUIRE(extension.entities.size() == 2);
  const auto& loan = extension.entities[0];
  CHECK(tableNameOf(loan) == "[CORE].[dbo].[LOANS]");
  REQUIRE(identifierOf(loan) != nullptr);
  CHECK(identifierOf(loan)->name.text == "Id");
  REQUIRE(extension.structures.size() == 1);
  const auto& installment = extension.structures[0];
  CHECK(installment.attributes[1].type.arguments.size() == 2);
  CHECK(installment.attributes[1].type.arguments[0].value == 37);

  REQUIRE(extension.resources.size() == 2);
  CHECK(extension.resources[0].pathText == "lib/Acme.Finance.dll");
  CHECK(deployActionOf(extension.resources[0]) == DeployAction::Binaries);
  CHECK(fileNameOf(extension.resources[1]) == "mortgage.ico");
  CHECK(deployActionOf(extension.resources[1]) == DeployAction::Images);
  CHECK(document.strayDocComments.empty());
}

TEST_CASE("doc lines: prefix and one space removed, empty ends dropped, lines joined") {
  const SyntaxTree tree("extension A {\n  ///\n  /// First line.\n  ///   indented\n  ///\n"
                        "  action B {}\n}\n");
  const auto document = buildModel(tree);
  const auto& action = document.extensions.at(0).actions.at(0);
  CHECK(action.description.present);
  CHECK(action.description.text == "First line.\n  indented");
}

TEST_CASE("doc lines between the annotations and the keyword are appended") {
  const SyntaxTree tree("extension A {\n  /// Before.\n  @function\n  /// After.\n"
                        "  action B { output C: Text }\n}\n");
  const auto document = buildModel(tree);
  CHECK(document.extensions.at(0).actions.at(0).description.text == "Before.\nAfter.");
  CHECK(document.strayDocComments.empty());
}

TEST_CASE("an ordinary comment between doc lines and the declaration keeps them attached") {
  const SyntaxTree tree("extension A {\n  /// Kept.\n  // a note\n  action B {}\n}\n");
  const auto document = buildModel(tree);
  CHECK(document.extensions.at(0).actions.at(0).description.text == "Kept.");
}

TEST_CASE("doc lines that precede no declaration are stray") {
  const SyntaxTree tree("extension A {\n  action B {\n    /// nothing\n  }\n}\n/// end\n");
  const auto document = buildModel(tree);
  REQUIRE(document.strayDocComments.size() == 2);
  CHECK(textAt(tree, document.strayDocComments[0]) == "/// nothing");
  CHECK(textAt(tree, document.strayDocComments[1]) == "/// end");
}

TEST_CASE("type names resolve case-insensitively and forward") {
  const SyntaxTree tree("extension A {\n  action B { input C: address }\n"
                        "  structure Address { Street: Text }\n}\n");
  const auto document = buildModel(tree);
  const auto& input = document.extensions.at(0).actions.at(0).parameters.at(0);
  CHECK(input.resolved.kind == TypeKind::Record);
  REQUIRE(input.type.target);
  CHECK(input.type.target->kind == DefinitionRef::Kind::Structure);
}

TEST_CASE("what the language forbids is kept, as written, for the checks") {
  const SyntaxTree tree("extension A {\n  @table(\"x\")\n  action B {\n"
                        "    output C?: Integer(5) = 3\n    input D: List<Text>\n"
                        "    input E: integer\n    input F: Identifier<Text>\n  }\n}\n");
  const auto document = buildModel(tree);
  const auto& action = document.extensions.at(0).actions.at(0);
  CHECK(action.annotations.at(0).name.text == "table");
  const auto& c = action.parameters.at(0);
  CHECK(c.direction == Direction::Output);
  CHECK(c.optionalMarker);
  CHECK(textAt(tree, c.optionalMarkerRange) == "?");
  CHECK(c.type.hasArguments);
  CHECK(c.defaultValue->text == "3");
  CHECK(action.parameters.at(1).type.form == TypeForm::List);
  CHECK(action.parameters.at(1).resolved.kind == TypeKind::Invalid);
  CHECK(action.parameters.at(2).type.form == TypeForm::Named);
  CHECK_FALSE(action.parameters.at(2).type.target);
  CHECK(action.parameters.at(3).resolved.kind == TypeKind::Invalid);
}

TEST_CASE("a half-typed file yields the parts that are there") {
  const SyntaxTree tree("extension A {\n  action B {\n    input C:\n  }\n  action D {\n"
                        "    input E: Text\n  structure S { X: Integer }\n");
  const auto document = buildModel(tree);
  const auto& extension = document.extensions.at(0);
  REQUIRE(extension.actions.size() == 2);
  CHECK(extension.actions[0].parameters.at(0).name.text == "C");
  CHECK(extension.actions[0].parameters.at(0).resolved.kind == TypeKind::Invalid);
  CHECK(extension.actions[1].parameters.at(0).resolved.basic == BasicType::Text);
  CHECK(extension.structures.size() == 1);
}

TEST_CASE("declarations outside the extension join it and are listed") {
  const SyntaxTree tree("action Early {}\nextension A {\n  action B {}\n}\n"
                        "structure Late { X: Integer }\n");
  const auto document = buildModel(tree);
  REQUIRE(document.extensions.size() == 1);
  CHECK(document.extensions[0].actions.size() == 2);
  CHECK(document.extensions[0].structures.size() == 1);
  REQUIRE(document.outsideDeclarations.size() == 2);
  CHECK(document.outsideDeclarations[0].keyword == "action");
  CHECK(textAt(tree, document.outsideDeclarations[1].keywordRange) == "structure");
}

TEST_CASE("a file without an extension gets one that is not declared") {
  const SyntaxTree tree("action Lonely {}\n");
  const auto document = buildModel(tree);
  REQUIRE(document.extensions.size() == 1);
  CHECK_FALSE(document.extensions[0].declared);
  CHECK(document.extensions[0].actions.size() == 1);
}

TEST_CASE("an empty file has no extension and building does not fail") {
  CHECK(buildModel(SyntaxTree("")).extensions.empty());
  CHECK(buildModel(SyntaxTree("}}} @@ ((")).extensions.empty());
}

TEST_CASE("every action of a large extension resolves, in every chunk resolved apart") {
  // 3,001 actions: more than type resolution does on one thread, and a last chunk that
  // is not full. Each names a structure that exists (Rec0-Rec3) or not (Rec4).
  constexpr uint32_t kActions = 3001;
  std::string text = "extension Big {\n";
  for (int s = 0; s < 4; ++s) {
    text += "  structure Rec" + std::to_string(s) + " { Id: Integer }\n";
  }
  for (uint32_t a = 0; a < kActions; ++a) {
    const auto rec = "Rec" + std::to_string(a % 5);
    text += "  action Act" + std::to_string(a) + " {\n    input Name: Text\n";
    text += "    input Item: " + rec + "\n";
    text += "    output Items: List<" + rec + ">\n  }\n";
  }
  text += "}\n";
  const SyntaxTree tree(text);
  auto document = buildModel(tree);
  REQUIRE(document.extensions.size() == 1);
  auto& extension = document.extensions.front();
  REQUIRE(extension.actions.size() == kActions);
  const auto resolution = resolveTypes(extension);
  // Already resolved by the build: nothing changes, and no action is written to.
  CHECK(resolution.changed.actions.empty());
  uint32_t wrong = 0;
  for (uint32_t a = 0; a < kActions; ++a) {
    const auto& parameters = extension.actions[a].parameters;
    const bool known = a % 5 < 4;
    const auto expected = known
                              ? std::vector<DefinitionRef>{{DefinitionRef::Kind::Structure, a % 5}}
                              : std::vector<DefinitionRef>{};
    if (parameters.size() != 3 || parameters[0].resolved.kind != TypeKind::Basic ||
        parameters[1].resolved.kind != (known ? TypeKind::Record : TypeKind::Invalid) ||
        parameters[2].resolved.kind != (known ? TypeKind::RecordList : TypeKind::Invalid) ||
        parameters[1].resolved.definitions != expected ||
        parameters[2].resolved.definitions != expected) {
      ++wrong;
    }
  }
  CHECK(wrong == 0);
  // Uses counted from every action: 601 actions name each of Rec0-Rec3, twice each.
  CHECK(extension.structureUsesByActions == std::vector<uint32_t>{1202, 1200, 1200, 1200});
}

TEST_CASE("the actions whose types a renamed structure changes are listed in order") {
  constexpr uint32_t kActions = 2500;
  std::string text = "extension Big {\n  structure Rec { Id: Integer }\n";
  for (uint32_t a = 0; a < kActions; ++a) {
    text += "  action Act" + std::to_string(a) +
            " { input Item: " + std::string(a % 3 == 0 ? "Rec" : "Text") + " }\n";
  }
  text += "}\n";
  const SyntaxTree tree(text);
  auto document = buildModel(tree);
  auto& extension = document.extensions.front();
  extension.structures.mutableAt(0).name.text = "Renamed";
  const auto resolution = resolveTypes(extension);
  std::vector<uint32_t> expected;
  for (uint32_t a = 0; a < kActions; a += 3) {
    expected.push_back(a);
  }
  CHECK(resolution.changed.actions == expected);
  CHECK(extension.actions[3].parameters[0].resolved.kind == TypeKind::Invalid);
  CHECK(extension.actions[4].parameters[0].resolved.kind == TypeKind::Basic);
}
