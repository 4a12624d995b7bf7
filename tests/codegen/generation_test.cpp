// What a developer sees in the generated code: conventions (CRLF, tabs, BOM),
// signatures and defaults, determinism, and descriptions and values that cannot
// break out of their comments or literals.
#include <string>

#include <catch2/catch_test_macros.hpp>

#include "codegen/action_methods.h"
#include "codegen/csharp_text.h"
#include "codegen/generate_sources.h"
#include "codegen/name_keys.h"
#include "codegen_test_support.h"

namespace {

using oxt::codegen::FileRole;
using oxt::codegen::SourceFile;

std::vector<SourceFile> sourcesOf(const std::string& text) {
  auto result = oxt::codegen::generateSources(oxt::test::extensionOf(text));
  REQUIRE(std::holds_alternative<std::vector<SourceFile>>(result));
  return std::get<std::vector<SourceFile>>(result);
}

std::string fileNamed(const std::vector<SourceFile>& files, const std::string& name) {
  for (const auto& file : files) {
    if (file.file.name == name) {
      return file.file.bytes;
    }
  }
  FAIL("no generated file " << name);
  return {};
}

const char* const kShop = R"(extension Shop {
    /// Price of an order.
    action Price {
        input Quantity: Integer
        output Total: Currency
        input Coupon?: Text = "none"
        output When: DateTime
    }
})";

} // namespace

TEST_CASE("a stub has inputs by value and outputs as out, in definition order, outputs set to "
          "their defaults, then the TODO") {
  const auto cs = fileNamed(sourcesOf(kShop), "Shop.cs");
  CHECK(cs.find("\t\t/// <summary>\r\n"
                "\t\t/// Price of an order.\r\n"
                "\t\t/// </summary>\r\n"
                "\t\t/// <param name=\"ssQuantity\"></param>\r\n"
                "\t\t/// <param name=\"ssTotal\"></param>\r\n"
                "\t\t/// <param name=\"ssCoupon\"></param>\r\n"
                "\t\t/// <param name=\"ssWhen\"></param>\r\n"
                "\t\tpublic void MssPrice(int ssQuantity, out decimal ssTotal, string ssCoupon, "
                "out DateTime ssWhen) {\r\n"
                "\t\t\tssTotal = 0.0M;\r\n"
                "\t\t\tssWhen = new DateTime(1900, 1, 1, 0, 0, 0);\r\n"
                "\t\t\t// TODO: Write implementation for action\r\n"
                "\t\t} // MssPrice\r\n") != std::string::npos);
  CHECK(cs.find("namespace OutSystems.NssShop {\r\n\r\n\tpublic class CssShop: IssShop {") !=
        std::string::npos);
  const auto interface = fileNamed(sourcesOf(kShop), "Interface.cs");
  CHECK(interface.find("\t\tvoid MssPrice(int ssQuantity, out decimal ssTotal, string ssCoupon, "
                       "out DateTime ssWhen);\r\n") != std::string::npos);
}

TEST_CASE("every generated line ends in CRLF; only AssemblyInfo.cs starts with a BOM") {
  for (const auto& source : sourcesOf(kShop)) {
    CAPTURE(source.file.name);
    const auto& bytes = source.file.bytes;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
      if (bytes[i] == '\n') {
        REQUIRE(i > 0);
        REQUIRE(bytes[i - 1] == '\r');
      }
    }
    CHECK(bytes.starts_with("\xEF\xBB\xBF") == (source.file.name == "AssemblyInfo.cs"));
    CHECK((source.role == FileRole::Implementation) == (source.file.name == "Shop.cs"));
  }
}

TEST_CASE("generation is deterministic: the same definition gives the same bytes, GUIDs "
          "included") {
  const auto first = sourcesOf(kShop);
  const auto second = sourcesOf(kShop);
  REQUIRE(first.size() == second.size());
  for (std::size_t i = 0; i < first.size(); ++i) {
    CHECK(first[i].file.bytes == second[i].file.bytes);
  }
  const auto project = fileNamed(first, "Shop.csproj");
  CHECK(project.find("<ProjectGuid>{") != std::string::npos);
}

TEST_CASE("GUIDs and keys are name-based UUIDs (version 5), stable under a change of case") {
  const auto uuid = oxt::codegen::nameUuid({"extension", "Shop"});
  CHECK((uuid[6] >> 4U) == 5);
  CHECK((uuid[8] & 0xC0U) == 0x80);
  CHECK(uuid == oxt::codegen::nameUuid({"extension", "SHOP"}));
  CHECK(uuid != oxt::codegen::nameUuid({"extension", "Shop2"}));
  CHECK(uuid != oxt::codegen::nameUuid({"extensionShop"}));
  const auto key = oxt::codegen::formatObjectKey(uuid);
  CHECK(key.size() == 22);
  CHECK(key.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_") ==
        std::string::npos);
  CHECK(oxt::codegen::formatGuid(uuid).size() == 36);
  // SHA-1 of "abc" (FIPS 180 test vector).
  const auto digest = oxt::codegen::sha1("abc");
  CHECK(digest[0] == 0xA9);
  CHECK(digest[19] == 0x9D);
}

TEST_CASE("a hostile description stays inside its doc comment and is valid XML") {
  const auto extension =
      oxt::test::extensionOf("extension Evil {\n"
                             "    /// end */ </summary> <tag a=\"1\"> & 'x'\n"
                             "    /// \\u000A then\xE2\x80\xA8 separator\xC2\x85 next\n"
                             "    action Run {\n"
                             "        /// </param> }\n"
                             "        input A: Text\n"
                             "    }\n"
                             "}\n");
  const auto header = oxt::codegen::implementationHeader(extension, extension.actions.front());
  CHECK(header ==
        "\t\t/// <summary>\r\n"
        "\t\t/// end */ &lt;/summary&gt; &lt;tag a=&quot;1&quot;&gt; &amp; &apos;x&apos;\r\n"
        "\t\t/// \\u000A then\r\n"
        "\t\t///  separator\r\n"
        "\t\t///  next\r\n"
        "\t\t/// </summary>\r\n"
        "\t\t/// <param name=\"ssA\">&lt;/param&gt; }</param>\r\n"
        "\t\tpublic void MssRun(string ssA) {");
}

TEST_CASE("a description splits at every C# line end") {
  CHECK(oxt::codegen::docCommentLines("a\rb\r\nc\nd") ==
        std::vector<std::string>{"a", "b", "c", "d"});
  CHECK(oxt::codegen::docCommentLines("") == std::vector<std::string>{""});
  CHECK(oxt::codegen::docCommentLines("bell\x07") == std::vector<std::string>{"bell "});
}

TEST_CASE("text put in C# literals is escaped, line ends included") {
  using oxt::codegen::csharpStringLiteral;
  CHECK(csharpStringLiteral("a\"b\\c") == "\"a\\\"b\\\\c\"");
  CHECK(csharpStringLiteral("line\nend\r") == "\"line\\u000Aend\\u000D\"");
  CHECK(csharpStringLiteral("\xE2\x80\xA8|\xE2\x80\xA9|\xC2\x85") == "\"\\u2028|\\u2029|\\u0085\"");
  CHECK(csharpStringLiteral("\\u000A") == "\"\\\\u000A\"");
  CHECK(csharpStringLiteral("caf\xC3\xA9") == "\"caf\xC3\xA9\"");
}

TEST_CASE("a name that is no C# identifier is refused with the element named") {
  auto extension = oxt::test::extensionOf(kShop);
  extension.actions.mutableAt(0).name.text = "../Escape";
  auto result = oxt::codegen::generateSources(extension);
  REQUIRE(std::holds_alternative<oxt::codegen::CodegenError>(result));
  CHECK(std::get<oxt::codegen::CodegenError>(result).message ==
        "action name '../Escape' cannot be a C# name (a letter, then letters, digits or '_')");
  extension = oxt::test::extensionOf(kShop);
  extension.name.text = "..";
  REQUIRE(
      std::holds_alternative<oxt::codegen::CodegenError>(oxt::codegen::generateSources(extension)));
}

TEST_CASE("two record types that would get one C# name are refused") {
  const auto extension = oxt::test::extensionOf(R"(extension Clash {
    structure A { X: Integer }
    structure AB { X: Integer }
    structure B { X: Integer }
    structure BC { X: Integer }
    structure C { X: Integer }
    action Run {
        input One: Record<A, BC>
        input Two: Record<AB, C>
    }
})");
  auto result = oxt::codegen::generateSources(extension);
  REQUIRE(std::holds_alternative<oxt::codegen::CodegenError>(result));
  CHECK(std::get<oxt::codegen::CodegenError>(result).message ==
        "two record types would both be named 'RCABCRecord'");
}
