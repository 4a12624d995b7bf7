// libFuzzer entry point for the language server's input path (framing, JSON-RPC,
// dispatch to the real handlers): see lsp_properties.h. Built by the `fuzz` preset;
// run by scripts/test (step fuzz) or, longer, as docs/fuzzing.md shows.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <unistd.h>

#include "lsp_properties.h"

namespace {

/// An empty folder of this process, where the messages' paths and URIs are moved.
const std::filesystem::path& fuzzRoot() {
  static const auto root = [] {
    auto folder =
        std::filesystem::temp_directory_path() / ("oxt-fuzz-lsp-" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder);
    std::atexit([] {
      std::error_code ignored;
      std::filesystem::remove_all(fuzzRoot(), ignored);
    });
    return folder;
  }();
  return root;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size); // NOLINT
  if (const auto violation = oxt::fuzz::lspStreamViolation(bytes, fuzzRoot())) {
    std::fprintf(stderr, "property violated: %s\n", violation->c_str());
    std::abort();
  }
  return 0;
}
