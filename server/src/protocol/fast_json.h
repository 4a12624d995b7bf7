// Reading a message's JSON with simdjson, into the nlohmann value the protocol layer
// works with.
//
// Why: nlohmann's reader takes about 9 ms for the 1 MB `didOpen` of a 5,000-action
// file (12-18 ms in a server just started), all of it before the parse can start;
// simdjson reads it in about a millisecond, and the value is then built once.
#pragma once

#include <optional>
#include <string_view>

#include "protocol/json_reader.h"

namespace oxt::protocol {

/// `text` read as JSON, the same value nlohmann's reader gives (non-negative integers
/// unsigned, the last of repeated keys); nothing when simdjson does not read it (bad
/// JSON, a number it does not hold, arrays and objects nested `maxDepth` deep or
/// deeper — simdjson counts an object's level one deeper than an array's), so that the
/// caller asks nlohmann, whose answer and error messages are the ones that count.
/// When `readable` (bytes readable from text.data()) leaves simdjson's padding past the
/// text, the text is read in place; otherwise it is first copied into a padded buffer.
[[nodiscard]] std::optional<Json> readJsonFast(std::string_view text, std::size_t readable,
                                               std::size_t maxDepth);

} // namespace oxt::protocol
