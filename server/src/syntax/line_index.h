// Lines of a text, and the conversions between byte offsets and positions.
//
// Why one place: text is stored as UTF-8 and tree-sitter works in bytes, while LSP
// clients count characters in UTF-16 code units (or UTF-8 bytes, or code points,
// when negotiated). Every conversion goes through this file, so that a non-ASCII
// character is handled the same way by diagnostics, edits and every feature.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace oxt::syntax {

/// How a position's `character` counts: UTF-8 bytes, UTF-16 code units, code points.
enum class PositionEncoding { Utf8, Utf16, Utf32 };

/// Zero-based line and character, the character counted in some PositionEncoding.
struct Position {
  uint32_t line = 0;
  uint32_t character = 0;
  friend bool operator==(const Position&, const Position&) = default;
};

/// Zero-based row and byte column, as tree-sitter counts.
struct Point {
  uint32_t row = 0;
  uint32_t column = 0;
  friend bool operator==(const Point&, const Point&) = default;
};

/// A half-open range of byte offsets [start, end).
struct ByteRange {
  uint32_t start = 0;
  uint32_t end = 0;
  friend bool operator==(const ByteRange&, const ByteRange&) = default;
};

/// Start offsets of every line of a text. Lines end at "\n"; a "\r" before it is
/// part of the line's end, not of its characters.
class LineIndex {
public:
  explicit LineIndex(std::string_view text);

  /// Updates the index for the replacement of [start, oldEnd) by `newText`, in
  /// time proportional to the number of lines, without rescanning the text.
  void applyEdit(uint32_t start, uint32_t oldEnd, std::string_view newText);

  friend bool operator==(const LineIndex&, const LineIndex&) = default;

  [[nodiscard]] uint32_t lineCount() const { return static_cast<uint32_t>(lineStarts_.size()); }
  [[nodiscard]] uint32_t lineStart(uint32_t line) const;
  /// The offset just past the line's last character (before "\r\n" or "\n").
  [[nodiscard]] uint32_t lineContentEnd(std::string_view text, uint32_t line) const;
  [[nodiscard]] uint32_t lineOfOffset(uint32_t offset) const;
  /// The same line, searched outward from line `near`: quicker when it is close.
  [[nodiscard]] uint32_t lineOfOffset(uint32_t offset, uint32_t near) const;

  /// The tree-sitter point of `offset` (clamped to the text).
  [[nodiscard]] Point pointAt(uint32_t offset) const;

  /// The position of `offset` in `encoding`. An offset inside a multi-byte
  /// character is moved back to that character's start.
  [[nodiscard]] Position positionAt(std::string_view text, uint32_t offset,
                                    PositionEncoding encoding) const;

  /// The offset of `position`. As LSP asks, a line past the end means the end of the
  /// text and a character past the end of its line means the end of that line.
  [[nodiscard]] uint32_t offsetAt(std::string_view text, Position position,
                                  PositionEncoding encoding) const;

private:
  friend class PositionCursor;

  /// `offset`, at most the end of the text.
  [[nodiscard]] uint32_t clamped(std::string_view text, uint32_t offset) const;
  /// The position of `offset`, already known to be on `line`.
  [[nodiscard]] Position positionOnLine(std::string_view text, uint32_t line, uint32_t offset,
                                        PositionEncoding encoding) const;

  std::vector<uint32_t> lineStarts_;
  uint32_t textSize_ = 0;
};

/// Converts many offsets of one text to positions, each as LineIndex::positionAt does.
/// It looks for each offset's line from the line of the offset before, so offsets that
/// come in document order or near one another (an outline's symbols, a list of
/// locations) cost about the same on a file of 200,000 lines as on one of 200, where a
/// search over all lines each time was a sixth of the outline's request.
class PositionCursor {
public:
  /// `lines` and `text` must outlive the cursor.
  PositionCursor(const LineIndex& lines, std::string_view text, PositionEncoding encoding);

  [[nodiscard]] Position at(uint32_t offset);

private:
  const LineIndex* lines_;
  std::string_view text_;
  PositionEncoding encoding_;
  uint32_t line_ = 0;
};

/// How many units of `encoding` the UTF-8 text `utf8` takes (invalid bytes count one each).
[[nodiscard]] uint32_t encodedLength(std::string_view utf8, PositionEncoding encoding);

} // namespace oxt::syntax
