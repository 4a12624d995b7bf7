#include "syntax/segment_plan.h"

#include <array>
#include <cstddef>

namespace oxt::syntax {

namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; }

/// Bytes that only continue a token for cutCandidates and endsInsideComment: not space,
/// not a brace, quote or slash. Runs of them are skipped in a tight loop.
constexpr std::array<bool, 256> kPlainBytes = [] {
  std::array<bool, 256> bytes{};
  bytes.fill(true);
  for (const char c : std::string_view(" \t\r\n\f{}\"#/")) {
    bytes.at(static_cast<unsigned char>(c)) = false;
  }
  return bytes;
}();

/// Identifier characters of the grammar, byte-wise: any byte of a multi-byte UTF-8
/// character counts (the grammar takes every letter; none of its punctuation is one).
bool isIdentifierByte(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
         (byte >= '0' && byte <= '9') || byte == '_' || byte >= 0x80;
}

bool startsWord(std::string_view text, std::size_t at, std::string_view word) {
  return text.substr(at, word.size()) == word &&
         (at + word.size() >= text.size() || !isIdentifierByte(text[at + word.size()]));
}

/// Whether the line content at `at` begins a member: a doc comment (exactly three
/// slashes), an annotation or a member keyword.
bool beginsMember(std::string_view text, std::size_t at) {
  if (text.substr(at, 3) == "///") {
    return text.substr(at, 4) != "////";
  }
  if (at < text.size() && text[at] == '@') {
    return true;
  }
  constexpr std::array<std::string_view, 4> kKeywords{"action", "structure", "entity", "resource"};
  for (const auto keyword : kKeywords) {
    if (startsWord(text, at, keyword)) {
      return true;
    }
  }
  return false;
}

/// Skips whitespace (and a UTF-8 byte order mark) and comments from `at`.
std::size_t skipBlanks(std::string_view text, std::size_t at) {
  while (at < text.size()) {
    if (isSpace(text[at])) {
      ++at;
    } else if (text.substr(at, 3) == "\xEF\xBB\xBF") {
      at += 3;
    } else if (text.substr(at, 2) == "//") {
      const auto end = text.find('\n', at);
      at = end == std::string_view::npos ? text.size() : end + 1;
    } else if (text.substr(at, 2) == "/*") {
      const auto end = text.find("*/", at + 2);
      if (end == std::string_view::npos) {
        return text.size();
      }
      at = end + 2;
    } else {
      break;
    }
  }
  return at;
}

std::size_t skipIdentifier(std::string_view text, std::size_t at) {
  while (at < text.size() && isIdentifierByte(text[at])) {
    ++at;
  }
  return at;
}

/// Past a string or date literal that opens at `at` with `quote`: at its closing quote,
/// or at the end of its line (neither spans lines). Backslashes escape in strings only.
std::size_t skipLiteral(std::string_view text, std::size_t at, char quote, bool* closed) {
  ++at;
  while (at < text.size() && text[at] != '\n') {
    if (text[at] == quote) {
      *closed = true;
      return at + 1;
    }
    if (quote == '"' && text[at] == '\\' && at + 1 < text.size() && text[at + 1] != '\n') {
      ++at;
    }
    ++at;
  }
  *closed = false;
  return at;
}

/// The header `{ annotation } "extension" identifier "{"`, or nothing.
std::optional<ByteRange> readHeader(std::string_view text) {
  auto at = skipBlanks(text, 0);
  while (at < text.size() && text[at] == '@') {
    at = skipBlanks(text, skipIdentifier(text, skipBlanks(text, at + 1)));
    if (at < text.size() && text[at] == '(') {
      while (at < text.size() && text[at] != ')') {
        if (text[at] == '"') {
          bool closed = false;
          at = skipLiteral(text, at, '"', &closed);
        } else if (text[at] == '\n' || text[at] == '{' || text[at] == '}') {
          return std::nullopt; // not an annotation we can vouch for
        } else {
          ++at;
        }
      }
      if (at >= text.size()) {
        return std::nullopt;
      }
      ++at;
    }
    at = skipBlanks(text, at);
  }
  if (!startsWord(text, at, "extension")) {
    return std::nullopt;
  }
  const auto keyword = at;
  at = skipBlanks(text, at + std::string_view("extension").size());
  const auto name = at;
  at = skipIdentifier(text, at);
  if (at == name) {
    return std::nullopt;
  }
  at = skipBlanks(text, at);
  if (at >= text.size() || text[at] != '{') {
    return std::nullopt;
  }
  return ByteRange{static_cast<uint32_t>(keyword), static_cast<uint32_t>(at + 1)};
}

} // namespace

std::vector<uint32_t> cutCandidates(std::string_view text, uint32_t from, uint32_t to) {
  std::vector<uint32_t> candidates;
  const auto end = std::min<std::size_t>(to, text.size());
  int depth = 1;
  // The last character of a token outside comments, and whether a candidate was
  // already taken since (a member's `///` and `@` lines come before its keyword).
  char lastSignificant = '{';
  bool taken = false;
  bool lineStart = from == 0 || text[from - 1] == '\n';
  std::size_t at = from;
  while (at < end && depth > 0) {
    const char c = text[at];
    if (lineStart) {
      lineStart = false;
      auto first = at;
      while (first < end && (text[first] == ' ' || text[first] == '\t')) {
        ++first;
      }
      if (depth == 1 && !taken && (lastSignificant == '}' || lastSignificant == '"') &&
          beginsMember(text, first)) {
        candidates.push_back(static_cast<uint32_t>(at));
        taken = true;
      }
      at = first; // the indentation changes nothing
      continue;
    }
    if (c == '\n') {
      lineStart = true;
      ++at;
    } else if (c == ' ') {
      while (++at < end && text[at] == ' ') {
      }
    } else if (isSpace(c)) {
      ++at;
    } else if (c == '/' && text.substr(at, 2) == "//") {
      const auto newline = text.find('\n', at);
      at = newline == std::string_view::npos ? end : newline;
    } else if (c == '/' && text.substr(at, 2) == "/*") {
      const auto close = text.find("*/", at + 2);
      if (close == std::string_view::npos) {
        break; // an unclosed comment: no cut after it
      }
      lineStart = false;
      at = close + 2;
    } else if (c == '"' || c == '#') {
      bool closed = false;
      at = skipLiteral(text, at, c, &closed);
      lastSignificant = closed ? c : 'x';
      taken = false;
    } else {
      if (c == '{') {
        ++depth;
      } else if (c == '}') {
        --depth;
      }
      taken = false;
      ++at;
      // The rest of a name or keyword at once: it changes nothing but the last byte.
      while (at < end && kPlainBytes[static_cast<unsigned char>(text[at])]) {
        ++at;
      }
      lastSignificant = text[at - 1];
    }
  }
  return candidates;
}

bool endsInsideComment(std::string_view text, ByteRange range) {
  const auto end = std::min<std::size_t>(range.end, text.size());
  std::size_t at = range.start;
  while (at < end) {
    const char c = text[at];
    if (c == '"' || c == '#') {
      bool closed = false;
      at = skipLiteral(text, at, c, &closed);
    } else if (c == '/' && at + 1 < end && text[at + 1] == '/') {
      const auto newline = text.find('\n', at);
      at = newline == std::string_view::npos ? end : newline;
    } else if (c == '/' && at + 1 < end && text[at + 1] == '*') {
      const auto close = text.find("*/", at + 2);
      if (close == std::string_view::npos || close + 2 > end) {
        return true;
      }
      at = close + 2;
    } else {
      ++at;
      while (at < end && text[at] != '"' && text[at] != '#' && text[at] != '/') {
        ++at;
      }
    }
  }
  return false;
}

std::optional<SegmentPlan> planSegments(std::string_view text, uint32_t segmentBytes) {
  if (!longEnoughToCut(text.size(), segmentBytes)) {
    return std::nullopt;
  }
  const auto header = readHeader(text);
  if (!header) {
    return std::nullopt;
  }
  SegmentPlan plan{*header, {}};
  uint32_t start = 0;
  for (const auto candidate :
       cutCandidates(text, header->end, static_cast<uint32_t>(text.size()))) {
    if (candidate - start >= segmentBytes) {
      plan.cuts.push_back(candidate);
      start = candidate;
    }
  }
  // A last segment much shorter than the others joins the one before it.
  if (!plan.cuts.empty() && text.size() - plan.cuts.back() < segmentBytes / 4) {
    plan.cuts.pop_back();
  }
  if (plan.cuts.empty()) {
    return std::nullopt;
  }
  return plan;
}

} // namespace oxt::syntax
