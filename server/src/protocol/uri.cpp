#include "protocol/uri.h"

#include <array>
#include <cctype>

namespace oxt::protocol {

namespace {

int hexValue(char c) {
  if (c >= '0' && c <= '9') {
    return c - '0';
  }
  if (c >= 'a' && c <= 'f') {
    return c - 'a' + 10;
  }
  if (c >= 'A' && c <= 'F') {
    return c - 'A' + 10;
  }
  return -1;
}

bool isUnreserved(unsigned char c) {
  return std::isalnum(c) != 0 || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
}

} // namespace

std::optional<std::filesystem::path> pathFromUri(std::string_view uri) {
  constexpr std::string_view kScheme = "file://";
  if (uri.size() < kScheme.size()) {
    return std::nullopt;
  }
  for (std::size_t i = 0; i < kScheme.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(uri[i])) != kScheme[i]) {
      return std::nullopt;
    }
  }
  auto rest = uri.substr(kScheme.size());
  // "file://host/path": only an empty host or "localhost" is a local path.
  const auto slash = rest.find('/');
  if (slash == std::string_view::npos) {
    return std::nullopt;
  }
  const auto host = rest.substr(0, slash);
  if (!host.empty() && host != "localhost") {
    return std::nullopt;
  }
  rest = rest.substr(slash);
  if (const auto end = rest.find_first_of("?#"); end != std::string_view::npos) {
    rest = rest.substr(0, end);
  }
  std::string decoded;
  decoded.reserve(rest.size());
  for (std::size_t i = 0; i < rest.size(); ++i) {
    if (rest[i] == '%') {
      if (i + 2 >= rest.size()) {
        return std::nullopt;
      }
      const int high = hexValue(rest[i + 1]);
      const int low = hexValue(rest[i + 2]);
      if (high < 0 || low < 0) {
        return std::nullopt;
      }
      decoded.push_back(static_cast<char>(high * 16 + low));
      i += 2;
    } else {
      decoded.push_back(rest[i]);
    }
  }
  if (decoded.find('\0') != std::string::npos) {
    return std::nullopt;
  }
  return std::filesystem::path(decoded);
}

std::string uriFromPath(const std::filesystem::path& path) {
  constexpr std::array<char, 16> kHex{'0', '1', '2', '3', '4', '5', '6', '7',
                                      '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'};
  std::string uri = "file://";
  for (const char c : path.generic_string()) {
    const auto byte = static_cast<unsigned char>(c);
    if (isUnreserved(byte)) {
      uri.push_back(c);
    } else {
      uri.push_back('%');
      uri.push_back(kHex[byte >> 4U]);
      uri.push_back(kHex[byte & 0xFU]);
    }
  }
  return uri;
}

} // namespace oxt::protocol
