// Checking only the actions an edit changed (checks/action_diagnostics_memo.h): after
// each edit, the diagnostics are those of checking the whole text from scratch —
// messages, ranges, related places and fixes — while the actions the edit did not
// touch are taken over instead of checked again.
#include <algorithm>
#include <memory>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch_test_macros.hpp>

#include "../support/random_edits.h"
#include "checks/action_diagnostics_memo.h"
#include "checks/check_document.h"
#include "model/analysis.h"

using oxt::checks::CheckContext;
using oxt::checks::Diagnostic;
using oxt::syntax::ByteRange;
using oxt::syntax::SyntaxTree;
using oxt::syntax::TextEdit;

namespace {

/// Everything an editor is shown of diagnostics, one line each.
std::vector<std::string> shown(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> lines;
  const auto at = [](ByteRange range) {
    return std::to_string(range.start) + "-" + std::to_string(range.end);
  };
  for (const auto& diagnostic : diagnostics) {
    auto line = diagnostic.code + " " + at(diagnostic.range) + " " + diagnostic.message;
    for (const auto& related : diagnostic.related) {
      line += " | related " + at(related.range) + " " + related.message;
    }
    for (const auto& fix : diagnostic.fixes) {
      line += " | fix " + fix.title + (fix.preferred ? " (preferred)" : "");
      for (const auto& edit : fix.edits) {
        line += " " + at(edit.range) + "=" + edit.newText;
      }
    }
    line += diagnostic.unnecessary ? " | unnecessary" : "";
    lines.push_back(std::move(line));
  }
  return lines;
}

/// A document edited step by step as the language server does: each version's analysis
/// built from the previous one's and checked, the check keeping its memo.
class CheckedDocument {
public:
  explicit CheckedDocument(std::string text) : tree_(std::move(text)) { check(); }

  void edit(const TextEdit& change) {
    tree_.applyEdit(change);
    check();
  }

  [[nodiscard]] const SyntaxTree& tree() const { return tree_; }
  [[nodiscard]] const oxt::checks::CheckedAnalysis& checked() const { return checked_; }
  /// What checking the text from scratch finds.
  [[nodiscard]] std::vector<std::string> fromScratch() const {
    return shown(oxt::checks::checkDocument(tree_, context_));
  }

private:
  void check() {
    analysis_ =
        oxt::model::analyze(std::make_shared<const SyntaxTree>(tree_.snapshot()), analysis_.get());
    checked_ = oxt::checks::checkReusingActions(*analysis_->tree, *analysis_, context_);
  }

  SyntaxTree tree_;
  CheckContext context_;
  std::shared_ptr<const oxt::model::Analysis> analysis_;
  oxt::checks::CheckedAnalysis checked_;
};

/// An extension whose actions have problems the checks find in them, one kind each:
/// a mandatory input's default (OXT0019), '?' on an output (OXT0017), an invalid date
/// (OXT0026), a Function with two outputs (OXT0016), an identifier of an entity without
/// one (OXT0013), an unknown type (OXT0007, whose fix appends a structure at the end).
std::string extensionWithProblems(int actions) {
  std::string text = "extension Shop {\n    @table(\"ORD\")\n    entity Order {\n"
                     "        @identifier\n        Id: Integer\n    }\n"
                     "    @table(\"ITM\")\n    entity Item {\n        Name: Text\n    }\n"
                     "    structure Line {\n        Sku: Text\n    }\n\n";
  for (int i = 0; i < actions; ++i) {
    std::string head = "    action Act" + std::to_string(i) + " {\n";
    std::string body;
    switch (i % 7) {
    case 0:
      body = "        input Count: Integer = 3\n";
      break;
    case 1:
      body = "        output Result?: Text\n";
      break;
    case 2:
      body = "        input Since?: Date = #2024-02-30#\n";
      break;
    case 3:
      head.insert(0, "    @function\n");
      body = "        output A: Text\n        output B: Text\n";
      break;
    case 4:
      body = "        input Item: Identifier<Item>\n";
      break;
    case 5:
      body = "        input Lines: List<Lin>\n";
      break;
    default:
      body = "        input Order: Identifier<Order>\n        output Line: Line\n";
      break;
    }
    text += head + body + "    }\n\n";
  }
  return text + "}\n";
}

/// Records with problems the checks find in them, before the actions of
/// extensionWithProblems. Some findings lie inside their record: a description too long
/// (OXT0005), two attributes of one name (OXT0006), a structure holding itself
/// (OXT0014), an unknown annotation (OXT0039), an Oracle reserved word (OXT0036), a
/// backslash in a resource path (OXT0049). Some reach outside it, and that record is
/// checked every time: an unknown type (the fix appends a structure at the end), an
/// unknown annotation and an entity without a table (their fixes reach the line's
/// indentation, before the declaration), a table used twice (the related place is the
/// first entity).
std::string extensionWithRecordProblems(int actions) {
  const std::string records =
      "    /// " + std::string(260, 'd') +
      "\n"
      "    structure Long {\n        Sku: Text\n    }\n"
      "    structure Twice {\n        Code: Text\n        code: Integer\n    }\n"
      "    structure Loop {\n        Next: Loop\n    }\n"
      "    structure Odd {\n        Kind: Kinds\n    }\n"
      "    @tabel(\"X\")\n    structure Marked {\n        A: Text\n    }\n"
      "    entity Stock {\n        Number: Integer\n    }\n"
      "    @table(\"ORD\")\n    entity Orders {\n        @identifier\n        Id: Integer\n    }\n"
      "    @table(\"STK\")\n    entity Stocks {\n        @identifier\n        Number: Integer\n    "
      "}\n"
      "    resource \"lib\\\\Acme.dll\"\n\n";
  auto text = extensionWithProblems(actions);
  text.insert(text.find("    structure Line {"), records);
  return text;
}

uint32_t offsetOf(const SyntaxTree& tree, const std::string& what) {
  const auto at = tree.text().find(what);
  REQUIRE(at != std::string::npos);
  return static_cast<uint32_t>(at);
}

} // namespace

TEST_CASE("an edit in one action checks that action again and takes over the others") {
  CheckedDocument document(extensionWithProblems(70));
  REQUIRE(document.checked().actions.checked == 70);
  const auto before = document.checked().diagnostics.size();
  REQUIRE(before == 60); // six actions in seven have one problem

  const auto at = offsetOf(document.tree(), "action Act30 {") + 10;
  document.edit(TextEdit{ByteRange{at, at}, "x"});
  // Act30 changed. Twenty have a fix that reaches outside them, and are checked every
  // time: the ten with an unknown type (a structure appended at the end) and the ten
  // Functions (removing '@function' takes its line's indentation, before the action).
  // The other 49 are taken over, moved by one byte when after the edit.
  CHECK(document.checked().actions.checked == 21);
  CHECK(document.checked().actions.reused == 49);
  CHECK(shown(document.checked().diagnostics) == document.fromScratch());

  document.edit(TextEdit{ByteRange{at, at + 1}, ""});
  CHECK(document.checked().diagnostics.size() == before);
  CHECK(shown(document.checked().diagnostics) == document.fromScratch());
}

TEST_CASE("an edit in an action takes over the findings in structures, entities and "
          "resources") {
  CheckedDocument document(extensionWithRecordProblems(14));
  const auto lines = shown(document.checked().diagnostics);
  for (const auto* code : {"OXT0005", "OXT0006", "OXT0014", "OXT0039", "OXT0036", "OXT0049",
                           "OXT0007", "OXT0028", "OXT0029"}) {
    CAPTURE(code);
    CHECK(std::any_of(lines.begin(), lines.end(),
                      [&](const std::string& line) { return line.rfind(code, 0) == 0; }));
  }
  REQUIRE(document.checked().records.checked == 12); // 6 structures, 5 entities, 1 resource

  const auto at = offsetOf(document.tree(), "action Act5 {") + 10;
  document.edit(TextEdit{ByteRange{at, at}, "x"});
  // Four records have a finding that reaches outside them and are checked again: Odd,
  // Stock, the second user of table ORD, and Marked (removing '@tabel' removes its
  // line's indentation, before the structure). The others are taken over.
  CHECK(document.checked().records.checked == 4);
  CHECK(document.checked().records.reused == 8);
  CHECK(shown(document.checked().diagnostics) == document.fromScratch());

  // An edit before the records moves them: their findings move with them.
  const auto head = offsetOf(document.tree(), "extension Shop");
  document.edit(TextEdit{ByteRange{head, head}, "\n\n"});
  CHECK(shown(document.checked().diagnostics) == document.fromScratch());
  const auto inAction = offsetOf(document.tree(), "action Act2 {") + 10;
  document.edit(TextEdit{ByteRange{inAction, inAction + 1}, ""});
  CHECK(document.checked().records.reused == 8);
  CHECK(shown(document.checked().diagnostics) == document.fromScratch());
}

TEST_CASE("a description too long above an action stays reported when another changes") {
  // The doc comment lies outside the action's declaration in the syntax tree; its
  // finding is the action's all the same.
  auto text = extensionWithProblems(14);
  text.insert(text.find("    action Act4 {"), "    /// " + std::string(260, 'd') + "\n");
  CheckedDocument document(text);
  const auto at = offsetOf(document.tree(), "action Act5 {") + 10;
  document.edit(TextEdit{ByteRange{at, at}, "x"});
  const auto lines = shown(document.checked().diagnostics);
  CHECK(std::any_of(lines.begin(), lines.end(),
                    [](const std::string& line) { return line.rfind("OXT0005", 0) == 0; }));
  CHECK(lines == document.fromScratch());
}

TEST_CASE("an entity given an identifier checks the actions again") {
  CheckedDocument document(extensionWithProblems(14));
  const auto hasCode = [&](const std::string& code) {
    for (const auto& diagnostic : document.checked().diagnostics) {
      if (diagnostic.code == code) {
        return true;
      }
    }
    return false;
  };
  REQUIRE(hasCode("OXT0013")); // Identifier<Item>: Item has no identifier

  const auto at = offsetOf(document.tree(), "        Name: Text");
  document.edit(TextEdit{ByteRange{at, at}, "        @identifier\n"});
  CHECK(document.checked().actions.reused == 0);
  CHECK_FALSE(hasCode("OXT0013"));
  CHECK(shown(document.checked().diagnostics) == document.fromScratch());
}

TEST_CASE("a renamed structure checks the actions that used it again") {
  CheckedDocument document(extensionWithProblems(14));
  const auto at = offsetOf(document.tree(), "structure Line {") + 10;
  document.edit(TextEdit{ByteRange{at, at + 4}, "Row"}); // `output Line: Line` dangles
  CHECK(shown(document.checked().diagnostics) == document.fromScratch());
  document.edit(TextEdit{ByteRange{at, at + 3}, "Lin"}); // `List<Lin>` resolves now
  CHECK(shown(document.checked().diagnostics) == document.fromScratch());
}

TEST_CASE("duplicate action names are found across actions that were taken over") {
  CheckedDocument document(extensionWithProblems(14));
  const auto at = offsetOf(document.tree(), "action Act12 {") + 10;
  document.edit(TextEdit{ByteRange{at, at + 2}, "3"}); // Act12 → Act3, declared above
  CHECK(document.checked().actions.reused == 10);      // not Act12, the two unknown types, Act3
  const auto lines = shown(document.checked().diagnostics);
  CHECK(lines == document.fromScratch());
  CHECK(std::any_of(lines.begin(), lines.end(),
                    [](const std::string& line) { return line.rfind("OXT0006", 0) == 0; }));
}

TEST_CASE("closing the extension's body offers the structure an unknown type may mean") {
  // Without the closing brace there is nowhere to append a structure, so the unknown
  // type's diagnostic has no such fix and lies inside its action; typing the brace, far
  // from the action, must check it again (found by oxt-fuzz-document).
  // Large enough to be parsed in segments, so that the actions far from the end are in
  // segments the edit does not touch.
  auto text = extensionWithProblems(1400);
  text.resize(text.rfind('}'));
  text += "    action Tail\n"; // no body either: the text ends with its name
  CheckedDocument document(text);
  const auto hasCreateFix = [&] {
    const auto lines = shown(document.checked().diagnostics);
    return std::any_of(lines.begin(), lines.end(), [](const std::string& line) {
      return line.find("Create structure 'Lin'") != std::string::npos;
    });
  };
  CHECK_FALSE(hasCreateFix());
  const auto end = static_cast<uint32_t>(document.tree().text().size());
  document.edit(TextEdit{ByteRange{end, end}, "}\n"});
  CHECK(document.checked().actions.reused == 0); // none is taken over
  CHECK(hasCreateFix());
  CHECK(shown(document.checked().diagnostics) == document.fromScratch());
  document.edit(TextEdit{ByteRange{end, end + 2}, ""});
  CHECK_FALSE(hasCreateFix());
  CHECK(shown(document.checked().diagnostics) == document.fromScratch());
}

TEST_CASE("random changes to types, names and annotations give the diagnostics of "
          "checking from scratch") {
  // Changes a person makes to a file that stays readable, each of which the memo must
  // see: a type, a structure's or entity's name or identifier, an action's name (a
  // duplicate), '?', a default, '@function', a date, and lines that only move members.
  const std::vector<std::pair<std::string, std::string>> changes{
      {": Text", ": Integer"},
      {": Integer", ": Text"},
      {"Line\n", "Lin\n"},
      {"Lin>", "Line>"},
      {"structure Line ", "structure Lin "},
      {"structure Lin ", "structure Line "},
      {"entity Item", "entity Items"},
      {"entity Items", "entity Item"},
      {"        Name: Text", "        @identifier\n        Name: Text"},
      {"        @identifier\n", ""},
      {"action Act1", "action Act2"},
      {"?: ", ": "},
      {"t: ", "t?: "},
      {" = 3", ""},
      {"    @function\n", ""},
      {"#2024-02-30#", "#2024-02-28#"},
      {"#2024-02-28#", "#2024-02-30#"},
      {"    }\n\n", "    }\n\n\n"},
      {"\n\n\n", "\n\n"},
  };
  std::mt19937 random(20261129U); // fixed: a failure reproduces
  CheckedDocument document(extensionWithRecordProblems(40));
  std::size_t reused = 0;
  for (int step = 0; step < 400; ++step) {
    const auto& [from, to] = changes[random() % changes.size()];
    std::vector<uint32_t> places;
    for (auto at = document.tree().text().find(from); at != std::string::npos;
         at = document.tree().text().find(from, at + 1)) {
      places.push_back(static_cast<uint32_t>(at));
    }
    if (places.empty()) {
      continue;
    }
    const auto at = places[random() % places.size()];
    const TextEdit edit{ByteRange{at, at + static_cast<uint32_t>(from.size())}, to};
    document.edit(edit);
    CAPTURE(step, edit.range.start, from, to);
    REQUIRE(shown(document.checked().diagnostics) == document.fromScratch());
    reused += document.checked().actions.reused;
  }
  // The memo served: most changes leave most actions as they were.
  CHECK(reused > std::size_t{400} * 10);
}

TEST_CASE("random typing gives the diagnostics of checking from scratch") {
  std::mt19937 random(20261129U);
  CheckedDocument document(extensionWithRecordProblems(40));
  for (int step = 0; step < 300; ++step) {
    const auto edit = oxt::test::randomEdit(random, document.tree().text());
    document.edit(edit);
    CAPTURE(step, edit.range.start, edit.range.end, edit.newText);
    REQUIRE(shown(document.checked().diagnostics) == document.fromScratch());
  }
}

TEST_CASE("random typing in every example gives the diagnostics of checking from scratch") {
  for (const auto& file : oxt::test::exampleFiles()) {
    CAPTURE(file);
    std::mt19937 random(20261130U);
    CheckedDocument document(oxt::test::readSourceFile(file));
    for (int step = 0; step < 40; ++step) {
      const auto edit = oxt::test::randomEdit(random, document.tree().text());
      document.edit(edit);
      CAPTURE(step, edit.range.start, edit.range.end, edit.newText);
      REQUIRE(shown(document.checked().diagnostics) == document.fromScratch());
    }
  }
}
