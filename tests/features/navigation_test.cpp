// Go to definition, references, highlights, code lenses and resource links.
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

#include <catch2/catch_test_macros.hpp>

#include "../support/test_files.h"
#include "features/navigation.h"

using namespace oxt::features;
using oxt::syntax::ByteRange;
using oxt::syntax::SyntaxTree;

namespace {

const char* const kShop = R"(extension Shop {
    @icon("icons/cart.ico")
    action Buy {
        input Item: product
        output Lines: List<Record<Product, Line>>
        output Who: Identifier<Customer>
    }
    structure Line { Of: PRODUCT  Count: Integer }
    structure Product { Name: Text }
    @table("C")
    entity Customer { @identifier Id: Integer }
    resource "icons/cart.ico"
    resource "lib/Missing.dll"
}
)";

struct Doc {
  explicit Doc(std::string text) : tree(std::move(text)), analysis(oxt::model::analyze(tree)) {}
  /// The offset of the `nth` (from 0) occurrence of `needle`, plus `delta`.
  [[nodiscard]] uint32_t at(const std::string& needle, int nth = 0, uint32_t delta = 0) const {
    std::size_t found = tree.text().find(needle);
    for (int i = 0; i < nth && found != std::string::npos; ++i) {
      found = tree.text().find(needle, found + 1);
    }
    REQUIRE(found != std::string::npos);
    return static_cast<uint32_t>(found) + delta;
  }
  [[nodiscard]] std::string textOf(ByteRange range) const {
    return tree.text().substr(range.start, range.end - range.start);
  }
  [[nodiscard]] std::vector<std::string> texts(const std::vector<Occurrence>& occurrences) const {
    std::vector<std::string> out;
    for (const auto& occurrence : occurrences) {
      out.push_back(textOf(occurrence.range) + (occurrence.declaration ? "*" : ""));
    }
    return out;
  }
  SyntaxTree tree;
  std::shared_ptr<const oxt::model::Analysis> analysis;
};

/// A temporary folder, removed at the end of the test.
struct TempFolder {
  // One folder per process: ctest runs test cases in parallel processes.
  TempFolder()
      : path(std::filesystem::temp_directory_path() /
             ("oxt-navigation-test-" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path / "icons");
    std::ofstream(path / "icons" / "cart.ico") << "icon";
  }
  ~TempFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(path, ignored);
  }
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;
  TempFolder(TempFolder&&) = delete;
  TempFolder& operator=(TempFolder&&) = delete;
  std::filesystem::path path;
};

} // namespace

TEST_CASE("go to definition from a type, whatever its case, lands on the structure's name") {
  const Doc doc(kShop);
  for (const auto offset : {doc.at("product"), doc.at("Product,", 0, 3), doc.at("PRODUCT")}) {
    const auto definition = definitionAt(*doc.analysis, offset, "/nowhere");
    REQUIRE(definition.declaration);
    CHECK(definition.declaration->start == doc.at("Product {"));
    CHECK(doc.textOf(*definition.declaration) == "Product");
    CHECK_FALSE(definition.file);
  }
}

TEST_CASE("go to definition works with the cursor just after the name") {
  const Doc doc(kShop);
  const auto definition = definitionAt(*doc.analysis, doc.at("Line>>", 0, 4), "/nowhere");
  REQUIRE(definition.declaration);
  CHECK(definition.declaration->start == doc.at("Line {"));
}

TEST_CASE("go to definition from Identifier<E> lands on the entity") {
  const Doc doc(kShop);
  const auto definition = definitionAt(*doc.analysis, doc.at("Customer>", 0, 2), "/nowhere");
  REQUIRE(definition.declaration);
  CHECK(definition.declaration->start == doc.at("Customer {"));
}

TEST_CASE("go to definition from @icon lands on the resource; from a resource, on its file") {
  const TempFolder folder;
  const Doc doc(kShop);
  const auto fromIcon = definitionAt(*doc.analysis, doc.at("icons/cart"), folder.path);
  REQUIRE(fromIcon.declaration);
  CHECK(fromIcon.declaration->start == doc.at("\"icons/cart.ico\"", 1));

  const auto fromResource = definitionAt(*doc.analysis, doc.at("icons/cart", 1), folder.path);
  CHECK_FALSE(fromResource.declaration);
  REQUIRE(fromResource.file);
  CHECK(*fromResource.file == folder.path / "icons" / "cart.ico");

  // A resource whose file does not exist has nowhere to go.
  const auto missing = definitionAt(*doc.analysis, doc.at("Missing.dll"), folder.path);
  CHECK_FALSE(missing.declaration);
  CHECK_FALSE(missing.file);
}

TEST_CASE("an @icon that no resource declares still opens its file") {
  const TempFolder folder;
  const Doc doc(R"(extension A {
    @icon("icons/cart.ico")
    action Buy {}
})");
  const auto definition = definitionAt(*doc.analysis, doc.at("cart"), folder.path);
  REQUIRE(definition.file);
  CHECK(definition.file->filename() == "cart.ico");
}

TEST_CASE("references list every use, case-insensitively, in source order") {
  const Doc doc(kShop);
  const auto product = symbolAt(*doc.analysis, doc.at("Product {"));
  REQUIRE(product);
  CHECK(doc.texts(occurrencesOf(*doc.analysis, *product, false)) ==
        std::vector<std::string>{"product", "Product", "PRODUCT"});
  CHECK(doc.texts(occurrencesOf(*doc.analysis, *product, true)) ==
        std::vector<std::string>{"product", "Product", "PRODUCT", "Product*"});
}

TEST_CASE("highlights mark the declaration apart from its uses") {
  const Doc doc(kShop);
  CHECK(doc.texts(highlightsAt(*doc.analysis, doc.at("Customer>"))) ==
        std::vector<std::string>{"Customer", "Customer*"});
  CHECK(doc.texts(highlightsAt(*doc.analysis, doc.at("\"icons/cart.ico\"", 1))) ==
        std::vector<std::string>{"\"icons/cart.ico\"", "\"icons/cart.ico\"*"});
  // Not on a name: nothing.
  CHECK(highlightsAt(*doc.analysis, doc.at("extension")).empty());
  CHECK(highlightsAt(*doc.analysis, doc.at("Integer")).empty());
}

TEST_CASE("navigation works in a half-typed file") {
  const Doc doc(R"(extension Shop {
    structure Line { Count: Integer }
    action Buy {
        input Lines: List<line
        output
    structure Order { Of: Line
)");
  const auto line = symbolAt(*doc.analysis, doc.at("Line {"));
  REQUIRE(line);
  CHECK(doc.texts(occurrencesOf(*doc.analysis, *line, true)) ==
        std::vector<std::string>{"Line*", "line", "Line"});
  const auto definition = definitionAt(*doc.analysis, doc.at("line\n"), "/nowhere");
  REQUIRE(definition.declaration);
  CHECK(definition.declaration->start == doc.at("Line {"));
  // Past the end of the text: nothing, and no crash.
  CHECK(highlightsAt(*doc.analysis, static_cast<uint32_t>(doc.tree.text().size() + 10)).empty());
}

TEST_CASE("code lenses count the references of structures and entities, not of actions") {
  const Doc doc(kShop);
  const auto lenses = referenceLenses(*doc.analysis);
  std::vector<std::string> shown;
  for (const auto& lens : lenses) {
    shown.push_back(doc.textOf(lens.range) + ": " + lens.title);
  }
  CHECK(shown == std::vector<std::string>{"Line: 1 reference", "Product: 3 references",
                                          "Customer: 1 reference"});

  const Doc unused("extension A { structure S { X: Integer } action F {} }");
  const auto none = referenceLenses(*unused.analysis);
  REQUIRE(none.size() == 1);
  CHECK(none.front().title == "0 references");
  CHECK(none.front().count == 0);
}

TEST_CASE("resource links point to files that exist, and cover the path without its quotes") {
  const TempFolder folder;
  const Doc doc(kShop);
  const auto links = resourceLinks(*doc.analysis, folder.path);
  REQUIRE(links.size() == 1);
  CHECK(doc.textOf(links.front().range) == "icons/cart.ico");
  CHECK(links.front().file == folder.path / "icons" / "cart.ico");

  // Backslashes as on Windows, and an unclosed string while typing.
  const Doc windows(
      "extension A {\n resource \"icons\\\\cart.ico\"\n resource \"icons/cart.ico\n}");
  const auto typed = resourceLinks(*windows.analysis, folder.path);
  REQUIRE(typed.size() == 2);
  CHECK(windows.textOf(typed.front().range) == "icons\\\\cart.ico");
  CHECK(windows.textOf(typed.back().range) == "icons/cart.ico");

  // Absolute paths are never links (resource paths are relative to the .oxt file).
  const Doc absolute("extension A { resource \"" + (folder.path / "icons/cart.ico").string() +
                     "\" }");
  CHECK(resourceLinks(*absolute.analysis, folder.path).empty());
}

TEST_CASE("every request at every offset of the examples answers without failing") {
  for (const auto& file : oxt::test::exampleFiles()) {
    const Doc doc(oxt::test::readSourceFile(file));
    const auto folder = (oxt::test::sourceDir() / file).parent_path();
    std::size_t found = 0;
    for (uint32_t offset = 0; offset <= doc.tree.text().size(); ++offset) {
      const auto definition = definitionAt(*doc.analysis, offset, folder);
      if (definition.declaration || definition.file) {
        ++found;
      }
      for (const auto& occurrence : highlightsAt(*doc.analysis, offset)) {
        CHECK(occurrence.range.end <= doc.tree.text().size());
      }
    }
    INFO(file.string());
    CHECK(found > 0);
    // The examples pass `oxt check`, so every resource file exists.
    std::size_t resources = 0;
    for (const auto& extension : doc.analysis->document.extensions) {
      resources += extension.resources.size();
    }
    CHECK(resourceLinks(*doc.analysis, folder).size() == resources);
  }
}
