// The project files of the generated C# sources (domain.md §4.7): `<Ext>.sln`,
// `<Ext>.csproj` and AssemblyInfo.cs.
//
// Why the csproj has a merge of its own: Integration Studio lets the developer
// add references after the `ADD_NEW_PROJECT` marker comment; regenerating the
// project keeps those lines.
#pragma once

#include <string>
#include <string_view>

#include "model/extension_model.h"

namespace oxt::codegen {

/// The marker after which the developer's references go, up to `</ItemGroup>`.
inline constexpr std::string_view kAddNewProjectMarker =
    "<!-- DO NOT REMOVE THIS COMMENT: ADD_NEW_PROJECT -->";

/// The project's GUID (Integration Studio's CodeKey): "{8DA730E0-…}".
[[nodiscard]] std::string projectGuid(const model::Extension& extension);

[[nodiscard]] std::string solutionFile(const model::Extension& extension);
[[nodiscard]] std::string projectFile(const model::Extension& extension);
/// With a UTF-8 byte order mark, as observed.
[[nodiscard]] std::string assemblyInfoFile();

/// `generated` with the lines the developer added after the marker in `existing`
/// (up to the `</ItemGroup>` that closes them) put back after its own marker.
/// `generated` unchanged when `existing` has no marker or nothing after it.
[[nodiscard]] std::string keepAddedReferences(std::string_view existing, std::string generated);

} // namespace oxt::codegen
