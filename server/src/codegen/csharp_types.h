// The C# side of `.oxt` types (domain.md §2.2): type names, the default each
// generated field and `out` parameter starts with, the data reader call and the
// debugger's TypeKind; the C# names of structures, entities, records and record
// lists; default values written in `.oxt` as C# expressions.
//
// Why a table apart from the files: Interface.cs, `<Ext>.cs`, Structures.cs and
// Entities.cs must agree on every type and default, and docs/codegen.md documents
// this table.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/extension_model.h"

namespace oxt::codegen {

struct CSharpType {
  std::string name;         // "string", "RCInstallmentRecord"
  std::string defaultValue; // "\"\"", "new RCInstallmentRecord(null)"
  std::string readMethod;   // "ReadText"; empty when not read from a data reader
  std::string typeKind;     // "Text" (TypeKind.Text in ToXml); empty for records and lists
  bool isRecord = false;
  bool isRecordList = false;
};

/// The C# type of a resolved type. An Identifier takes the type of its entity's
/// identifier attribute (Integer when the entity has none).
[[nodiscard]] CSharpType csharpType(const model::Extension& extension,
                                    const model::ResolvedType& type);

/// The C# type of a basic type.
[[nodiscard]] CSharpType csharpType(model::BasicType type);

/// "STInstallmentStructure" or "ENLoanEntityRecord".
[[nodiscard]] std::string definitionTypeName(const model::Extension& extension,
                                             model::DefinitionRef definition);

/// "ssSTInstallment" or "ssENLoan": the field of a record that holds a member.
[[nodiscard]] std::string recordMemberField(const model::Extension& extension,
                                            model::DefinitionRef definition);

/// "LoanBorrower" for Record<Loan, Borrower>: the part between RC/RL and Record.
[[nodiscard]] std::string recordBaseName(const model::Extension& extension,
                                         const std::vector<model::DefinitionRef>& members);

/// Every record type the extension needs, in the order of Records.cs: one per
/// entity, one per structure (even when unused, as observed), then each join
/// (Record<A, B>) in the order it is first used by an action or a structure.
[[nodiscard]] std::vector<std::vector<model::DefinitionRef>>
recordTypes(const model::Extension& extension);

/// The C# expression of the default value written for `element`, or nullopt when
/// none is written (or it does not fit the type; the checks report that).
[[nodiscard]] std::optional<std::string> defaultValueExpression(const model::TypedElement& element,
                                                                const CSharpType& type);

/// `defaultValueExpression` when there is one, else the type's default.
[[nodiscard]] std::string initialValue(const model::TypedElement& element, const CSharpType& type);

} // namespace oxt::codegen
