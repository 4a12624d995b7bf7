// Every file of tests/fixtures/invalid/ gives exactly the diagnostics its
// `.expected` file lists, one per line, in the order `oxt check` prints them:
//
//   LINE:COL-LINE:COL CODE message
//
// (1-based, columns in characters; the range is the underlined token). Blank lines
// and lines starting with '#' are ignored.
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch_test_macros.hpp>

#include "../support/test_files.h"
#include "checks/check_document.h"

namespace {

namespace fs = std::filesystem;
using oxt::syntax::PositionEncoding;

std::string position(const oxt::syntax::SyntaxTree& tree, uint32_t offset) {
  const auto at = tree.positionAt(offset, PositionEncoding::Utf32);
  return std::to_string(at.line + 1) + ":" + std::to_string(at.character + 1);
}

std::vector<std::string> actual(const fs::path& file) {
  const oxt::syntax::SyntaxTree tree(oxt::test::readSourceFile(file));
  oxt::checks::CheckContext context;
  context.filePath = oxt::test::sourceDir() / file;
  std::vector<std::string> lines;
  for (const auto& diagnostic : oxt::checks::checkDocument(tree, context)) {
    lines.push_back(position(tree, diagnostic.range.start) + "-" +
                    position(tree, diagnostic.range.end) + " " + diagnostic.code + " " +
                    diagnostic.message);
  }
  return lines;
}

std::vector<std::string> expected(const fs::path& file) {
  std::istringstream in(oxt::test::readSourceFile(file));
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.front() != '#') {
      lines.push_back(line);
    }
  }
  return lines;
}

std::vector<fs::path> fixtures() {
  std::vector<fs::path> files;
  for (const auto& entry :
       fs::directory_iterator(oxt::test::sourceDir() / "tests/fixtures/invalid")) {
    if (entry.path().extension() == ".oxt") {
      files.push_back(fs::relative(entry.path(), oxt::test::sourceDir()));
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

} // namespace

TEST_CASE("each invalid fixture gives exactly the diagnostics of its expectation file") {
  const auto files = fixtures();
  REQUIRE(files.size() >= 8);
  for (const auto& file : files) {
    auto expectation = file;
    expectation.replace_extension(".expected");
    INFO(file.string() << " against " << expectation.string());
    REQUIRE(fs::exists(oxt::test::sourceDir() / expectation));
    const auto got = actual(file);
    const auto want = expected(expectation);
    for (std::size_t i = 0; i < std::max(got.size(), want.size()); ++i) {
      const auto gotLine = i < got.size() ? got[i] : "(nothing)";
      const auto wantLine = i < want.size() ? want[i] : "(nothing)";
      INFO("diagnostic " << i + 1);
      CHECK(gotLine == wantLine);
    }
  }
}
