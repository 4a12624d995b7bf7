// The wholly generated files that hold an extension's data types (domain.md
// §4.4–4.6): Structures.cs (`ST<S>Structure`), Entities.cs (`EN<E>EntityRecord`
// with its configuration and attribute map), Records.cs (`RC<Name>Record`) and
// RecordLists.cs (`RL<Name>RecordList`).
//
// Why these four together: they are regenerated on every update, never edited by
// the developer, and share the record conventions in record_code.h.
#pragma once

#include <string>

#include "model/extension_model.h"

namespace oxt::codegen {

[[nodiscard]] std::string structuresFile(const model::Extension& extension);
[[nodiscard]] std::string entitiesFile(const model::Extension& extension);
[[nodiscard]] std::string recordsFile(const model::Extension& extension);
[[nodiscard]] std::string recordListsFile(const model::Extension& extension);

} // namespace oxt::codegen
