// Offsets ↔ positions, in every encoding an LSP client may negotiate. Non-ASCII
// text is where servers go wrong (clangd keeps such a test from day one).
#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include <catch2/catch_test_macros.hpp>

#include "syntax/line_index.h"

using oxt::syntax::LineIndex;
using oxt::syntax::Position;
using oxt::syntax::PositionEncoding;

TEST_CASE("ASCII offsets map to line and character in every encoding") {
  const std::string text = "extension A {\n  action B {}\n}\n";
  const LineIndex lines(text);
  REQUIRE(lines.lineCount() == 4);
  for (auto encoding : {PositionEncoding::Utf8, PositionEncoding::Utf16, PositionEncoding::Utf32}) {
    CHECK(lines.positionAt(text, 0, encoding) == Position{0, 0});
    CHECK(lines.positionAt(text, 16, encoding) == Position{1, 2});
    CHECK(lines.offsetAt(text, Position{1, 2}, encoding) == 16);
  }
}

TEST_CASE("non-ASCII characters count as LSP says in UTF-8, UTF-16 and UTF-32") {
  // "é" is 2 bytes / 1 UTF-16 unit; "😀" is 4 bytes / 2 UTF-16 units / 1 code point.
  const std::string text = "/// é😀x\n";
  const LineIndex lines(text);
  const uint32_t xOffset = static_cast<uint32_t>(text.find('x'));
  CHECK(lines.positionAt(text, xOffset, PositionEncoding::Utf8) == Position{0, 10});
  CHECK(lines.positionAt(text, xOffset, PositionEncoding::Utf16) == Position{0, 7});
  CHECK(lines.positionAt(text, xOffset, PositionEncoding::Utf32) == Position{0, 6});
  CHECK(lines.offsetAt(text, Position{0, 7}, PositionEncoding::Utf16) == xOffset);
  CHECK(lines.offsetAt(text, Position{0, 6}, PositionEncoding::Utf32) == xOffset);
  CHECK(lines.offsetAt(text, Position{0, 10}, PositionEncoding::Utf8) == xOffset);
}

TEST_CASE("a position inside a character snaps to that character's start") {
  const std::string text = "a😀b";
  const LineIndex lines(text);
  // UTF-16 character 2 is the middle of the surrogate pair.
  CHECK(lines.offsetAt(text, Position{0, 2}, PositionEncoding::Utf16) == 1);
  // Byte offset 3 is inside the emoji.
  CHECK(lines.positionAt(text, 3, PositionEncoding::Utf16) == Position{0, 1});
}

TEST_CASE("positions past the end clamp as the LSP specification asks") {
  const std::string text = "ab\r\ncd";
  const LineIndex lines(text);
  // Past the end of a line: the line's end, before its "\r\n".
  CHECK(lines.offsetAt(text, Position{0, 99}, PositionEncoding::Utf16) == 2);
  // Past the last line: the end of the text.
  CHECK(lines.offsetAt(text, Position{7, 0}, PositionEncoding::Utf16) == text.size());
  CHECK(lines.positionAt(text, 999, PositionEncoding::Utf16) == Position{1, 2});
}

TEST_CASE("invalid UTF-8 bytes count one unit each and never stall") {
  const std::string text = "a\xC3(\xFF"
                           "b";
  const LineIndex lines(text);
  CHECK(oxt::syntax::encodedLength(text, PositionEncoding::Utf16) == 5);
  CHECK(lines.positionAt(text, 4, PositionEncoding::Utf16) == Position{0, 4});
  CHECK(lines.offsetAt(text, Position{0, 4}, PositionEncoding::Utf16) == 4);
}

TEST_CASE("tree-sitter points are rows and byte columns") {
  const std::string text = "x\né y";
  const LineIndex lines(text);
  CHECK(lines.pointAt(5) == oxt::syntax::Point{1, 3});
}

TEST_CASE("the line of an offset is the same whichever line the search starts from") {
  const std::string text = "a\n\nbc\nd\r\n\n\nefg\nh\n\n\n\n\n\nijklmnop\nq\n";
  const LineIndex lines(text);
  for (uint32_t offset = 0; offset <= text.size(); ++offset) {
    const auto expected = lines.lineOfOffset(offset);
    for (uint32_t near = 0; near < lines.lineCount() + 2; ++near) {
      CHECK(lines.lineOfOffset(offset, near) == expected);
    }
  }
}

TEST_CASE("a position cursor converts offsets in any order as positionAt does") {
  // ASCII lines, lines with two-, three- and four-byte characters, invalid UTF-8,
  // "\r\n" endings and empty lines: the cursor takes a shortcut only on ASCII.
  std::string text;
  for (int i = 0; i < 300; ++i) {
    text += i % 7 == 0    ? "  input Préço😀: Text // 价格\n"
            : i % 11 == 0 ? "bad \xC3( byte\r\n"
            : i % 5 == 0  ? "\n"
                          : "    output Result: List<Rec" + std::to_string(i) + ">\n";
  }
  const LineIndex lines(text);
  std::vector<uint32_t> offsets(text.size() + 3);
  for (uint32_t i = 0; i < offsets.size(); ++i) {
    offsets[i] = i; // the last ones are past the end and clamp
  }
  std::vector<std::vector<uint32_t>> orders{offsets, offsets, offsets};
  std::reverse(orders[1].begin(), orders[1].end());
  std::shuffle(orders[2].begin(), orders[2].end(),
               std::mt19937(42)); // NOLINT(cert-msc32-c,cert-msc51-cpp): a fixed order to replay
  for (const auto encoding :
       {PositionEncoding::Utf8, PositionEncoding::Utf16, PositionEncoding::Utf32}) {
    for (const auto& order : orders) {
      oxt::syntax::PositionCursor cursor(lines, text, encoding);
      std::size_t mismatches = 0;
      for (const auto offset : order) {
        if (cursor.at(offset) != lines.positionAt(text, offset, encoding)) {
          ++mismatches;
        }
      }
      CHECK(mismatches == 0);
    }
  }
}
