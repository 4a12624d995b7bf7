// `oxt generate` as a user runs it: what it writes and says, a file with errors
// refused with its diagnostics, an update that reports merged signatures, and an
// `<Ext>.cs` it cannot read left alone.
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

class Scratch {
public:
  Scratch()
      : path_(fs::temp_directory_path() /
              ("oxt-generate-test-" + std::to_string(std::random_device{}()))) {
    fs::create_directories(path_);
  }
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;

  [[nodiscard]] fs::path write(const std::string& name, const std::string& text) const {
    std::ofstream(path_ / name, std::ios::binary) << text;
    return path_ / name;
  }
  [[nodiscard]] const fs::path& path() const { return path_; }

private:
  fs::path path_;
};

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

} // namespace

TEST_CASE("generate writes the sources beside the .oxt file and lists them") {
  const Scratch scratch;
  const auto file = scratch.write("Shop.oxt", "extension Shop {\n  action Ping {\n    input A: "
                                              "Text\n  }\n}\n");
  const auto result = run({"generate", file.string()});
  CHECK(result.exitCode == oxt::cli::kExitOk);
  CHECK(result.err.empty());
  CHECK_THAT(result.out, ContainsSubstring("  created   Shop/Source/NET/Shop.cs\n"));
  CHECK_THAT(result.out, ContainsSubstring("  created   Shop/Templates/NET/Interface.cs\n"));
  CHECK_THAT(read(scratch.path() / "Shop/Source/NET/Shop.cs"),
             ContainsSubstring("public void MssPing(string ssA) {"));

  const auto again = run({"generate", file.string()});
  CHECK(again.exitCode == oxt::cli::kExitOk);
  CHECK_THAT(again.out, ContainsSubstring("  unchanged Shop/Source/NET/Shop.cs\n"));
}

TEST_CASE("generate reports a merged signature, a new stub, an orphan and the backups") {
  const Scratch scratch;
  const auto file = scratch.write("Shop.oxt", "extension Shop {\n  action Ping {}\n  action Old "
                                              "{}\n}\n");
  REQUIRE(run({"generate", file.string()}).exitCode == oxt::cli::kExitOk);
  (void)scratch.write("Shop.oxt", "extension Shop {\n  action Ping {\n    input N: Integer\n  }\n"
                                  "  action New {}\n}\n");
  const auto result = run({"generate", scratch.path().string()});
  CHECK(result.exitCode == oxt::cli::kExitOk);
  CHECK_THAT(result.out, ContainsSubstring("  updated   Shop/Source/NET/Shop.cs\n"
                                           "  backed up Shop/Source/NET/Shop.cs to Shop/Backups/"
                                           "Shop."));
  CHECK_THAT(result.out, ContainsSubstring("  signature of MssPing updated; its body is kept\n"));
  CHECK_THAT(result.out, ContainsSubstring("  stub added for MssNew\n"));
  CHECK_THAT(result.out, ContainsSubstring("  kept MssOld: no action defines it any more"));
}

TEST_CASE("generate refuses a file with errors and prints its diagnostics") {
  const Scratch scratch;
  const auto file = scratch.write("Shop.oxt", "extension Shop {\n  action Ping {\n    input A: "
                                              "integer\n  }\n}\n");
  const auto result = run({"generate", file.string()});
  CHECK(result.exitCode == oxt::cli::kExitProblems);
  CHECK_THAT(result.out, ContainsSubstring("Shop.oxt:3:14: error:"));
  CHECK_THAT(result.err, ContainsSubstring("has errors; nothing was generated for it"));
  CHECK(!fs::exists(scratch.path() / "Shop"));
}

TEST_CASE("generate leaves an <Ext>.cs it cannot read alone and says why") {
  const Scratch scratch;
  const auto file = scratch.write("Shop.oxt", "extension Shop {\n  action Ping {}\n}\n");
  REQUIRE(run({"generate", file.string()}).exitCode == oxt::cli::kExitOk);
  const auto implementation = scratch.path() / "Shop/Source/NET/Shop.cs";
  const auto broken = read(implementation) + "/* unfinished";
  std::ofstream(implementation, std::ios::binary) << broken;
  const auto result = run({"generate", file.string()});
  CHECK(result.exitCode == oxt::cli::kExitProblems);
  CHECK_THAT(result.err, ContainsSubstring("a '/*' comment is never closed; nothing was written"));
  CHECK(read(implementation) == broken);
}

TEST_CASE("generate on a path that does not exist exits 2") {
  const auto result = run({"generate", "/no/such/Shop.oxt"});
  CHECK(result.exitCode == oxt::cli::kExitUsage);
}
