// The `oxt` command line as a user meets it: help, version, exit codes, check.
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "cli/app.h"
#include "support/version.h"

using Catch::Matchers::ContainsSubstring;
using Catch::Matchers::StartsWith;

namespace {

struct Run {
  int exitCode = -1;
  std::string out;
  std::string err;
};

Run run(const std::vector<std::string>& args) {
  std::ostringstream out;
  std::ostringstream err;
  Run result;
  result.exitCode = oxt::cli::runApp(args, out, err);
  result.out = out.str();
  result.err = err.str();
  return result;
}

/// A scratch folder, removed at the end of the test.
struct ScratchFolder {
  std::filesystem::path path;
  ScratchFolder() {
    path = std::filesystem::temp_directory_path() /
           ("oxt-cli-test-" + std::to_string(std::random_device{}()));
    std::filesystem::create_directories(path);
  }
  ~ScratchFolder() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;
  std::filesystem::path write(const std::string& name, const std::string& text) const {
    std::ofstream(path / name, std::ios::binary) << text;
    return path / name;
  }
};

} // namespace

TEST_CASE("help lists every subcommand and the global options") {
  const auto result = run({"--help"});
  CHECK(result.exitCode == 0);
  for (const char* word : {"check", "lsp", "fmt", "generate", "publish", "versions", "--log-level",
                           "--log-file", "--version"}) {
    CHECK_THAT(result.out, ContainsSubstring(word));
  }
}

TEST_CASE("version prints the version") {
  const auto result = run({"--version"});
  CHECK(result.exitCode == 0);
  CHECK_THAT(result.out, StartsWith(std::string("oxt ") + oxt::kVersion));
}

TEST_CASE("an unknown subcommand or option prints usage and exits 2") {
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"frobnicate"}, {"--frobnicate"}, {"check", "--nope"}, {}, {"--log-level", "loud"}}) {
    const auto result = run(args);
    CHECK(result.exitCode == oxt::cli::kExitUsage);
    CHECK_THAT(result.err, ContainsSubstring("Usage"));
    CHECK(result.out.empty()); // stdout is reserved for results
  }
}

TEST_CASE("publish of a file that cannot be read exits 2 naming it") {
  const auto result = run({"publish", "/nonexistent/Shop.oxt"});
  CHECK(result.exitCode == oxt::cli::kExitUsage);
  CHECK_THAT(result.err, ContainsSubstring("/nonexistent/Shop.oxt"));
}

TEST_CASE("publish --help describes its options") {
  const auto result = run({"publish", "--help"});
  CHECK(result.exitCode == 0);
  for (const char* word : {"--target", "--dry-run", "--force", "FILE"}) {
    CHECK_THAT(result.out, ContainsSubstring(word));
  }
}

TEST_CASE("check on a valid file prints a summary and exits 0") {
  const ScratchFolder folder;
  const auto file = folder.write("Shop.oxt", "extension Shop {\n  action Ping {}\n}\n");
  const auto result = run({"check", file.string()});
  CHECK(result.exitCode == 0);
  CHECK_THAT(result.out, ContainsSubstring("checked 1 file: 0 errors, 0 warnings"));
}

TEST_CASE("check on a broken file prints file:line:col, the message, the line and a caret") {
  const ScratchFolder folder;
  const auto file =
      folder.write("Shop.oxt", "extension Shop {\n  action Ping {\n    input Amount:\n  }\n}\n");
  const auto result = run({"check", folder.path.string()});
  CHECK(result.exitCode == 1);
  CHECK_THAT(result.out, ContainsSubstring(file.string() +
                                           ":3:17: error: expected a type after ':' [OXT0001]"));
  CHECK_THAT(result.out, ContainsSubstring("        input Amount:\n                    ^"));
  CHECK_THAT(result.out, ContainsSubstring("checked 1 file: 1 error, 0 warnings"));
}

TEST_CASE("check on a path that does not exist says so and exits 2") {
  const auto result = run({"check", "/no/such/place.oxt"});
  CHECK(result.exitCode == oxt::cli::kExitUsage);
  CHECK_THAT(result.err, ContainsSubstring("no such file or folder: '/no/such/place.oxt'"));
}

TEST_CASE("a log file that cannot be opened is a usage error, not a crash") {
  // spdlog creates missing folders, so make the log's "folder" a regular file.
  const ScratchFolder folder;
  const auto notAFolder = folder.write("plain-file", "");
  const auto result = run({"--log-file", (notAFolder / "oxt.log").string(), "check", "."});
  CHECK(result.exitCode == oxt::cli::kExitUsage);
  CHECK_THAT(result.err, ContainsSubstring("cannot open log file"));
}
