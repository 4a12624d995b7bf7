// The saved inputs a regression test replays: every regular file under the given
// folders of the repository (those that exist), sorted, read as bytes.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <sstream>
#include <string>
#include <vector>

#include "../support/test_files.h"

namespace oxt::test {

struct SavedInput {
  std::filesystem::path file;
  std::string bytes;
};

/// The files under `folders` whose extension is one of `extensions` (any file when
/// `extensions` is empty).
inline std::vector<SavedInput> savedInputs(std::initializer_list<const char*> folders,
                                           std::initializer_list<const char*> extensions = {}) {
  std::vector<std::filesystem::path> files;
  for (const char* folder : folders) {
    const auto root = sourceDir() / folder;
    if (!std::filesystem::exists(root)) {
      continue;
    }
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
      const auto extension = entry.path().extension().string();
      if (entry.is_regular_file() &&
          (extensions.size() == 0 ||
           std::find(extensions.begin(), extensions.end(), extension) != extensions.end())) {
        files.push_back(entry.path());
      }
    }
  }
  std::sort(files.begin(), files.end());
  std::vector<SavedInput> inputs;
  for (auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    inputs.push_back({std::move(file), std::move(bytes).str()});
  }
  return inputs;
}

} // namespace oxt::test
