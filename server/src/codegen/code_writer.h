// Writes C# (and MSBuild) text the way Integration Studio lays it out: tab
// indentation, CRLF line ends, blank lines without trailing whitespace.
//
// Why a writer: every generated file follows these conventions, and byte-for-byte
// equality with the expected output (golden tests, "unchanged" on regeneration)
// depends on them being applied in one place.
#pragma once

#include <string>
#include <string_view>

namespace oxt::codegen {

inline constexpr std::string_view kCrlf = "\r\n";

class CodeWriter {
public:
  /// One line: `indent` tabs, `text`, CRLF. An empty `text` gives an empty line.
  void line(int indent, std::string_view text);
  void line(std::string_view text) { line(0, text); }
  void blank() { text_ += kCrlf; }
  /// Appends bytes as they are (already laid out).
  void raw(std::string_view bytes) { text_ += bytes; }

  [[nodiscard]] const std::string& text() const { return text_; }
  [[nodiscard]] std::string take() { return std::move(text_); }

private:
  std::string text_;
};

} // namespace oxt::codegen
