// Literals decoded as the language reference says.
#include <catch2/catch_test_macros.hpp>

#include "model/literals.h"

using namespace oxt::model;

TEST_CASE("strings decode their escapes") {
  const auto decoded = decodeString(R"("Say \"hi\"\tthen\\leave\n\u{20AC}")");
  CHECK(decoded.closed);
  CHECK(decoded.problems.empty());
  CHECK(decoded.value == "Say \"hi\"\tthen\\leave\n\xE2\x82\xAC");
}

TEST_CASE("unknown escapes are problems with their place") {
  const auto decoded = decodeString(R"("C:\Temp\u{D800}")");
  REQUIRE(decoded.problems.size() == 2);
  CHECK(decoded.problems[0].escape == "\\T");
  CHECK(decoded.problems[0].offset == 3);
  CHECK(decoded.problems[1].escape == "\\u{D800}");
}

TEST_CASE("an unterminated string is not closed") { CHECK_FALSE(decodeString("\"abc").closed); }

TEST_CASE("integers that do not fit 64 bits are nullopt") {
  CHECK(parseInteger("-7") == -7);
  CHECK_FALSE(parseInteger("99999999999999999999").has_value());
}

TEST_CASE("decimal digits drop leading and trailing zeros") {
  const auto digits = decimalDigits("-0012.3400");
  CHECK(digits.negative);
  CHECK(digits.integerDigits == "12");
  CHECK(digits.fractionDigits == "34");
}

TEST_CASE("date and time literals: shapes, existence and range") {
  CHECK(parseDateTime("#2024-02-29#").value->shape == DateTimeShape::Date);
  CHECK(parseDateTime("#13:45:00#").value->shape == DateTimeShape::Time);
  CHECK(parseDateTime("#2024-01-31 13:45:00#").value->hour == 13);
  CHECK(parseDateTime("#2023-02-29#").problem == "the date does not exist");
  CHECK(parseDateTime("#1899-12-31#").problem == "dates go from #1900-01-01# to #3000-12-31#");
  CHECK(parseDateTime("#24:00:00#").problem == "the time does not exist");
  CHECK(parseDateTime("#2024-1-31#").problem ==
        "expected #yyyy-MM-dd#, #HH:mm:ss# or #yyyy-MM-dd HH:mm:ss#");
}
