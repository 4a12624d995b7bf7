#include "codegen/name_keys.h"

#include <openssl/evp.h>

#include <algorithm>
#include <stdexcept>

#include "model/names.h"

namespace oxt::codegen {

namespace {

// oxt's namespace for name-based UUIDs (a random UUID, fixed forever: changing it
// changes every generated GUID and key).
constexpr Uuid kOxtNamespace = {0xd3, 0x0a, 0x12, 0xec, 0x32, 0x67, 0x4a, 0xb5,
                                0x84, 0xed, 0xa7, 0xd0, 0xf3, 0x9e, 0x6c, 0x2f};

} // namespace

std::array<uint8_t, 20> sha1(std::string_view bytes) {
  std::array<uint8_t, 20> digest{};
  unsigned int length = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), digest.data(), &length, EVP_sha1(), nullptr) != 1 ||
      length != digest.size()) {
    throw std::runtime_error("SHA-1 is not available from OpenSSL's libcrypto");
  }
  return digest;
}

Uuid nameUuid(std::initializer_list<std::string_view> names) {
  std::string input(kOxtNamespace.begin(), kOxtNamespace.end());
  bool first = true;
  for (auto name : names) {
    if (!first) {
      input += '\x1F'; // a control character: never part of a name
    }
    first = false;
    input += model::foldCase(name);
  }
  const auto digest = sha1(input);
  Uuid uuid{};
  std::copy_n(digest.begin(), uuid.size(), uuid.begin());
  uuid[6] = static_cast<uint8_t>((uuid[6] & 0x0FU) | 0x50U); // version 5
  uuid[8] = static_cast<uint8_t>((uuid[8] & 0x3FU) | 0x80U); // RFC 4122 variant
  return uuid;
}

std::string formatGuid(const Uuid& uuid, bool upperCase) {
  const char* digits = upperCase ? "0123456789ABCDEF" : "0123456789abcdef";
  std::string out;
  for (std::size_t i = 0; i < uuid.size(); ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) {
      out += '-';
    }
    out += digits[uuid[i] >> 4U];
    out += digits[uuid[i] & 0x0FU];
  }
  return out;
}

std::string formatObjectKey(const Uuid& uuid) {
  static constexpr std::string_view kAlphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_";
  std::string out;
  uint32_t buffer = 0;
  int bits = 0;
  for (uint8_t byte : uuid) {
    buffer = (buffer << 8U) | byte;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += kAlphabet[(buffer >> static_cast<unsigned>(bits)) & 0x3FU];
    }
  }
  if (bits > 0) {
    out += kAlphabet[(buffer << static_cast<unsigned>(6 - bits)) & 0x3FU];
  }
  return out;
}

} // namespace oxt::codegen
