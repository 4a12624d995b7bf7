#include "model/names.h"

#include <algorithm>

namespace oxt::model {

namespace {
char lowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool isAsciiLetter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool isNameCharacter(char c) { return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_'; }
} // namespace

std::string foldCase(std::string_view name) {
  std::string folded(name);
  std::transform(folded.begin(), folded.end(), folded.begin(), lowerAscii);
  return folded;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return lowerAscii(x) == lowerAscii(y);
         });
}

std::size_t CaseInsensitiveHash::operator()(std::string_view name) const {
  // FNV-1a over the folded bytes.
  std::size_t hash = 14695981039346656037ULL;
  for (const char c : name) {
    hash = (hash ^ static_cast<unsigned char>(lowerAscii(c))) * 1099511628211ULL;
  }
  return hash;
}

uint64_t nameKey(std::string_view name) {
  if (name.empty()) {
    return 0;
  }
  const uint64_t hash = CaseInsensitiveHash{}(name);
  return hash != 0 ? hash : 1;
}

std::string firstInvalidNameCharacter(std::string_view name) {
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (!isNameCharacter(name[i])) {
      std::size_t end = i + 1;
      while (end < name.size() && (static_cast<unsigned char>(name[end]) & 0xC0U) == 0x80U) {
        ++end;
      }
      return std::string(name.substr(i, end - i));
    }
  }
  return "";
}

bool startsWithLetter(std::string_view name) {
  return !name.empty() && isAsciiLetter(name.front());
}

std::size_t characterCount(std::string_view utf8) {
  std::size_t count = 0;
  for (const char c : utf8) {
    // Count every byte that does not continue a multi-byte sequence.
    if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) {
      ++count;
    }
  }
  return count;
}

bool isValidName(std::string_view name) {
  return startsWithLetter(name) && firstInvalidNameCharacter(name).empty();
}

std::string sanitizedName(std::string_view name) {
  std::string result;
  for (const char c : name) {
    if (isNameCharacter(c)) {
      result += c;
    } else if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) { // not a continuation byte
      result += '_';
    }
  }
  return result;
}

} // namespace oxt::model
