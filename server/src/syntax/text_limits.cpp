#include "syntax/text_limits.h"

#include <algorithm>
#include <array>
#include <cstdio>

#include "support/limits.h"
#include "syntax/syntax_tree.h"

namespace oxt::syntax {

namespace {

/// "20.8 MB" (1 MB = 2^20 bytes, as the limit is written).
std::string megabytes(std::size_t bytes) {
  std::array<char, 32> out{};
  (void)std::snprintf(out.data(), out.size(), "%.1f MB",
                      static_cast<double>(bytes) / static_cast<double>(std::size_t{1} << 20U));
  return out.data();
}

/// The bytes bracketDepth looks at: brackets, quotes and the slash of a comment. Every
/// other byte is skipped in a tight loop (a 1 MB file is read in about a millisecond;
/// a test per byte of each kind took six).
constexpr std::array<bool, 256> kDepthBytes = [] {
  std::array<bool, 256> bytes{};
  for (const char c : std::string_view("{}()[]<>\"'/")) {
    bytes.at(static_cast<unsigned char>(c)) = true;
  }
  return bytes;
}();

} // namespace

std::size_t bracketDepth(std::string_view text, Language language) {
  const bool csharp = language == Language::CSharp;
  std::size_t depth = 0;
  std::size_t deepest = 0;
  std::size_t i = 0;
  const auto skipPast = [&](std::string_view end) {
    const auto at = text.find(end, i);
    i = at == std::string_view::npos ? text.size() : at + end.size();
  };
  while (i < text.size()) {
    while (i < text.size() && !kDepthBytes[static_cast<unsigned char>(text[i])]) {
      ++i;
    }
    if (i >= text.size()) {
      break;
    }
    const char c = text[i];
    const char next = i + 1 < text.size() ? text[i + 1] : '\0';
    if (c == '/' && next == '/') {
      skipPast("\n");
      continue;
    }
    if (c == '/' && next == '*') {
      i += 2;
      skipPast("*/");
      continue;
    }
    if (c == '"' || (csharp && c == '\'')) {
      // A string (or a C# character) ends at its quote or, unterminated, at the line's end.
      for (++i; i < text.size() && text[i] != c && text[i] != '\n'; ++i) {
        if (text[i] == '\\') {
          ++i;
        }
      }
      ++i;
      continue;
    }
    if (c == '{' || c == '(' || c == '[' || (!csharp && c == '<')) {
      deepest = std::max(deepest, ++depth);
    } else if ((c == '}' || c == ')' || c == ']' || (!csharp && c == '>')) && depth > 0) {
      --depth;
    }
    ++i;
  }
  return deepest;
}

bool editCanChangeDepth(std::string_view removed, std::string_view inserted, char before,
                        char after) {
  // The neighbours count too: a letter typed between two '/' ends a comment, one typed
  // after a '\\' ends an escape.
  constexpr std::string_view kRead = "{}()[]<>\"'/*\\\n";
  const auto reads = [&](char c) { return kRead.find(c) != std::string_view::npos; };
  return reads(before) || reads(after) || std::any_of(removed.begin(), removed.end(), reads) ||
         std::any_of(inserted.begin(), inserted.end(), reads);
}

std::optional<std::string> textLimitProblem(std::string_view text, Language language) {
  if (text.size() > limits::kMaxDocumentBytes) {
    return "the file is too large to analyse (" + megabytes(text.size()) + "; oxt reads at most " +
           megabytes(limits::kMaxDocumentBytes) + ")";
  }
  if (const auto depth = bracketDepth(text, language); depth > limits::kMaxNestingDepth) {
    return "the file nests brackets too deeply to analyse (" + std::to_string(depth) +
           " levels; oxt reads at most " + std::to_string(limits::kMaxNestingDepth) + ")";
  }
  return std::nullopt;
}

} // namespace oxt::syntax
