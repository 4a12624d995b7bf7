// Reads the `oxt` section of the editor's settings into workspace::Settings.
//
// Why lenient: settings come from the user's hand-written JSON. A wrong value keeps
// the previous one and is reported (to the user through window/logMessage) instead
// of failing the whole section.
#pragma once

#include <string>
#include <vector>

#include "protocol/json_reader.h"
#include "workspace/settings.h"

namespace oxt::lsp {

/// `section` is the value of `oxt` ({"diagnostics": {"enable": true, …}, …}).
/// Fields that are absent keep their value in `current`; invalid ones too, with a
/// line in `problems`.
[[nodiscard]] workspace::Settings readSettings(const protocol::Json& section,
                                               const workspace::Settings& current,
                                               std::vector<std::string>& problems);

/// The `oxt` section inside a settings object that may hold other tools' settings
/// too ({"oxt": {…}, "editor": {…}}); null when there is none.
[[nodiscard]] protocol::Json oxtSection(const protocol::Json& settings);

} // namespace oxt::lsp
