// Workspace symbol search: which names match a query, and in which order.
#include <catch2/catch_test_macros.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "features/fuzzy_match.h"

using oxt::features::fuzzyMatch;
using oxt::features::MatchTier;
using oxt::features::rankMatches;

namespace {

std::vector<std::string> ranked(std::string_view query, const std::vector<std::string_view>& names,
                                std::size_t limit = 100) {
  std::vector<std::string> out;
  for (const auto index : rankMatches(query, names, limit)) {
    out.emplace_back(names[index]);
  }
  return out;
}

} // namespace

TEST_CASE("matches are tiered: exact, prefix, word start, subsequence") {
  CHECK(fuzzyMatch("calculatemortgage", "CalculateMortgage") == MatchTier::Exact);
  CHECK(fuzzyMatch("calc", "CalculateMortgage") == MatchTier::Prefix);
  CHECK(fuzzyMatch("CM", "CalculateMortgage") == MatchTier::WordStart);
  CHECK(fuzzyMatch("calcMort", "CalculateMortgage") == MatchTier::WordStart);
  CHECK(fuzzyMatch("mortgage", "CalculateMortgage") == MatchTier::WordStart);
  CHECK(fuzzyMatch("cmg", "CalculateMortgage") == MatchTier::Subsequence);
  CHECK(fuzzyMatch("ortg", "CalculateMortgage") == MatchTier::Subsequence);
  CHECK_FALSE(fuzzyMatch("xyz", "CalculateMortgage").has_value());
  CHECK_FALSE(fuzzyMatch("mc", "CalculateMortgage").has_value()); // order matters
}

TEST_CASE("word starts are camel humps, separators, digits and the end of acronyms") {
  CHECK(fuzzyMatch("lp", "loan_payment") == MatchTier::WordStart);
  CHECK(fuzzyMatch("p", "XMLParser") == MatchTier::WordStart);
  CHECK(fuzzyMatch("fd", "lib/Acme.Finance.dll") == MatchTier::WordStart);
  CHECK(fuzzyMatch("v2", "ApiV2") == MatchTier::WordStart);
}

TEST_CASE("matching ignores case and spaces in the query") {
  CHECK(fuzzyMatch("CALC", "CalculateMortgage") == MatchTier::Prefix);
  CHECK(fuzzyMatch("calc mort", "CalculateMortgage") == MatchTier::WordStart);
}

TEST_CASE("an empty query matches every name") {
  CHECK(fuzzyMatch("", "Anything") == MatchTier::Prefix);
  CHECK(ranked("", {"b", "a"}).size() == 2);
}

TEST_CASE("results are ranked by tier first") {
  const std::vector<std::string_view> names{"Customer", "CalculateMortgage", "cm", "CmsPage",
                                            "Dossier"};
  CHECK(ranked("cm", names) ==
        std::vector<std::string>{"cm", "CmsPage", "CalculateMortgage", "Customer"});
}

TEST_CASE("within a tier shorter names come first, then alphabetical order") {
  const std::vector<std::string_view> names{"LoanSchedule", "Loans", "LoanItem", "Loan"};
  CHECK(ranked("loan", names) ==
        std::vector<std::string>{"Loan", "Loans", "LoanItem", "LoanSchedule"});
}

TEST_CASE("the result count is capped, keeping the best") {
  std::vector<std::string> storage;
  for (int i = 0; i < 500; ++i) {
    storage.push_back("Item" + std::to_string(i));
  }
  storage.emplace_back("item");
  std::vector<std::string_view> names(storage.begin(), storage.end());
  const auto result = ranked("item", names, 10);
  REQUIRE(result.size() == 10);
  CHECK(result[0] == "item"); // the exact match survives the cap
}

TEST_CASE("names with non-ASCII letters match by their bytes") {
  CHECK(fuzzyMatch("préço", "Préço") == MatchTier::Exact);
  CHECK(fuzzyMatch("pr", "Préço") == MatchTier::Prefix);
  CHECK_FALSE(fuzzyMatch("x", "Préço").has_value());
}
