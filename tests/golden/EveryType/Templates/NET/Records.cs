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

namespace OutSystems.NssEveryType {

	/// <summary>
	/// Structure <code>RCCustomerRecord</code>
	/// </summary>
	[Serializable()]
	public partial struct RCCustomerRecord: ISerializable, ITypedRecord<RCCustomerRecord> {
		internal static readonly GlobalObjectKey IdCustomer = GlobalObjectKey.Parse("2UmDmepsh0WSfJ_D1JexCA*B1Dg3ElVXla4Cl5JWO01qg");

		public static void EnsureInitialized() {}
		[System.Xml.Serialization.XmlElement("Customer")]
		public ENCustomerEntityRecord ssENCustomer;


		public static implicit operator ENCustomerEntityRecord(RCCustomerRecord r) {
			return r.ssENCustomer;
		}

		public static implicit operator RCCustomerRecord(ENCustomerEntityRecord r) {
			RCCustomerRecord res = new RCCustomerRecord(null);
			res.ssENCustomer = r;
			return res;
		}

		public BitArray ChangedAttributes {
			set {
				ssENCustomer.ChangedAttributes = value;
			}
			get {
				return ssENCustomer.ChangedAttributes;
			}
		}
		public BitArray OptimizedAttributes;

		public RCCustomerRecord(params string[] dummy) {
			OptimizedAttributes = null;
			ssENCustomer = new ENCustomerEntityRecord(null);
		}

		public BitArray[] GetDefaultOptimizedValues() {
			BitArray[] all = new BitArray[1];
			all[0] = new BitArray(5, false);
			return all;
		}

		public BitArray[] AllOptimizedAttributes {
			set {
				if (value == null) {
					ssENCustomer.OptimizedAttributes = GetDefaultOptimizedValues()[0];
				} else {
					ssENCustomer.OptimizedAttributes = value[0];
				}
			}
			get {
				BitArray[] all = new BitArray[1];
				all[0] = ssENCustomer.OptimizedAttributes;
				return all;
			}
		}

		/// <summary>
		/// Read a record from database
		/// </summary>
		/// <param name="r"> Data base reader</param>
		/// <param name="index"> index</param>
		public void Read(IDataReader r, ref int index) {
			ssENCustomer.Read(r, ref index);
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
		public void ReadIM(RCCustomerRecord r) {
			this = r;
		}


		public static bool operator == (RCCustomerRecord a, RCCustomerRecord b) {
			if (a.ssENCustomer != b.ssENCustomer) return false;
			return true;
		}

		public static bool operator != (RCCustomerRecord a, RCCustomerRecord b) {
			return !(a==b);
		}

		public override bool Equals(object o) {
			if (o.GetType() != typeof(RCCustomerRecord)) return false;
			return (this == (RCCustomerRecord) o);
		}

		public override int GetHashCode() {
			try {
				return base.GetHashCode()
				^ ssENCustomer.GetHashCode()
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

		public RCCustomerRecord(SerializationInfo info, StreamingContext context) {
			OptimizedAttributes = null;
			ssENCustomer = new ENCustomerEntityRecord(null);
			Type objInfo = this.GetType();
			FieldInfo fieldInfo = null;
			fieldInfo = objInfo.GetField("ssENCustomer", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssENCustomer' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssENCustomer = (ENCustomerEntityRecord) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
		}

		public void RecursiveReset() {
			ssENCustomer.RecursiveReset();
		}

		public void InternalRecursiveSave() {
			ssENCustomer.InternalRecursiveSave();
		}


		public RCCustomerRecord Duplicate() {
			RCCustomerRecord t;
			t.ssENCustomer = (ENCustomerEntityRecord) this.ssENCustomer.Duplicate();
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
				ssENCustomer.ToXml(this, recordElem, "Customer", detailLevel - 1);
			} else {
				VarValue.AppendDeferredEvaluationElement(recordElem);
			}
		}

		public void EvaluateFields(VarValue variable, Object parent, String baseName, String fields) {
			String head = VarValue.GetHead(fields);
			String tail = VarValue.GetTail(fields);
			variable.Found = false;
			if (head == "customer") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Customer")) variable.Value = ssENCustomer; else variable.Optimized = true;
				variable.SetFieldName("customer");
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
			if (key == IdCustomer) {
				return ssENCustomer;
			} else {
				throw new Exception("Invalid key");
			}
		}
		public void FillFromOther(IRecord other) {
			if (other == null) return;
			ssENCustomer.FillFromOther((IRecord) other.AttributeGet(IdCustomer));
		}
		public bool IsDefault() {
			RCCustomerRecord defaultStruct = new RCCustomerRecord(null);
			if (this.ssENCustomer != defaultStruct.ssENCustomer) return false;
			return true;
		}
	} // RCCustomerRecord

	/// <summary>
	/// Structure <code>RCCountryRecord</code>
	/// </summary>
	[Serializable()]
	public partial struct RCCountryRecord: ISerializable, ITypedRecord<RCCountryRecord> {
		internal static readonly GlobalObjectKey IdCountry = GlobalObjectKey.Parse("2UmDmepsh0WSfJ_D1JexCA*itEOATLIWPavM5yf2z3zNg");

		public static void EnsureInitialized() {}
		[System.Xml.Serialization.XmlElement("Country")]
		public ENCountryEntityRecord ssENCountry;


		public static implicit operator ENCountryEntityRecord(RCCountryRecord r) {
			return r.ssENCountry;
		}

		public static implicit operator RCCountryRecord(ENCountryEntityRecord r) {
			RCCountryRecord res = new RCCountryRecord(null);
			res.ssENCountry = r;
			return res;
		}

		public BitArray ChangedAttributes {
			set {
				ssENCountry.ChangedAttributes = value;
			}
			get {
				return ssENCountry.ChangedAttributes;
			}
		}
		public BitArray OptimizedAttributes;

		public RCCountryRecord(params string[] dummy) {
			OptimizedAttributes = null;
			ssENCountry = new ENCountryEntityRecord(null);
		}

		public BitArray[] GetDefaultOptimizedValues() {
			BitArray[] all = new BitArray[1];
			all[0] = new BitArray(2, false);
			return all;
		}

		public BitArray[] AllOptimizedAttributes {
			set {
				if (value == null) {
					ssENCountry.OptimizedAttributes = GetDefaultOptimizedValues()[0];
				} else {
					ssENCountry.OptimizedAttributes = value[0];
				}
			}
			get {
				BitArray[] all = new BitArray[1];
				all[0] = ssENCountry.OptimizedAttributes;
				return all;
			}
		}

		/// <summary>
		/// Read a record from database
		/// </summary>
		/// <param name="r"> Data base reader</param>
		/// <param name="index"> index</param>
		public void Read(IDataReader r, ref int index) {
			ssENCountry.Read(r, ref index);
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
		public void ReadIM(RCCountryRecord r) {
			this = r;
		}


		public static bool operator == (RCCountryRecord a, RCCountryRecord b) {
			if (a.ssENCountry != b.ssENCountry) return false;
			return true;
		}

		public static bool operator != (RCCountryRecord a, RCCountryRecord b) {
			return !(a==b);
		}

		public override bool Equals(object o) {
			if (o.GetType() != typeof(RCCountryRecord)) return false;
			return (this == (RCCountryRecord) o);
		}

		public override int GetHashCode() {
			try {
				return base.GetHashCode()
				^ ssENCountry.GetHashCode()
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

		public RCCountryRecord(SerializationInfo info, StreamingContext context) {
			OptimizedAttributes = null;
			ssENCountry = new ENCountryEntityRecord(null);
			Type objInfo = this.GetType();
			FieldInfo fieldInfo = null;
			fieldInfo = objInfo.GetField("ssENCountry", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssENCountry' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssENCountry = (ENCountryEntityRecord) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
		}

		public void RecursiveReset() {
			ssENCountry.RecursiveReset();
		}

		public void InternalRecursiveSave() {
			ssENCountry.InternalRecursiveSave();
		}


		public RCCountryRecord Duplicate() {
			RCCountryRecord t;
			t.ssENCountry = (ENCountryEntityRecord) this.ssENCountry.Duplicate();
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
				ssENCountry.ToXml(this, recordElem, "Country", detailLevel - 1);
			} else {
				VarValue.AppendDeferredEvaluationElement(recordElem);
			}
		}

		public void EvaluateFields(VarValue variable, Object parent, String baseName, String fields) {
			String head = VarValue.GetHead(fields);
			String tail = VarValue.GetTail(fields);
			variable.Found = false;
			if (head == "country") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Country")) variable.Value = ssENCountry; else variable.Optimized = true;
				variable.SetFieldName("country");
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
			if (key == IdCountry) {
				return ssENCountry;
			} else {
				throw new Exception("Invalid key");
			}
		}
		public void FillFromOther(IRecord other) {
			if (other == null) return;
			ssENCountry.FillFromOther((IRecord) other.AttributeGet(IdCountry));
		}
		public bool IsDefault() {
			RCCountryRecord defaultStruct = new RCCountryRecord(null);
			if (this.ssENCountry != defaultStruct.ssENCountry) return false;
			return true;
		}
	} // RCCountryRecord

	/// <summary>
	/// Structure <code>RCAddressRecord</code>
	/// </summary>
	[Serializable()]
	public partial struct RCAddressRecord: ISerializable, ITypedRecord<RCAddressRecord> {
		internal static readonly GlobalObjectKey IdAddress = GlobalObjectKey.Parse("2UmDmepsh0WSfJ_D1JexCA*3bkdkr9JWa2ma_SpKkn7Zw");

		public static void EnsureInitialized() {}
		[System.Xml.Serialization.XmlElement("Address")]
		public STAddressStructure ssSTAddress;


		public static implicit operator STAddressStructure(RCAddressRecord r) {
			return r.ssSTAddress;
		}

		public static implicit operator RCAddressRecord(STAddressStructure r) {
			RCAddressRecord res = new RCAddressRecord(null);
			res.ssSTAddress = r;
			return res;
		}

		public BitArray OptimizedAttributes;

		public RCAddressRecord(params string[] dummy) {
			OptimizedAttributes = null;
			ssSTAddress = new STAddressStructure(null);
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
					ssSTAddress.OptimizedAttributes = value[0];
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
			ssSTAddress.Read(r, ref index);
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
		public void ReadIM(RCAddressRecord r) {
			this = r;
		}


		public static bool operator == (RCAddressRecord a, RCAddressRecord b) {
			if (a.ssSTAddress != b.ssSTAddress) return false;
			return true;
		}

		public static bool operator != (RCAddressRecord a, RCAddressRecord b) {
			return !(a==b);
		}

		public override bool Equals(object o) {
			if (o.GetType() != typeof(RCAddressRecord)) return false;
			return (this == (RCAddressRecord) o);
		}

		public override int GetHashCode() {
			try {
				return base.GetHashCode()
				^ ssSTAddress.GetHashCode()
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

		public RCAddressRecord(SerializationInfo info, StreamingContext context) {
			OptimizedAttributes = null;
			ssSTAddress = new STAddressStructure(null);
			Type objInfo = this.GetType();
			FieldInfo fieldInfo = null;
			fieldInfo = objInfo.GetField("ssSTAddress", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssSTAddress' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssSTAddress = (STAddressStructure) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
		}

		public void RecursiveReset() {
			ssSTAddress.RecursiveReset();
		}

		public void InternalRecursiveSave() {
			ssSTAddress.InternalRecursiveSave();
		}


		public RCAddressRecord Duplicate() {
			RCAddressRecord t;
			t.ssSTAddress = (STAddressStructure) this.ssSTAddress.Duplicate();
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
				ssSTAddress.ToXml(this, recordElem, "Address", detailLevel - 1);
			} else {
				VarValue.AppendDeferredEvaluationElement(recordElem);
			}
		}

		public void EvaluateFields(VarValue variable, Object parent, String baseName, String fields) {
			String head = VarValue.GetHead(fields);
			String tail = VarValue.GetTail(fields);
			variable.Found = false;
			if (head == "address") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Address")) variable.Value = ssSTAddress; else variable.Optimized = true;
				variable.SetFieldName("address");
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
			if (key == IdAddress) {
				return ssSTAddress;
			} else {
				throw new Exception("Invalid key");
			}
		}
		public void FillFromOther(IRecord other) {
			if (other == null) return;
			ssSTAddress.FillFromOther((IRecord) other.AttributeGet(IdAddress));
		}
		public bool IsDefault() {
			RCAddressRecord defaultStruct = new RCAddressRecord(null);
			if (this.ssSTAddress != defaultStruct.ssSTAddress) return false;
			return true;
		}
	} // RCAddressRecord

	/// <summary>
	/// Structure <code>RCCustomerAddressRecord</code>
	/// </summary>
	[Serializable()]
	public partial struct RCCustomerAddressRecord: ISerializable, ITypedRecord<RCCustomerAddressRecord> {
		internal static readonly GlobalObjectKey IdCustomer = GlobalObjectKey.Parse("2UmDmepsh0WSfJ_D1JexCA*mcSsrNjVXCKY74XhQheAEA");
		internal static readonly GlobalObjectKey IdAddress = GlobalObjectKey.Parse("2UmDmepsh0WSfJ_D1JexCA*DNk0m2MOUO+K5vWsCCmuxw");

		public static void EnsureInitialized() {}
		[System.Xml.Serialization.XmlElement("Customer")]
		public ENCustomerEntityRecord ssENCustomer;

		[System.Xml.Serialization.XmlElement("Address")]
		public STAddressStructure ssSTAddress;


		public BitArray OptimizedAttributes;

		public RCCustomerAddressRecord(params string[] dummy) {
			OptimizedAttributes = null;
			ssENCustomer = new ENCustomerEntityRecord(null);
			ssSTAddress = new STAddressStructure(null);
		}

		public BitArray[] GetDefaultOptimizedValues() {
			BitArray[] all = new BitArray[2];
			all[0] = new BitArray(5, false);
			all[1] = null;
			return all;
		}

		public BitArray[] AllOptimizedAttributes {
			set {
				if (value == null) {
					ssENCustomer.OptimizedAttributes = GetDefaultOptimizedValues()[0];
				} else {
					ssENCustomer.OptimizedAttributes = value[0];
					ssSTAddress.OptimizedAttributes = value[1];
				}
			}
			get {
				BitArray[] all = new BitArray[2];
				all[0] = ssENCustomer.OptimizedAttributes;
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
			ssENCustomer.Read(r, ref index);
			ssSTAddress.Read(r, ref index);
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
		public void ReadIM(RCCustomerAddressRecord r) {
			this = r;
		}


		public static bool operator == (RCCustomerAddressRecord a, RCCustomerAddressRecord b) {
			if (a.ssENCustomer != b.ssENCustomer) return false;
			if (a.ssSTAddress != b.ssSTAddress) return false;
			return true;
		}

		public static bool operator != (RCCustomerAddressRecord a, RCCustomerAddressRecord b) {
			return !(a==b);
		}

		public override bool Equals(object o) {
			if (o.GetType() != typeof(RCCustomerAddressRecord)) return false;
			return (this == (RCCustomerAddressRecord) o);
		}

		public override int GetHashCode() {
			try {
				return base.GetHashCode()
				^ ssENCustomer.GetHashCode()
				^ ssSTAddress.GetHashCode()
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

		public RCCustomerAddressRecord(SerializationInfo info, StreamingContext context) {
			OptimizedAttributes = null;
			ssENCustomer = new ENCustomerEntityRecord(null);
			ssSTAddress = new STAddressStructure(null);
			Type objInfo = this.GetType();
			FieldInfo fieldInfo = null;
			fieldInfo = objInfo.GetField("ssENCustomer", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssENCustomer' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssENCustomer = (ENCustomerEntityRecord) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("ssSTAddress", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssSTAddress' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssSTAddress = (STAddressStructure) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
		}

		public void RecursiveReset() {
			ssENCustomer.RecursiveReset();
			ssSTAddress.RecursiveReset();
		}

		public void InternalRecursiveSave() {
			ssENCustomer.InternalRecursiveSave();
			ssSTAddress.InternalRecursiveSave();
		}


		public RCCustomerAddressRecord Duplicate() {
			RCCustomerAddressRecord t;
			t.ssENCustomer = (ENCustomerEntityRecord) this.ssENCustomer.Duplicate();
			t.ssSTAddress = (STAddressStructure) this.ssSTAddress.Duplicate();
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
				ssENCustomer.ToXml(this, recordElem, "Customer", detailLevel - 1);
				ssSTAddress.ToXml(this, recordElem, "Address", detailLevel - 1);
			} else {
				VarValue.AppendDeferredEvaluationElement(recordElem);
			}
		}

		public void EvaluateFields(VarValue variable, Object parent, String baseName, String fields) {
			String head = VarValue.GetHead(fields);
			String tail = VarValue.GetTail(fields);
			variable.Found = false;
			if (head == "customer") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Customer")) variable.Value = ssENCustomer; else variable.Optimized = true;
				variable.SetFieldName("customer");
			} else if (head == "address") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Address")) variable.Value = ssSTAddress; else variable.Optimized = true;
				variable.SetFieldName("address");
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
			if (key == IdCustomer) {
				return ssENCustomer;
			} else if (key == IdAddress) {
				return ssSTAddress;
			} else {
				throw new Exception("Invalid key");
			}
		}
		public void FillFromOther(IRecord other) {
			if (other == null) return;
			ssENCustomer.FillFromOther((IRecord) other.AttributeGet(IdCustomer));
			ssSTAddress.FillFromOther((IRecord) other.AttributeGet(IdAddress));
		}
		public bool IsDefault() {
			RCCustomerAddressRecord defaultStruct = new RCCustomerAddressRecord(null);
			if (this.ssENCustomer != defaultStruct.ssENCustomer) return false;
			if (this.ssSTAddress != defaultStruct.ssSTAddress) return false;
			return true;
		}
	} // RCCustomerAddressRecord

}
