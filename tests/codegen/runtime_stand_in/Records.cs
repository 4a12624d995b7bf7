// Stand-in of the OutSystems runtime API (see ObjectKeys.cs for what and why).
// This file: the contract of records (structures, entity records, RC records), the
// debugger's view of them (VarValue, TypeKind) and the entity metadata attributes.
using System;
using System.Data;
using System.Xml;
using OutSystems.ObjectKeys;

namespace OutSystems.HubEdition.RuntimePlatform {

	/// <summary>
	/// A record. The members are those every generated record implements, so the
	/// compiler also checks each generated record against them.
	/// </summary>
	public interface IRecord {
		IRecord Duplicate();
		object AttributeGet(GlobalObjectKey key);
		bool ChangedAttributeGet(GlobalObjectKey key);
		bool OptimizedAttributeGet(GlobalObjectKey key);
		void FillFromOther(IRecord other);
		bool IsDefault();
		void RecursiveReset();
		void InternalRecursiveSave();
		void Read(IDataReader r, ref int index);
		void ReadDB(IDataReader r);
		void ToXml(object parent, XmlElement baseElem, string fieldName, int detailLevel);
		void EvaluateFields(VarValue variable, object parent, string baseName, string fields);
	}

	public interface ITypedRecord<T>: IRecord {
		void ReadIM(T r);
	}

	/// <summary>A structure or entity record (not an RC record).</summary>
	public interface ISimpleRecord {}

	/// <summary>The kind of a value shown in the debugger.</summary>
	public enum TypeKind {
		Text, Integer, LongInteger, Decimal, Currency, Boolean, DateTime, Date, Time,
		PhoneNumber, Email, BinaryData, Object, EntityReference
	}

	/// <summary>A variable as the debugger evaluates it.</summary>
	public class VarValue {
		public bool Found;
		public bool Optimized;
		public object Value;

		public void SetFieldName(string name) { throw new NotImplementedException(); }
		public void EvaluateFields(object parent, string head, string tail) { throw new NotImplementedException(); }

		public static XmlElement AppendChild(XmlElement parent, string name) { throw new NotImplementedException(); }
		public static void AppendAttribute(XmlElement element, string name, string value) { throw new NotImplementedException(); }
		public static void AppendAttribute(XmlElement element, string name, object value, int detailLevel, TypeKind kind) { throw new NotImplementedException(); }
		public static void AppendOptimizedAttribute(XmlElement element, string name) { throw new NotImplementedException(); }
		public static void AppendDeferredEvaluationElement(XmlElement element) { throw new NotImplementedException(); }
		public static bool FieldIsOptimized(object parent, string name) { throw new NotImplementedException(); }
		public static string GetHead(string fields) { throw new NotImplementedException(); }
		public static string GetTail(string fields) { throw new NotImplementedException(); }
	}

	public static class RuntimePlatformUtils {
		public static bool CompareByteArrays(byte[] a, byte[] b) { throw new NotImplementedException(); }
	}
}

namespace OutSystems.HubEdition.RuntimePlatform.MetaInformation {

	[AttributeUsage(AttributeTargets.Struct)]
	public sealed class EntityRecordDetailsAttribute: Attribute {
		public EntityRecordDetailsAttribute(string name, string key, string ownerKey, int flags, string physicalTableName, string viewName) {}
	}

	[AttributeUsage(AttributeTargets.Field)]
	public sealed class EntityAttributeDetailsAttribute: Attribute {
		public EntityAttributeDetailsAttribute(string columnName, int length, bool flag1, bool flag2, bool flag3, bool flag4) {}
	}
}
