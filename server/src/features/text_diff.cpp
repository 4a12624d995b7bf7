#include "features/text_diff.h"

#include <algorithm>
#include <cstdint>
#include <string>

namespace oxt::features {

namespace {

struct Lines {
  std::vector<std::string_view> lines; // each with its line end
  std::vector<uint32_t> starts;        // byte offset of each line, and the text's size
};

Lines splitLines(std::string_view text) {
  Lines result;
  std::size_t start = 0;
  while (start < text.size()) {
    const auto newline = text.find('\n', start);
    const auto end = newline == std::string_view::npos ? text.size() : newline + 1;
    result.lines.push_back(text.substr(start, end - start));
    result.starts.push_back(static_cast<uint32_t>(start));
    start = end;
  }
  result.starts.push_back(static_cast<uint32_t>(text.size()));
  return result;
}

/// Above this many cells the middle part is replaced as one edit.
constexpr std::size_t kMaxTableCells = 4'000'000;

} // namespace

std::vector<syntax::TextEdit> lineEdits(std::string_view before, std::string_view after) {
  const auto a = splitLines(before);
  const auto b = splitLines(after);
  std::size_t prefix = 0;
  while (prefix < a.lines.size() && prefix < b.lines.size() && a.lines[prefix] == b.lines[prefix]) {
    ++prefix;
  }
  std::size_t suffix = 0;
  while (suffix < a.lines.size() - prefix && suffix < b.lines.size() - prefix &&
         a.lines[a.lines.size() - 1 - suffix] == b.lines[b.lines.size() - 1 - suffix]) {
    ++suffix;
  }
  const std::size_t n = a.lines.size() - prefix - suffix;
  const std::size_t m = b.lines.size() - prefix - suffix;
  if (n == 0 && m == 0) {
    return {};
  }

  // Which lines of the middle parts are kept: a longest common subsequence.
  std::vector<bool> keptA(n, false);
  std::vector<bool> keptB(m, false);
  if (n > 0 && m > 0 && (n + 1) * (m + 1) <= kMaxTableCells) {
    std::vector<uint32_t> table((n + 1) * (m + 1), 0);
    const auto at = [&](std::size_t i, std::size_t j) -> uint32_t& {
      return table[i * (m + 1) + j];
    };
    for (std::size_t i = n; i-- > 0;) {
      for (std::size_t j = m; j-- > 0;) {
        at(i, j) = a.lines[prefix + i] == b.lines[prefix + j]
                       ? at(i + 1, j + 1) + 1
                       : std::max(at(i + 1, j), at(i, j + 1));
      }
    }
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < n && j < m) {
      if (a.lines[prefix + i] == b.lines[prefix + j]) {
        keptA[i++] = true;
        keptB[j++] = true;
      } else if (at(i + 1, j) >= at(i, j + 1)) {
        ++i;
      } else {
        ++j;
      }
    }
  }

  // Each run of removed lines of `before`, with the run of added lines of `after`
  // at the same place, becomes one edit.
  std::vector<syntax::TextEdit> edits;
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && keptA[i] && keptB[j]) {
      ++i;
      ++j;
      continue;
    }
    const auto fromA = i;
    const auto fromB = j;
    while (i < n && !keptA[i]) {
      ++i;
    }
    while (j < m && !keptB[j]) {
      ++j;
    }
    std::string text;
    for (auto k = fromB; k < j; ++k) {
      text += b.lines[prefix + k];
    }
    edits.push_back({{a.starts[prefix + fromA], a.starts[prefix + i]}, std::move(text)});
  }
  return edits;
}

} // namespace oxt::features
