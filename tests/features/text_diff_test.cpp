// lineEdits: applying the edits to the old text gives the new one, and lines that
// did not change are not touched.
#include <algorithm>
#include <random>
#include <string>

#include <catch2/catch_test_macros.hpp>

#include "features/text_diff.h"

namespace {

std::string applied(std::string text, std::vector<oxt::syntax::TextEdit> edits) {
  std::sort(edits.begin(), edits.end(),
            [](const auto& a, const auto& b) { return a.range.start > b.range.start; });
  for (const auto& edit : edits) {
    text.replace(edit.range.start, edit.range.end - edit.range.start, edit.newText);
  }
  return text;
}

} // namespace

TEST_CASE("unchanged text needs no edit; one changed line needs one edit of that line") {
  CHECK(oxt::features::lineEdits("a\nb\nc\n", "a\nb\nc\n").empty());
  const auto edits = oxt::features::lineEdits("a\nb\nc\n", "a\n  b\nc\n");
  REQUIRE(edits.size() == 1);
  CHECK(edits[0].range.start == 2);
  CHECK(edits[0].range.end == 4);
  CHECK(edits[0].newText == "  b\n");
}

TEST_CASE("edits are ordered, apart, and rebuild the new text (random texts)") {
  std::mt19937 random(7);
  const std::vector<std::string> pool{"a\n", "b\n", "  c\n", "\n", "d", "e\r\n"};
  for (int round = 0; round < 300; ++round) {
    std::string before;
    std::string after;
    for (int k = static_cast<int>(random() % 12); k > 0; --k) {
      before += pool[random() % pool.size()];
    }
    for (int k = static_cast<int>(random() % 12); k > 0; --k) {
      after += pool[random() % pool.size()];
    }
    const auto edits = oxt::features::lineEdits(before, after);
    INFO(before << "\n---\n" << after);
    for (std::size_t i = 1; i < edits.size(); ++i) {
      CHECK(edits[i - 1].range.end <= edits[i].range.start);
    }
    CHECK(applied(before, edits) == after);
  }
}
