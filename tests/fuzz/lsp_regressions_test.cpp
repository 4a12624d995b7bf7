// Replays the transport fuzzer's properties on known inputs: the client messages of
// every transcript, framed (tests/fuzz/seeds/lsp/, from make_lsp_seeds.py), and every
// input under tests/fuzz/regressions/lsp/ (each one a crash or property violation a
// fuzzer found, kept so that it stays fixed).
#include <random>
#include <unistd.h>

#include <catch2/catch_test_macros.hpp>

#include "lsp_properties.h"
#include "regression_inputs.h"

TEST_CASE("every known client stream keeps the server's input properties") {
  std::random_device random;
  const auto root =
      std::filesystem::temp_directory_path() /
      ("oxt-fuzz-lsp-test-" + std::to_string(::getpid()) + "-" + std::to_string(random()));
  std::filesystem::create_directories(root);
  const auto inputs =
      oxt::test::savedInputs({"tests/fuzz/seeds/lsp", "tests/fuzz/regressions/lsp"});
  CHECK(inputs.size() >= 20);
  for (const auto& input : inputs) {
    INFO(input.file.string());
    const auto violation = oxt::fuzz::lspStreamViolation(input.bytes, root);
    INFO(violation.value_or(""));
    CHECK_FALSE(violation.has_value());
  }
  std::error_code ignored;
  std::filesystem::remove_all(root, ignored);
}
