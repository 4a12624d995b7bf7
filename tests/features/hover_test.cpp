// Hover: what a user reads when pointing at declarations, types and annotations, in
// complete and half-typed files.
#include <memory>
#include <string>

#include <catch2/catch_test_macros.hpp>

#include "../support/test_files.h"
#include "features/hover.h"
#include "model/analysis.h"
#include "syntax/syntax_tree.h"

using oxt::features::HoverInfo;
using oxt::syntax::SyntaxTree;

namespace {

/// The hover at the first occurrence of `needle` in `text`, `skip` bytes into it.
std::optional<HoverInfo> hoverOn(const std::string& text, const std::string& needle,
                                 uint32_t skip = 0) {
  const auto at = text.find(needle);
  REQUIRE(at != std::string::npos);
  const SyntaxTree tree(text);
  const oxt::model::Analysis analysis(tree);
  return oxt::features::hoverAt(tree, analysis, static_cast<uint32_t>(at) + skip);
}

bool mentions(const HoverInfo& hover, const std::string& text) {
  const auto all = oxt::features::renderHover(hover, true);
  return all.find(text) != std::string::npos;
}

const std::string& mortgage() {
  static const std::string text = oxt::test::readSourceFile("examples/MortgageLib/MortgageLib.oxt");
  return text;
}

} // namespace

TEST_CASE("an action shows its description and the C# method the generator writes") {
  const auto hover = hoverOn(mortgage(), "CalculateMortgage", 3);
  REQUIRE(hover);
  CHECK(hover->code == "action CalculateMortgage");
  CHECK(hover->paragraphs.front() == "Monthly payment of a fixed-rate mortgage.");
  CHECK(mentions(*hover, "Function = No, 3 input(s), 1 output(s)"));
  CHECK(hover->csharp == "public void MssCalculateMortgage(decimal ssPrincipal, decimal "
                         "ssAnnualRate, int ssYears, out decimal ssMonthlyPayment)");
  // On the keyword too.
  const auto onKeyword = hoverOn(mortgage(), "action CalculateMortgage");
  REQUIRE(onKeyword);
  CHECK(onKeyword->code == "action CalculateMortgage");
}

TEST_CASE("after an edit, hover finds the actions it moved where they are now") {
  // The analysis of the edited text is built from the previous one: the actions after
  // the edit are shared with it, moved by the comment inserted, longer than an action.
  SyntaxTree tree(mortgage());
  const auto before =
      oxt::model::analyze(std::make_shared<const SyntaxTree>(tree.snapshot()), nullptr);
  const auto at = static_cast<uint32_t>(tree.text().find("    action CalculateMortgage"));
  tree.applyEdit(oxt::syntax::TextEdit{{at, at}, "    // " + std::string(600, '-') + "\n"});
  const auto after =
      oxt::model::analyze(std::make_shared<const SyntaxTree>(tree.snapshot()), before.get());

  const auto name = static_cast<uint32_t>(tree.text().find("RoundToCents"));
  const auto hover = oxt::features::hoverAt(tree, *after, name + 2);
  REQUIRE(hover);
  CHECK(hover->code == "action RoundToCents");
  CHECK(hover->range.start == name);
  CHECK(hover->range.end == name + 12);
  // One byte before the action's keyword is outside every action.
  const auto keyword = static_cast<uint32_t>(tree.text().find("action RoundToCents"));
  const auto outside = oxt::features::hoverAt(tree, *after, keyword - 1);
  CHECK((!outside || outside->code != "action RoundToCents"));
}

TEST_CASE("a function action says so") {
  const auto hover = hoverOn(mortgage(), "RoundToCents");
  REQUIRE(hover);
  CHECK(mentions(*hover, "Function = Yes"));
  CHECK(hover->csharp == "public void MssRoundToCents(decimal ssValue, out decimal ssRounded)");
}

TEST_CASE("a parameter shows its direction, mandatory, default and C# parameter") {
  const auto principal = hoverOn(mortgage(), "Principal: Currency");
  REQUIRE(principal);
  CHECK(principal->code == "input Principal: Currency");
  CHECK(principal->paragraphs.front() == "Amount borrowed.");
  CHECK(mentions(*principal, "input parameter of CalculateMortgage, Mandatory: Yes"));
  CHECK(principal->csharp == "decimal ssPrincipal");

  const auto years = hoverOn(mortgage(), "Years?: Integer = 30");
  REQUIRE(years);
  CHECK(years->code == "input Years?: Integer = 30");
  CHECK(mentions(*years, "Mandatory: No"));
  CHECK(mentions(*years, "Default value: `30` (C# `30`)"));

  const auto output = hoverOn(mortgage(), "MonthlyPayment");
  REQUIRE(output);
  CHECK(output->csharp == "out decimal ssMonthlyPayment");
  CHECK(mentions(*output, "output parameter"));
}

TEST_CASE("a structure and its attributes show their C# types") {
  const auto structure = hoverOn(mortgage(), "structure Installment", 12);
  REQUIRE(structure);
  CHECK(structure->paragraphs.front() == "One row of an amortization schedule.");
  CHECK(structure->csharp == "STInstallmentStructure, RCInstallmentRecord (Record), "
                             "RLInstallmentRecordList (Record List)");
  const auto note = hoverOn(mortgage(), "Note?: Text(200)");
  REQUIRE(note);
  CHECK(note->code == "Note?: Text(200) = \"n/a\"");
  CHECK(note->csharp == "public string ssNote;");
  CHECK(mentions(*note, "structure attribute of Installment, Mandatory: No"));
}

TEST_CASE("an entity shows its table, database and identifier") {
  const auto entity = hoverOn(mortgage(), "entity Loan", 7);
  REQUIRE(entity);
  CHECK(mentions(*entity, "Physical Table Name: `[CORE].[dbo].[LOANS]`"));
  CHECK(mentions(*entity, "Logical Database: `CoreBanking`"));
  CHECK(mentions(*entity, "Identifier: Id."));
  CHECK(entity->csharp.find("ENLoanEntityRecord") == 0);
  const auto column = hoverOn(mortgage(), "Customer: Identifier");
  REQUIRE(column);
  CHECK(mentions(*column, "Original Name: `CUSTOMER_NO`"));
}

TEST_CASE("a type shows the OutSystems type and its C# mapping") {
  const auto currency = hoverOn(mortgage(), "Currency", 2);
  REQUIRE(currency);
  CHECK(currency->code == "Currency");
  CHECK(mentions(*currency, "OutSystems type: Currency."));
  CHECK(mentions(*currency, "C# type: `decimal`, default value: `0.0M`."));

  const auto list = hoverOn(mortgage(), "List<Installment>", 1);
  REQUIRE(list);
  CHECK(list->code == "List<Installment>");
  CHECK(mentions(*list, "OutSystems type: Record List of Installment."));
  CHECK(mentions(*list, "`RLInstallmentRecordList`"));

  const auto inner = hoverOn(mortgage(), "List<Installment>", 6);
  REQUIRE(inner);
  CHECK(inner->code == "Installment");
  CHECK(mentions(*inner, "Record of the structure Installment"));
  CHECK(mentions(*inner, "`RCInstallmentRecord`"));

  const auto join = hoverOn(mortgage(), "Record<Loan, Borrower>");
  REQUIRE(join);
  CHECK(mentions(*join, "OutSystems type: Record of Loan and Borrower (a join)."));
  CHECK(mentions(*join, "`RCLoanBorrowerRecord`"));

  const auto identifier = hoverOn(mortgage(), "Identifier<Loan>");
  REQUIRE(identifier);
  CHECK(mentions(*identifier, "Loan Identifier"));
  CHECK(mentions(*identifier, "C# type: `int`"));
}

TEST_CASE("an annotation shows its meaning and its value's") {
  const auto dbms = hoverOn(mortgage(), "@dbms(SqlServer)", 2);
  REQUIRE(dbms);
  CHECK(mentions(*dbms, "The extension's DBMS"));
  CHECK(mentions(*dbms, "`SqlServer`: Microsoft SQL Server"));
  const auto function = hoverOn(mortgage(), "@function");
  REQUIRE(function);
  CHECK(mentions(*function, "exactly one output parameter"));
  const auto unknown = hoverOn("extension A {\n    @fast action X {}\n}", "@fast");
  REQUIRE(unknown);
  CHECK(mentions(*unknown, "is not an annotation of the language"));
}

TEST_CASE("the extension and resources") {
  const auto extension = hoverOn(mortgage(), "MortgageLib {");
  REQUIRE(extension);
  CHECK(mentions(*extension, "DBMS: SqlServer."));
  CHECK(extension->csharp ==
        "namespace OutSystems.NssMortgageLib\npublic class CssMortgageLib: IssMortgageLib");
  const auto resource = hoverOn("extension A {\n    resource \"lib/Acme.dll\"\n}", "Acme");
  REQUIRE(resource);
  CHECK(mentions(*resource, "Deploy Action: Binaries (the default for its file type)."));
  const auto deployed =
      hoverOn("extension A {\n    @deploy(Ignore) resource \"x.dll\"\n}", "x.dll");
  REQUIRE(deployed);
  CHECK(mentions(*deployed, "Deploy Action: Ignore (@deploy)."));
}

TEST_CASE("nothing to say on blank space, comments and braces") {
  CHECK_FALSE(hoverOn(mortgage(), "    /// Monthly payment", 1));
  CHECK_FALSE(hoverOn(mortgage(), "Monthly payment"));
  CHECK_FALSE(hoverOn("extension A {\n}\n", "}"));
}

TEST_CASE("hover works on half-typed files") {
  const std::string text =
      "extension A {\n    action Get {\n        input Key: Te\n        output R: ";
  const auto name = hoverOn(text, "Get");
  REQUIRE(name);
  CHECK(name->csharp.find("public void MssGet(") == 0);
  const auto unknownType = hoverOn(text, "Te\n");
  REQUIRE(unknownType);
  CHECK(mentions(*unknownType, "is not a type of this extension"));
  // An action outside any extension still has its method.
  const auto outside = hoverOn("action Lone {", "Lone");
  REQUIRE(outside);
  CHECK(outside->csharp == "public void MssLone()");
  CHECK_NOTHROW(hoverOn("extension A { structure S { N: List<", "List"));
}

TEST_CASE("Markdown and plain renderings") {
  const auto hover = hoverOn(mortgage(), "RoundToCents");
  REQUIRE(hover);
  const auto markdown = oxt::features::renderHover(*hover, true);
  CHECK(markdown.find("```oxt\naction RoundToCents\n```") == 0);
  CHECK(markdown.find("```csharp\npublic void MssRoundToCents(") != std::string::npos);
  const auto plain = oxt::features::renderHover(*hover, false);
  CHECK(plain.find("action RoundToCents\n\n") == 0);
  CHECK(plain.find("```") == std::string::npos);
  CHECK(plain.find("C#: public void MssRoundToCents(decimal ssValue, out decimal ssRounded)") !=
        std::string::npos);
}

TEST_CASE("hover at every byte of every example never fails") {
  for (const auto& file : oxt::test::exampleFiles()) {
    const auto text = oxt::test::readSourceFile(file);
    const SyntaxTree tree(text);
    const oxt::model::Analysis analysis(tree);
    std::size_t found = 0;
    for (uint32_t offset = 0; offset <= text.size(); ++offset) {
      const auto hover = oxt::features::hoverAt(tree, analysis, offset);
      if (hover) {
        ++found;
        CHECK(hover->range.start <= hover->range.end);
        CHECK_FALSE(hover->code.empty());
      }
    }
    CHECK(found > text.size() / 4);
  }
}
