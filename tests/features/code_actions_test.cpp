// Refactorings: each applied to a small file gives the text a developer would
// have written by hand, and a file that checks clean stays clean.
#include <algorithm>
#include <string>

#include <catch2/catch_test_macros.hpp>

#include "checks/check_document.h"
#include "features/code_actions.h"

namespace {

using oxt::features::Refactoring;
using oxt::features::RefactoringKind;

std::vector<Refactoring> at(const std::string& text, std::string_view from,
                            std::string_view to = {}) {
  const oxt::syntax::SyntaxTree tree(text);
  const auto analysis = oxt::model::analyze(tree);
  const auto start = static_cast<uint32_t>(text.find(from));
  REQUIRE(start != std::string::npos);
  auto end = start;
  if (!to.empty()) {
    end = static_cast<uint32_t>(text.find(to, start) + to.size());
  }
  return oxt::features::refactoringsAt(tree, *analysis, {start, end});
}

const Refactoring* titled(const std::vector<Refactoring>& refactorings, std::string_view prefix) {
  const auto it = std::find_if(refactorings.begin(), refactorings.end(),
                               [&](const auto& r) { return r.title.rfind(prefix, 0) == 0; });
  return it == refactorings.end() ? nullptr : &*it;
}

std::string applied(std::string text, const Refactoring& refactoring) {
  auto edits = refactoring.edits;
  std::sort(edits.begin(), edits.end(),
            [](const auto& a, const auto& b) { return a.range.start > b.range.start; });
  for (const auto& edit : edits) {
    text.replace(edit.range.start, edit.range.end - edit.range.start, edit.newText);
  }
  return text;
}

bool checksClean(const std::string& text) {
  const oxt::syntax::SyntaxTree tree(text);
  const auto diagnostics = oxt::checks::checkDocument(tree, {});
  for (const auto& diagnostic : diagnostics) {
    UNSCOPED_INFO(diagnostic.code << ": " << diagnostic.message);
  }
  return diagnostics.empty();
}

const std::string kLoans = "extension Loans {\n"
                           "    action Quote {\n"
                           "        /// The amount borrowed.\n"
                           "        input Principal: Currency\n"
                           "        input Years?: Integer = 30\n"
                           "        output Payment: Currency\n"
                           "    }\n"
                           "}\n";

} // namespace

TEST_CASE("an input becomes an output without its '?' and default, and back") {
  REQUIRE(checksClean(kLoans));
  const auto refactorings = at(kLoans, "Years");
  const auto* toOutput = titled(refactorings, "Convert 'Years' to an output");
  REQUIRE(toOutput != nullptr);
  CHECK(toOutput->kind == RefactoringKind::Rewrite);
  const auto converted = applied(kLoans, *toOutput);
  CHECK(converted.find("        output Years: Integer\n") != std::string::npos);
  CHECK(checksClean(converted));

  const auto back = at(converted, "Years");
  const auto* toInput = titled(back, "Convert 'Years' to an input");
  REQUIRE(toInput != nullptr);
  CHECK(applied(converted, *toInput).find("        input Years: Integer\n") != std::string::npos);
}

TEST_CASE("a Function action's parameters are not converted: it needs its one output") {
  const std::string text = "extension Loans {\n"
                           "    @function\n"
                           "    action Rate {\n"
                           "        input Years: Integer\n"
                           "        output Value: Decimal\n"
                           "    }\n"
                           "}\n";
  CHECK(titled(at(text, "Years"), "Convert") == nullptr);
  CHECK(titled(at(text, "Value"), "Convert") == nullptr);
}

TEST_CASE("selected inputs are extracted into a structure with their docs, '?' and defaults") {
  const auto refactorings = at(kLoans, "/// The amount", "= 30");
  const auto* extract = titled(refactorings, "Extract inputs into structure 'QuoteInput'");
  REQUIRE(extract != nullptr);
  CHECK(extract->kind == RefactoringKind::Extract);
  const auto result = applied(kLoans, *extract);
  CHECK(result == "extension Loans {\n"
                  "    action Quote {\n"
                  "        input QuoteInput: QuoteInput\n"
                  "        output Payment: Currency\n"
                  "    }\n"
                  "    structure QuoteInput {\n"
                  "        /// The amount borrowed.\n"
                  "        Principal: Currency\n"
                  "        Years?: Integer = 30\n"
                  "    }\n"
                  "}\n");
  CHECK(checksClean(result));
  // Extracting again takes the next free name.
  const auto more = at(result, "output Payment", "Currency");
  const auto* again = titled(more, "Extract outputs");
  REQUIRE(again != nullptr);
  CHECK(again->title == "Extract outputs into structure 'QuoteOutput'");
}

TEST_CASE("no extraction when it would lose a comment or mix directions") {
  const std::string commented = "extension Loans {\n"
                                "    action Quote {\n"
                                "        input A: Integer\n"
                                "        // keep me\n"
                                "        input B: Integer\n"
                                "    }\n"
                                "}\n";
  CHECK(titled(at(commented, "input A", "input B"), "Extract") == nullptr);
  CHECK(titled(at(kLoans, "Years", "Payment"), "Extract") == nullptr);
  CHECK(titled(at(kLoans, "Years"), "Extract") == nullptr); // a cursor is no selection
}

TEST_CASE("sorting members orders each kind by name and keeps their doc comments") {
  const std::string text = "extension Shop {\n"
                           "    /// Second.\n"
                           "    action beta {}\n"
                           "    structure Zed { A: Text }\n"
                           "    action Alpha {\n"
                           "        input S: Zed\n"
                           "        input T: Abc\n"
                           "    }\n"
                           "    structure Abc { B: Text }\n"
                           "}\n";
  const auto offered = at(text, "Shop");
  const auto* sort = titled(offered, "Sort members by name");
  REQUIRE(sort != nullptr);
  const auto sorted = applied(text, *sort);
  CHECK(sorted == "extension Shop {\n"
                  "    action Alpha {\n"
                  "        input S: Zed\n"
                  "        input T: Abc\n"
                  "    }\n"
                  "    structure Abc { B: Text }\n"
                  "    /// Second.\n"
                  "    action beta {}\n"
                  "    structure Zed { A: Text }\n"
                  "}\n");
  CHECK(titled(at(sorted, "Shop"), "Sort") == nullptr); // already sorted
  CHECK(titled(at(text, "Alpha"), "Sort") == nullptr);  // only on the extension's header
}

TEST_CASE("refactorings on half-typed text do not fail") {
  for (const std::string text : {"extension {", "extension A { action B { input", "action",
                                 "extension A { action B { input C: } }", "@"}) {
    for (uint32_t i = 0; i <= text.size(); ++i) {
      const oxt::syntax::SyntaxTree tree(text);
      const auto analysis = oxt::model::analyze(tree);
      for (const auto& refactoring : oxt::features::refactoringsAt(tree, *analysis, {0, i})) {
        for (const auto& edit : refactoring.edits) {
          CHECK(edit.range.end <= text.size());
        }
      }
    }
  }
}
