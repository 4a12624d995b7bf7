#include "features/fuzzy_match.h"

#include <algorithm>
#include <cstdint>
#include <string>

namespace oxt::features {

namespace {

char fold(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool isLower(char c) { return c >= 'a' && c <= 'z'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isSeparator(char c) { return c == '_' || c == ' ' || c == '.' || c == '/' || c == '-'; }

/// A word starts at the beginning, after a separator, at an upper-case letter after
/// a lower-case one or a digit (camel humps), and at the first digit of a number.
bool startsWord(std::string_view name, std::size_t i) {
  if (i == 0) {
    return !isSeparator(name[0]);
  }
  const char previous = name[i - 1];
  const char current = name[i];
  if (isSeparator(current)) {
    return false;
  }
  if (isSeparator(previous)) {
    return true;
  }
  if (isUpper(current) && (isLower(previous) || isDigit(previous))) {
    return true;
  }
  if (isDigit(current) && !isDigit(previous)) {
    return true;
  }
  // The last capital of an acronym before a word: "XMLParser" → "Parser".
  return isUpper(current) && isUpper(previous) && i + 1 < name.size() && isLower(name[i + 1]);
}

bool equalFolded(char a, char b) { return fold(a) == fold(b); }

bool isSubsequence(std::string_view query, std::string_view name) {
  std::size_t q = 0;
  for (std::size_t i = 0; i < name.size() && q < query.size(); ++i) {
    if (equalFolded(query[q], name[i])) {
      ++q;
    }
  }
  return q == query.size();
}

/// Whether the query splits into pieces that each match, in order, text starting at
/// a word start. Memoized over (query position, name position): names are short.
class WordStartMatcher {
public:
  WordStartMatcher(std::string_view query, std::string_view name)
      : query_(query), name_(name), memo_((query.size() + 1) * (name.size() + 1), kUnknown) {}

  bool matches() { return from(0, 0); }

private:
  static constexpr int8_t kUnknown = -1;

  bool from(std::size_t q, std::size_t n) {
    if (q == query_.size()) {
      return true;
    }
    auto& slot = memo_[q * (name_.size() + 1) + n];
    if (slot != kUnknown) {
      return slot == 1;
    }
    bool found = false;
    for (std::size_t start = n; start < name_.size() && !found; ++start) {
      if (!startsWord(name_, start)) {
        continue;
      }
      // Extend the piece as far as the characters agree, trying every length.
      for (std::size_t length = 0; start + length < name_.size() && q + length < query_.size() &&
                                   equalFolded(query_[q + length], name_[start + length]);) {
        ++length;
        if (from(q + length, start + length)) {
          found = true;
          break;
        }
      }
    }
    slot = found ? 1 : 0;
    return found;
  }

  std::string_view query_;
  std::string_view name_;
  std::vector<int8_t> memo_;
};

std::string folded(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), fold);
  return out;
}

} // namespace

std::optional<MatchTier> fuzzyMatch(std::string_view query, std::string_view name) {
  // Spaces in the query separate nothing: "calc mort" is "calcmort".
  std::string compact;
  for (const char c : query) {
    if (c != ' ') {
      compact += c;
    }
  }
  if (compact.size() > name.size()) {
    return std::nullopt;
  }
  const auto lowerQuery = folded(compact);
  const auto lowerName = folded(name);
  if (lowerQuery == lowerName) {
    return MatchTier::Exact;
  }
  if (lowerName.starts_with(lowerQuery)) {
    return MatchTier::Prefix;
  }
  if (WordStartMatcher(compact, name).matches()) {
    return MatchTier::WordStart;
  }
  if (isSubsequence(compact, name)) {
    return MatchTier::Subsequence;
  }
  return std::nullopt;
}

std::vector<std::size_t>
rankMatches(std::string_view query, const std::vector<std::string_view>& names, std::size_t limit) {
  struct Candidate {
    std::size_t index;
    MatchTier tier;
  };
  std::vector<Candidate> matched;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (const auto tier = fuzzyMatch(query, names[i])) {
      matched.push_back(Candidate{i, *tier});
    }
  }
  const auto better = [&](const Candidate& a, const Candidate& b) {
    if (a.tier != b.tier) {
      return a.tier > b.tier;
    }
    const auto& nameA = names[a.index];
    const auto& nameB = names[b.index];
    if (nameA.size() != nameB.size()) {
      return nameA.size() < nameB.size();
    }
    if (const auto order = folded(nameA).compare(folded(nameB)); order != 0) {
      return order < 0;
    }
    return a.index < b.index;
  };
  if (matched.size() > limit) {
    std::partial_sort(matched.begin(), matched.begin() + static_cast<std::ptrdiff_t>(limit),
                      matched.end(), better);
    matched.resize(limit);
  } else {
    std::sort(matched.begin(), matched.end(), better);
  }
  std::vector<std::size_t> out;
  out.reserve(matched.size());
  for (const auto& candidate : matched) {
    out.push_back(candidate.index);
  }
  return out;
}

} // namespace oxt::features
