// Pieces of JSON text written directly, for results too large to build as a Json
// document first (document symbols, semantic tokens, completion lists of thousands of
// items): building the document, serializing it and freeing it costs several times
// the writing.
//
// The text is the one serialize() writes for the same document: keys in Json's order
// (sorted), no spaces, the same escapes. The tests compare the two byte for byte.
#pragma once

#include <string>
#include <string_view>

#include "protocol/basic_types.h"

namespace oxt::protocol::json_text {

/// `text` as a JSON string, quoted and escaped (invalid UTF-8 replaced as serialize does).
void appendString(std::string& out, std::string_view text);

/// `"key":"text",` when `text` is not empty (LSP leaves such fields out).
void appendOptionalString(std::string& out, std::string_view key, std::string_view text);

void appendPosition(std::string& out, const Position& position);
void appendRange(std::string& out, const Range& range);

} // namespace oxt::protocol::json_text
