// `oxt check` as CI and scripts use it: exit codes, JSON output, files that
// cannot be read, and the order of what is printed.
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>
#include <nlohmann/json.hpp>

#include "cli/app.h"
#include "cli/source_file.h"

using Catch::Matchers::ContainsSubstring;

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

struct ScratchFolder {
  std::filesystem::path path;
  ScratchFolder() {
    path = std::filesystem::temp_directory_path() /
           ("oxt-check-test-" + std::to_string(std::random_device{}()));
    std::filesystem::create_directories(path);
  }
  ~ScratchFolder() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;
  std::filesystem::path write(const std::string& name, const std::string& text) const {
    std::filesystem::create_directories((path / name).parent_path());
    std::ofstream(path / name, std::ios::binary) << text;
    return path / name;
  }
};

} // namespace

TEST_CASE("check --format json lists file, range, code, severity and message") {
  const ScratchFolder folder;
  const auto file = folder.write("Shop.oxt", "extension Shop {\n  action Pay {\n"
                                             "    input Amount: integer\n  }\n}\n");
  const auto result = run({"check", "--format", "json", file.string()});
  CHECK(result.exitCode == oxt::cli::kExitProblems);
  const auto json = nlohmann::json::parse(result.out);
  REQUIRE(json.is_array());
  REQUIRE(json.size() == 1);
  const auto& diagnostic = json[0];
  CHECK(diagnostic["file"] == file.string());
  CHECK(diagnostic["code"] == "OXT0007");
  CHECK(diagnostic["severity"] == "error");
  CHECK(diagnostic["message"] == "unknown type 'integer'; did you mean 'Integer'?");
  CHECK(diagnostic["range"]["start"]["line"] == 3);
  CHECK(diagnostic["range"]["start"]["column"] == 19);
  CHECK(diagnostic["range"]["end"]["column"] == 26);
}

TEST_CASE("check --format json prints an empty list for a clean file") {
  const ScratchFolder folder;
  const auto file = folder.write("Shop.oxt", "extension Shop {\n  action Ping {}\n}\n");
  const auto result = run({"check", "--format=json", file.string()});
  CHECK(result.exitCode == oxt::cli::kExitOk);
  CHECK(nlohmann::json::parse(result.out) == nlohmann::json::array());
}

TEST_CASE("an unknown --format is a usage error") {
  const auto result = run({"check", "--format", "xml", "."});
  CHECK(result.exitCode == oxt::cli::kExitUsage);
}

TEST_CASE("warnings alone exit 0; errors exit 1") {
  const ScratchFolder folder;
  const auto warned = folder.write("Other.oxt", "extension Shop {\n  action Ping {}\n}\n");
  auto result = run({"check", warned.string()});
  CHECK(result.exitCode == oxt::cli::kExitOk);
  CHECK_THAT(result.out, ContainsSubstring("warning: the file is named 'Other.oxt' but holds "
                                           "extension 'Shop': name it 'Shop.oxt' [OXT0051]"));
  CHECK_THAT(result.out, ContainsSubstring("checked 1 file: 0 errors, 1 warning"));

  const auto broken = folder.write("Shop.oxt", "extension Shop {\n  structure S {}\n}\n");
  result = run({"check", broken.string()});
  CHECK(result.exitCode == oxt::cli::kExitProblems);
  CHECK_THAT(result.out, ContainsSubstring("S must have at least one attribute. [OXT0015]"));
  CHECK_THAT(result.out, ContainsSubstring("1 error, 0 warnings, 1 hint"));
}

TEST_CASE("a file that is not UTF-8 is named, the others are still checked, exit 2") {
  const ScratchFolder folder;
  folder.write("a/Latin.oxt", "extension Latin {\n  action Pr\xE9stamo {}\n}\n");
  folder.write("b/Shop.oxt", "extension Shop {\n  structure S {}\n}\n");
  const auto result = run({"check", folder.path.string()});
  CHECK(result.exitCode == oxt::cli::kExitUsage);
  CHECK_THAT(result.err,
             ContainsSubstring("Latin.oxt' is not UTF-8 text: invalid byte 0xE9 at line 2"));
  CHECK_THAT(result.out, ContainsSubstring("S must have at least one attribute."));
  CHECK_THAT(result.out, ContainsSubstring("checked 1 file: 1 error"));
}

TEST_CASE("a folder named like an .oxt file is reported, the others are still checked") {
  const ScratchFolder folder;
  std::filesystem::create_directories(folder.path / "Folder.oxt");
  const auto good = folder.write("Shop.oxt", "extension Shop {\n  action Ping {}\n}\n");
  const auto result = run({"check", (folder.path / "Folder.oxt").string(), good.string()});
  CHECK(result.exitCode == oxt::cli::kExitUsage);
  CHECK_THAT(result.err, ContainsSubstring("Folder.oxt' is a folder, not an .oxt file"));
  CHECK_THAT(result.out, ContainsSubstring("checked 1 file: 0 errors, 0 warnings"));
}

TEST_CASE("a folder without .oxt files is a usage error") {
  const ScratchFolder folder;
  const auto result = run({"check", folder.path.string()});
  CHECK(result.exitCode == oxt::cli::kExitUsage);
  CHECK_THAT(result.err, ContainsSubstring("no .oxt files found"));
}

TEST_CASE("a duplicate prints where the first one is, as a note") {
  const ScratchFolder folder;
  const auto file =
      folder.write("Shop.oxt", "extension Shop {\n  action Pay {}\n  action pay {}\n}\n");
  const auto result = run({"check", file.string()});
  CHECK_THAT(result.out,
             ContainsSubstring(file.string() + ":3:10: error: action 'pay' has the same "
                                               "name as action 'Pay'"));
  CHECK_THAT(result.out, ContainsSubstring(file.string() + ":2:10: note: first declared here"));
}

TEST_CASE("UTF-8 validation rejects overlong forms, surrogates and truncated sequences") {
  using oxt::cli::firstInvalidUtf8;
  CHECK(firstInvalidUtf8("plain ascii") == 11);
  CHECK(firstInvalidUtf8("Presta\xC3\xA7\xC3\xA3o") == 11); // "Prestação"
  CHECK(firstInvalidUtf8("\xE2\x82\xAC") == 3);             // "€"
  CHECK(firstInvalidUtf8("a\xC0\xAF") == 1);                // overlong '/'
  CHECK(firstInvalidUtf8("a\xED\xA0\x80") == 1);            // surrogate U+D800
  CHECK(firstInvalidUtf8("ab\xE2\x82") == 2);               // cut short
  CHECK(firstInvalidUtf8("\xF4\x90\x80\x80") == 0);         // above U+10FFFF
}
