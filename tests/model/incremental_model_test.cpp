// The incremental model build: after an edit, the members a reparse left alone are
// reused from the previous build, moved to their new place, and the result is the
// model a build from scratch gives — ranges, descriptions, resolved types and all.
#include <algorithm>
#include <memory>
#include <random>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>

#include <catch2/catch_test_macros.hpp>

#include "../support/random_edits.h"
#include "../support/segmented_shape.h"
#include "../support/test_files.h"
#include "model/analysis.h"
#include "model/build_model.h"
#include "model/shift_ranges.h"

using namespace oxt::model;
using oxt::syntax::ByteRange;
using oxt::syntax::SyntaxTree;
using oxt::syntax::TextEdit;

namespace {

/// A document edited step by step, with the analysis of each version built from
/// the previous one, as the language server does.
class EditedDocument {
public:
  explicit EditedDocument(std::string text)
      : tree_(std::move(text)), analysis_(analyze(snapshot(), nullptr)) {}

  void edit(const TextEdit& change) {
    tree_.applyEdit(change);
    analysis_ = analyze(snapshot(), analysis_.get());
  }

  [[nodiscard]] const Analysis& analysis() const { return *analysis_; }
  /// The analysis of this version, to keep while the document is edited further.
  [[nodiscard]] std::shared_ptr<const Analysis> kept() const { return analysis_; }
  [[nodiscard]] const SyntaxTree& tree() const { return tree_; }

private:
  std::shared_ptr<const SyntaxTree> snapshot() const {
    return std::make_shared<const SyntaxTree>(tree_.snapshot());
  }

  SyntaxTree tree_;
  std::shared_ptr<const Analysis> analysis_;
};

std::string generatedExtension(int actions) {
  std::string text = "/// Generated.\n@dbms(SqlServer)\nextension Big {\n";
  for (int i = 0; i < actions; ++i) {
    const auto n = std::to_string(i);
    if (i % 10 == 0) {
      text += "    /// Record " + n + ".\n    structure Rec" + n + " {\n        Id: Integer\n" +
              "        Label: Text(100)\n    }\n\n";
    }
    text += "    /// Action " + n + ".\n    action Act" + n + " {\n        input Name: Text\n" +
            "        input Count?: Integer = 3\n        output Result: List<Rec" +
            std::to_string(i - i % 10) + ">\n    }\n\n";
  }
  return text + "}\n";
}

/// Snippets that a person types: names, doc lines, braces, annotations, types.
const std::vector<std::string>& snippets() {
  static const std::vector<std::string> all = {"x",
                                               "\n",
                                               "}",
                                               "{",
                                               "///  Doc line\n",
                                               "@function ",
                                               "action A {",
                                               "?",
                                               ":",
                                               " Integer",
                                               "List<Rec0>",
                                               "// comment\n",
                                               "\"",
                                               "entity E {\n",
                                               "= 5",
                                               "structure S { X: Text }\n",
                                               "resource \"lib/a.dll\"\n",
                                               "output R: Text\n"};
  return all;
}

/// A copy of `document` that shares no member with it (copying a Document copies the
/// members' pointers), to see later whether the original changed.
Document detached(const Document& document) {
  Document copy = document;
  const auto detach = [](auto& members) {
    std::remove_cvref_t<decltype(members)> fresh;
    for (const auto& member : members) {
      fresh.push_back(member); // push_back(T): a new object
    }
    members = std::move(fresh);
  };
  for (auto& extension : copy.extensions) {
    detach(extension.actions);
    detach(extension.structures);
    detach(extension.entities);
    detach(extension.resources);
  }
  return copy;
}

/// How many members of `kind` (actions, structures…) two lists hold at the same index
/// as the very same object.
template <typename List> std::size_t sameObjects(const List& a, const List& b) {
  std::size_t same = 0;
  for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i) {
    if (&a[i] == &b[i]) {
      ++same;
    }
  }
  return same;
}

/// Where two models differ first, for the failure message.
std::string firstDifference(const Document& a, const Document& b) {
  if (a.extensions.size() != b.extensions.size()) {
    return "number of extensions";
  }
  const auto members = [](const char* kind, const auto& x, const auto& y) -> std::string {
    if (x.size() != y.size()) {
      return std::string("number of ") + kind;
    }
    for (std::size_t i = 0; i < x.size(); ++i) {
      if (!(x[i] == y[i])) {
        return std::string(kind) + " " + std::to_string(i) + " (" + x[i].name.text + ")";
      }
    }
    return "";
  };
  for (std::size_t e = 0; e < a.extensions.size(); ++e) {
    const auto& x = a.extensions[e];
    const auto& y = b.extensions[e];
    for (const auto& found : {members("actions", x.actions, y.actions),
                              members("structures", x.structures, y.structures),
                              members("entities", x.entities, y.entities)}) {
      if (!found.empty()) {
        return found;
      }
    }
    if (!(x == y)) {
      return "extension " + std::to_string(e) + " itself or its resources";
    }
  }
  if (a.strayDocComments != b.strayDocComments) {
    return "stray doc comments";
  }
  return a.outsideDeclarations == b.outsideDeclarations ? "" : "outside declarations";
}

} // namespace

TEST_CASE("an edit inside one action rebuilds that action only") {
  EditedDocument document(generatedExtension(200));
  const auto before = document.analysis().document.extensions.front().actions.size();
  const auto at = static_cast<uint32_t>(document.tree().text().find("action Act100 {") + 10);
  document.edit(TextEdit{ByteRange{at, at}, "x"});

  const auto& extension = document.analysis().document.extensions.front();
  REQUIRE(extension.actions.size() == before);
  CHECK(extension.actions[100].name.text == "Actx100");
  // 200 actions and 20 structures, of which only the edited action was read again.
  CHECK(document.analysis().built.reusedMembers == 219);
  CHECK(document.analysis().document == buildModel(document.tree()));
}

TEST_CASE("members after an edit move with it: ranges, descriptions and types stay right") {
  EditedDocument document(generatedExtension(30));
  const auto at = static_cast<uint32_t>(document.tree().text().find("    /// Action 5."));
  document.edit(TextEdit{ByteRange{at, at}, "    /// A new first line.\n"});

  const auto& extension = document.analysis().document.extensions.front();
  CHECK(extension.actions[5].description.text == "A new first line.\nAction 5.");
  const auto& last = extension.actions.back();
  const auto& text = document.tree().text();
  CHECK(text.substr(last.name.range.start, last.name.range.end - last.name.range.start) == "Act29");
  CHECK(document.analysis().document == buildModel(document.tree()));
}

TEST_CASE("a renamed structure re-resolves the types of reused actions") {
  EditedDocument document(generatedExtension(30));
  const auto at = static_cast<uint32_t>(document.tree().text().find("structure Rec10 {") + 13);
  document.edit(TextEdit{ByteRange{at, at + 1}, "9"}); // Rec10 → Rec19: List<Rec10> dangles

  const auto& extension = document.analysis().document.extensions.front();
  const auto& parameter = extension.actions[12].parameters.back();
  CHECK(parameter.type.inner.front().name.text == "Rec10");
  CHECK(parameter.resolved.kind == TypeKind::Invalid);
  CHECK(document.analysis().document == buildModel(document.tree()));
}

TEST_CASE("the count of each structure's uses by actions follows the actions an edit changes") {
  // Actions 10–19 return List<Rec10>: ten uses. Edits in one action count that action
  // again; the other actions' uses are the previous build's.
  EditedDocument document(generatedExtension(200));
  const auto uses = [&document](std::size_t structure) {
    return document.analysis().document.extensions.front().structureUsesByActions.at(structure);
  };
  REQUIRE(uses(1) == 10);
  const auto& text = [&document]() -> const std::string& { return document.tree().text(); };

  // Act12 now returns a Text: one use fewer.
  auto at = static_cast<uint32_t>(text().find("List<Rec10>", text().find("action Act12 {")));
  document.edit(TextEdit{ByteRange{at, at + 11}, "Text"});
  CHECK(uses(1) == 9);
  CHECK(uses(2) == 10);

  // Act25 returns List<Rec10> too, and Act13 (deleted) no longer counts.
  at = static_cast<uint32_t>(text().find("List<Rec20>", text().find("action Act25 {")));
  document.edit(TextEdit{ByteRange{at + 8, at + 9}, "1"});
  const auto start = static_cast<uint32_t>(text().find("    /// Action 13."));
  const auto end = static_cast<uint32_t>(text().find("    /// Action 14."));
  document.edit(TextEdit{ByteRange{start, end}, ""});
  CHECK(uses(1) == 9);
  CHECK(uses(2) == 9);
  CHECK(document.analysis().document == buildModel(document.tree()));
}

TEST_CASE("members before an edit are the previous model's objects; it does not change") {
  EditedDocument document(generatedExtension(200));
  const auto previous = document.kept();
  const auto copy = detached(previous->document);
  const auto at = static_cast<uint32_t>(document.tree().text().find("action Act100 {") + 10);
  document.edit(TextEdit{ByteRange{at, at}, "x"});

  const auto& before = previous->document.extensions.front();
  const auto& after = document.analysis().document.extensions.front();
  REQUIRE(after.actions.size() == 200);
  REQUIRE(after.structures.size() == 20);
  // The edited action is new; every other member is the previous model's object. Those
  // after the edit moved by one byte: they are copied only when read where they are now.
  CHECK(document.analysis().built.sharedMembers == 219);
  CHECK(&after.actions.asRead(150) == &before.actions[150]);
  CHECK(after.actions.movedSinceRead(150) == 1);
  CHECK(&before.actions[100] != &after.actions[100]);
  // Read where they are: actions 0–99 and structures Rec0–Rec100, before the edit, are
  // the same objects; those after it are copies.
  CHECK(sameObjects(before.actions, after.actions) == 100);
  CHECK(&before.actions[99] == &after.actions[99]);
  CHECK(sameObjects(before.structures, after.structures) == 11);
  CHECK(&before.structures[10] == &after.structures[10]);
  CHECK(&before.structures[11] != &after.structures[11]);
  CHECK(previous->document == copy);
  CHECK(before.actions[150].name.range.start + 1 == after.actions[150].name.range.start);
  CHECK(document.analysis().document == buildModel(document.tree()));
}

TEST_CASE("a shared member whose type resolves anew is copied, not changed in place") {
  EditedDocument document(generatedExtension(30));
  const auto previous = document.kept();
  const auto copy = detached(previous->document);
  const auto at = static_cast<uint32_t>(document.tree().text().find("structure Rec10 {") + 13);
  document.edit(TextEdit{ByteRange{at, at + 1}, "9"}); // same length: nothing moves

  const auto& before = previous->document.extensions.front();
  const auto& after = document.analysis().document.extensions.front();
  // Actions 10–19 return List<Rec10>, which is gone: they no longer resolve. The
  // others are untouched and stay shared.
  CHECK(after.actions[12].parameters.back().resolved.kind == TypeKind::Invalid);
  CHECK(before.actions[12].parameters.back().resolved.kind == TypeKind::RecordList);
  CHECK(&before.actions[12] != &after.actions[12]);
  CHECK(&before.actions[25] == &after.actions[25]);
  CHECK(sameObjects(before.actions, after.actions) == 20);
  CHECK(previous->document == copy);
  CHECK(document.analysis().document == buildModel(document.tree()));
}

namespace {

/// Every member of `members` that holds `offset` (ends included) lies in
/// membersAround(members, offset), which hover and the implementation lens search.
template <typename Member>
void requireFoundAround(const SharedList<Member>& members, uint32_t offset) {
  const auto around = membersAround(members, offset);
  for (std::size_t i = 0; i < members.size(); ++i) {
    const auto range = rangeNow(members, i);
    if (range.start <= offset && offset <= range.end) {
      CAPTURE(offset, i, range.start, range.end, around.first, around.last);
      REQUIRE((around.first <= i && i < around.last));
    }
  }
}

} // namespace

TEST_CASE("random typing in every example gives the model a fresh build gives") {
  std::mt19937 random(20261128); // fixed: a failure reproduces
  auto files = oxt::test::exampleFiles();
  for (const auto& file : files) {
    CAPTURE(file);
    EditedDocument document(oxt::test::readSourceFile(file));
    for (int step = 0; step < 60; ++step) {
      const auto size = static_cast<uint32_t>(document.tree().text().size());
      const auto at = std::uniform_int_distribution<uint32_t>(0, size)(random);
      TextEdit change{ByteRange{at, at}, ""};
      if (random() % 3 == 0) { // delete a few bytes (maybe a whole member's worth)
        const auto length = std::uniform_int_distribution<uint32_t>(1, 40)(random);
        change.range.end = std::min(size, at + length);
        // Keep UTF-8 whole: the examples are ASCII but for a few words.
        while (change.range.end < size &&
               (static_cast<unsigned char>(document.tree().text()[change.range.end]) & 0xC0U) ==
                   0x80U) {
          ++change.range.end;
        }
      } else {
        change.newText = snippets()[random() % snippets().size()];
      }
      while (change.range.start > 0 &&
             (static_cast<unsigned char>(document.tree().text()[change.range.start]) & 0xC0U) ==
                 0x80U) {
        --change.range.start;
      }
      CAPTURE(step, change.range.start, change.range.end, change.newText);
      document.edit(change);
      const auto fresh = buildModel(document.tree());
      CAPTURE(firstDifference(document.analysis().document, fresh));
      REQUIRE(document.analysis().document == fresh);
      for (int probe = 0; probe < 20; ++probe) {
        const auto offset = std::uniform_int_distribution<uint32_t>(
            0, static_cast<uint32_t>(document.tree().text().size()))(random);
        for (const auto& extension : document.analysis().document.extensions) {
          requireFoundAround(extension.actions, offset);
          requireFoundAround(extension.structures, offset);
          requireFoundAround(extension.entities, offset);
          requireFoundAround(extension.resources, offset);
        }
      }
    }
  }
}

namespace {

/// How many segments of `now` the build took over from `before`'s (the same kept
/// segment model), rather than reading them.
std::size_t segmentsTakenOver(const BuiltModel& now, const BuiltModel& before) {
  std::size_t taken = 0;
  for (const auto& used : now.segments) {
    for (const auto& earlier : before.segments) {
      taken += used.model == earlier.model ? 1U : 0U;
    }
  }
  return taken;
}

} // namespace

TEST_CASE("in segments, an edit reads its segment again and takes the others over") {
  const SyntaxTree opened(oxt::test::generatedExtension(200), oxt::syntax::Language::Oxt, 2048);
  SyntaxTree tree(opened.text(), oxt::syntax::Language::Oxt, 2048);
  auto previous = analyze(std::make_shared<const SyntaxTree>(tree.snapshot()), nullptr);
  const auto segments = tree.segmentCount();
  REQUIRE(segments > 10);
  REQUIRE(previous->built.segments.size() == segments);

  const auto at = static_cast<uint32_t>(tree.text().find("action Act100 {") + 10);
  tree.applyEdit(TextEdit{ByteRange{at, at}, "x"});
  const auto next = analyze(std::make_shared<const SyntaxTree>(tree.snapshot()), previous.get());
  CHECK(segmentsTakenOver(next->built, previous->built) == segments - 1);
  CHECK(next->document.extensions.front().actions[100].name.text == "Actx100");
  CHECK(next->document == buildModel(SyntaxTree(tree.text(), oxt::syntax::Language::Oxt, 0)));
  // Actions after the edit moved by one byte, and are carried over as such.
  const auto& carried = next->built.lineage.front().actions;
  CHECK(carried[150].from == 150);
  CHECK(carried[150].delta == 1);
  CHECK_FALSE(carried[100].carried());
}

TEST_CASE("in segments, random typing gives the model a build from scratch gives") {
  std::mt19937 random(20261129U); // fixed: a failure reproduces
  const auto open = [](const std::string& text) {
    constexpr uint32_t kSegment = 600;
    return std::make_pair(std::make_unique<SyntaxTree>(text, oxt::syntax::Language::Oxt, kSegment),
                          std::make_unique<SyntaxTree>(text, oxt::syntax::Language::Oxt, 0));
  };
  auto [tree, plain] = open(oxt::test::generatedExtension(60));
  auto analysis = analyze(std::make_shared<const SyntaxTree>(tree->snapshot()), nullptr);
  std::size_t compared = 0;
  std::size_t taken = 0;
  for (int step = 0; step < 300; ++step) {
    const auto edit = oxt::test::randomEdit(random, tree->text());
    const auto removed = tree->text().substr(edit.range.start, edit.range.end - edit.range.start);
    const TextEdit undo{
        {edit.range.start, edit.range.start + static_cast<uint32_t>(edit.newText.size())}, removed};
    for (const TextEdit& change : std::vector<TextEdit>{edit, undo}) {
      CAPTURE(step, change.range.start, change.range.end, change.newText, tree->segmentCount());
      tree->applyEdit(change);
      plain->applyEdit(change);
      auto next = analyze(std::make_shared<const SyntaxTree>(tree->snapshot()), analysis.get());
      taken += segmentsTakenOver(next->built, analysis->built);
      analysis = std::move(next);
      // tree-sitter's own reparse of one tree sometimes recovers from an error otherwise
      // than a fresh parse (tests/syntax/segmented_parse_test.cpp): start again there.
      const SyntaxTree whole(tree->text(), oxt::syntax::Language::Oxt, 0);
      if (oxt::test::topLevelShape(*plain) != oxt::test::topLevelShape(whole)) {
        std::tie(tree, plain) = open(tree->text());
        analysis = analyze(std::make_shared<const SyntaxTree>(tree->snapshot()), nullptr);
        continue;
      }
      const auto fresh = buildModel(whole);
      CAPTURE(firstDifference(analysis->document, fresh));
      REQUIRE(analysis->document == fresh);
      ++compared;
    }
  }
  CHECK(compared > 500);
  CHECK(taken > compared * 5); // most segments are taken over at most steps
}

TEST_CASE("segments read as they are parsed give the model a build after the parse gives") {
  // Opening a file reads each segment's model on the thread that parsed it
  // (readSegmentAhead); the build then takes those reads instead of reading again.
  const auto text = oxt::test::generatedExtension(200);
  const SyntaxTree tree(text, readSegmentAhead, 2048);
  REQUIRE(tree.segmentCount() > 10);
  const auto built = buildModel(tree, nullptr);
  CHECK(built.segmentsReadWhileParsing == tree.segmentCount());
  const auto fresh = buildModel(SyntaxTree(text, oxt::syntax::Language::Oxt, 0));
  CAPTURE(firstDifference(built.document, fresh));
  CHECK(built.document == fresh);
  // A read serves one build: the next reads the segments itself, to the same model.
  const auto again = buildModel(tree, nullptr);
  CHECK(again.segmentsReadWhileParsing == 0);
  CHECK(again.document == fresh);
}

TEST_CASE("a segment moved by an edit since its parse is read again, not taken") {
  SyntaxTree tree(oxt::test::generatedExtension(200), readSegmentAhead, 2048);
  const auto segments = tree.segmentCount();
  REQUIRE(segments > 10);
  // A comment typed in the first segment moves every segment after it.
  const auto at = static_cast<uint32_t>(tree.text().find("    structure Rec0"));
  tree.applyEdit(TextEdit{ByteRange{at, at}, "    // moved\n"});
  REQUIRE(tree.segmentCount() == segments);
  const auto analysis = analyze(std::make_shared<const SyntaxTree>(tree.snapshot()), nullptr);
  CHECK(analysis->built.segmentsReadWhileParsing == 0);
  const auto fresh = buildModel(SyntaxTree(tree.text(), oxt::syntax::Language::Oxt, 0));
  CAPTURE(firstDifference(analysis->document, fresh));
  CHECK(analysis->document == fresh);
}

TEST_CASE("after an edit that joins segments, only the segments before it take their reads") {
  // Removing the `}` of a run of actions joins their segments, parsed again: the reads
  // kept with the old trees go with them. Segments after the edit moved, and are read
  // again; those before it are as they were parsed, and their reads serve.
  const auto text = oxt::test::generatedExtension(200);
  SyntaxTree tree(text, readSegmentAhead, 2048);
  const auto segments = tree.segmentCount();
  REQUIRE(segments > 10);
  const auto from = static_cast<uint32_t>(text.find("action Act100"));
  const auto to = static_cast<uint32_t>(text.find("action Act120"));
  std::size_t untouched = 0;
  for (const auto& segment : tree.segments()) {
    untouched += segment.owned.end <= from ? 1U : 0U;
  }
  REQUIRE(untouched > 2);
  std::string opened = text.substr(from, to - from);
  std::erase(opened, '}');
  tree.applyEdit(TextEdit{ByteRange{from, to}, opened});
  REQUIRE(tree.segmentCount() < segments);
  const auto analysis = analyze(std::make_shared<const SyntaxTree>(tree.snapshot()), nullptr);
  CHECK(analysis->built.segmentsReadWhileParsing == untouched);
  const auto fresh = buildModel(SyntaxTree(tree.text(), oxt::syntax::Language::Oxt, 0));
  CAPTURE(firstDifference(analysis->document, fresh));
  CHECK(analysis->document == fresh);
}
