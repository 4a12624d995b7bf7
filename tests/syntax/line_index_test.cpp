// Offsets ↔ positions, in every encoding an LSP client may negotiate. Non-ASCII
// text is where servers go wrong (clangd keeps such a test from day one).
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
