// `oxt fmt` as a user runs it: in place, --check for CI, and as a filter.
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "cli/app.h"

using Catch::Matchers::ContainsSubstring;
namespace fs = std::filesystem;

namespace {

const std::string kMessy = "extension Shop{action Ping{input A:Text}}\n";
const std::string kFormatted =
    "extension Shop {\n    action Ping {\n        input A: Text\n    }\n}\n";

struct Run {
  int exitCode = -1;
  std::string out;
  std::string err;
};

Run run(const std::vector<std::string>& args, const std::string& input = "") {
  std::istringstream in(input);
  std::ostringstream out;
  std::ostringstream err;
  Run result;
  result.exitCode = oxt::cli::runApp(args, in, out, err);
  result.out = out.str();
  result.err = err.str();
  return result;
}

fs::path scratchFolder() {
  auto path =
      fs::temp_directory_path() / ("oxt-fmt-test-" + std::to_string(std::random_device{}()));
  fs::create_directories(path);
  return path;
}

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

} // namespace

TEST_CASE("fmt rewrites a file in place and says so; a second run changes nothing") {
  const auto folder = scratchFolder();
  const auto file = folder / "Shop.oxt";
  std::ofstream(file) << kMessy;
  fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);

  const auto first = run({"fmt", folder.string()});
  CHECK(first.exitCode == 0);
  CHECK_THAT(first.out, ContainsSubstring("formatted " + file.string()));
  CHECK(read(file) == kFormatted);
  // The atomic rewrite keeps the file's permissions and leaves no temporary file.
  CHECK(fs::status(file).permissions() ==
        (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
  CHECK(std::distance(fs::directory_iterator(folder), fs::directory_iterator()) == 1);

  const auto second = run({"fmt", file.string()});
  CHECK(second.exitCode == 0);
  CHECK(second.out.empty());
  fs::remove_all(folder);
}

TEST_CASE("fmt --check lists unformatted files, changes nothing and exits 1") {
  const auto folder = scratchFolder();
  std::ofstream(folder / "Messy.oxt") << kMessy;
  std::ofstream(folder / "Tidy.oxt") << kFormatted;

  const auto result = run({"fmt", "--check", folder.string()});
  CHECK(result.exitCode == 1);
  CHECK(result.out == (folder / "Messy.oxt").string() + "\n");
  CHECK_THAT(result.err, ContainsSubstring("1 file is not formatted"));
  CHECK(read(folder / "Messy.oxt") == kMessy);
  fs::remove_all(folder);
}

TEST_CASE("fmt leaves a file with syntax errors untouched and says why") {
  const auto folder = scratchFolder();
  const std::string broken = "extension Shop{action Ping{input A:}}\n";
  std::ofstream(folder / "Broken.oxt") << broken;

  const auto result = run({"fmt", folder.string()});
  CHECK(result.exitCode == 1);
  CHECK_THAT(result.err,
             ContainsSubstring("Broken.oxt: not formatted: the file has syntax errors"));
  CHECK(read(folder / "Broken.oxt") == broken);
  fs::remove_all(folder);
}

TEST_CASE("fmt - formats standard input to standard output, and passes broken input through") {
  const auto good = run({"fmt", "-"}, kMessy);
  CHECK(good.exitCode == 0);
  CHECK(good.out == kFormatted);

  const std::string broken = "extension {";
  const auto bad = run({"fmt", "-"}, broken);
  CHECK(bad.exitCode == 1);
  CHECK(bad.out == broken);
}
