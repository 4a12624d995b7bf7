// Verify against the developer's C#: the generated `<Ext>.cs` matches its
// definition; a missing method, a changed parameter and a method without action
// are each reported once, with the fix that regenerates.
#include <memory>
#include <string>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "../support/scratch_folder.h"
#include "codegen/action_methods.h"
#include "codegen/csharp_reader.h"
#include "codegen/implementation_check.h"
#include "codegen/implementation_rename.h"
#include "codegen_test_support.h"
#include "model/analysis.h"
#include "syntax/syntax_tree.h"

namespace {

using Catch::Matchers::ContainsSubstring;
using oxt::codegen::compareImplementation;
using oxt::codegen::implementationFile;

const char* const kShop = R"(extension Shop {
    action Price {
        input Quantity: Integer
        output Total: Currency
    }
    action Ship {
        input Address: Text
    }
})";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

} // namespace

TEST_CASE("the generated implementation matches its definition") {
  const auto extension = oxt::test::extensionOf(kShop);
  CHECK(compareImplementation(extension, implementationFile(extension), "Shop.cs").empty());
}

TEST_CASE("a parameter changed in the definition is reported on its action, with the fix") {
  const auto before = oxt::test::extensionOf(kShop);
  const auto source = implementationFile(before);
  const auto after = oxt::test::extensionOf(replaced(kShop, "Quantity: Integer", "Quantity: Text"));
  const auto diagnostics = compareImplementation(after, source, "Shop.cs");
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == "OXT0102");
  CHECK_THAT(diagnostics[0].message,
             ContainsSubstring("method 'MssPrice' (Shop.cs, line ") &&
                 ContainsSubstring("parameter 1 is 'int ssQuantity' where the action gives "
                                   "'string ssQuantity'"));
  CHECK(diagnostics[0].range.start == after.actions[0].name.range.start);
  REQUIRE(diagnostics[0].fixes.size() == 1);
  CHECK(diagnostics[0].fixes[0].command == oxt::checks::FixCommand::GenerateSources);
}

TEST_CASE("direction, order and count of parameters are compared") {
  const auto base = oxt::test::extensionOf(kShop);
  const auto source = implementationFile(base);
  const auto output = oxt::test::extensionOf(replaced(kShop, "input Quantity", "output Quantity"));
  CHECK_THAT(compareImplementation(output, source, "Shop.cs").at(0).message,
             ContainsSubstring("'int ssQuantity' where the action gives 'out int ssQuantity'"));
  const auto more = oxt::test::extensionOf(
      replaced(kShop, "input Address: Text", "input Address: Text\n        input Zip: Text"));
  CHECK_THAT(compareImplementation(more, source, "Shop.cs").at(0).message,
             ContainsSubstring("it has 1 parameter where the action gives 2"));
}

TEST_CASE("an action without method and a method without action") {
  const auto extension = oxt::test::extensionOf(kShop);
  const auto withoutShip = oxt::test::extensionOf(replaced(kShop, "action Ship", "action Send"));
  const auto diagnostics =
      compareImplementation(withoutShip, implementationFile(extension), "Shop.cs");
  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics[0].code == "OXT0101");
  CHECK(diagnostics[0].message == "action 'Send' has no method 'MssSend' in Shop.cs");
  CHECK(diagnostics[0].fixes.at(0).command == oxt::checks::FixCommand::GenerateSources);
  CHECK(diagnostics[1].code == "OXT0103");
  CHECK(diagnostics[1].severity == oxt::checks::Severity::Hint);
  CHECK_THAT(diagnostics[1].message, ContainsSubstring("method 'MssShip' (Shop.cs, line "));
}

TEST_CASE("after an edit above it, a mismatch is reported where its action is now, on both sides") {
  // The comparison reads the actions an edit moved as they were read, without moving
  // them (model/shared_list.h): only what it reports must be placed where it is now.
  const oxt::test::ScratchFolder folder;
  const auto oxtFile = folder.path() / "Shop.oxt";
  const auto generated = implementationFile(oxt::test::extensionOf(kShop));
  oxt::test::writeBytes(folder.path() / "Shop/Source/NET/Shop.cs", generated);

  oxt::syntax::SyntaxTree tree(replaced(kShop, "Address: Text", "Address: Integer"));
  const auto first = oxt::model::analyze(
      std::make_shared<const oxt::syntax::SyntaxTree>(tree.snapshot()), nullptr);
  CHECK(oxt::codegen::checkImplementation(first->document, oxtFile).size() == 1);

  // Two lines typed at the top of the body: both actions move by their length.
  tree.applyEdit({{17, 17}, "    // notes\n    // more\n"});
  const auto second = oxt::model::analyze(
      std::make_shared<const oxt::syntax::SyntaxTree>(tree.snapshot()), first.get());
  const auto diagnostics = oxt::codegen::checkImplementation(second->document, oxtFile);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == "OXT0102");
  const auto ship = static_cast<uint32_t>(tree.text().find("Ship"));
  CHECK(diagnostics[0].range.start == ship);
  CHECK(diagnostics[0].range.end == ship + 4);

  // In Shop.cs, on the method's name, in the order of the methods.
  const auto files = oxt::codegen::compareWithProjects(tree, *second, oxtFile).inCSharpFiles;
  REQUIRE(files.size() == 1);
  REQUIRE(files[0].diagnostics.size() == 1);
  const auto& onMethod = files[0].diagnostics[0];
  CHECK(onMethod.code == "OXT0102");
  CHECK(files[0].source->text().substr(onMethod.range.start, 7) == "MssShip");
  CHECK_THAT(onMethod.message,
             ContainsSubstring("parameter 1 is 'string ssAddress' where the action gives "
                               "'int ssAddress'"));
}

TEST_CASE("C# the parser cannot read hides no method; a missing class is one warning") {
  const auto extension = oxt::test::extensionOf(kShop);
  auto broken = implementationFile(extension);
  broken = replaced(broken, "public void MssShip(", "public void MssShip(((");
  for (const auto& diagnostic : compareImplementation(extension, broken, "Shop.cs")) {
    CHECK(diagnostic.code != "OXT0101");
  }
  const auto none = compareImplementation(extension, "namespace X { class Y {} }", "Shop.cs");
  REQUIRE(none.size() == 1);
  CHECK_THAT(none[0].message, ContainsSubstring("class 'CssShop' is not in Shop.cs"));
}

TEST_CASE("the C# reader reads modifiers, generic and qualified types, in any namespace") {
  const auto found = oxt::codegen::readCSharpClass(
      "using System;\nnamespace A.B {\n  namespace C {\n    public class CssX : IssX {\n"
      "      /// doc\n      public void MssY([Attr] out System.Collections.Generic.List< int > "
      "ssA, ref string ssB) { ssA = null; }\n"
      "      private int Helper() { return 1; }\n    }\n  }\n}\n",
      "CssX");
  REQUIRE(found.has_value());
  REQUIRE(found->methods.size() == 2);
  const auto& method = found->methods[0];
  CHECK(method.name == "MssY");
  CHECK(method.line == 6);
  REQUIRE(method.parameters.size() == 2);
  CHECK(method.parameters[0].modifiers == "out");
  CHECK(method.parameters[0].type == "System.Collections.Generic.List<int>");
  CHECK(method.parameters[0].name == "ssA");
  CHECK(method.parameters[1].modifiers == "ref");
  CHECK_FALSE(found->hasErrors);
}

TEST_CASE("renaming a parameter renames it in the method and its body, not in strings or members") {
  const std::string source = "namespace N {\n"
                             "  public class CssShop : IssShop {\n"
                             "    public void MssPrice(int ssQuantity, out decimal ssTotal) {\n"
                             "      ssTotal = ssQuantity * 2; // ssQuantity in a comment\n"
                             "      var s = \"ssQuantity\"; var o = other.ssQuantity;\n"
                             "    }\n"
                             "    public void MssShip(string ssQuantity) { }\n"
                             "  }\n"
                             "}\n";
  const auto edits = oxt::codegen::renameInType(source, "CssShop", "MssPrice",
                                                std::string_view("ssQuantity"), "ssCount");
  std::string renamed = source;
  for (auto it = edits.rbegin(); it != edits.rend(); ++it) {
    renamed.replace(it->range.start, it->range.end - it->range.start, it->newText);
  }
  CHECK(renamed.find("MssPrice(int ssCount, out decimal ssTotal)") != std::string::npos);
  CHECK(renamed.find("ssTotal = ssCount * 2; // ssQuantity in a comment") != std::string::npos);
  CHECK(renamed.find("\"ssQuantity\"; var o = other.ssQuantity;") != std::string::npos);
  CHECK(renamed.find("MssShip(string ssQuantity)") != std::string::npos); // another method
}

TEST_CASE("renaming an action renames its method in the class and in the interface") {
  const auto extension = oxt::test::extensionOf(kShop);
  const auto classEdits = oxt::codegen::renameInType(implementationFile(extension), "CssShop",
                                                     "MssPrice", std::nullopt, "MssCost");
  REQUIRE(classEdits.size() == 1);
  CHECK(classEdits[0].newText == "MssCost");
  const auto interfaceEdits = oxt::codegen::renameInType(
      oxt::codegen::interfaceFile(extension), "IssShop", "MssPrice", std::nullopt, "MssCost");
  CHECK(interfaceEdits.size() == 1);
}

TEST_CASE("a large extension with an error in a later segment is not compared with its C#") {
  // Forty actions parsed in segments of 400 bytes; the C# is that of a version whose last
  // action takes an Integer.
  std::string text = "extension Shop {\n";
  for (int i = 0; i < 40; ++i) {
    text += "    action Act" + std::to_string(i) + " {\n        input Quantity: Text\n    }\n";
  }
  text += "}\n";
  const oxt::test::TemporaryFolder folder;
  const auto oxtFile = folder.path() / "Shop.oxt";
  const auto before = oxt::test::extensionOf(replaced(text, "Act39 {\n        input Quantity: Text",
                                                      "Act39 {\n        input Quantity: Integer"));
  oxt::test::writeBytes(oxt::codegen::implementationPath(oxtFile, before),
                        implementationFile(before));
  const auto comparisons = [&](const std::string& source) {
    const oxt::syntax::SyntaxTree tree(source, oxt::syntax::Language::Oxt, 400);
    REQUIRE(tree.segmentCount() > 3);
    REQUIRE_FALSE(tree.root().hasError()); // the first segment's tree
    std::size_t found = 0;
    for (const auto& diagnostic : oxt::codegen::checkFileAndImplementation(tree, oxtFile)) {
      found += diagnostic.code == "OXT0102" ? 1U : 0U;
    }
    return found;
  };
  CHECK(comparisons(text) == 1);
  // Half-typed in a later segment than the first: nothing is compared while the syntax
  // settles.
  CHECK(comparisons(replaced(text, "Act20 {\n        input Quantity: Text",
                             "Act20 {\n        input Quantity Text")) == 0);
}
