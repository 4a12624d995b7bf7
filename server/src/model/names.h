// Comparing element names the way OutSystems does: without regard to case.
//
// Why one place: duplicates, type references, icon paths and the symbol index must
// all agree on when two names are "the same"; a name that differs only by case is
// the same name in Integration Studio (it becomes the same C# identifier on a
// case-insensitive file system and in the platform's metadata).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace oxt::model {

/// `name` with ASCII letters lowercased: the key under which names are compared.
/// (Names with other letters are invalid anyway and only need to compare stably.)
[[nodiscard]] std::string foldCase(std::string_view name);

[[nodiscard]] bool equalsIgnoringCase(std::string_view a, std::string_view b);

/// Hash and equality of names without regard to case, for maps keyed by names as
/// written: a lookup needs no folded copy of the name (thousands per keystroke).
struct CaseInsensitiveHash {
  using is_transparent = void;
  [[nodiscard]] std::size_t operator()(std::string_view name) const;
};
/// A key equal for names equal without regard to case (CaseInsensitiveHash): 0 for the
/// empty name, never 0 for another.
[[nodiscard]] uint64_t nameKey(std::string_view name);

struct CaseInsensitiveEqual {
  using is_transparent = void;
  [[nodiscard]] bool operator()(std::string_view a, std::string_view b) const {
    return equalsIgnoringCase(a, b);
  }
};

/// The first character (all its UTF-8 bytes) that an element name may not contain
/// (Integration Studio allows ASCII letters, digits and '_'), or "" when there is none.
[[nodiscard]] std::string firstInvalidNameCharacter(std::string_view name);

/// True when `name` starts with an ASCII letter, as Integration Studio requires.
[[nodiscard]] bool startsWithLetter(std::string_view name);

/// Number of Unicode code points of the UTF-8 text (invalid bytes count one each):
/// what Integration Studio's length limits count.
[[nodiscard]] std::size_t characterCount(std::string_view utf8);

/// True for a name Integration Studio accepts as written: an ASCII letter, then
/// letters, digits and '_' (the length limits are separate: OXT0004).
[[nodiscard]] bool isValidName(std::string_view name);

/// `name` with every character a name may not hold (all the bytes of a UTF-8
/// sequence) replaced by '_'.
[[nodiscard]] std::string sanitizedName(std::string_view name);

} // namespace oxt::model
