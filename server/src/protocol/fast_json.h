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
/// JSON, a number it does not hold), so that the caller asks nlohmann, whose answer
/// and error messages are the ones that count.
[[nodiscard]] std::optional<Json> readJsonFast(std::string_view text);

} // namespace oxt::protocol
