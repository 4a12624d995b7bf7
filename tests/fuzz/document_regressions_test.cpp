// Replays the document fuzzer's properties on known inputs: every example and
// fixture, and every input under tests/fuzz/regressions/document/ (each one a
// crash or property violation a fuzzer found, kept so that it stays fixed).
#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch_test_macros.hpp>

#include "../support/test_files.h"
#include "document_properties.h"

namespace fs = std::filesystem;

namespace {
std::vector<fs::path> inputs() {
  std::vector<fs::path> files;
  for (const char* folder : {"examples", "tests/fixtures", "tests/fuzz/regressions/document"}) {
    const auto root = oxt::test::sourceDir() / folder;
    if (!fs::exists(root)) {
      continue;
    }
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
      const auto extension = entry.path().extension();
      const bool regression = std::string(folder).find("regressions") != std::string::npos;
      if (entry.is_regular_file() && (regression || extension == ".oxt")) {
        files.push_back(entry.path());
      }
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}
} // namespace

TEST_CASE("every known input keeps the document properties") {
  const auto files = inputs();
  REQUIRE(files.size() >= 3);
  for (const auto& file : files) {
    INFO(file.string());
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    const auto violation = oxt::fuzz::documentPropertyViolation(bytes.str());
    CHECK(violation.value_or("") == "");
  }
}
