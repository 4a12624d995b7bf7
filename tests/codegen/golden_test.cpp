// The generated tree of every example and every codegen fixture equals the tree
// checked into tests/golden/<Ext>/, byte for byte. After an intended change of
// the generator, rewrite them with
//
//   OXT_UPDATE_GOLDEN=1 ctest --preset dev -R golden
//
// and review the diff like any other change.
#include <cstdlib>
#include <filesystem>
#include <string>

#include <catch2/catch_test_macros.hpp>

#include "../support/test_files.h"
#include "codegen/project_update.h"
#include "codegen_test_support.h"

namespace {

namespace fs = std::filesystem;

std::vector<fs::path> goldenInputs() {
  auto files = oxt::test::exampleFiles();
  for (const auto& entry :
       fs::directory_iterator(oxt::test::sourceDir() / "tests/fixtures/codegen")) {
    if (entry.path().extension() == ".oxt") {
      files.push_back(fs::relative(entry.path(), oxt::test::sourceDir()));
    }
  }
  return files;
}

bool updatingGolden() {
  const char* value = std::getenv("OXT_UPDATE_GOLDEN");
  return value != nullptr && std::string(value) == "1";
}

} // namespace

TEST_CASE("the generated tree of each example and fixture equals tests/golden") {
  const auto inputs = goldenInputs();
  REQUIRE(inputs.size() >= 4);
  for (const auto& input : inputs) {
    CAPTURE(input.string());
    const auto extension = oxt::test::extensionOf(oxt::test::readSourceFile(input));
    oxt::test::ScratchFolder scratch;
    auto result = oxt::codegen::updateProject(scratch.path() / input.filename(), extension,
                                              {"2024-01-31_13-45-00"});
    REQUIRE(std::holds_alternative<oxt::codegen::UpdateReport>(result));
    const auto generated = oxt::test::filesUnder(scratch.path() / extension.name.text);
    const auto goldenFolder = oxt::test::sourceDir() / "tests/golden" / extension.name.text;
    if (updatingGolden()) {
      fs::remove_all(goldenFolder);
      for (const auto& [path, bytes] : generated) {
        oxt::test::writeBytes(goldenFolder / path, bytes);
      }
    }
    const auto golden = oxt::test::filesUnder(goldenFolder);
    REQUIRE(!golden.empty());
    for (const auto& [path, bytes] : golden) {
      CAPTURE(path);
      REQUIRE(generated.count(path) == 1);
      CHECK(generated.at(path) == bytes);
    }
    for (const auto& [path, bytes] : generated) {
      CAPTURE(path);
      CHECK(golden.count(path) == 1);
    }
  }
}

TEST_CASE("the golden trees are a Source/NET and a Templates/NET with the same files") {
  const auto files = oxt::test::filesUnder(oxt::test::sourceDir() / "tests/golden/MortgageLib");
  for (const char* name :
       {"MortgageLib.sln", "MortgageLib.csproj", "MortgageLib.cs", "Interface.cs", "Structures.cs",
        "Entities.cs", "Records.cs", "RecordLists.cs", "AssemblyInfo.cs"}) {
    CAPTURE(name);
    REQUIRE(files.count(std::string("Source/NET/") + name) == 1);
    CHECK(files.at(std::string("Source/NET/") + name) ==
          files.at(std::string("Templates/NET/") + name));
  }
  CHECK(files.size() == 18);
}
