#include "codegen/record_code.h"

#include "codegen/csharp_text.h"
#include "codegen/name_keys.h"
#include "model/names.h"

namespace oxt::codegen {

namespace {

constexpr int kMember = 2; // indent of a type's members
constexpr int kBody = 3;   // indent of a member's body

bool isByteArray(const RecordField& field) { return field.type.name == "byte[]"; }
bool isNested(const RecordField& field) { return field.type.isRecord || field.type.isRecordList; }

std::string differs(const std::string& left, const std::string& right, const RecordField& field) {
  if (isByteArray(field)) {
    return "!RuntimePlatformUtils.CompareByteArrays(" + left + ", " + right + ")";
  }
  return left + " != " + right;
}

const char* const kBindingFlags =
    "BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public";

} // namespace

std::string extensionKey(const model::Extension& extension) {
  return formatObjectKey(nameUuid({"extension", extension.name.text}));
}

void writeRecordUsings(CodeWriter& writer) {
  for (const char* name : {"System", "System.Collections", "System.Data", "System.Reflection",
                           "System.Runtime.Serialization", "OutSystems.ObjectKeys",
                           "OutSystems.RuntimeCommon", "OutSystems.HubEdition.RuntimePlatform",
                           "OutSystems.HubEdition.RuntimePlatform.Db", "OutSystems.Internal.Db"}) {
    writer.line(std::string("using ") + name + ";");
  }
  writer.blank();
}

void writeTypeSummary(CodeWriter& writer, const std::string& firstLine,
                      const std::string& secondLine, const std::string& description) {
  writer.line(1, "/// <summary>");
  writer.line(1, "/// " + firstLine);
  const auto lines = docCommentLines(description);
  std::string text = "///  " + secondLine + " <p> Description: " + lines.front();
  for (std::size_t i = 1; i < lines.size(); ++i) {
    writer.line(1, text);
    text = "/// " + lines[i];
  }
  writer.line(1, text + "</p>");
  writer.line(1, "/// </summary>");
}

void writeKeyConstants(CodeWriter& writer, const RecordShape& shape) {
  for (const auto& field : shape.fields) {
    writer.line(kMember, "internal static readonly GlobalObjectKey Id" + field.name +
                             " = GlobalObjectKey.Parse(\"" + field.key + "\");");
  }
  writer.blank();
  writer.line(kMember, "public static void EnsureInitialized() {}");
}

void writeReadMembers(CodeWriter& writer, const RecordShape& shape) {
  const auto count = std::to_string(shape.fields.size());
  writer.line(kMember, "/// <summary>");
  writer.line(kMember, "/// Read a record from database");
  writer.line(kMember, "/// </summary>");
  writer.line(kMember, "/// <param name=\"r\"> Data base reader</param>");
  writer.line(kMember, "/// <param name=\"index\"> index</param>");
  writer.line(kMember, "public void Read(IDataReader r, ref int index) {");
  for (const auto& field : shape.fields) {
    if (field.type.isRecord) {
      writer.line(kBody, field.storage + ".Read(r, ref index);");
    } else if (!field.type.readMethod.empty()) {
      writer.line(kBody, field.member + " = r." + field.type.readMethod + "(index++, \"" +
                             field.readerName + "\", " + field.type.defaultValue + ");");
    }
  }
  if (shape.isEntity) {
    writer.line(kBody, "ChangedAttributes = new BitArray(" + count + ", false);");
    writer.line(kBody, "OptimizedAttributes = new BitArray(" + count + ", false);");
  }
  writer.line(kMember, "}");
  writer.line(kMember, "/// <summary>");
  writer.line(kMember, "/// Read from database");
  writer.line(kMember, "/// </summary>");
  writer.line(kMember, "/// <param name=\"r\"> Data reader</param>");
  writer.line(kMember, "public void ReadDB(IDataReader r) {");
  writer.line(kBody, "int index = 0;");
  writer.line(kBody, "Read(r, ref index);");
  writer.line(kMember, "}");
  writer.blank();
  writer.line(kMember, "/// <summary>");
  writer.line(kMember, "/// Read from record");
  writer.line(kMember, "/// </summary>");
  writer.line(kMember, "/// <param name=\"r\"> Record</param>");
  writer.line(kMember, "public void ReadIM(" + shape.typeName + " r) {");
  writer.line(kBody, "this = r;");
  writer.line(kMember, "}");
  writer.blank();
  writer.blank();
}

void writeEqualityAndSerialization(CodeWriter& writer, const RecordShape& shape,
                                   const std::vector<std::string>& constructorInit) {
  const auto& type = shape.typeName;
  writer.line(kMember, "public static bool operator == (" + type + " a, " + type + " b) {");
  for (const auto& field : shape.fields) {
    writer.line(kBody, "if (" + differs("a." + field.member, "b." + field.member, field) +
                           ") return false;");
  }
  writer.line(kBody, "return true;");
  writer.line(kMember, "}");
  writer.blank();
  writer.line(kMember, "public static bool operator != (" + type + " a, " + type + " b) {");
  writer.line(kBody, "return !(a==b);");
  writer.line(kMember, "}");
  writer.blank();
  writer.line(kMember, "public override bool Equals(object o) {");
  writer.line(kBody, "if (o.GetType() != typeof(" + type + ")) return false;");
  writer.line(kBody, "return (this == (" + type + ") o);");
  writer.line(kMember, "}");
  writer.blank();
  writer.line(kMember, "public override int GetHashCode() {");
  writer.line(kBody, "try {");
  writer.line(kBody + 1, "return base.GetHashCode()");
  for (const auto& field : shape.fields) {
    writer.line(kBody + 1, "^ " + field.member + ".GetHashCode()");
  }
  writer.line(kBody + 1, ";");
  writer.line(kBody, "} catch {");
  writer.line(kBody + 1, "return base.GetHashCode();");
  writer.line(kBody, "}");
  writer.line(kMember, "}");
  writer.blank();
  writer.line(kMember,
              "public void GetObjectData(SerializationInfo info, StreamingContext context) {");
  writer.line(kBody, "Type objInfo = this.GetType();");
  writer.line(kBody, "FieldInfo[] fields;");
  writer.line(kBody, std::string("fields = objInfo.GetFields(") + kBindingFlags + ");");
  writer.line(kBody, "for (int i = 0; i < fields.Length; i++)");
  writer.line(kBody, "if (fields[i] .FieldType.IsSerializable)");
  writer.line(kBody, "info.AddValue(fields[i] .Name, fields[i] .GetValue(this));");
  writer.line(kMember, "}");
  writer.blank();
  writer.line(kMember, "public " + type + "(SerializationInfo info, StreamingContext context) {");
  for (const auto& line : constructorInit) {
    writer.line(kBody, line);
  }
  writer.line(kBody, "Type objInfo = this.GetType();");
  writer.line(kBody, "FieldInfo fieldInfo = null;");
  for (const auto& field : shape.fields) {
    writer.line(kBody,
                "fieldInfo = objInfo.GetField(\"" + field.storage + "\", " + kBindingFlags + ");");
    writer.line(kBody, "if (fieldInfo == null) {");
    writer.line(kBody + 1,
                "throw new Exception(\"The field named '" + field.storage + "' was not found.\");");
    writer.line(kBody, "}");
    writer.line(kBody, "if (fieldInfo.FieldType.IsSerializable) {");
    writer.line(kBody + 1, field.storage + " = (" + field.type.name +
                               ") info.GetValue(fieldInfo.Name, fieldInfo.FieldType);");
    writer.line(kBody, "}");
  }
  writer.line(kMember, "}");
  writer.blank();
}

namespace {

void writeDuplicate(CodeWriter& writer, const RecordShape& shape) {
  const auto count = std::to_string(shape.fields.size());
  writer.line(kMember, "public " + shape.typeName + " Duplicate() {");
  writer.line(kBody, shape.typeName + " t;");
  for (const auto& field : shape.fields) {
    if (isNested(field)) {
      writer.line(kBody, "t." + field.storage + " = (" + field.type.name + ") this." +
                             field.storage + ".Duplicate();");
    } else {
      writer.line(kBody, "t." + field.storage + " = this." + field.storage + ";");
    }
  }
  if (shape.isEntity) {
    writer.line(kBody, "t.ChangedAttributes = new BitArray(" + count + ");");
    writer.line(kBody, "t.OptimizedAttributes = new BitArray(" + count + ");");
    writer.line(kBody, "for (int i = 0; i < " + count + "; i++) {");
    writer.line(kBody + 1, "t.ChangedAttributes[i] = ChangedAttributes[i];");
    writer.line(kBody + 1, "t.OptimizedAttributes[i] = OptimizedAttributes[i];");
    writer.line(kBody, "}");
  } else {
    writer.line(kBody, "t.OptimizedAttributes = null;");
  }
  writer.line(kBody, "return t;");
  writer.line(kMember, "}");
  writer.blank();
  writer.line(kMember, "IRecord IRecord.Duplicate() {");
  writer.line(kBody, "return Duplicate();");
  writer.line(kMember, "}");
  writer.blank();
}

void writeToXml(CodeWriter& writer, const RecordShape& shape) {
  writer.line(kMember, "public void ToXml(Object parent, System.Xml.XmlElement baseElem, String "
                       "fieldName, int detailLevel) {");
  writer.line(kBody, "System.Xml.XmlElement recordElem = VarValue.AppendChild(baseElem, \"" +
                         shape.xmlElementKind + "\");");
  writer.line(kBody, "if (fieldName != null) {");
  writer.line(kBody + 1, "VarValue.AppendAttribute(recordElem, \"debug.field\", fieldName);");
  if (!shape.isRecordOfMembers) {
    writer.line(kBody + 1, "fieldName = fieldName.ToLowerInvariant();");
  }
  writer.line(kBody, "}");
  writer.line(kBody, "if (detailLevel > 0) {");
  for (const auto& field : shape.fields) {
    const auto nested =
        field.member + ".ToXml(this, recordElem, \"" + field.name + "\", detailLevel - 1);";
    if (shape.isRecordOfMembers) {
      writer.line(kBody + 1, nested);
    } else if (isNested(field)) {
      writer.line(kBody + 1, "if (!VarValue.FieldIsOptimized(parent, fieldName + \"." + field.name +
                                 "\")) " + nested + " else VarValue.AppendOptimizedAttribute(" +
                                 "recordElem, \"" + field.name + "\");");
    } else {
      writer.line(kBody + 1, "if (!VarValue.FieldIsOptimized(parent, fieldName + \"." + field.name +
                                 "\")) VarValue.AppendAttribute(recordElem, \"" + field.name +
                                 "\", " + field.member + ", detailLevel, TypeKind." +
                                 field.type.typeKind +
                                 "); else VarValue.AppendOptimizedAttribute(" + "recordElem, \"" +
                                 field.name + "\");");
    }
  }
  writer.line(kBody, "} else {");
  writer.line(kBody + 1, "VarValue.AppendDeferredEvaluationElement(recordElem);");
  writer.line(kBody, "}");
  writer.line(kMember, "}");
  writer.blank();
}

void writeEvaluateFields(CodeWriter& writer, const RecordShape& shape) {
  writer.line(kMember, "public void EvaluateFields(VarValue variable, Object parent, String "
                       "baseName, String fields) {");
  writer.line(kBody, "String head = VarValue.GetHead(fields);");
  writer.line(kBody, "String tail = VarValue.GetTail(fields);");
  writer.line(kBody, "variable.Found = false;");
  bool first = true;
  for (const auto& field : shape.fields) {
    const auto lower = model::foldCase(field.name);
    writer.line(kBody, std::string(first ? "if" : "} else if") + " (head == \"" + lower + "\") {");
    writer.line(kBody + 1, "if (!VarValue.FieldIsOptimized(parent, baseName + \"." + field.name +
                               "\")) variable.Value = " + field.member +
                               "; else variable.Optimized = true;");
    if (isNested(field)) {
      writer.line(kBody + 1, "variable.SetFieldName(\"" + lower + "\");");
    }
    first = false;
  }
  if (!first) {
    writer.line(kBody, "}");
  }
  writer.line(kBody,
              "if (variable.Found && tail != null) variable.EvaluateFields(this, head, tail);");
  writer.line(kMember, "}");
  writer.blank();
}

/// `if (key == IdA) { <what(A, i)> } else if … else throw`.
template <typename What>
void writeKeyDispatch(CodeWriter& writer, const RecordShape& shape, const std::string& compare,
                      What what) {
  for (std::size_t i = 0; i < shape.fields.size(); ++i) {
    const auto& field = shape.fields[i];
    const auto condition =
        compare == "Equals" ? "key.Equals(Id" + field.name + ")" : "key == Id" + field.name;
    writer.line(kBody, std::string(i == 0 ? "if" : "} else if") + " (" + condition + ") {");
    writer.line(kBody + 1, what(field, i));
  }
  if (shape.fields.empty()) {
    writer.line(kBody, "throw new Exception(\"Invalid key\");");
    return;
  }
  writer.line(kBody, "} else {");
  writer.line(kBody + 1, "throw new Exception(\"Invalid key\");");
  writer.line(kBody, "}");
}

void writeAttributeAccess(CodeWriter& writer, const RecordShape& shape) {
  for (const char* bits : {"Changed", "Optimized"}) {
    writer.line(kMember,
                std::string("public bool ") + bits + "AttributeGet(GlobalObjectKey key) {");
    if (shape.isEntity) {
      writeKeyDispatch(writer, shape, "Equals", [&](const RecordField&, std::size_t i) {
        return std::string("return ") + bits + "Attributes[" + std::to_string(i) + "];";
      });
    } else {
      writer.line(kBody, "throw new Exception(\"Method not Supported\");");
    }
    writer.line(kMember, "}");
    writer.blank();
  }
  writer.line(kMember, "public object AttributeGet(GlobalObjectKey key) {");
  writeKeyDispatch(writer, shape, "==", [](const RecordField& field, std::size_t) {
    return "return " + field.member + ";";
  });
  writer.line(kMember, "}");
}

void writeFillAndDefault(CodeWriter& writer, const RecordShape& shape) {
  const auto count = std::to_string(shape.fields.size());
  writer.line(kMember, "public void FillFromOther(IRecord other) {");
  if (shape.isEntity) {
    writer.line(kBody, "ChangedAttributes = new BitArray(" + count + ");");
    writer.line(kBody, "OptimizedAttributes = new BitArray(" + count + ");");
  }
  writer.line(kBody, "if (other == null) return;");
  for (std::size_t i = 0; i < shape.fields.size(); ++i) {
    const auto& field = shape.fields[i];
    if (field.type.isRecord || shape.isRecordOfMembers) {
      writer.line(kBody, field.member + ".FillFromOther((IRecord) other.AttributeGet(Id" +
                             field.name + "));");
    } else {
      writer.line(kBody, field.member + " = (" + field.type.name + ") other.AttributeGet(Id" +
                             field.name + ");");
    }
    if (shape.isEntity) {
      const auto index = std::to_string(i);
      writer.line(kBody, "ChangedAttributes[" + index + "] = other.ChangedAttributeGet(Id" +
                             field.name + ");");
      writer.line(kBody, "OptimizedAttributes[" + index + "] = other.OptimizedAttributeGet(Id" +
                             field.name + ");");
    }
  }
  writer.line(kMember, "}");
  writer.line(kMember, "public bool IsDefault() {");
  writer.line(kBody, shape.typeName + " defaultStruct = new " + shape.typeName + "(null);");
  for (const auto& field : shape.fields) {
    writer.line(kBody, "if (" +
                           differs("this." + field.member, "defaultStruct." + field.member, field) +
                           ") return false;");
  }
  writer.line(kBody, "return true;");
  writer.line(kMember, "}");
}

} // namespace

void writeRecordMembers(CodeWriter& writer, const RecordShape& shape) {
  for (const char* name : {"RecursiveReset", "InternalRecursiveSave"}) {
    writer.line(kMember, std::string("public void ") + name + "() {");
    for (const auto& field : shape.fields) {
      if (isNested(field)) {
        writer.line(kBody, field.storage + "." + name + "();");
      }
    }
    writer.line(kMember, "}");
    writer.blank();
  }
  writer.blank();
  writeDuplicate(writer, shape);
  writeToXml(writer, shape);
  writeEvaluateFields(writer, shape);
  writeAttributeAccess(writer, shape);
  writeFillAndDefault(writer, shape);
}

} // namespace oxt::codegen
