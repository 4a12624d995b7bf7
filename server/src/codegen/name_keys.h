// The GUIDs and object keys of generated code, derived from names.
//
// Why derived and not random: Integration Studio gives each element a random key
// once and stores it in the `.xif`; an `.oxt` file has no such store, so the keys
// are computed from the names (a name-based UUID, version 5: SHA-1 of a fixed
// namespace and the names). The same definition always generates the same bytes,
// and renaming an element only in case keeps its keys (names compare without
// regard to case).
#pragma once

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace oxt::codegen {

using Uuid = std::array<uint8_t, 16>;

/// The version 5 UUID of `names` (case-folded, joined with a separator that no
/// name contains) in oxt's namespace.
[[nodiscard]] Uuid nameUuid(std::initializer_list<std::string_view> names);

/// "8da730e0-ba37-42d7-b5ba-cdea30c56110" (`upperCase`: "8DA730E0-…").
[[nodiscard]] std::string formatGuid(const Uuid& uuid, bool upperCase = false);

/// The 22-character form of a key in `GlobalObjectKey.Parse("<owner>*<element>")`
/// and `EntityRecordDetails`: the 16 bytes in base64 with `+` and `_`, unpadded
/// (as observed: "QcC57whDREuir4_sGDrYrg").
[[nodiscard]] std::string formatObjectKey(const Uuid& uuid);

/// SHA-1 of `bytes` (OpenSSL's libcrypto).
[[nodiscard]] std::array<uint8_t, 20> sha1(std::string_view bytes);

} // namespace oxt::codegen
