// libFuzzer entry point for documents: see document_properties.h.
// Built by the `fuzz` preset; run by scripts/test (step fuzz) or, longer, as
// docs/fuzzing.md shows.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "document_properties.h"

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size); // NOLINT
  if (const auto violation = oxt::fuzz::documentPropertyViolation(bytes)) {
    (void)std::fprintf(stderr, "property violated: %s\n", violation->c_str());
    std::abort();
  }
  return 0;
}
