// Replays the C# fuzzer's properties on known inputs: the generated projects' C#
// files (tests/golden/) and every input under tests/fuzz/regressions/csharp/ (each
// one a crash or property violation a fuzzer found, kept so that it stays fixed).
#include <catch2/catch_test_macros.hpp>

#include "csharp_properties.h"
#include "regression_inputs.h"

TEST_CASE("every known C# input keeps the C# reader's properties") {
  const auto extensions = oxt::fuzz::exampleExtensions(oxt::test::sourceDir());
  REQUIRE(extensions.size() >= 3);
  auto inputs = oxt::test::savedInputs({"tests/golden"}, {".cs"});
  REQUIRE(inputs.size() >= 4);
  for (auto& regression : oxt::test::savedInputs({"tests/fuzz/regressions/csharp"})) {
    inputs.push_back(std::move(regression));
  }
  for (const auto& input : inputs) {
    INFO(input.file.string());
    const auto violation = oxt::fuzz::csharpPropertyViolation(input.bytes, extensions);
    INFO(violation.value_or(""));
    CHECK_FALSE(violation.has_value());
  }
}
