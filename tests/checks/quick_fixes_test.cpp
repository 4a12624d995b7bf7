// The fixes that checks attach to diagnostics (the editor's quick fixes): applying
// one removes its diagnostic and brings no new one, on every documented example and
// every invalid fixture. The codes whose fix is clear must offer one.
#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch_test_macros.hpp>

#include "../support/test_files.h"
#include "checks/check_document.h"
#include "checks/check_registry.h"
#include "diagnostics_doc.h"

namespace {

using oxt::checks::Diagnostic;
using oxt::checks::Fix;

struct Checked {
  std::string text;
  std::filesystem::path path;
};

std::vector<Diagnostic> check(const Checked& file) {
  const oxt::syntax::SyntaxTree tree(file.text);
  oxt::checks::CheckContext context;
  context.filePath = file.path;
  return oxt::checks::checkDocument(tree, context);
}

std::string applied(std::string text, const Fix& fix) {
  auto edits = fix.edits;
  std::sort(edits.begin(), edits.end(),
            [](const auto& a, const auto& b) { return a.range.start > b.range.start; });
  for (const auto& edit : edits) {
    text.replace(edit.range.start, edit.range.end - edit.range.start, edit.newText);
  }
  return text;
}

std::map<std::string, int> countByCode(const std::vector<Diagnostic>& diagnostics) {
  std::map<std::string, int> counts;
  for (const auto& diagnostic : diagnostics) {
    ++counts[diagnostic.code];
  }
  return counts;
}

/// Applies every fix of every diagnostic of `file`, one at a time, and checks the
/// result; returns the codes that offered a fix.
std::set<std::string> checkEveryFix(const Checked& file) {
  std::set<std::string> fixed;
  const auto before = check(file);
  const auto countsBefore = countByCode(before);
  for (const auto& diagnostic : before) {
    int preferred = 0;
    for (const auto& fix : diagnostic.fixes) {
      INFO(diagnostic.code << " " << diagnostic.message << "\nfix: " << fix.title << "\nin:\n"
                           << file.text);
      CHECK_FALSE(fix.title.empty());
      REQUIRE_FALSE(fix.edits.empty());
      preferred += fix.preferred ? 1 : 0;
      // Edits lie inside the text and do not overlap.
      auto edits = fix.edits;
      std::sort(edits.begin(), edits.end(),
                [](const auto& a, const auto& b) { return a.range.start < b.range.start; });
      for (std::size_t i = 0; i < edits.size(); ++i) {
        REQUIRE(edits[i].range.start <= edits[i].range.end);
        REQUIRE(edits[i].range.end <= file.text.size());
        if (i > 0) {
          REQUIRE(edits[i - 1].range.end <= edits[i].range.start);
        }
      }
      const Checked after{applied(file.text, fix), file.path};
      INFO("after:\n" << after.text);
      const auto countsAfter = countByCode(check(after));
      for (const auto& [code, count] : countsAfter) {
        INFO(code);
        CHECK(count <= (countsBefore.contains(code) ? countsBefore.at(code) : 0));
      }
      const auto remaining =
          countsAfter.contains(diagnostic.code) ? countsAfter.at(diagnostic.code) : 0;
      CHECK(remaining < countsBefore.at(diagnostic.code));
      fixed.insert(diagnostic.code);
    }
    CHECK(preferred <= 1); // at most one obvious fix
  }
  return fixed;
}

} // namespace

TEST_CASE("each documented example's fixes remove its diagnostic and add none") {
  const auto sections = oxt::test::sections(oxt::test::readSourceFile("docs/diagnostics.md"));
  std::set<std::string> fixed;
  for (const auto& section : sections) {
    const auto& example = section.examples.front();
    INFO("docs/diagnostics.md:" << example.line);
    const auto codes = checkEveryFix(
        {example.text, oxt::test::sourceDir() / "tests/fixtures/docs" / example.fileName});
    fixed.insert(codes.begin(), codes.end());
  }
  // Where the fix is clear, there is one (issue 6's list, and their close kin).
  for (const std::string code :
       {"OXT0002", "OXT0007", "OXT0008", "OXT0009", "OXT0016", "OXT0017", "OXT0018", "OXT0019",
        "OXT0028", "OXT0031", "OXT0039", "OXT0040", "OXT0041", "OXT0049", "OXT0057", "OXT0058"}) {
    INFO(code);
    CHECK(fixed.contains(code));
  }
}

TEST_CASE("the fixes in the invalid fixtures remove their diagnostic and add none") {
  const auto folder = oxt::test::sourceDir() / "tests/fixtures/invalid";
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.path().extension() != ".oxt") {
      continue;
    }
    INFO(entry.path().filename().string());
    checkEveryFix({oxt::test::readSourceFile(
                       std::filesystem::relative(entry.path(), oxt::test::sourceDir()).string()),
                   entry.path()});
  }
}

TEST_CASE("an unknown type offers the suggestion first and a new structure second") {
  const std::string text = "extension Shop {\n"
                           "    action Buy {\n"
                           "        input Item: Iten\n"
                           "        input Count: integer\n"
                           "        output Last: Item\n"
                           "    }\n"
                           "    structure Item { Name: Text }\n"
                           "}\n";
  const auto diagnostics = check({text, {}});
  REQUIRE(diagnostics.size() == 2);
  const auto& misspelt = diagnostics[0];
  REQUIRE(misspelt.fixes.size() == 2);
  CHECK(misspelt.fixes[0].title == "Change to 'Item'");
  CHECK(misspelt.fixes[0].preferred);
  CHECK(misspelt.fixes[1].title == "Create structure 'Iten'");
  CHECK_FALSE(misspelt.fixes[1].preferred);
  CHECK(applied(text, misspelt.fixes[1]) == "extension Shop {\n"
                                            "    action Buy {\n"
                                            "        input Item: Iten\n"
                                            "        input Count: integer\n"
                                            "        output Last: Item\n"
                                            "    }\n"
                                            "    structure Item { Name: Text }\n"
                                            "    structure Iten { Attribute1: Text }\n"
                                            "}\n");
  // `integer` is a basic type in the wrong case: no structure of that name.
  REQUIRE(diagnostics[1].fixes.size() == 1);
  CHECK(diagnostics[1].fixes[0].title == "Change to 'Integer'");
}

TEST_CASE("no structure is offered while the extension's body has no closing brace") {
  // The extension then ends with its last action's `}`: a structure appended before it
  // would land inside that action.
  const std::string text = "extension Shop {\n"
                           "    action Buy {\n"
                           "        input Item: Iten\n"
                           "    }\n";
  const auto diagnostics = check({text, {}});
  const auto unknown = std::find_if(diagnostics.begin(), diagnostics.end(),
                                    [](const Diagnostic& d) { return d.code == "OXT0007"; });
  REQUIRE(unknown != diagnostics.end());
  for (const auto& fix : unknown->fixes) {
    CHECK(fix.title.rfind("Create structure", 0) == std::string::npos);
  }
  const auto closed = check({text + "}\n", {}});
  const auto offered = std::find_if(closed.begin(), closed.end(),
                                    [](const Diagnostic& d) { return d.code == "OXT0007"; });
  REQUIRE(offered != closed.end());
  REQUIRE(offered->fixes.size() == 1);
  CHECK(applied(text + "}\n", offered->fixes[0]) ==
        text + "    structure Iten { Attribute1: Text }\n}\n");
}

TEST_CASE("a removed annotation takes its line with it when it stood alone") {
  const std::string text = "extension Shop {\n"
                           "    @function\n"
                           "    @function\n"
                           "    action Total {\n"
                           "        output Sum: Decimal\n"
                           "    }\n"
                           "}\n";
  const auto diagnostics = check({text, {}});
  REQUIRE(diagnostics.size() == 1);
  REQUIRE(diagnostics[0].fixes.size() == 1);
  CHECK(applied(text, diagnostics[0].fixes[0]) == "extension Shop {\n"
                                                  "    @function\n"
                                                  "    action Total {\n"
                                                  "        output Sum: Decimal\n"
                                                  "    }\n"
                                                  "}\n");
}

TEST_CASE("a Function action without output gets one, also when its body is empty") {
  const std::string text = "extension Shop {\n    @function action Total {}\n}\n";
  const auto diagnostics = check({text, {}});
  REQUIRE_FALSE(diagnostics.empty());
  REQUIRE_FALSE(diagnostics[0].fixes.empty());
  CHECK(diagnostics[0].fixes[0].title == "Add output 'Result'");
  CHECK(applied(text, diagnostics[0].fixes[0]) ==
        "extension Shop {\n    @function action Total {\n        output Result: Text\n    }\n}\n");
}
