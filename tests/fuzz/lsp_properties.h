// The properties of the language server's input path, whatever bytes a client
// sends: the shared body of the transport fuzzer (libFuzzer, `fuzz` preset) and of
// the regression test that replays saved inputs in the normal test suite.
//
// The bytes go through the Content-Length frame reader, whole and in chunks of
// varying sizes (the reader must give the same messages, problems and verdict either
// way, also with a small message limit so that skipping oversized bodies is reached);
// every body read (or, when the stream has no frame at all, the whole input as one
// unframed body) is parsed as JSON-RPC and dispatched to a real LspServer on a
// ManualScheduler (no threads, no sockets), as tests/lsp's transcripts do. Nothing may
// crash; every message the server sends is JSON-RPC 2.0 text that parses back; and,
// unless the client sent `exit`, every request is answered exactly once.
//
// What a hostile stream may not do here (the fuzzer must not write files or scan the
// machine): `workspace/executeCommand` (generate, publish: tested by the transcripts)
// is not dispatched, and every path or `file:` URI in a message (and a relative path
// where a document or folder is named) is moved under `root`, an empty folder of the
// fuzzing process, before the server sees it.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace oxt::fuzz {

/// Why the client byte stream `bytes` breaks a property, or nothing when all hold.
[[nodiscard]] std::optional<std::string> lspStreamViolation(std::string_view bytes,
                                                            const std::filesystem::path& root);

} // namespace oxt::fuzz
