#include "cli/source_file.h"

#include <string_view>

#include "support/file_io.h"

namespace oxt::cli {

namespace {

/// Length of the UTF-8 sequence starting at `bytes[i]`, or 0 when invalid
/// (overlong forms, surrogates and values above U+10FFFF included).
std::size_t sequenceLength(std::string_view bytes, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(bytes[k]); };
  const auto lead = byte(i);
  if (lead < 0x80) {
    return 1;
  }
  std::size_t length = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    low = lead == 0xE0 ? 0xA0 : 0x80;
    high = lead == 0xED ? 0x9F : 0xBF;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    low = lead == 0xF0 ? 0x90 : 0x80;
    high = lead == 0xF4 ? 0x8F : 0xBF;
  } else {
    return 0;
  }
  if (i + length > bytes.size() || byte(i + 1) < low || byte(i + 1) > high) {
    return 0;
  }
  for (std::size_t k = 2; k < length; ++k) {
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) {
      return 0;
    }
  }
  return length;
}

} // namespace

std::size_t firstInvalidUtf8(std::string_view bytes) {
  std::size_t i = 0;
  while (i < bytes.size()) {
    const auto length = sequenceLength(bytes, i);
    if (length == 0) {
      return i;
    }
    i += length;
  }
  return bytes.size();
}

std::variant<std::string, SourceFileError> readSourceFile(const std::filesystem::path& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return SourceFileError{"'" + path.string() + "' is a folder, not an .oxt file"};
  }
  auto bytes = readFile(path);
  if (const auto* failure = std::get_if<FileError>(&bytes)) {
    return SourceFileError{failure->message};
  }
  auto text = std::get<std::string>(std::move(bytes));
  if (const auto bad = firstInvalidUtf8(text); bad < text.size()) {
    std::size_t line = 1;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < bad; ++i) {
      if (text[i] == '\n') {
        ++line;
        lineStart = i + 1;
      }
    }
    constexpr std::string_view kHexDigits = "0123456789ABCDEF";
    const auto byte = static_cast<unsigned char>(text[bad]);
    const std::string hex{'0', 'x', kHexDigits[byte >> 4U], kHexDigits[byte & 0x0FU]};
    return SourceFileError{"'" + path.string() + "' is not UTF-8 text: invalid byte " + hex +
                           " at line " + std::to_string(line) + ", byte " +
                           std::to_string(bad - lineStart + 1) + " (save the file as UTF-8)"};
  }
  return text;
}

} // namespace oxt::cli
