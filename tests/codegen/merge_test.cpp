// The merge of `<Ext>.cs`: what the developer wrote survives every change of the
// definition; what the definition says replaces what was generated before.
#include <string>

#include <catch2/catch_test_macros.hpp>

#include "codegen/action_methods.h"
#include "codegen/merge_implementation.h"
#include "codegen_test_support.h"

namespace {

using oxt::codegen::MergeError;
using oxt::codegen::MergeResult;

const char* const kBefore = R"(extension Shop {
    /// Price of an order.
    action Price {
        input Quantity: Integer
        output Total: Currency
    }
    action Ship {
        input Address: Text
    }
})";

/// A body with everything that could fool a brace matcher.
const char* const kHandWritten =
    "\t\t\tssTotal = ssQuantity * 2.5M; // a '}' in a comment\r\n"
    "\t\t\tstring s = \"}\\\"{\"; char c = '}'; string v = @\"C:\\dir\\\"\"}\";\r\n"
    "\t\t\t/* } */ string i = $\"{ssQuantity}}}\";\r\n"
    "#region a } in a region's name\r\n"
    "#endregion\r\n"
    "\t\t\tif (ssQuantity > 0) { ssTotal += 1; }\r\n";

/// The generated file with the stub of Price replaced by a hand-written body.
std::string implemented(const oxt::model::Extension& extension) {
  auto text = oxt::codegen::implementationFile(extension);
  const std::string todo =
      "\t\t\tssTotal = 0.0M;\r\n\t\t\t// TODO: Write implementation for action\r\n";
  const auto at = text.find(todo);
  REQUIRE(at != std::string::npos);
  text.replace(at, todo.size(), kHandWritten);
  return text;
}

MergeResult merged(const std::string& existing, const std::string& definition) {
  auto result = oxt::codegen::mergeImplementation(existing, oxt::test::extensionOf(definition));
  if (auto* error = std::get_if<MergeError>(&result)) {
    FAIL("merge failed: " << error->message);
  }
  return std::get<MergeResult>(std::move(result));
}

std::string mergeError(const std::string& existing) {
  auto result = oxt::codegen::mergeImplementation(existing, oxt::test::extensionOf(kBefore));
  REQUIRE(std::holds_alternative<MergeError>(result));
  return std::get<MergeError>(result).message;
}

} // namespace

TEST_CASE("merging an unchanged definition changes nothing") {
  const auto existing = implemented(oxt::test::extensionOf(kBefore));
  const auto result = merged(existing, kBefore);
  CHECK(result.text == existing);
  CHECK(result.report.updated.empty());
  CHECK(result.report.added.empty());
  CHECK(result.report.orphaned.empty());
}

TEST_CASE("a changed signature is replaced and the body kept byte for byte") {
  const auto existing = implemented(oxt::test::extensionOf(kBefore));
  const auto result = merged(existing, R"(extension Shop {
    /// Price of an order, with taxes.
    action Price {
        input Quantity: LongInteger
        input Country: Text
        output Total: Currency
    }
    action Ship {
        input Address: Text
    }
})");
  CHECK(result.report.updated == std::vector<std::string>{"MssPrice"});
  CHECK(result.text.find("\t\t/// Price of an order, with taxes.\r\n") != std::string::npos);
  CHECK(result.text.find("\t\tpublic void MssPrice(long ssQuantity, string ssCountry, out decimal "
                         "ssTotal) {\r\n" +
                         std::string(kHandWritten) + "\t\t} // MssPrice\r\n") != std::string::npos);
  CHECK(result.text.find("Price of an order.\r\n") == std::string::npos);
}

TEST_CASE("a new action gets a stub appended at the end of the class") {
  const auto existing = implemented(oxt::test::extensionOf(kBefore));
  const auto result = merged(existing, R"(extension Shop {
    /// Price of an order.
    action Price {
        input Quantity: Integer
        output Total: Currency
    }
    action Ship {
        input Address: Text
    }
    action Track {
        output Status: Text
    }
})");
  CHECK(result.report.added == std::vector<std::string>{"MssTrack"});
  CHECK(result.text.ends_with("\t\t} // MssShip\r\n"
                              "\r\n"
                              "\t\t/// <summary>\r\n"
                              "\t\t/// \r\n"
                              "\t\t/// </summary>\r\n"
                              "\t\t/// <param name=\"ssStatus\"></param>\r\n"
                              "\t\tpublic void MssTrack(out string ssStatus) {\r\n"
                              "\t\t\tssStatus = \"\";\r\n"
                              "\t\t\t// TODO: Write implementation for action\r\n"
                              "\t\t} // MssTrack\r\n"
                              "\r\n"
                              "\t} // CssShop\r\n"
                              "\r\n"
                              "} // OutSystems.NssShop\r\n"
                              "\r\n"));
  CHECK(result.text.find(kHandWritten) != std::string::npos);
}

TEST_CASE("a stub appended after doc lines that document nothing does not take them") {
  // Found by oxt-fuzz-csharp: `///` lines right before the class's '}' joined the
  // appended stub's doc comment, and the next merge replaced them as its header.
  auto existing = implemented(oxt::test::extensionOf(kBefore));
  const std::string classEnd = "\t} // CssShop\r\n";
  existing.insert(existing.find(classEnd), "\t\t/// A note of the developer.\r\n");
  const char* const withTrack = R"(extension Shop {
    /// Price of an order.
    action Price {
        input Quantity: Integer
        output Total: Currency
    }
    action Ship {
        input Address: Text
    }
    action Track {
        output Status: Text
    }
})";
  const auto first = merged(existing, withTrack);
  CHECK(first.text.find("\t\t/// A note of the developer.\r\n\r\n\t\t/// <summary>") !=
        std::string::npos);
  const auto second = merged(first.text, withTrack);
  CHECK(second.report.updated.empty());
  CHECK(second.text == first.text);
}

TEST_CASE("a method whose action is gone is kept and reported") {
  const auto existing = implemented(oxt::test::extensionOf(kBefore));
  const auto result = merged(existing, R"(extension Shop {
    action Ship {
        input Address: Text
    }
})");
  CHECK(result.report.orphaned == std::vector<std::string>{"MssPrice"});
  CHECK(result.text == existing);
}

TEST_CASE("an action renamed only in case keeps its body under the new name") {
  const auto existing = implemented(oxt::test::extensionOf(kBefore));
  const auto result = merged(existing, R"(extension Shop {
    /// Price of an order.
    action PRICE {
        input Quantity: Integer
        output Total: Currency
    }
    action Ship {
        input Address: Text
    }
})");
  CHECK(result.report.updated == std::vector<std::string>{"MssPRICE"});
  CHECK(result.text.find("public void MssPRICE(int ssQuantity, out decimal ssTotal) {\r\n" +
                         std::string(kHandWritten)) != std::string::npos);
}

TEST_CASE("a file with LF line ends gets LF in what the merge writes") {
  auto existing = implemented(oxt::test::extensionOf(kBefore));
  std::erase(existing, '\r');
  const auto result = merged(existing, R"(extension Shop {
    action Price {
        input Quantity: Integer
        output Total: Currency
    }
    action Ship {
        input Address: Text
    }
})");
  CHECK(result.text.find('\r') == std::string::npos);
  CHECK(result.report.updated == std::vector<std::string>{"MssPrice"});
}

TEST_CASE("a malformed file is refused with the line and the reason") {
  const auto good = implemented(oxt::test::extensionOf(kBefore));
  CHECK(mergeError(good + "}\r\n") == "line 37: this '}' closes no '{'");
  auto unclosed = good;
  unclosed.replace(unclosed.find("if (ssQuantity > 0) { ssTotal += 1; }"), 37,
                   "if (ssQuantity > 0) { ssTotal += 1;");
  CHECK(mergeError(unclosed) == "line 7: this '{' is never closed");
  CHECK(mergeError(good + "/* forgotten") == "line 37: a '/*' comment is never closed");
  auto badString = good;
  badString.replace(badString.find("string s = \""), 12, "string s = \"\r\n");
  CHECK(mergeError(badString).ends_with("a string is never closed"));
  CHECK(mergeError("namespace X { class Other { } }") == "line 1: there is no class CssShop");
  auto twice = good;
  const std::string ship = "\t\t} // MssShip\r\n";
  twice.insert(twice.find(ship) + ship.size(),
               "\t\tpublic void MssShip(string ssAddress) {\r\n\t\t}\r\n");
  CHECK(mergeError(twice).starts_with("line "));
  CHECK(mergeError(twice).find("method MssShip is defined twice") != std::string::npos);
  // A declaration cut off at the end of the class (found by oxt-fuzz-csharp): the
  // stubs appended there would have become its body.
  auto cutOff = good;
  const std::string lastMethod = "\t\t} // MssShip\r\n";
  cutOff.insert(cutOff.find(lastMethod) + lastMethod.size(),
                "\t\tpublic void MssRefund(int ssAmount, out \r\n");
  // A declaration on the line where the previous method ends (found by
  // oxt-fuzz-csharp): replacing the declaration's line would delete that '}'.
  auto sharedLine = good;
  sharedLine.replace(sharedLine.find(ship), ship.size(),
                     "\t\t} public void MssRefund() {\r\n\t\t}\r\n");
  CHECK(mergeError(sharedLine) ==
        "line 31: the declaration of MssRefund does not start its line: the merge replaces "
        "whole declaration lines, so it must be on a line of its own");
  CHECK(mergeError(cutOff) ==
        "line 32: this declaration has no body and no ';' before the end of class CssShop");
}
