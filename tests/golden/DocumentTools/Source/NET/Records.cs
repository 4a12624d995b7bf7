using System;
using System.Collections;
using System.Data;
using System.Runtime.Serialization;
using System.Reflection;
using System.Xml;
using OutSystems.ObjectKeys;
using OutSystems.RuntimeCommon;
using OutSystems.HubEdition.RuntimePlatform;
using OutSystems.HubEdition.RuntimePlatform.Db;
using OutSystems.Internal.Db;

namespace OutSystems.NssDocumentTools {

	/// <summary>
	/// Structure <code>RCDocumentRecord</code>
	/// </summary>
	[Serializable()]
	public partial struct RCDocumentRecord: ISerializable, ITypedRecord<RCDocumentRecord> {
		internal static readonly GlobalObjectKey IdDocument = GlobalObjectKey.Parse("2UmDmepsh0WSfJ_D1JexCA*sDnlL+rUVYKg+6MypuTqCw");

		public static void EnsureInitialized() {}
		[System.Xml.Serialization.XmlElement("Document")]
		public STDocumentStructure ssSTDocument;


		public static implicit operator STDocumentStructure(RCDocumentRecord r) {
			return r.ssSTDocument;
		}

		public static implicit operator RCDocumentRecord(STDocumentStructure r) {
			RCDocumentRecord res = new RCDocumentRecord(null);
			res.ssSTDocument = r;
			return res;
		}

		public BitArray OptimizedAttributes;

		public RCDocumentRecord(params string[] dummy) {
			OptimizedAttributes = null;
			ssSTDocument = new STDocumentStructure(null);
		}

		public BitArray[] GetDefaultOptimizedValues() {
			BitArray[] all = new BitArray[1];
			all[0] = null;
			return all;
		}

		public BitArray[] AllOptimizedAttributes {
			set {
				if (value == null) {
				} else {
					ssSTDocument.OptimizedAttributes = value[0];
				}
			}
			get {
				BitArray[] all = new BitArray[1];
				all[0] = null;
				return all;
			}
		}

		/// <summary>
		/// Read a record from database
		/// </summary>
		/// <param name="r"> Data base reader</param>
		/// <param name="index"> index</param>
		public void Read(IDataReader r, ref int index) {
			ssSTDocument.Read(r, ref index);
		}
		/// <summary>
		/// Read from database
		/// </summary>
		/// <param name="r"> Data reader</param>
		public void ReadDB(IDataReader r) {
			int index = 0;
			Read(r, ref index);
		}

		/// <summary>
		/// Read from record
		/// </summary>
		/// <param name="r"> Record</param>
		public void ReadIM(RCDocumentRecord r) {
			this = r;
		}


		public static bool operator == (RCDocumentRecord a, RCDocumentRecord b) {
			if (a.ssSTDocument != b.ssSTDocument) return false;
			return true;
		}

		public static bool operator != (RCDocumentRecord a, RCDocumentRecord b) {
			return !(a==b);
		}

		public override bool Equals(object o) {
			if (o.GetType() != typeof(RCDocumentRecord)) return false;
			return (this == (RCDocumentRecord) o);
		}

		public override int GetHashCode() {
			try {
				return base.GetHashCode()
				^ ssSTDocument.GetHashCode()
				;
			} catch {
				return base.GetHashCode();
			}
		}

		public void GetObjectData(SerializationInfo info, StreamingContext context) {
			Type objInfo = this.GetType();
			FieldInfo[] fields;
			fields = objInfo.GetFields(BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			for (int i = 0; i < fields.Length; i++)
			if (fields[i] .FieldType.IsSerializable)
			info.AddValue(fields[i] .Name, fields[i] .GetValue(this));
		}

		public RCDocumentRecord(SerializationInfo info, StreamingContext context) {
			OptimizedAttributes = null;
			ssSTDocument = new STDocumentStructure(null);
			Type objInfo = this.GetType();
			FieldInfo fieldInfo = null;
			fieldInfo = objInfo.GetField("ssSTDocument", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssSTDocument' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssSTDocument = (STDocumentStructure) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
		}

		public void RecursiveReset() {
			ssSTDocument.RecursiveReset();
		}

		public void InternalRecursiveSave() {
			ssSTDocument.InternalRecursiveSave();
		}


		public RCDocumentRecord Duplicate() {
			RCDocumentRecord t;
			t.ssSTDocument = (STDocumentStructure) this.ssSTDocument.Duplicate();
			t.OptimizedAttributes = null;
			return t;
		}

		IRecord IRecord.Duplicate() {
			return Duplicate();
		}

		public void ToXml(Object parent, System.Xml.XmlElement baseElem, String fieldName, int detailLevel) {
			System.Xml.XmlElement recordElem = VarValue.AppendChild(baseElem, "Record");
			if (fieldName != null) {
				VarValue.AppendAttribute(recordElem, "debug.field", fieldName);
			}
			if (detailLevel > 0) {
				ssSTDocument.ToXml(this, recordElem, "Document", detailLevel - 1);
			} else {
				VarValue.AppendDeferredEvaluationElement(recordElem);
			}
		}

		public void EvaluateFields(VarValue variable, Object parent, String baseName, String fields) {
			String head = VarValue.GetHead(fields);
			String tail = VarValue.GetTail(fields);
			variable.Found = false;
			if (head == "document") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Document")) variable.Value = ssSTDocument; else variable.Optimized = true;
				variable.SetFieldName("document");
			}
			if (variable.Found && tail != null) variable.EvaluateFields(this, head, tail);
		}

		public bool ChangedAttributeGet(GlobalObjectKey key) {
			throw new Exception("Method not Supported");
		}

		public bool OptimizedAttributeGet(GlobalObjectKey key) {
			throw new Exception("Method not Supported");
		}

		public object AttributeGet(GlobalObjectKey key) {
			if (key == IdDocument) {
				return ssSTDocument;
			} else {
				throw new Exception("Invalid key");
			}
		}
		public void FillFromOther(IRecord other) {
			if (other == null) return;
			ssSTDocument.FillFromOther((IRecord) other.AttributeGet(IdDocument));
		}
		public bool IsDefault() {
			RCDocumentRecord defaultStruct = new RCDocumentRecord(null);
			if (this.ssSTDocument != defaultStruct.ssSTDocument) return false;
			return true;
		}
	} // RCDocumentRecord

	/// <summary>
	/// Structure <code>RCDocumentInfoRecord</code>
	/// </summary>
	[Serializable()]
	public partial struct RCDocumentInfoRecord: ISerializable, ITypedRecord<RCDocumentInfoRecord> {
		internal static readonly GlobalObjectKey IdDocumentInfo = GlobalObjectKey.Parse("2UmDmepsh0WSfJ_D1JexCA*gWn1ykDUWjSM0O6freWjMw");

		public static void EnsureInitialized() {}
		[System.Xml.Serialization.XmlElement("DocumentInfo")]
		public STDocumentInfoStructure ssSTDocumentInfo;


		public static implicit operator STDocumentInfoStructure(RCDocumentInfoRecord r) {
			return r.ssSTDocumentInfo;
		}

		public static implicit operator RCDocumentInfoRecord(STDocumentInfoStructure r) {
			RCDocumentInfoRecord res = new RCDocumentInfoRecord(null);
			res.ssSTDocumentInfo = r;
			return res;
		}

		public BitArray OptimizedAttributes;

		public RCDocumentInfoRecord(params string[] dummy) {
			OptimizedAttributes = null;
			ssSTDocumentInfo = new STDocumentInfoStructure(null);
		}

		public BitArray[] GetDefaultOptimizedValues() {
			BitArray[] all = new BitArray[1];
			all[0] = null;
			return all;
		}

		public BitArray[] AllOptimizedAttributes {
			set {
				if (value == null) {
				} else {
					ssSTDocumentInfo.OptimizedAttributes = value[0];
				}
			}
			get {
				BitArray[] all = new BitArray[1];
				all[0] = null;
				return all;
			}
		}

		/// <summary>
		/// Read a record from database
		/// </summary>
		/// <param name="r"> Data base reader</param>
		/// <param name="index"> index</param>
		public void Read(IDataReader r, ref int index) {
			ssSTDocumentInfo.Read(r, ref index);
		}
		/// <summary>
		/// Read from database
		/// </summary>
		/// <param name="r"> Data reader</param>
		public void ReadDB(IDataReader r) {
			int index = 0;
			Read(r, ref index);
		}

		/// <summary>
		/// Read from record
		/// </summary>
		/// <param name="r"> Record</param>
		public void ReadIM(RCDocumentInfoRecord r) {
			this = r;
		}


		public static bool operator == (RCDocumentInfoRecord a, RCDocumentInfoRecord b) {
			if (a.ssSTDocumentInfo != b.ssSTDocumentInfo) return false;
			return true;
		}

		public static bool operator != (RCDocumentInfoRecord a, RCDocumentInfoRecord b) {
			return !(a==b);
		}

		public override bool Equals(object o) {
			if (o.GetType() != typeof(RCDocumentInfoRecord)) return false;
			return (this == (RCDocumentInfoRecord) o);
		}

		public override int GetHashCode() {
			try {
				return base.GetHashCode()
				^ ssSTDocumentInfo.GetHashCode()
				;
			} catch {
				return base.GetHashCode();
			}
		}

		public void GetObjectData(SerializationInfo info, StreamingContext context) {
			Type objInfo = this.GetType();
			FieldInfo[] fields;
			fields = objInfo.GetFields(BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			for (int i = 0; i < fields.Length; i++)
			if (fields[i] .FieldType.IsSerializable)
			info.AddValue(fields[i] .Name, fields[i] .GetValue(this));
		}

		public RCDocumentInfoRecord(SerializationInfo info, StreamingContext context) {
			OptimizedAttributes = null;
			ssSTDocumentInfo = new STDocumentInfoStructure(null);
			Type objInfo = this.GetType();
			FieldInfo fieldInfo = null;
			fieldInfo = objInfo.GetField("ssSTDocumentInfo", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssSTDocumentInfo' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssSTDocumentInfo = (STDocumentInfoStructure) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
		}

		public void RecursiveReset() {
			ssSTDocumentInfo.RecursiveReset();
		}

		public void InternalRecursiveSave() {
			ssSTDocumentInfo.InternalRecursiveSave();
		}


		public RCDocumentInfoRecord Duplicate() {
			RCDocumentInfoRecord t;
			t.ssSTDocumentInfo = (STDocumentInfoStructure) this.ssSTDocumentInfo.Duplicate();
			t.OptimizedAttributes = null;
			return t;
		}

		IRecord IRecord.Duplicate() {
			return Duplicate();
		}

		public void ToXml(Object parent, System.Xml.XmlElement baseElem, String fieldName, int detailLevel) {
			System.Xml.XmlElement recordElem = VarValue.AppendChild(baseElem, "Record");
			if (fieldName != null) {
				VarValue.AppendAttribute(recordElem, "debug.field", fieldName);
			}
			if (detailLevel > 0) {
				ssSTDocumentInfo.ToXml(this, recordElem, "DocumentInfo", detailLevel - 1);
			} else {
				VarValue.AppendDeferredEvaluationElement(recordElem);
			}
		}

		public void EvaluateFields(VarValue variable, Object parent, String baseName, String fields) {
			String head = VarValue.GetHead(fields);
			String tail = VarValue.GetTail(fields);
			variable.Found = false;
			if (head == "documentinfo") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".DocumentInfo")) variable.Value = ssSTDocumentInfo; else variable.Optimized = true;
				variable.SetFieldName("documentinfo");
			}
			if (variable.Found && tail != null) variable.EvaluateFields(this, head, tail);
		}

		public bool ChangedAttributeGet(GlobalObjectKey key) {
			throw new Exception("Method not Supported");
		}

		public bool OptimizedAttributeGet(GlobalObjectKey key) {
			throw new Exception("Method not Supported");
		}

		public object AttributeGet(GlobalObjectKey key) {
			if (key == IdDocumentInfo) {
				return ssSTDocumentInfo;
			} else {
				throw new Exception("Invalid key");
			}
		}
		public void FillFromOther(IRecord other) {
			if (other == null) return;
			ssSTDocumentInfo.FillFromOther((IRecord) other.AttributeGet(IdDocumentInfo));
		}
		public bool IsDefault() {
			RCDocumentInfoRecord defaultStruct = new RCDocumentInfoRecord(null);
			if (this.ssSTDocumentInfo != defaultStruct.ssSTDocumentInfo) return false;
			return true;
		}
	} // RCDocumentInfoRecord

	/// <summary>
	/// Structure <code>RCPageRangeRecord</code>
	/// </summary>
	[Serializable()]
	public partial struct RCPageRangeRecord: ISerializable, ITypedRecord<RCPageRangeRecord> {
		internal static readonly GlobalObjectKey IdPageRange = GlobalObjectKey.Parse("2UmDmepsh0WSfJ_D1JexCA*9TN9IuMsVbGDIGHpdSYyZQ");

		public static void EnsureInitialized() {}
		[System.Xml.Serialization.XmlElement("PageRange")]
		public STPageRangeStructure ssSTPageRange;


		public static implicit operator STPageRangeStructure(RCPageRangeRecord r) {
			return r.ssSTPageRange;
		}

		public static implicit operator RCPageRangeRecord(STPageRangeStructure r) {
			RCPageRangeRecord res = new RCPageRangeRecord(null);
			res.ssSTPageRange = r;
			return res;
		}

		public BitArray OptimizedAttributes;

		public RCPageRangeRecord(params string[] dummy) {
			OptimizedAttributes = null;
			ssSTPageRange = new STPageRangeStructure(null);
		}

		public BitArray[] GetDefaultOptimizedValues() {
			BitArray[] all = new BitArray[1];
			all[0] = null;
			return all;
		}

		public BitArray[] AllOptimizedAttributes {
			set {
				if (value == null) {
				} else {
					ssSTPageRange.OptimizedAttributes = value[0];
				}
			}
			get {
				BitArray[] all = new BitArray[1];
				all[0] = null;
				return all;
			}
		}

		/// <summary>
		/// Read a record from database
		/// </summary>
		/// <param name="r"> Data base reader</param>
		/// <param name="index"> index</param>
		public void Read(IDataReader r, ref int index) {
			ssSTPageRange.Read(r, ref index);
		}
		/// <summary>
		/// Read from database
		/// </summary>
		/// <param name="r"> Data reader</param>
		public void ReadDB(IDataReader r) {
			int index = 0;
			Read(r, ref index);
		}

		/// <summary>
		/// Read from record
		/// </summary>
		/// <param name="r"> Record</param>
		public void ReadIM(RCPageRangeRecord r) {
			this = r;
		}


		public static bool operator == (RCPageRangeRecord a, RCPageRangeRecord b) {
			if (a.ssSTPageRange != b.ssSTPageRange) return false;
			return true;
		}

		public static bool operator != (RCPageRangeRecord a, RCPageRangeRecord b) {
			return !(a==b);
		}

		public override bool Equals(object o) {
			if (o.GetType() != typeof(RCPageRangeRecord)) return false;
			return (this == (RCPageRangeRecord) o);
		}

		public override int GetHashCode() {
			try {
				return base.GetHashCode()
				^ ssSTPageRange.GetHashCode()
				;
			} catch {
				return base.GetHashCode();
			}
		}

		public void GetObjectData(SerializationInfo info, StreamingContext context) {
			Type objInfo = this.GetType();
			FieldInfo[] fields;
			fields = objInfo.GetFields(BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			for (int i = 0; i < fields.Length; i++)
			if (fields[i] .FieldType.IsSerializable)
			info.AddValue(fields[i] .Name, fields[i] .GetValue(this));
		}

		public RCPageRangeRecord(SerializationInfo info, StreamingContext context) {
			OptimizedAttributes = null;
			ssSTPageRange = new STPageRangeStructure(null);
			Type objInfo = this.GetType();
			FieldInfo fieldInfo = null;
			fieldInfo = objInfo.GetField("ssSTPageRange", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssSTPageRange' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssSTPageRange = (STPageRangeStructure) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
		}

		public void RecursiveReset() {
			ssSTPageRange.RecursiveReset();
		}

		public void InternalRecursiveSave() {
			ssSTPageRange.InternalRecursiveSave();
		}


		public RCPageRangeRecord Duplicate() {
			RCPageRangeRecord t;
			t.ssSTPageRange = (STPageRangeStructure) this.ssSTPageRange.Duplicate();
			t.OptimizedAttributes = null;
			return t;
		}

		IRecord IRecord.Duplicate() {
			return Duplicate();
		}

		public void ToXml(Object parent, System.Xml.XmlElement baseElem, String fieldName, int detailLevel) {
			System.Xml.XmlElement recordElem = VarValue.AppendChild(baseElem, "Record");
			if (fieldName != null) {
				VarValue.AppendAttribute(recordElem, "debug.field", fieldName);
			}
			if (detailLevel > 0) {
				ssSTPageRange.ToXml(this, recordElem, "PageRange", detailLevel - 1);
			} else {
				VarValue.AppendDeferredEvaluationElement(recordElem);
			}
		}

		public void EvaluateFields(VarValue variable, Object parent, String baseName, String fields) {
			String head = VarValue.GetHead(fields);
			String tail = VarValue.GetTail(fields);
			variable.Found = false;
			if (head == "pagerange") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".PageRange")) variable.Value = ssSTPageRange; else variable.Optimized = true;
				variable.SetFieldName("pagerange");
			}
			if (variable.Found && tail != null) variable.EvaluateFields(this, head, tail);
		}

		public bool ChangedAttributeGet(GlobalObjectKey key) {
			throw new Exception("Method not Supported");
		}

		public bool OptimizedAttributeGet(GlobalObjectKey key) {
			throw new Exception("Method not Supported");
		}

		public object AttributeGet(GlobalObjectKey key) {
			if (key == IdPageRange) {
				return ssSTPageRange;
			} else {
				throw new Exception("Invalid key");
			}
		}
		public void FillFromOther(IRecord other) {
			if (other == null) return;
			ssSTPageRange.FillFromOther((IRecord) other.AttributeGet(IdPageRange));
		}
		public bool IsDefault() {
			RCPageRangeRecord defaultStruct = new RCPageRangeRecord(null);
			if (this.ssSTPageRange != defaultStruct.ssSTPageRange) return false;
			return true;
		}
	} // RCPageRangeRecord

	/// <summary>
	/// Structure <code>RCWatermarkRecord</code>
	/// </summary>
	[Serializable()]
	public partial struct RCWatermarkRecord: ISerializable, ITypedRecord<RCWatermarkRecord> {
		internal static readonly GlobalObjectKey IdWatermark = GlobalObjectKey.Parse("2UmDmepsh0WSfJ_D1JexCA*wwEqMI9QUm29XwhaBXrY7g");

		public static void EnsureInitialized() {}
		[System.Xml.Serialization.XmlElement("Watermark")]
		public STWatermarkStructure ssSTWatermark;


		public static implicit operator STWatermarkStructure(RCWatermarkRecord r) {
			return r.ssSTWatermark;
		}

		public static implicit operator RCWatermarkRecord(STWatermarkStructure r) {
			RCWatermarkRecord res = new RCWatermarkRecord(null);
			res.ssSTWatermark = r;
			return res;
		}

		public BitArray OptimizedAttributes;

		public RCWatermarkRecord(params string[] dummy) {
			OptimizedAttributes = null;
			ssSTWatermark = new STWatermarkStructure(null);
		}

		public BitArray[] GetDefaultOptimizedValues() {
			BitArray[] all = new BitArray[1];
			all[0] = null;
			return all;
		}

		public BitArray[] AllOptimizedAttributes {
			set {
				if (value == null) {
				} else {
					ssSTWatermark.OptimizedAttributes = value[0];
				}
			}
			get {
				BitArray[] all = new BitArray[1];
				all[0] = null;
				return all;
			}
		}

		/// <summary>
		/// Read a record from database
		/// </summary>
		/// <param name="r"> Data base reader</param>
		/// <param name="index"> index</param>
		public void Read(IDataReader r, ref int index) {
			ssSTWatermark.Read(r, ref index);
		}
		/// <summary>
		/// Read from database
		/// </summary>
		/// <param name="r"> Data reader</param>
		public void ReadDB(IDataReader r) {
			int index = 0;
			Read(r, ref index);
		}

		/// <summary>
		/// Read from record
		/// </summary>
		/// <param name="r"> Record</param>
		public void ReadIM(RCWatermarkRecord r) {
			this = r;
		}


		public static bool operator == (RCWatermarkRecord a, RCWatermarkRecord b) {
			if (a.ssSTWatermark != b.ssSTWatermark) return false;
			return true;
		}

		public static bool operator != (RCWatermarkRecord a, RCWatermarkRecord b) {
			return !(a==b);
		}

		public override bool Equals(object o) {
			if (o.GetType() != typeof(RCWatermarkRecord)) return false;
			return (this == (RCWatermarkRecord) o);
		}

		public override int GetHashCode() {
			try {
				return base.GetHashCode()
				^ ssSTWatermark.GetHashCode()
				;
			} catch {
				return base.GetHashCode();
			}
		}

		public void GetObjectData(SerializationInfo info, StreamingContext context) {
			Type objInfo = this.GetType();
			FieldInfo[] fields;
			fields = objInfo.GetFields(BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			for (int i = 0; i < fields.Length; i++)
			if (fields[i] .FieldType.IsSerializable)
			info.AddValue(fields[i] .Name, fields[i] .GetValue(this));
		}

		public RCWatermarkRecord(SerializationInfo info, StreamingContext context) {
			OptimizedAttributes = null;
			ssSTWatermark = new STWatermarkStructure(null);
			Type objInfo = this.GetType();
			FieldInfo fieldInfo = null;
			fieldInfo = objInfo.GetField("ssSTWatermark", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssSTWatermark' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssSTWatermark = (STWatermarkStructure) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
		}

		public void RecursiveReset() {
			ssSTWatermark.RecursiveReset();
		}

		public void InternalRecursiveSave() {
			ssSTWatermark.InternalRecursiveSave();
		}


		public RCWatermarkRecord Duplicate() {
			RCWatermarkRecord t;
			t.ssSTWatermark = (STWatermarkStructure) this.ssSTWatermark.Duplicate();
			t.OptimizedAttributes = null;
			return t;
		}

		IRecord IRecord.Duplicate() {
			return Duplicate();
		}

		public void ToXml(Object parent, System.Xml.XmlElement baseElem, String fieldName, int detailLevel) {
			System.Xml.XmlElement recordElem = VarValue.AppendChild(baseElem, "Record");
			if (fieldName != null) {
				VarValue.AppendAttribute(recordElem, "debug.field", fieldName);
			}
			if (detailLevel > 0) {
				ssSTWatermark.ToXml(this, recordElem, "Watermark", detailLevel - 1);
			} else {
				VarValue.AppendDeferredEvaluationElement(recordElem);
			}
		}

		public void EvaluateFields(VarValue variable, Object parent, String baseName, String fields) {
			String head = VarValue.GetHead(fields);
			String tail = VarValue.GetTail(fields);
			variable.Found = false;
			if (head == "watermark") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Watermark")) variable.Value = ssSTWatermark; else variable.Optimized = true;
				variable.SetFieldName("watermark");
			}
			if (variable.Found && tail != null) variable.EvaluateFields(this, head, tail);
		}

		public bool ChangedAttributeGet(GlobalObjectKey key) {
			throw new Exception("Method not Supported");
		}

		public bool OptimizedAttributeGet(GlobalObjectKey key) {
			throw new Exception("Method not Supported");
		}

		public object AttributeGet(GlobalObjectKey key) {
			if (key == IdWatermark) {
				return ssSTWatermark;
			} else {
				throw new Exception("Invalid key");
			}
		}
		public void FillFromOther(IRecord other) {
			if (other == null) return;
			ssSTWatermark.FillFromOther((IRecord) other.AttributeGet(IdWatermark));
		}
		public bool IsDefault() {
			RCWatermarkRecord defaultStruct = new RCWatermarkRecord(null);
			if (this.ssSTWatermark != defaultStruct.ssSTWatermark) return false;
			return true;
		}
	} // RCWatermarkRecord

	/// <summary>
	/// Structure <code>RCDocumentPageRangeRecord</code>
	/// </summary>
	[Serializable()]
	public partial struct RCDocumentPageRangeRecord: ISerializable, ITypedRecord<RCDocumentPageRangeRecord> {
		internal static readonly GlobalObjectKey IdDocument = GlobalObjectKey.Parse("2UmDmepsh0WSfJ_D1JexCA*Pvi8ppfHUzCG3C5oGwoHhw");
		internal static readonly GlobalObjectKey IdPageRange = GlobalObjectKey.Parse("2UmDmepsh0WSfJ_D1JexCA*+TmuQoT8U4yWM085gZbDjw");

		public static void EnsureInitialized() {}
		[System.Xml.Serialization.XmlElement("Document")]
		public STDocumentStructure ssSTDocument;

		[System.Xml.Serialization.XmlElement("PageRange")]
		public STPageRangeStructure ssSTPageRange;


		public BitArray OptimizedAttributes;

		public RCDocumentPageRangeRecord(params string[] dummy) {
			OptimizedAttributes = null;
			ssSTDocument = new STDocumentStructure(null);
			ssSTPageRange = new STPageRangeStructure(null);
		}

		public BitArray[] GetDefaultOptimizedValues() {
			BitArray[] all = new BitArray[2];
			all[0] = null;
			all[1] = null;
			return all;
		}

		public BitArray[] AllOptimizedAttributes {
			set {
				if (value == null) {
				} else {
					ssSTDocument.OptimizedAttributes = value[0];
					ssSTPageRange.OptimizedAttributes = value[1];
				}
			}
			get {
				BitArray[] all = new BitArray[2];
				all[0] = null;
				all[1] = null;
				return all;
			}
		}

		/// <summary>
		/// Read a record from database
		/// </summary>
		/// <param name="r"> Data base reader</param>
		/// <param name="index"> index</param>
		public void Read(IDataReader r, ref int index) {
			ssSTDocument.Read(r, ref index);
			ssSTPageRange.Read(r, ref index);
		}
		/// <summary>
		/// Read from database
		/// </summary>
		/// <param name="r"> Data reader</param>
		public void ReadDB(IDataReader r) {
			int index = 0;
			Read(r, ref index);
		}

		/// <summary>
		/// Read from record
		/// </summary>
		/// <param name="r"> Record</param>
		public void ReadIM(RCDocumentPageRangeRecord r) {
			this = r;
		}


		public static bool operator == (RCDocumentPageRangeRecord a, RCDocumentPageRangeRecord b) {
			if (a.ssSTDocument != b.ssSTDocument) return false;
			if (a.ssSTPageRange != b.ssSTPageRange) return false;
			return true;
		}

		public static bool operator != (RCDocumentPageRangeRecord a, RCDocumentPageRangeRecord b) {
			return !(a==b);
		}

		public override bool Equals(object o) {
			if (o.GetType() != typeof(RCDocumentPageRangeRecord)) return false;
			return (this == (RCDocumentPageRangeRecord) o);
		}

		public override int GetHashCode() {
			try {
				return base.GetHashCode()
				^ ssSTDocument.GetHashCode()
				^ ssSTPageRange.GetHashCode()
				;
			} catch {
				return base.GetHashCode();
			}
		}

		public void GetObjectData(SerializationInfo info, StreamingContext context) {
			Type objInfo = this.GetType();
			FieldInfo[] fields;
			fields = objInfo.GetFields(BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			for (int i = 0; i < fields.Length; i++)
			if (fields[i] .FieldType.IsSerializable)
			info.AddValue(fields[i] .Name, fields[i] .GetValue(this));
		}

		public RCDocumentPageRangeRecord(SerializationInfo info, StreamingContext context) {
			OptimizedAttributes = null;
			ssSTDocument = new STDocumentStructure(null);
			ssSTPageRange = new STPageRangeStructure(null);
			Type objInfo = this.GetType();
			FieldInfo fieldInfo = null;
			fieldInfo = objInfo.GetField("ssSTDocument", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssSTDocument' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssSTDocument = (STDocumentStructure) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("ssSTPageRange", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssSTPageRange' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssSTPageRange = (STPageRangeStructure) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
		}

		public void RecursiveReset() {
			ssSTDocument.RecursiveReset();
			ssSTPageRange.RecursiveReset();
		}

		public void InternalRecursiveSave() {
			ssSTDocument.InternalRecursiveSave();
			ssSTPageRange.InternalRecursiveSave();
		}


		public RCDocumentPageRangeRecord Duplicate() {
			RCDocumentPageRangeRecord t;
			t.ssSTDocument = (STDocumentStructure) this.ssSTDocument.Duplicate();
			t.ssSTPageRange = (STPageRangeStructure) this.ssSTPageRange.Duplicate();
			t.OptimizedAttributes = null;
			return t;
		}

		IRecord IRecord.Duplicate() {
			return Duplicate();
		}

		public void ToXml(Object parent, System.Xml.XmlElement baseElem, String fieldName, int detailLevel) {
			System.Xml.XmlElement recordElem = VarValue.AppendChild(baseElem, "Record");
			if (fieldName != null) {
				VarValue.AppendAttribute(recordElem, "debug.field", fieldName);
			}
			if (detailLevel > 0) {
				ssSTDocument.ToXml(this, recordElem, "Document", detailLevel - 1);
				ssSTPageRange.ToXml(this, recordElem, "PageRange", detailLevel - 1);
			} else {
				VarValue.AppendDeferredEvaluationElement(recordElem);
			}
		}

		public void EvaluateFields(VarValue variable, Object parent, String baseName, String fields) {
			String head = VarValue.GetHead(fields);
			String tail = VarValue.GetTail(fields);
			variable.Found = false;
			if (head == "document") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Document")) variable.Value = ssSTDocument; else variable.Optimized = true;
				variable.SetFieldName("document");
			} else if (head == "pagerange") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".PageRange")) variable.Value = ssSTPageRange; else variable.Optimized = true;
				variable.SetFieldName("pagerange");
			}
			if (variable.Found && tail != null) variable.EvaluateFields(this, head, tail);
		}

		public bool ChangedAttributeGet(GlobalObjectKey key) {
			throw new Exception("Method not Supported");
		}

		public bool OptimizedAttributeGet(GlobalObjectKey key) {
			throw new Exception("Method not Supported");
		}

		public object AttributeGet(GlobalObjectKey key) {
			if (key == IdDocument) {
				return ssSTDocument;
			} else if (key == IdPageRange) {
				return ssSTPageRange;
			} else {
				throw new Exception("Invalid key");
			}
		}
		public void FillFromOther(IRecord other) {
			if (other == null) return;
			ssSTDocument.FillFromOther((IRecord) other.AttributeGet(IdDocument));
			ssSTPageRange.FillFromOther((IRecord) other.AttributeGet(IdPageRange));
		}
		public bool IsDefault() {
			RCDocumentPageRangeRecord defaultStruct = new RCDocumentPageRangeRecord(null);
			if (this.ssSTDocument != defaultStruct.ssSTDocument) return false;
			if (this.ssSTPageRange != defaultStruct.ssSTPageRange) return false;
			return true;
		}
	} // RCDocumentPageRangeRecord

	/// <summary>
	/// Structure <code>RCDocumentDocumentInfoRecord</code>
	/// </summary>
	[Serializable()]
	public partial struct RCDocumentDocumentInfoRecord: ISerializable, ITypedRecord<RCDocumentDocumentInfoRecord> {
		internal static readonly GlobalObjectKey IdDocument = GlobalObjectKey.Parse("2UmDmepsh0WSfJ_D1JexCA*VzM6+bSpXzGPjtyRpiCszw");
		internal static readonly GlobalObjectKey IdDocumentInfo = GlobalObjectKey.Parse("2UmDmepsh0WSfJ_D1JexCA*lUQ69336WB6ZwPrO9gFiqQ");

		public static void EnsureInitialized() {}
		[System.Xml.Serialization.XmlElement("Document")]
		public STDocumentStructure ssSTDocument;

		[System.Xml.Serialization.XmlElement("DocumentInfo")]
		public STDocumentInfoStructure ssSTDocumentInfo;


		public BitArray OptimizedAttributes;

		public RCDocumentDocumentInfoRecord(params string[] dummy) {
			OptimizedAttributes = null;
			ssSTDocument = new STDocumentStructure(null);
			ssSTDocumentInfo = new STDocumentInfoStructure(null);
		}

		public BitArray[] GetDefaultOptimizedValues() {
			BitArray[] all = new BitArray[2];
			all[0] = null;
			all[1] = null;
			return all;
		}

		public BitArray[] AllOptimizedAttributes {
			set {
				if (value == null) {
				} else {
					ssSTDocument.OptimizedAttributes = value[0];
					ssSTDocumentInfo.OptimizedAttributes = value[1];
				}
			}
			get {
				BitArray[] all = new BitArray[2];
				all[0] = null;
				all[1] = null;
				return all;
			}
		}

		/// <summary>
		/// Read a record from database
		/// </summary>
		/// <param name="r"> Data base reader</param>
		/// <param name="index"> index</param>
		public void Read(IDataReader r, ref int index) {
			ssSTDocument.Read(r, ref index);
			ssSTDocumentInfo.Read(r, ref index);
		}
		/// <summary>
		/// Read from database
		/// </summary>
		/// <param name="r"> Data reader</param>
		public void ReadDB(IDataReader r) {
			int index = 0;
			Read(r, ref index);
		}

		/// <summary>
		/// Read from record
		/// </summary>
		/// <param name="r"> Record</param>
		public void ReadIM(RCDocumentDocumentInfoRecord r) {
			this = r;
		}


		public static bool operator == (RCDocumentDocumentInfoRecord a, RCDocumentDocumentInfoRecord b) {
			if (a.ssSTDocument != b.ssSTDocument) return false;
			if (a.ssSTDocumentInfo != b.ssSTDocumentInfo) return false;
			return true;
		}

		public static bool operator != (RCDocumentDocumentInfoRecord a, RCDocumentDocumentInfoRecord b) {
			return !(a==b);
		}

		public override bool Equals(object o) {
			if (o.GetType() != typeof(RCDocumentDocumentInfoRecord)) return false;
			return (this == (RCDocumentDocumentInfoRecord) o);
		}

		public override int GetHashCode() {
			try {
				return base.GetHashCode()
				^ ssSTDocument.GetHashCode()
				^ ssSTDocumentInfo.GetHashCode()
				;
			} catch {
				return base.GetHashCode();
			}
		}

		public void GetObjectData(SerializationInfo info, StreamingContext context) {
			Type objInfo = this.GetType();
			FieldInfo[] fields;
			fields = objInfo.GetFields(BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			for (int i = 0; i < fields.Length; i++)
			if (fields[i] .FieldType.IsSerializable)
			info.AddValue(fields[i] .Name, fields[i] .GetValue(this));
		}

		public RCDocumentDocumentInfoRecord(SerializationInfo info, StreamingContext context) {
			OptimizedAttributes = null;
			ssSTDocument = new STDocumentStructure(null);
			ssSTDocumentInfo = new STDocumentInfoStructure(null);
			Type objInfo = this.GetType();
			FieldInfo fieldInfo = null;
			fieldInfo = objInfo.GetField("ssSTDocument", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssSTDocument' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssSTDocument = (STDocumentStructure) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("ssSTDocumentInfo", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssSTDocumentInfo' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssSTDocumentInfo = (STDocumentInfoStructure) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
		}

		public void RecursiveReset() {
			ssSTDocument.RecursiveReset();
			ssSTDocumentInfo.RecursiveReset();
		}

		public void InternalRecursiveSave() {
			ssSTDocument.InternalRecursiveSave();
			ssSTDocumentInfo.InternalRecursiveSave();
		}


		public RCDocumentDocumentInfoRecord Duplicate() {
			RCDocumentDocumentInfoRecord t;
			t.ssSTDocument = (STDocumentStructure) this.ssSTDocument.Duplicate();
			t.ssSTDocumentInfo = (STDocumentInfoStructure) this.ssSTDocumentInfo.Duplicate();
			t.OptimizedAttributes = null;
			return t;
		}

		IRecord IRecord.Duplicate() {
			return Duplicate();
		}

		public void ToXml(Object parent, System.Xml.XmlElement baseElem, String fieldName, int detailLevel) {
			System.Xml.XmlElement recordElem = VarValue.AppendChild(baseElem, "Record");
			if (fieldName != null) {
				VarValue.AppendAttribute(recordElem, "debug.field", fieldName);
			}
			if (detailLevel > 0) {
				ssSTDocument.ToXml(this, recordElem, "Document", detailLevel - 1);
				ssSTDocumentInfo.ToXml(this, recordElem, "DocumentInfo", detailLevel - 1);
			} else {
				VarValue.AppendDeferredEvaluationElement(recordElem);
			}
		}

		public void EvaluateFields(VarValue variable, Object parent, String baseName, String fields) {
			String head = VarValue.GetHead(fields);
			String tail = VarValue.GetTail(fields);
			variable.Found = false;
			if (head == "document") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Document")) variable.Value = ssSTDocument; else variable.Optimized = true;
				variable.SetFieldName("document");
			} else if (head == "documentinfo") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".DocumentInfo")) variable.Value = ssSTDocumentInfo; else variable.Optimized = true;
				variable.SetFieldName("documentinfo");
			}
			if (variable.Found && tail != null) variable.EvaluateFields(this, head, tail);
		}

		public bool ChangedAttributeGet(GlobalObjectKey key) {
			throw new Exception("Method not Supported");
		}

		public bool OptimizedAttributeGet(GlobalObjectKey key) {
			throw new Exception("Method not Supported");
		}

		public object AttributeGet(GlobalObjectKey key) {
			if (key == IdDocument) {
				return ssSTDocument;
			} else if (key == IdDocumentInfo) {
				return ssSTDocumentInfo;
			} else {
				throw new Exception("Invalid key");
			}
		}
		public void FillFromOther(IRecord other) {
			if (other == null) return;
			ssSTDocument.FillFromOther((IRecord) other.AttributeGet(IdDocument));
			ssSTDocumentInfo.FillFromOther((IRecord) other.AttributeGet(IdDocumentInfo));
		}
		public bool IsDefault() {
			RCDocumentDocumentInfoRecord defaultStruct = new RCDocumentDocumentInfoRecord(null);
			if (this.ssSTDocument != defaultStruct.ssSTDocument) return false;
			if (this.ssSTDocumentInfo != defaultStruct.ssSTDocumentInfo) return false;
			return true;
		}
	} // RCDocumentDocumentInfoRecord

}
