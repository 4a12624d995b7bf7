// What the generated record types (ST structures, EN entity records, RC records)
// have in common: one field per attribute or member, its key constant, and the
// members the OutSystems runtime's record interfaces require (equality, hashing,
// serialization, Duplicate, the debugger's ToXml and EvaluateFields, AttributeGet,
// FillFromOther, IsDefault), each written the way Integration Studio writes it.
//
// Why shared: the three kinds differ only in field names (`ssX` or `_ssX`), the
// key owners and a few members; writing the common members once keeps them alike.
#pragma once

#include <string>
#include <vector>

#include "codegen/code_writer.h"
#include "codegen/csharp_types.h"

namespace oxt::codegen {

/// One field of a generated record type.
struct RecordField {
  std::string name;       // as in the definition: "Interest"
  std::string member;     // the public C# member: "ssInterest"
  std::string storage;    // the field that holds it: "ssInterest", or "_ssInterest" in entities
  CSharpType type;        // C# type, default, reader
  std::string initial;    // the constructor's initial value (the default value if written)
  std::string key;        // "<owner>*<element>" for GlobalObjectKey.Parse
  std::string readerName; // "Installment.Interest" for the data reader
};

/// What differs between the kinds of record the common members are written for.
struct RecordShape {
  std::string typeName;       // "STInstallmentStructure"
  std::string xmlElementKind; // "Structure", "Entity", "Record"
  std::vector<RecordField> fields;
  bool isEntity = false;          // ChangedAttributes/OptimizedAttributes bit arrays
  bool isRecordOfMembers = false; // RC: fields are whole records, read and shown as such
};

/// `internal static readonly GlobalObjectKey Id<Name> = …;` per field, then a blank line.
void writeKeyConstants(CodeWriter& writer, const RecordShape& shape);

/// Read(r, ref index), ReadDB and ReadIM.
void writeReadMembers(CodeWriter& writer, const RecordShape& shape);

/// ==, !=, Equals, GetHashCode, GetObjectData and the serialization constructor
/// (whose first lines are `constructorInit`).
void writeEqualityAndSerialization(CodeWriter& writer, const RecordShape& shape,
                                   const std::vector<std::string>& constructorInit);

/// RecursiveReset, InternalRecursiveSave, Duplicate, ToXml, EvaluateFields,
/// ChangedAttributeGet, OptimizedAttributeGet, AttributeGet, FillFromOther, IsDefault.
void writeRecordMembers(CodeWriter& writer, const RecordShape& shape);

/// The two summary lines of a type: `<intro> <code>Name</code>` and the
/// Description paragraph, XML-escaped.
void writeTypeSummary(CodeWriter& writer, const std::string& firstLine,
                      const std::string& secondLine, const std::string& description);

/// The usings every record file starts with (Structures.cs, Entities.cs).
void writeRecordUsings(CodeWriter& writer);

/// The extension's key, the owner of its attribute keys: "4DCnjTe610K1us3qMMVhEA".
[[nodiscard]] std::string extensionKey(const model::Extension& extension);

} // namespace oxt::codegen
