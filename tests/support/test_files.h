// Reading the repository's own files (examples, docs) from tests.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace oxt::test {

inline std::filesystem::path sourceDir() { return OXT_SOURCE_DIR; }

inline std::string readSourceFile(const std::filesystem::path& relative) {
  std::ifstream in(sourceDir() / relative, std::ios::binary);
  if (!in) {
    throw std::runtime_error("cannot read " + (sourceDir() / relative).string());
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return std::move(bytes).str();
}

/// Every `.oxt` file under examples/, relative to the repository, sorted.
inline std::vector<std::filesystem::path> exampleFiles() {
  std::vector<std::filesystem::path> files;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(sourceDir() / "examples")) {
    if (entry.is_regular_file() && entry.path().extension() == ".oxt") {
      files.push_back(std::filesystem::relative(entry.path(), sourceDir()));
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

} // namespace oxt::test
