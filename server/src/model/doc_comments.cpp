#include "model/doc_comments.h"

namespace oxt::model {

namespace {
std::string_view docLineContent(std::string_view line) {
  if (line.substr(0, 3) == "///") {
    line.remove_prefix(3);
  }
  if (!line.empty() && line.front() == ' ') {
    line.remove_prefix(1);
  }
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) {
    line.remove_suffix(1);
  }
  return line;
}
} // namespace

Description descriptionFromDocLines(std::string_view text, const std::vector<ByteRange>& lines) {
  Description description;
  if (lines.empty()) {
    return description;
  }
  description.present = true;
  description.range = ByteRange{lines.front().start, lines.back().end};
  std::vector<std::string_view> contents;
  contents.reserve(lines.size());
  for (const auto& range : lines) {
    if (range.end <= text.size() && range.start <= range.end) {
      contents.push_back(docLineContent(text.substr(range.start, range.end - range.start)));
    }
  }
  std::size_t first = 0;
  std::size_t last = contents.size();
  while (first < last && contents[first].empty()) {
    ++first;
  }
  while (last > first && contents[last - 1].empty()) {
    --last;
  }
  for (std::size_t i = first; i < last; ++i) {
    if (i > first) {
      description.text += '\n';
    }
    description.text += contents[i];
  }
  return description;
}

} // namespace oxt::model
