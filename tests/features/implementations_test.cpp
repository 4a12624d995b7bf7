// Where each action is implemented: read from <Ext>.cs on disk, for hover and lenses.
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include <catch2/catch_test_macros.hpp>

#include "codegen/action_methods.h"
#include "features/implementations.h"

namespace {

namespace fs = std::filesystem;

const char* const kShop = "extension Shop {\n"
                          "    action Price {\n"
                          "        input Quantity: Integer\n"
                          "    }\n"
                          "    action Ship {}\n"
                          "}\n";

} // namespace

TEST_CASE("an action is implemented where its method is, and not before the project exists") {
  const auto folder =
      fs::temp_directory_path() / ("oxt-implementations-test-" + std::to_string(::getpid()));
  fs::remove_all(folder);
  fs::create_directories(folder / "Shop/Source/NET");
  const oxt::syntax::SyntaxTree tree(kShop);
  const auto analysis = oxt::model::analyze(tree);
  const auto oxtFile = folder / "Shop.oxt";

  CHECK(oxt::features::actionImplementations(*analysis, oxtFile).empty()); // no <Ext>.cs
  CHECK(oxt::features::actionImplementations(*analysis, {}).empty());      // unsaved buffer

  // Only Price has its method (on line 3).
  std::ofstream(folder / "Shop/Source/NET/Shop.cs")
      << "namespace OutSystems.NssShop {\n  public class CssShop : IssShop {\n"
         "    public void MssPrice(int ssQuantity) { }\n  }\n}\n";
  const auto found = oxt::features::actionImplementations(*analysis, oxtFile);
  REQUIRE(found.size() == 2);
  CHECK(found[0].method == "MssPrice");
  CHECK(found[0].line == 3);
  CHECK(oxt::features::implementationSentence(found[0]) == "Implemented in `Shop.cs`, line 3.");
  CHECK(found[1].line == 0);
  CHECK(oxt::features::implementationSentence(found[1]) ==
        "Not implemented: `Shop.cs` has no method `MssShip` (Generate C# sources adds its stub).");

  const auto at = oxt::features::implementationAt(
      *analysis, oxtFile, static_cast<uint32_t>(std::string(kShop).find("Ship")));
  REQUIRE(at.has_value());
  CHECK(at->method == "MssShip");
  CHECK_FALSE(oxt::features::implementationAt(*analysis, oxtFile, 0).has_value());
  fs::remove_all(folder);
}
