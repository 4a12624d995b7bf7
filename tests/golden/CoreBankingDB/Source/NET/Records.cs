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

namespace OutSystems.NssCoreBankingDB {

	/// <summary>
	/// Structure <code>RCBranchRecord</code>
	/// </summary>
	[Serializable()]
	public partial struct RCBranchRecord: ISerializable, ITypedRecord<RCBranchRecord> {
		internal static readonly GlobalObjectKey IdBranch = GlobalObjectKey.Parse("2UmDmepsh0WSfJ_D1JexCA*I1T_MQB3XDORWHNpLgic+Q");

		public static void EnsureInitialized() {}
		[System.Xml.Serialization.XmlElement("Branch")]
		public ENBranchEntityRecord ssENBranch;


		public static implicit operator ENBranchEntityRecord(RCBranchRecord r) {
			return r.ssENBranch;
		}

		public static implicit operator RCBranchRecord(ENBranchEntityRecord r) {
			RCBranchRecord res = new RCBranchRecord(null);
			res.ssENBranch = r;
			return res;
		}

		public BitArray ChangedAttributes {
			set {
				ssENBranch.ChangedAttributes = value;
			}
			get {
				return ssENBranch.ChangedAttributes;
			}
		}
		public BitArray OptimizedAttributes;

		public RCBranchRecord(params string[] dummy) {
			OptimizedAttributes = null;
			ssENBranch = new ENBranchEntityRecord(null);
		}

		public BitArray[] GetDefaultOptimizedValues() {
			BitArray[] all = new BitArray[1];
			all[0] = new BitArray(4, false);
			return all;
		}

		public BitArray[] AllOptimizedAttributes {
			set {
				if (value == null) {
					ssENBranch.OptimizedAttributes = GetDefaultOptimizedValues()[0];
				} else {
					ssENBranch.OptimizedAttributes = value[0];
				}
			}
			get {
				BitArray[] all = new BitArray[1];
				all[0] = ssENBranch.OptimizedAttributes;
				return all;
			}
		}

		/// <summary>
		/// Read a record from database
		/// </summary>
		/// <param name="r"> Data base reader</param>
		/// <param name="index"> index</param>
		public void Read(IDataReader r, ref int index) {
			ssENBranch.Read(r, ref index);
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
		public void ReadIM(RCBranchRecord r) {
			this = r;
		}


		public static bool operator == (RCBranchRecord a, RCBranchRecord b) {
			if (a.ssENBranch != b.ssENBranch) return false;
			return true;
		}

		public static bool operator != (RCBranchRecord a, RCBranchRecord b) {
			return !(a==b);
		}

		public override bool Equals(object o) {
			if (o.GetType() != typeof(RCBranchRecord)) return false;
			return (this == (RCBranchRecord) o);
		}

		public override int GetHashCode() {
			try {
				return base.GetHashCode()
				^ ssENBranch.GetHashCode()
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

		public RCBranchRecord(SerializationInfo info, StreamingContext context) {
			OptimizedAttributes = null;
			ssENBranch = new ENBranchEntityRecord(null);
			Type objInfo = this.GetType();
			FieldInfo fieldInfo = null;
			fieldInfo = objInfo.GetField("ssENBranch", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssENBranch' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssENBranch = (ENBranchEntityRecord) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
		}

		public void RecursiveReset() {
			ssENBranch.RecursiveReset();
		}

		public void InternalRecursiveSave() {
			ssENBranch.InternalRecursiveSave();
		}


		public RCBranchRecord Duplicate() {
			RCBranchRecord t;
			t.ssENBranch = (ENBranchEntityRecord) this.ssENBranch.Duplicate();
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
				ssENBranch.ToXml(this, recordElem, "Branch", detailLevel - 1);
			} else {
				VarValue.AppendDeferredEvaluationElement(recordElem);
			}
		}

		public void EvaluateFields(VarValue variable, Object parent, String baseName, String fields) {
			String head = VarValue.GetHead(fields);
			String tail = VarValue.GetTail(fields);
			variable.Found = false;
			if (head == "branch") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Branch")) variable.Value = ssENBranch; else variable.Optimized = true;
				variable.SetFieldName("branch");
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
			if (key == IdBranch) {
				return ssENBranch;
			} else {
				throw new Exception("Invalid key");
			}
		}
		public void FillFromOther(IRecord other) {
			if (other == null) return;
			ssENBranch.FillFromOther((IRecord) other.AttributeGet(IdBranch));
		}
		public bool IsDefault() {
			RCBranchRecord defaultStruct = new RCBranchRecord(null);
			if (this.ssENBranch != defaultStruct.ssENBranch) return false;
			return true;
		}
	} // RCBranchRecord

	/// <summary>
	/// Structure <code>RCCustomerRecord</code>
	/// </summary>
	[Serializable()]
	public partial struct RCCustomerRecord: ISerializable, ITypedRecord<RCCustomerRecord> {
		internal static readonly GlobalObjectKey IdCustomer = GlobalObjectKey.Parse("2UmDmepsh0WSfJ_D1JexCA*Bfn0nP3YX36LXFtBYFuD_A");

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
			all[0] = new BitArray(9, false);
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
	/// Structure <code>RCAccountRecord</code>
	/// </summary>
	[Serializable()]
	public partial struct RCAccountRecord: ISerializable, ITypedRecord<RCAccountRecord> {
		internal static readonly GlobalObjectKey IdAccount = GlobalObjectKey.Parse("2UmDmepsh0WSfJ_D1JexCA*Z34o0KkFU26dgVVVGNEZQg");

		public static void EnsureInitialized() {}
		[System.Xml.Serialization.XmlElement("Account")]
		public ENAccountEntityRecord ssENAccount;


		public static implicit operator ENAccountEntityRecord(RCAccountRecord r) {
			return r.ssENAccount;
		}

		public static implicit operator RCAccountRecord(ENAccountEntityRecord r) {
			RCAccountRecord res = new RCAccountRecord(null);
			res.ssENAccount = r;
			return res;
		}

		public BitArray ChangedAttributes {
			set {
				ssENAccount.ChangedAttributes = value;
			}
			get {
				return ssENAccount.ChangedAttributes;
			}
		}
		public BitArray OptimizedAttributes;

		public RCAccountRecord(params string[] dummy) {
			OptimizedAttributes = null;
			ssENAccount = new ENAccountEntityRecord(null);
		}

		public BitArray[] GetDefaultOptimizedValues() {
			BitArray[] all = new BitArray[1];
			all[0] = new BitArray(9, false);
			return all;
		}

		public BitArray[] AllOptimizedAttributes {
			set {
				if (value == null) {
					ssENAccount.OptimizedAttributes = GetDefaultOptimizedValues()[0];
				} else {
					ssENAccount.OptimizedAttributes = value[0];
				}
			}
			get {
				BitArray[] all = new BitArray[1];
				all[0] = ssENAccount.OptimizedAttributes;
				return all;
			}
		}

		/// <summary>
		/// Read a record from database
		/// </summary>
		/// <param name="r"> Data base reader</param>
		/// <param name="index"> index</param>
		public void Read(IDataReader r, ref int index) {
			ssENAccount.Read(r, ref index);
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
		public void ReadIM(RCAccountRecord r) {
			this = r;
		}


		public static bool operator == (RCAccountRecord a, RCAccountRecord b) {
			if (a.ssENAccount != b.ssENAccount) return false;
			return true;
		}

		public static bool operator != (RCAccountRecord a, RCAccountRecord b) {
			return !(a==b);
		}

		public override bool Equals(object o) {
			if (o.GetType() != typeof(RCAccountRecord)) return false;
			return (this == (RCAccountRecord) o);
		}

		public override int GetHashCode() {
			try {
				return base.GetHashCode()
				^ ssENAccount.GetHashCode()
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

		public RCAccountRecord(SerializationInfo info, StreamingContext context) {
			OptimizedAttributes = null;
			ssENAccount = new ENAccountEntityRecord(null);
			Type objInfo = this.GetType();
			FieldInfo fieldInfo = null;
			fieldInfo = objInfo.GetField("ssENAccount", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssENAccount' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssENAccount = (ENAccountEntityRecord) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
		}

		public void RecursiveReset() {
			ssENAccount.RecursiveReset();
		}

		public void InternalRecursiveSave() {
			ssENAccount.InternalRecursiveSave();
		}


		public RCAccountRecord Duplicate() {
			RCAccountRecord t;
			t.ssENAccount = (ENAccountEntityRecord) this.ssENAccount.Duplicate();
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
				ssENAccount.ToXml(this, recordElem, "Account", detailLevel - 1);
			} else {
				VarValue.AppendDeferredEvaluationElement(recordElem);
			}
		}

		public void EvaluateFields(VarValue variable, Object parent, String baseName, String fields) {
			String head = VarValue.GetHead(fields);
			String tail = VarValue.GetTail(fields);
			variable.Found = false;
			if (head == "account") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Account")) variable.Value = ssENAccount; else variable.Optimized = true;
				variable.SetFieldName("account");
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
			if (key == IdAccount) {
				return ssENAccount;
			} else {
				throw new Exception("Invalid key");
			}
		}
		public void FillFromOther(IRecord other) {
			if (other == null) return;
			ssENAccount.FillFromOther((IRecord) other.AttributeGet(IdAccount));
		}
		public bool IsDefault() {
			RCAccountRecord defaultStruct = new RCAccountRecord(null);
			if (this.ssENAccount != defaultStruct.ssENAccount) return false;
			return true;
		}
	} // RCAccountRecord

	/// <summary>
	/// Structure <code>RCMovementRecord</code>
	/// </summary>
	[Serializable()]
	public partial struct RCMovementRecord: ISerializable, ITypedRecord<RCMovementRecord> {
		internal static readonly GlobalObjectKey IdMovement = GlobalObjectKey.Parse("2UmDmepsh0WSfJ_D1JexCA*McLM73k6Xwqg_shSPADK2Q");

		public static void EnsureInitialized() {}
		[System.Xml.Serialization.XmlElement("Movement")]
		public ENMovementEntityRecord ssENMovement;


		public static implicit operator ENMovementEntityRecord(RCMovementRecord r) {
			return r.ssENMovement;
		}

		public static implicit operator RCMovementRecord(ENMovementEntityRecord r) {
			RCMovementRecord res = new RCMovementRecord(null);
			res.ssENMovement = r;
			return res;
		}

		public BitArray ChangedAttributes {
			set {
				ssENMovement.ChangedAttributes = value;
			}
			get {
				return ssENMovement.ChangedAttributes;
			}
		}
		public BitArray OptimizedAttributes;

		public RCMovementRecord(params string[] dummy) {
			OptimizedAttributes = null;
			ssENMovement = new ENMovementEntityRecord(null);
		}

		public BitArray[] GetDefaultOptimizedValues() {
			BitArray[] all = new BitArray[1];
			all[0] = new BitArray(8, false);
			return all;
		}

		public BitArray[] AllOptimizedAttributes {
			set {
				if (value == null) {
					ssENMovement.OptimizedAttributes = GetDefaultOptimizedValues()[0];
				} else {
					ssENMovement.OptimizedAttributes = value[0];
				}
			}
			get {
				BitArray[] all = new BitArray[1];
				all[0] = ssENMovement.OptimizedAttributes;
				return all;
			}
		}

		/// <summary>
		/// Read a record from database
		/// </summary>
		/// <param name="r"> Data base reader</param>
		/// <param name="index"> index</param>
		public void Read(IDataReader r, ref int index) {
			ssENMovement.Read(r, ref index);
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
		public void ReadIM(RCMovementRecord r) {
			this = r;
		}


		public static bool operator == (RCMovementRecord a, RCMovementRecord b) {
			if (a.ssENMovement != b.ssENMovement) return false;
			return true;
		}

		public static bool operator != (RCMovementRecord a, RCMovementRecord b) {
			return !(a==b);
		}

		public override bool Equals(object o) {
			if (o.GetType() != typeof(RCMovementRecord)) return false;
			return (this == (RCMovementRecord) o);
		}

		public override int GetHashCode() {
			try {
				return base.GetHashCode()
				^ ssENMovement.GetHashCode()
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

		public RCMovementRecord(SerializationInfo info, StreamingContext context) {
			OptimizedAttributes = null;
			ssENMovement = new ENMovementEntityRecord(null);
			Type objInfo = this.GetType();
			FieldInfo fieldInfo = null;
			fieldInfo = objInfo.GetField("ssENMovement", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssENMovement' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssENMovement = (ENMovementEntityRecord) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
		}

		public void RecursiveReset() {
			ssENMovement.RecursiveReset();
		}

		public void InternalRecursiveSave() {
			ssENMovement.InternalRecursiveSave();
		}


		public RCMovementRecord Duplicate() {
			RCMovementRecord t;
			t.ssENMovement = (ENMovementEntityRecord) this.ssENMovement.Duplicate();
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
				ssENMovement.ToXml(this, recordElem, "Movement", detailLevel - 1);
			} else {
				VarValue.AppendDeferredEvaluationElement(recordElem);
			}
		}

		public void EvaluateFields(VarValue variable, Object parent, String baseName, String fields) {
			String head = VarValue.GetHead(fields);
			String tail = VarValue.GetTail(fields);
			variable.Found = false;
			if (head == "movement") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Movement")) variable.Value = ssENMovement; else variable.Optimized = true;
				variable.SetFieldName("movement");
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
			if (key == IdMovement) {
				return ssENMovement;
			} else {
				throw new Exception("Invalid key");
			}
		}
		public void FillFromOther(IRecord other) {
			if (other == null) return;
			ssENMovement.FillFromOther((IRecord) other.AttributeGet(IdMovement));
		}
		public bool IsDefault() {
			RCMovementRecord defaultStruct = new RCMovementRecord(null);
			if (this.ssENMovement != defaultStruct.ssENMovement) return false;
			return true;
		}
	} // RCMovementRecord

	/// <summary>
	/// Structure <code>RCAccountBranchRecord</code>
	/// </summary>
	[Serializable()]
	public partial struct RCAccountBranchRecord: ISerializable, ITypedRecord<RCAccountBranchRecord> {
		internal static readonly GlobalObjectKey IdAccount = GlobalObjectKey.Parse("2UmDmepsh0WSfJ_D1JexCA*ow8OFwhQU3yDTy55UifUJg");
		internal static readonly GlobalObjectKey IdBranch = GlobalObjectKey.Parse("2UmDmepsh0WSfJ_D1JexCA*X6TPEBB_Wp6097imfQ8Ofw");

		public static void EnsureInitialized() {}
		[System.Xml.Serialization.XmlElement("Account")]
		public ENAccountEntityRecord ssENAccount;

		[System.Xml.Serialization.XmlElement("Branch")]
		public ENBranchEntityRecord ssENBranch;


		public BitArray OptimizedAttributes;

		public RCAccountBranchRecord(params string[] dummy) {
			OptimizedAttributes = null;
			ssENAccount = new ENAccountEntityRecord(null);
			ssENBranch = new ENBranchEntityRecord(null);
		}

		public BitArray[] GetDefaultOptimizedValues() {
			BitArray[] all = new BitArray[2];
			all[0] = new BitArray(9, false);
			all[1] = new BitArray(4, false);
			return all;
		}

		public BitArray[] AllOptimizedAttributes {
			set {
				if (value == null) {
					ssENAccount.OptimizedAttributes = GetDefaultOptimizedValues()[0];
					ssENBranch.OptimizedAttributes = GetDefaultOptimizedValues()[1];
				} else {
					ssENAccount.OptimizedAttributes = value[0];
					ssENBranch.OptimizedAttributes = value[1];
				}
			}
			get {
				BitArray[] all = new BitArray[2];
				all[0] = ssENAccount.OptimizedAttributes;
				all[1] = ssENBranch.OptimizedAttributes;
				return all;
			}
		}

		/// <summary>
		/// Read a record from database
		/// </summary>
		/// <param name="r"> Data base reader</param>
		/// <param name="index"> index</param>
		public void Read(IDataReader r, ref int index) {
			ssENAccount.Read(r, ref index);
			ssENBranch.Read(r, ref index);
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
		public void ReadIM(RCAccountBranchRecord r) {
			this = r;
		}


		public static bool operator == (RCAccountBranchRecord a, RCAccountBranchRecord b) {
			if (a.ssENAccount != b.ssENAccount) return false;
			if (a.ssENBranch != b.ssENBranch) return false;
			return true;
		}

		public static bool operator != (RCAccountBranchRecord a, RCAccountBranchRecord b) {
			return !(a==b);
		}

		public override bool Equals(object o) {
			if (o.GetType() != typeof(RCAccountBranchRecord)) return false;
			return (this == (RCAccountBranchRecord) o);
		}

		public override int GetHashCode() {
			try {
				return base.GetHashCode()
				^ ssENAccount.GetHashCode()
				^ ssENBranch.GetHashCode()
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

		public RCAccountBranchRecord(SerializationInfo info, StreamingContext context) {
			OptimizedAttributes = null;
			ssENAccount = new ENAccountEntityRecord(null);
			ssENBranch = new ENBranchEntityRecord(null);
			Type objInfo = this.GetType();
			FieldInfo fieldInfo = null;
			fieldInfo = objInfo.GetField("ssENAccount", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssENAccount' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssENAccount = (ENAccountEntityRecord) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("ssENBranch", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssENBranch' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssENBranch = (ENBranchEntityRecord) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
		}

		public void RecursiveReset() {
			ssENAccount.RecursiveReset();
			ssENBranch.RecursiveReset();
		}

		public void InternalRecursiveSave() {
			ssENAccount.InternalRecursiveSave();
			ssENBranch.InternalRecursiveSave();
		}


		public RCAccountBranchRecord Duplicate() {
			RCAccountBranchRecord t;
			t.ssENAccount = (ENAccountEntityRecord) this.ssENAccount.Duplicate();
			t.ssENBranch = (ENBranchEntityRecord) this.ssENBranch.Duplicate();
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
				ssENAccount.ToXml(this, recordElem, "Account", detailLevel - 1);
				ssENBranch.ToXml(this, recordElem, "Branch", detailLevel - 1);
			} else {
				VarValue.AppendDeferredEvaluationElement(recordElem);
			}
		}

		public void EvaluateFields(VarValue variable, Object parent, String baseName, String fields) {
			String head = VarValue.GetHead(fields);
			String tail = VarValue.GetTail(fields);
			variable.Found = false;
			if (head == "account") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Account")) variable.Value = ssENAccount; else variable.Optimized = true;
				variable.SetFieldName("account");
			} else if (head == "branch") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Branch")) variable.Value = ssENBranch; else variable.Optimized = true;
				variable.SetFieldName("branch");
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
			if (key == IdAccount) {
				return ssENAccount;
			} else if (key == IdBranch) {
				return ssENBranch;
			} else {
				throw new Exception("Invalid key");
			}
		}
		public void FillFromOther(IRecord other) {
			if (other == null) return;
			ssENAccount.FillFromOther((IRecord) other.AttributeGet(IdAccount));
			ssENBranch.FillFromOther((IRecord) other.AttributeGet(IdBranch));
		}
		public bool IsDefault() {
			RCAccountBranchRecord defaultStruct = new RCAccountBranchRecord(null);
			if (this.ssENAccount != defaultStruct.ssENAccount) return false;
			if (this.ssENBranch != defaultStruct.ssENBranch) return false;
			return true;
		}
	} // RCAccountBranchRecord

}
