#include "codegen/code_writer.h"

namespace oxt::codegen {

void CodeWriter::line(int indent, std::string_view text) {
  if (!text.empty()) {
    text_.append(static_cast<std::size_t>(indent), '\t');
    text_ += text;
  }
  text_ += kCrlf;
}

} // namespace oxt::codegen
