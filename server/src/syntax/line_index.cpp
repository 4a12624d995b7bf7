#include "syntax/line_index.h"

#include <algorithm>

namespace oxt::syntax {

namespace {

/// The length in bytes of the UTF-8 character that starts at `at`. A byte that
/// does not start a valid sequence (bad lead byte, missing continuation bytes, or
/// cut off by the end of `text`) counts as a character of its own, so that
/// invalid text still advances and every conversion agrees on it.
uint32_t characterLength(std::string_view text, uint32_t at) {
  const auto lead = static_cast<unsigned char>(text[at]);
  uint32_t length = 1;
  if ((lead & 0xE0U) == 0xC0) {
    length = 2;
  } else if ((lead & 0xF0U) == 0xE0) {
    length = 3;
  } else if ((lead & 0xF8U) == 0xF0) {
    length = 4;
  }
  if (at + length > text.size()) {
    return 1;
  }
  for (uint32_t i = 1; i < length; ++i) {
    if ((static_cast<unsigned char>(text[at + i]) & 0xC0U) != 0x80) {
      return 1;
    }
  }
  return length;
}

uint32_t unitsOf(uint32_t sequenceBytes, PositionEncoding encoding) {
  switch (encoding) {
  case PositionEncoding::Utf8:
    return sequenceBytes;
  case PositionEncoding::Utf16:
    return sequenceBytes == 4 ? 2 : 1;
  case PositionEncoding::Utf32:
    return 1;
  }
  return 1;
}

/// Walks `line` (its characters only) until `units` are consumed; returns the byte
/// offset within the line where that happens, never splitting a character.
uint32_t bytesForUnits(std::string_view line, uint32_t units, PositionEncoding encoding) {
  uint32_t offset = 0;
  uint32_t consumed = 0;
  while (offset < line.size()) {
    const auto length = characterLength(line, offset);
    const auto step = unitsOf(length, encoding);
    if (consumed + step > units) {
      break;
    }
    consumed += step;
    offset += length;
  }
  return offset;
}

/// True when every byte is ASCII: then each byte is one unit in every encoding, and no
/// offset falls inside a character. Most lines of an extension are, and the test is
/// several times quicker than the walk character by character.
bool isAscii(std::string_view text) {
  unsigned char any = 0;
  for (const char c : text) {
    any |= static_cast<unsigned char>(c);
  }
  return (any & 0x80U) == 0;
}

/// The units of `encoding` in `line` before `offset` (a byte offset within it).
uint32_t unitsBefore(std::string_view line, uint32_t offset, PositionEncoding encoding) {
  if (isAscii(line.substr(0, offset))) {
    return offset;
  }
  // Walk whole characters: an offset inside a multi-byte character stands for that
  // character's start.
  uint32_t units = 0;
  uint32_t walked = 0;
  while (walked < offset) {
    const auto length = characterLength(line, walked);
    if (walked + length > offset) {
      break;
    }
    units += unitsOf(length, encoding);
    walked += length;
  }
  return units;
}

} // namespace

uint32_t encodedLength(std::string_view utf8, PositionEncoding encoding) {
  if (isAscii(utf8)) {
    return static_cast<uint32_t>(utf8.size());
  }
  uint32_t units = 0;
  uint32_t offset = 0;
  while (offset < utf8.size()) {
    const auto length = characterLength(utf8, offset);
    units += unitsOf(length, encoding);
    offset += length;
  }
  return units;
}

LineIndex::LineIndex(std::string_view text) : textSize_(static_cast<uint32_t>(text.size())) {
  lineStarts_.push_back(0);
  for (auto at = text.find('\n'); at != std::string_view::npos; at = text.find('\n', at + 1)) {
    lineStarts_.push_back(static_cast<uint32_t>(at + 1));
  }
}

void LineIndex::applyEdit(uint32_t start, uint32_t oldEnd, std::string_view newText) {
  // Line starts in (start, oldEnd] follow a newline that the edit removes.
  const auto firstRemoved = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), start);
  const auto afterRemoved = std::upper_bound(firstRemoved, lineStarts_.end(), oldEnd);
  const auto removedLength = oldEnd - start;
  const auto insertedLength = static_cast<uint32_t>(newText.size());
  for (auto it = afterRemoved; it != lineStarts_.end(); ++it) {
    *it = *it - removedLength + insertedLength;
  }
  std::vector<uint32_t> inserted;
  for (uint32_t i = 0; i < insertedLength; ++i) {
    if (newText[i] == '\n') {
      inserted.push_back(start + i + 1);
    }
  }
  const auto at = lineStarts_.erase(firstRemoved, afterRemoved);
  lineStarts_.insert(at, inserted.begin(), inserted.end());
  textSize_ = textSize_ - removedLength + insertedLength;
}

uint32_t LineIndex::lineStart(uint32_t line) const {
  return line < lineStarts_.size() ? lineStarts_[line] : textSize_;
}

uint32_t LineIndex::lineContentEnd(std::string_view text, uint32_t line) const {
  if (line >= lineStarts_.size()) {
    return textSize_;
  }
  uint32_t end = line + 1 < lineStarts_.size() ? lineStarts_[line + 1] - 1 : textSize_;
  if (end > lineStarts_[line] && end <= text.size() && text[end - 1] == '\r' &&
      line + 1 < lineStarts_.size()) {
    --end;
  }
  return end;
}

uint32_t LineIndex::lineOfOffset(uint32_t offset) const {
  const auto after = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), offset);
  return static_cast<uint32_t>(after - lineStarts_.begin()) - 1;
}

uint32_t LineIndex::lineOfOffset(uint32_t offset, uint32_t near) const {
  const auto count = static_cast<uint32_t>(lineStarts_.size());
  near = std::min(near, count - 1);
  // Gallop from `near` to lines [low, high) where the start of `low` is at most `offset`
  // and the start of `high` (when there is one) is past it, then search there: a line
  // d lines away costs about 2 log d steps instead of log(lines).
  uint32_t low = near;
  uint32_t high = near;
  uint32_t step = 1;
  if (lineStarts_[near] <= offset) {
    while (low + step < count && lineStarts_[low + step] <= offset) {
      low += step;
      step *= 2;
    }
    high = std::min(count, low + step);
  } else { // near > 0: line 0 starts at 0
    while (high >= step && lineStarts_[high - step] > offset) {
      high -= step;
      step *= 2;
    }
    low = high >= step ? high - step : 0;
  }
  const auto after =
      std::upper_bound(lineStarts_.begin() + low, lineStarts_.begin() + high, offset);
  return static_cast<uint32_t>(after - lineStarts_.begin()) - 1;
}

Point LineIndex::pointAt(uint32_t offset) const {
  offset = std::min(offset, textSize_);
  const auto line = lineOfOffset(offset);
  return Point{line, offset - lineStarts_[line]};
}

Position LineIndex::positionAt(std::string_view text, uint32_t offset,
                               PositionEncoding encoding) const {
  offset = clamped(text, offset);
  return positionOnLine(text, lineOfOffset(offset), offset, encoding);
}

uint32_t LineIndex::clamped(std::string_view text, uint32_t offset) const {
  return std::min({offset, textSize_, static_cast<uint32_t>(text.size())});
}

Position LineIndex::positionOnLine(std::string_view text, uint32_t line, uint32_t offset,
                                   PositionEncoding encoding) const {
  const auto start = lineStarts_[line];
  return Position{line, unitsBefore(text.substr(start), offset - start, encoding)};
}

uint32_t LineIndex::offsetAt(std::string_view text, Position position,
                             PositionEncoding encoding) const {
  if (position.line >= lineStarts_.size()) {
    return textSize_;
  }
  const auto start = lineStarts_[position.line];
  const auto end = lineContentEnd(text, position.line);
  return start + bytesForUnits(text.substr(start, end - start), position.character, encoding);
}

PositionCursor::PositionCursor(const LineIndex& lines, std::string_view text,
                               PositionEncoding encoding)
    : lines_(&lines), text_(text), encoding_(encoding) {}

Position PositionCursor::at(uint32_t offset) {
  offset = lines_->clamped(text_, offset);
  line_ = lines_->lineOfOffset(offset, line_);
  return lines_->positionOnLine(text_, line_, offset, encoding_);
}

} // namespace oxt::syntax
