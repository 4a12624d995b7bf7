// Which files `oxt check` looks at when given folders.
#include <filesystem>
#include <fstream>

#include <catch2/catch_test_macros.hpp>

#include "cli/oxt_files.h"

namespace fs = std::filesystem;

TEST_CASE("folders are searched for .oxt files, skipping hidden and build folders") {
  const auto root = fs::temp_directory_path() / "oxt-files-test";
  fs::remove_all(root);
  for (const char* folder : {"a/b", ".git", "build", "node_modules", "c"}) {
    fs::create_directories(root / folder);
  }
  for (const char* file : {"a/b/Two.oxt", "a/One.oxt", ".git/Hidden.oxt", "build/Out.oxt",
                           "node_modules/Dep.oxt", "c/readme.txt"}) {
    std::ofstream(root / file) << "extension X {}\n";
  }

  const auto found = oxt::cli::findOxtFiles({root.string()});
  CHECK(found.errors.empty());
  REQUIRE(found.files.size() == 2);
  CHECK(found.files[0] == root / "a/One.oxt");
  CHECK(found.files[1] == root / "a/b/Two.oxt");

  // A file named explicitly is taken whatever its extension.
  const auto explicitFile = oxt::cli::findOxtFiles({(root / "c/readme.txt").string()});
  CHECK(explicitFile.files.size() == 1);
  fs::remove_all(root);
}
