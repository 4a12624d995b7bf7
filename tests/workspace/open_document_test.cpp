// Applying didChange-like changes to an open document, in each position encoding.
#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include <catch2/catch_test_macros.hpp>

#include "../support/segmented_shape.h"
#include "checks/action_diagnostics_memo.h"
#include "checks/check_document.h"
#include "model/build_model.h"
#include "workspace/open_document.h"

using oxt::syntax::Position;
using oxt::syntax::PositionEncoding;
using oxt::workspace::ContentChange;
using oxt::workspace::OpenDocument;
using oxt::workspace::PositionRange;

TEST_CASE("a change after astral and accented characters lands in the right place") {
  // "é" is 2 bytes and 1 UTF-16 unit; "𝄞" is 4 bytes and 2 UTF-16 units.
  for (const auto& [encoding, column] :
       {std::pair{PositionEncoding::Utf16, 3U}, std::pair{PositionEncoding::Utf8, 6U},
        std::pair{PositionEncoding::Utf32, 2U}}) {
    OpenDocument document("/w/a.oxt", 1, "é𝄞\n");
    const PositionRange at{Position{0, column}, Position{0, column}};
    const auto notes = document.applyChanges(2, {ContentChange{at, "!"}}, encoding);
    CHECK(notes.empty());
    CHECK(document.text() == "é𝄞!\n");
    CHECK(document.version() == 2);
  }
}

TEST_CASE("changes apply in order; out-of-range and reversed ranges are repaired") {
  OpenDocument document("/w/a.oxt", 1, "ab\ncd\n");
  const auto notes = document.applyChanges(2,
                                           {ContentChange{PositionRange{{0, 1}, {0, 2}}, ""},
                                            ContentChange{PositionRange{{0, 1}, {0, 1}}, "X"},
                                            ContentChange{PositionRange{{9, 0}, {9, 9}}, "end"},
                                            ContentChange{PositionRange{{1, 2}, {1, 0}}, "<"}},
                                           PositionEncoding::Utf16);
  CHECK(document.text() == "aX\n<cd\nend"); // the reversed range: an insertion at its end
  CHECK(notes.size() == 2);
  document.applyChanges(3, {ContentChange{std::nullopt, "new"}}, PositionEncoding::Utf16);
  CHECK(document.text() == "new");
}

TEST_CASE("the analysis is kept until the next change and then describes the new text") {
  OpenDocument document("/w/a.oxt", 1, "extension Shop {\n  action Ping {}\n}\n");
  const auto first = document.analysis();
  REQUIRE(first->document.primary() != nullptr);
  CHECK(first->document.primary()->actions.size() == 1);
  CHECK(document.analysis() == first); // no rebuild without a change

  document.applyChanges(2, {ContentChange{PositionRange{{1, 16}, {1, 16}}, "\n  action Pong {}"}},
                        PositionEncoding::Utf16);
  const auto second = document.analysis();
  CHECK(second != first);
  CHECK(second->document.primary()->actions.size() == 2);
  CHECK(first->document.primary()->actions.size() == 1); // a request holding the old one keeps it
}

TEST_CASE("an analysis built for a request takes over what the check of the same version "
          "kept, so that the next check reuses it") {
  std::string text = "extension Shop {\n";
  for (int i = 0; i < 20; ++i) {
    text += "    action Act" + std::to_string(i) + " {\n        input Count: Integer = 3\n    }\n";
  }
  text += "}\n";
  OpenDocument document("/w/Shop.oxt", 1, text);
  (void)document.analysis();
  const auto edit = [&](int32_t version) {
    document.applyChanges(version, {ContentChange{PositionRange{{1, 15}, {1, 15}}, "x"}},
                          PositionEncoding::Utf16);
  };
  // The check of version 2 runs on the worker; a completion builds version 2's analysis
  // on the loop meanwhile; the check's result comes back.
  edit(2);
  const auto checked = oxt::model::analyze(
      std::make_shared<const oxt::syntax::SyntaxTree>(document.tree().snapshot()),
      document.latestAnalysis().get());
  const auto first = oxt::checks::checkReusingActions(*checked->tree, *checked, {});
  const auto forRequest = document.analysis();
  CHECK(document.adoptAnalysis(2, checked) == checked); // version 2 has one already
  CHECK(document.analysis() == forRequest);

  // The next check starts from the request's analysis, and reuses the actions' findings.
  edit(3);
  const auto next = oxt::model::analyze(
      std::make_shared<const oxt::syntax::SyntaxTree>(document.tree().snapshot()),
      document.latestAnalysis().get());
  const auto second = oxt::checks::checkReusingActions(*next->tree, *next, {});
  CHECK(second.actions.checked == 1);
  CHECK(second.actions.reused == 19);
  CHECK(second.diagnostics.size() == first.diagnostics.size());
}

TEST_CASE("a large file opened, or sent whole, is read as it is parsed and checked as a fresh "
          "parse is") {
  // A file of several segments (syntax/segment_plan.h) has each segment's model and
  // syntax errors read on the thread that parsed it; the analysis takes them over.
  auto text = oxt::test::generatedExtension(1500);
  const auto broken = text.find("input Name: Text", text.find("action Act700 "));
  text.replace(broken, 16, "input : Text");
  const auto expect = [](const OpenDocument& document) {
    const oxt::syntax::SyntaxTree whole(document.text(), oxt::syntax::Language::Oxt, 0);
    const auto analysis = document.analysis();
    CHECK(analysis->built.segmentsReadWhileParsing == document.tree().segmentCount());
    CHECK(analysis->document == oxt::model::buildModel(whole));
    const auto fresh = oxt::checks::checkDocument(whole);
    const auto found = oxt::checks::checkDocument(document.tree(), *analysis, {});
    const auto summary = [](const std::vector<oxt::checks::Diagnostic>& diagnostics) {
      std::string out;
      for (const auto& diagnostic : diagnostics) {
        out += std::to_string(diagnostic.range.start) + " " + diagnostic.message + "\n";
      }
      return out;
    };
    CHECK(summary(found) == summary(fresh));
    CHECK(std::any_of(found.begin(), found.end(),
                      [](const auto& diagnostic) { return diagnostic.code == "OXT0001"; }));
  };
  OpenDocument document("/w/Big.oxt", 1, text);
  REQUIRE(document.tree().segmentCount() > 2);
  expect(document);
  text.replace(text.find("action Act3 "), 11, "action Act3x ");
  document.applyChanges(2, {ContentChange{std::nullopt, text}}, PositionEncoding::Utf16);
  CHECK(document.analysis()->document.primary()->actions[3].name.text == "Act3x");
  expect(document);
}
