#include "cli/diagnostic_printer.h"

#include <algorithm>
#include <ostream>

namespace oxt::cli {

using syntax::PositionEncoding;

void printDiagnostic(std::ostream& out, const std::string& fileName, const syntax::SyntaxTree& tree,
                     const checks::Diagnostic& diagnostic) {
  const auto& text = tree.text();
  const auto start = tree.positionAt(diagnostic.range.start, PositionEncoding::Utf32);
  out << fileName << ':' << start.line + 1 << ':' << start.character + 1 << ": "
      << checks::severityName(diagnostic.severity) << ": " << diagnostic.message << " ["
      << diagnostic.code << "]\n";

  // The source line, tabs kept so that the caret line lines up under it.
  const auto lineStart = tree.lines().lineStart(start.line);
  const auto lineEnd = tree.lines().lineContentEnd(text, start.line);
  const std::string_view line(text.data() + lineStart, lineEnd - lineStart);
  out << "    " << line << '\n' << "    ";
  for (uint32_t i = 0; i < start.character; ++i) {
    // Reuse the line's own tabs; every other character takes one column.
    const auto byte = tree.offsetAt({start.line, i}, PositionEncoding::Utf32);
    out << (byte < text.size() && text[byte] == '\t' ? '\t' : ' ');
  }
  const auto end = std::min(diagnostic.range.end, lineEnd);
  const auto width =
      end > diagnostic.range.start
          ? syntax::encodedLength(
                std::string_view(text).substr(diagnostic.range.start, end - diagnostic.range.start),
                PositionEncoding::Utf32)
          : 1U;
  out << '^' << std::string(width > 1 ? width - 1 : 0, '~') << '\n';

  for (const auto& related : diagnostic.related) {
    const auto at = tree.positionAt(related.range.start, PositionEncoding::Utf32);
    out << fileName << ':' << at.line + 1 << ':' << at.character + 1
        << ": note: " << related.message << '\n';
  }
}

} // namespace oxt::cli
