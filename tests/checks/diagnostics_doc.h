// The sections of docs/diagnostics.md, read for tests: each code with its severity,
// documented messages and examples (the first reported, the second a near miss).
#pragma once

#include <sstream>
#include <string>
#include <vector>

namespace oxt::test {

struct Example {
  int line = 0;
  std::string fileName = "Shop.oxt";
  std::string text;
};

struct Section {
  std::string code;
  std::string severity;
  std::vector<std::string> messages;
  std::vector<Example> examples;
};

inline std::vector<Section> sections(const std::string& markdown) {
  std::vector<Section> result;
  std::istringstream in(markdown);
  std::string line;
  int number = 0;
  Example* open = nullptr;
  std::string nextFile;
  while (std::getline(in, line)) {
    ++number;
    if (open != nullptr) {
      if (line.rfind("```", 0) == 0) {
        open = nullptr;
      } else {
        open->text += line + "\n";
      }
    } else if (line.rfind("## OXT", 0) == 0) {
      result.push_back({line.substr(3, 7), "", {}, {}});
    } else if (result.empty()) {
      continue;
    } else if (line.rfind("**", 0) == 0) {
      result.back().severity = line.substr(2, line.find('.') - 2);
    } else if (line.rfind("Message: `", 0) == 0) {
      result.back().messages.push_back(line.substr(10, line.rfind('`') - 10));
    } else if (line.rfind("<!-- file: ", 0) == 0) {
      nextFile = line.substr(11, line.find(' ', 11) - 11);
    } else if (line == "```oxt") {
      Example example{number + 1, nextFile.empty() ? "Shop.oxt" : nextFile, ""};
      nextFile.clear();
      result.back().examples.push_back(std::move(example));
      open = &result.back().examples.back();
    }
  }
  return result;
}

} // namespace oxt::test
