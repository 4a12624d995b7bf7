// What editors show beyond the message: related places, faded code, the token
// underlined; and what the checks leave alone (unsaved buffers, valid files).
#include <catch2/catch_test_macros.hpp>

#include "checks/check_document.h"
#include "checks/check_registry.h"
#include "model/build_model.h"

using oxt::checks::checkDocument;
using oxt::syntax::SyntaxTree;

namespace {
std::string underlined(const SyntaxTree& tree, oxt::syntax::ByteRange range) {
  return tree.text().substr(range.start, range.end - range.start);
}
std::vector<oxt::checks::Diagnostic> withCode(const std::vector<oxt::checks::Diagnostic>& all,
                                              const std::string& code) {
  std::vector<oxt::checks::Diagnostic> found;
  for (const auto& diagnostic : all) {
    if (diagnostic.code == code) {
      found.push_back(diagnostic);
    }
  }
  return found;
}
} // namespace

TEST_CASE("a duplicate underlines the second name and relates the first") {
  const SyntaxTree tree("extension A {\n  structure Loan { X: Integer }\n"
                        "  @table(\"L\") entity LOAN { Y: Integer }\n"
                        "  action B { input P: Loan }\n}\n");
  const auto diagnostics = checkDocument(tree);
  REQUIRE(diagnostics.size() == 1);
  const auto& duplicate = diagnostics.front();
  CHECK(duplicate.code == "OXT0006");
  CHECK(duplicate.message == "entity 'LOAN' has the same name as structure 'Loan' (names are "
                             "compared without regard to case)");
  CHECK(underlined(tree, duplicate.range) == "LOAN");
  REQUIRE(duplicate.related.size() == 1);
  CHECK(duplicate.related[0].message == "first declared here");
  CHECK(underlined(tree, duplicate.related[0].range) == "Loan");
}

TEST_CASE("an unused structure is a hint marked unnecessary; a used one is not") {
  const SyntaxTree tree("extension A {\n  structure Used { X: Integer }\n"
                        "  structure Unused { Y: Used }\n  structure Self { Z: List<Self> }\n"
                        "  action B { input P: Used }\n}\n");
  const auto hints = withCode(checkDocument(tree), "OXT0056");
  REQUIRE(hints.size() == 2);
  CHECK(hints[0].severity == oxt::checks::Severity::Hint);
  CHECK(hints[0].unnecessary);
  CHECK(underlined(tree, hints[0].range) == "Unused");
  // Using itself does not count as a use.
  CHECK(underlined(tree, hints[1].range) == "Self");
}

TEST_CASE("a structure used only in a join, a list, another structure or an entity is used") {
  const SyntaxTree tree("extension A {\n  structure InJoin { X: Integer }\n"
                        "  structure InList { X: Integer }\n  structure InOther { X: Integer }\n"
                        "  structure Other { Y: InOther }\n  structure InEntity { X: Integer }\n"
                        "  @table(\"T\") entity E { @identifier Id: Integer\n Z: InEntity }\n"
                        "  action B { input P: Record<InJoin, E>\n output Q: List<InList> }\n}\n");
  const auto hints = withCode(checkDocument(tree), "OXT0056");
  REQUIRE(hints.size() == 1);
  CHECK(underlined(tree, hints[0].range) == "Other");
}

TEST_CASE("an icon names a resource without regard to case or the kind of slash") {
  const SyntaxTree tree("extension A {\n  resource \"icons\\\\Bank.ICO\"\n"
                        "  @icon(\"Icons/bank.ico\") action B { input P: Integer }\n"
                        "  @icon(\"icons/other.ico\") action C { input P: Integer }\n}\n");
  const auto icons = withCode(checkDocument(tree), "OXT0043");
  REQUIRE(icons.size() == 1);
  CHECK(underlined(tree, icons[0].range) == "\"icons/other.ico\"");
}

TEST_CASE("a cycle through a join and a list is found, on the attribute closing it") {
  const SyntaxTree tree("extension A {\n  structure A1 { Next: Record<B1, C1> }\n"
                        "  structure B1 { Text: Text }\n  structure C1 { Back: List<A1> }\n"
                        "  action Use { input P: A1 }\n}\n");
  const auto diagnostics = checkDocument(tree);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].message == "C1.Back defines a recursive Structure data type definition.");
  CHECK(underlined(tree, diagnostics[0].range) == "Back");
}

TEST_CASE("an unsaved buffer skips the checks that need the file system") {
  const SyntaxTree tree("extension A {\n  resource \"lib/Nowhere.dll\"\n}\n");
  CHECK(checkDocument(tree).empty());
  oxt::checks::CheckContext context;
  context.filePath = "/nonexistent-folder/B.oxt";
  const auto diagnostics = checkDocument(tree, context);
  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics[0].code == "OXT0051");
  CHECK(diagnostics[1].code == "OXT0044");
}

TEST_CASE("checking a model built by the caller gives the same diagnostics") {
  const SyntaxTree tree("extension A {\n  action B { input C: integer }\n}\n");
  const auto document = oxt::model::buildModel(tree);
  const auto fromModel = checkDocument(tree, document, {});
  const auto fromTree = checkDocument(tree);
  REQUIRE(fromModel.size() == 1);
  REQUIRE(fromTree.size() == 1);
  CHECK(fromModel[0].message == fromTree[0].message);
}

TEST_CASE("the registry finds checks by code; codes are unique") {
  const auto registry = oxt::checks::checkRegistry();
  REQUIRE(registry.size() >= 50);
  for (const auto& check : registry) {
    CHECK(oxt::checks::findCheck(check.code) == &check);
    CHECK_FALSE(check.name.empty());
  }
  CHECK(oxt::checks::findCheck("OXT9999") == nullptr);
}

TEST_CASE("the examples of the language reference are clean, not only free of syntax errors") {
  // A sample of docs/language.md's examples that exercise many rules at once.
  const SyntaxTree tree(R"(@dbms(Oracle)
@version("2.0.0-beta.1")
extension Annotated {
    /// Icon shown for the action in Service Studio.
    @icon("icons/report.ico")
    @function
    action FormatReportTitle {
        input Title: Text
        output Formatted: Text
    }

    @table("REPORTING.REPORT_RUNS@DWH")
    @database("Warehouse")
    entity ReportRun {
        @identifier @autoNumber Id: Integer
        @column("STARTED", "TIMESTAMP") StartedAt: DateTime
    }

    @deploy(Images) resource "icons/report.ico"
}
)");
  CHECK(checkDocument(tree).empty());
}

TEST_CASE("duplicate action names among many actions are each reported against the first") {
  // More actions than the pairwise comparison of small scopes handles: the hashed path.
  std::string text = "extension A {\n";
  for (int i = 0; i < 40; ++i) {
    text += "  action Act" + std::to_string(i) + " { input P: Integer }\n";
  }
  text += "  action ACT7 { input P: Integer }\n  action act7 { input P: Integer }\n";
  text += "  action Act39 { input P: Integer }\n}\n";
  const SyntaxTree tree(text);
  const auto duplicates = withCode(checkDocument(tree), "OXT0006");
  REQUIRE(duplicates.size() == 3);
  CHECK(underlined(tree, duplicates[0].range) == "ACT7");
  CHECK(underlined(tree, duplicates[1].range) == "act7");
  CHECK(underlined(tree, duplicates[2].range) == "Act39");
  for (const auto& duplicate : duplicates) {
    REQUIRE(duplicate.related.size() == 1);
    CHECK(duplicate.related[0].range.start < duplicate.range.start);
  }
  CHECK(underlined(tree, duplicates[1].related[0].range) == "Act7");
  CHECK(tree.text().substr(duplicates[2].related[0].range.start, 12) == "Act39 { inpu");
}
