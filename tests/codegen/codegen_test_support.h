// Helpers of the codegen tests: a model from `.oxt` text, a scratch folder, and
// every file under a folder with its bytes.
#pragma once

#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <unistd.h>

#include "model/build_model.h"
#include "syntax/syntax_tree.h"

namespace oxt::test {

/// The extension `text` declares (the first one).
inline model::Extension extensionOf(const std::string& text) {
  const syntax::SyntaxTree tree(text);
  auto document = model::buildModel(tree);
  if (document.extensions.empty()) {
    throw std::runtime_error("no extension in the test's text");
  }
  return document.extensions.front();
}

inline std::string readBytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return std::move(bytes).str();
}

inline void writeBytes(const std::filesystem::path& path, const std::string& bytes) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

/// Every regular file under `folder`: path relative to it (with '/') → bytes.
inline std::map<std::string, std::string> filesUnder(const std::filesystem::path& folder) {
  std::map<std::string, std::string> files;
  if (!std::filesystem::exists(folder)) {
    return files;
  }
  for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
    if (entry.is_regular_file()) {
      files[entry.path().lexically_relative(folder).generic_string()] = readBytes(entry.path());
    }
  }
  return files;
}

/// A new empty folder under the system's temporary folder, removed at the end.
class ScratchFolder {
public:
  ScratchFolder() {
    std::random_device random;
    path_ = std::filesystem::temp_directory_path() /
            ("oxt-codegen-test-" + std::to_string(::getpid()) + "-" + std::to_string(random()));
    std::filesystem::create_directories(path_);
  }
  ~ScratchFolder() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;

  [[nodiscard]] const std::filesystem::path& path() const { return path_; }

private:
  std::filesystem::path path_;
};

} // namespace oxt::test
