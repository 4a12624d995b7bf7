using System;
using System.Data;
using System.Collections;
using System.Runtime.Serialization;
using System.Reflection;
using System.Xml;
using OutSystems.ObjectKeys;
using OutSystems.RuntimeCommon;
using OutSystems.HubEdition.RuntimePlatform;
using OutSystems.HubEdition.RuntimePlatform.Db;
using OutSystems.Internal.Db;
using OutSystems.HubEdition.RuntimePlatform.NewRuntime;

namespace OutSystems.NssCoreBankingDB {

	/// <summary>
	/// RecordList type <code>RLBranchRecordList</code> that represents a record list of
	///  <code>Branch</code>
	/// </summary>
	[Serializable()]
	public partial class RLBranchRecordList: GenericRecordList<RCBranchRecord>, IEnumerable, IEnumerator, ISerializable {
		public static void EnsureInitialized() {}

		protected override RCBranchRecord GetElementDefaultValue() {
			return new RCBranchRecord("");
		}

		public T[] ToArray<T>(Func<RCBranchRecord, T> converter) {
			return ToArray(this, converter);
		}

		public static T[] ToArray<T>(RLBranchRecordList recordlist, Func<RCBranchRecord, T> converter) {
			return InnerToArray(recordlist, converter);
		}
		public static implicit operator RLBranchRecordList(RCBranchRecord[] array) {
			RLBranchRecordList result = new RLBranchRecordList();
			result.InnerFromArray(array);
			return result;
		}

		public static RLBranchRecordList ToList<T>(T[] array, Func <T, RCBranchRecord> converter) {
			RLBranchRecordList result = new RLBranchRecordList();
			result.InnerFromArray(array, converter);
			return result;
		}

		public static RLBranchRecordList FromRestList<T>(RestList<T> restList, Func <T, RCBranchRecord> converter) {
			RLBranchRecordList result = new RLBranchRecordList();
			result.InnerFromRestList(restList, converter);
			return result;
		}
		/// <summary>
		/// Default Constructor
		/// </summary>
		public RLBranchRecordList(): base() {
		}

		/// <summary>
		/// Constructor with transaction parameter
		/// </summary>
		/// <param name="trans"> IDbTransaction Parameter</param>
		[Obsolete("Use the Default Constructor and set the Transaction afterwards.")]
		public RLBranchRecordList(IDbTransaction trans): base(trans) {
		}

		/// <summary>
		/// Constructor with transaction parameter and alternate read method
		/// </summary>
		/// <param name="trans"> IDbTransaction Parameter</param>
		/// <param name="alternateReadDBMethod"> Alternate Read Method</param>
		[Obsolete("Use the Default Constructor and set the Transaction afterwards.")]
		public RLBranchRecordList(IDbTransaction trans, ReadDBMethodDelegate alternateReadDBMethod): this(trans) {
			this.alternateReadDBMethod = alternateReadDBMethod;
		}

		/// <summary>
		/// Constructor declaration for serialization
		/// </summary>
		/// <param name="info"> SerializationInfo</param>
		/// <param name="context"> StreamingContext</param>
		public RLBranchRecordList(SerializationInfo info, StreamingContext context): base(info, context) {
		}

		public override BitArray[] GetDefaultOptimizedValues() {
			BitArray[] def = new BitArray[1];
			def[0] = new BitArray(4, false);
			return def;
		}
		/// <summary>
		/// Create as new list
		/// </summary>
		/// <returns>The new record list</returns>
		protected override OSList<RCBranchRecord> NewList() {
			return new RLBranchRecordList();
		}


	} // RLBranchRecordList

	/// <summary>
	/// RecordList type <code>RLCustomerRecordList</code> that represents a record list of
	///  <code>Customer</code>
	/// </summary>
	[Serializable()]
	public partial class RLCustomerRecordList: GenericRecordList<RCCustomerRecord>, IEnumerable, IEnumerator, ISerializable {
		public static void EnsureInitialized() {}

		protected override RCCustomerRecord GetElementDefaultValue() {
			return new RCCustomerRecord("");
		}

		public T[] ToArray<T>(Func<RCCustomerRecord, T> converter) {
			return ToArray(this, converter);
		}

		public static T[] ToArray<T>(RLCustomerRecordList recordlist, Func<RCCustomerRecord, T> converter) {
			return InnerToArray(recordlist, converter);
		}
		public static implicit operator RLCustomerRecordList(RCCustomerRecord[] array) {
			RLCustomerRecordList result = new RLCustomerRecordList();
			result.InnerFromArray(array);
			return result;
		}

		public static RLCustomerRecordList ToList<T>(T[] array, Func <T, RCCustomerRecord> converter) {
			RLCustomerRecordList result = new RLCustomerRecordList();
			result.InnerFromArray(array, converter);
			return result;
		}

		public static RLCustomerRecordList FromRestList<T>(RestList<T> restList, Func <T, RCCustomerRecord> converter) {
			RLCustomerRecordList result = new RLCustomerRecordList();
			result.InnerFromRestList(restList, converter);
			return result;
		}
		/// <summary>
		/// Default Constructor
		/// </summary>
		public RLCustomerRecordList(): base() {
		}

		/// <summary>
		/// Constructor with transaction parameter
		/// </summary>
		/// <param name="trans"> IDbTransaction Parameter</param>
		[Obsolete("Use the Default Constructor and set the Transaction afterwards.")]
		public RLCustomerRecordList(IDbTransaction trans): base(trans) {
		}

		/// <summary>
		/// Constructor with transaction parameter and alternate read method
		/// </summary>
		/// <param name="trans"> IDbTransaction Parameter</param>
		/// <param name="alternateReadDBMethod"> Alternate Read Method</param>
		[Obsolete("Use the Default Constructor and set the Transaction afterwards.")]
		public RLCustomerRecordList(IDbTransaction trans, ReadDBMethodDelegate alternateReadDBMethod): this(trans) {
			this.alternateReadDBMethod = alternateReadDBMethod;
		}

		/// <summary>
		/// Constructor declaration for serialization
		/// </summary>
		/// <param name="info"> SerializationInfo</param>
		/// <param name="context"> StreamingContext</param>
		public RLCustomerRecordList(SerializationInfo info, StreamingContext context): base(info, context) {
		}

		public override BitArray[] GetDefaultOptimizedValues() {
			BitArray[] def = new BitArray[1];
			def[0] = new BitArray(9, false);
			return def;
		}
		/// <summary>
		/// Create as new list
		/// </summary>
		/// <returns>The new record list</returns>
		protected override OSList<RCCustomerRecord> NewList() {
			return new RLCustomerRecordList();
		}


	} // RLCustomerRecordList

	/// <summary>
	/// RecordList type <code>RLAccountRecordList</code> that represents a record list of
	///  <code>Account</code>
	/// </summary>
	[Serializable()]
	public partial class RLAccountRecordList: GenericRecordList<RCAccountRecord>, IEnumerable, IEnumerator, ISerializable {
		public static void EnsureInitialized() {}

		protected override RCAccountRecord GetElementDefaultValue() {
			return new RCAccountRecord("");
		}

		public T[] ToArray<T>(Func<RCAccountRecord, T> converter) {
			return ToArray(this, converter);
		}

		public static T[] ToArray<T>(RLAccountRecordList recordlist, Func<RCAccountRecord, T> converter) {
			return InnerToArray(recordlist, converter);
		}
		public static implicit operator RLAccountRecordList(RCAccountRecord[] array) {
			RLAccountRecordList result = new RLAccountRecordList();
			result.InnerFromArray(array);
			return result;
		}

		public static RLAccountRecordList ToList<T>(T[] array, Func <T, RCAccountRecord> converter) {
			RLAccountRecordList result = new RLAccountRecordList();
			result.InnerFromArray(array, converter);
			return result;
		}

		public static RLAccountRecordList FromRestList<T>(RestList<T> restList, Func <T, RCAccountRecord> converter) {
			RLAccountRecordList result = new RLAccountRecordList();
			result.InnerFromRestList(restList, converter);
			return result;
		}
		/// <summary>
		/// Default Constructor
		/// </summary>
		public RLAccountRecordList(): base() {
		}

		/// <summary>
		/// Constructor with transaction parameter
		/// </summary>
		/// <param name="trans"> IDbTransaction Parameter</param>
		[Obsolete("Use the Default Constructor and set the Transaction afterwards.")]
		public RLAccountRecordList(IDbTransaction trans): base(trans) {
		}

		/// <summary>
		/// Constructor with transaction parameter and alternate read method
		/// </summary>
		/// <param name="trans"> IDbTransaction Parameter</param>
		/// <param name="alternateReadDBMethod"> Alternate Read Method</param>
		[Obsolete("Use the Default Constructor and set the Transaction afterwards.")]
		public RLAccountRecordList(IDbTransaction trans, ReadDBMethodDelegate alternateReadDBMethod): this(trans) {
			this.alternateReadDBMethod = alternateReadDBMethod;
		}

		/// <summary>
		/// Constructor declaration for serialization
		/// </summary>
		/// <param name="info"> SerializationInfo</param>
		/// <param name="context"> StreamingContext</param>
		public RLAccountRecordList(SerializationInfo info, StreamingContext context): base(info, context) {
		}

		public override BitArray[] GetDefaultOptimizedValues() {
			BitArray[] def = new BitArray[1];
			def[0] = new BitArray(9, false);
			return def;
		}
		/// <summary>
		/// Create as new list
		/// </summary>
		/// <returns>The new record list</returns>
		protected override OSList<RCAccountRecord> NewList() {
			return new RLAccountRecordList();
		}


	} // RLAccountRecordList

	/// <summary>
	/// RecordList type <code>RLMovementRecordList</code> that represents a record list of
	///  <code>Movement</code>
	/// </summary>
	[Serializable()]
	public partial class RLMovementRecordList: GenericRecordList<RCMovementRecord>, IEnumerable, IEnumerator, ISerializable {
		public static void EnsureInitialized() {}

		protected override RCMovementRecord GetElementDefaultValue() {
			return new RCMovementRecord("");
		}

		public T[] ToArray<T>(Func<RCMovementRecord, T> converter) {
			return ToArray(this, converter);
		}

		public static T[] ToArray<T>(RLMovementRecordList recordlist, Func<RCMovementRecord, T> converter) {
			return InnerToArray(recordlist, converter);
		}
		public static implicit operator RLMovementRecordList(RCMovementRecord[] array) {
			RLMovementRecordList result = new RLMovementRecordList();
			result.InnerFromArray(array);
			return result;
		}

		public static RLMovementRecordList ToList<T>(T[] array, Func <T, RCMovementRecord> converter) {
			RLMovementRecordList result = new RLMovementRecordList();
			result.InnerFromArray(array, converter);
			return result;
		}

		public static RLMovementRecordList FromRestList<T>(RestList<T> restList, Func <T, RCMovementRecord> converter) {
			RLMovementRecordList result = new RLMovementRecordList();
			result.InnerFromRestList(restList, converter);
			return result;
		}
		/// <summary>
		/// Default Constructor
		/// </summary>
		public RLMovementRecordList(): base() {
		}

		/// <summary>
		/// Constructor with transaction parameter
		/// </summary>
		/// <param name="trans"> IDbTransaction Parameter</param>
		[Obsolete("Use the Default Constructor and set the Transaction afterwards.")]
		public RLMovementRecordList(IDbTransaction trans): base(trans) {
		}

		/// <summary>
		/// Constructor with transaction parameter and alternate read method
		/// </summary>
		/// <param name="trans"> IDbTransaction Parameter</param>
		/// <param name="alternateReadDBMethod"> Alternate Read Method</param>
		[Obsolete("Use the Default Constructor and set the Transaction afterwards.")]
		public RLMovementRecordList(IDbTransaction trans, ReadDBMethodDelegate alternateReadDBMethod): this(trans) {
			this.alternateReadDBMethod = alternateReadDBMethod;
		}

		/// <summary>
		/// Constructor declaration for serialization
		/// </summary>
		/// <param name="info"> SerializationInfo</param>
		/// <param name="context"> StreamingContext</param>
		public RLMovementRecordList(SerializationInfo info, StreamingContext context): base(info, context) {
		}

		public override BitArray[] GetDefaultOptimizedValues() {
			BitArray[] def = new BitArray[1];
			def[0] = new BitArray(8, false);
			return def;
		}
		/// <summary>
		/// Create as new list
		/// </summary>
		/// <returns>The new record list</returns>
		protected override OSList<RCMovementRecord> NewList() {
			return new RLMovementRecordList();
		}


	} // RLMovementRecordList

	/// <summary>
	/// RecordList type <code>RLAccountBranchRecordList</code> that represents a record list of
	///  <code>AccountBranch</code>
	/// </summary>
	[Serializable()]
	public partial class RLAccountBranchRecordList: GenericRecordList<RCAccountBranchRecord>, IEnumerable, IEnumerator, ISerializable {
		public static void EnsureInitialized() {}

		protected override RCAccountBranchRecord GetElementDefaultValue() {
			return new RCAccountBranchRecord("");
		}

		public T[] ToArray<T>(Func<RCAccountBranchRecord, T> converter) {
			return ToArray(this, converter);
		}

		public static T[] ToArray<T>(RLAccountBranchRecordList recordlist, Func<RCAccountBranchRecord, T> converter) {
			return InnerToArray(recordlist, converter);
		}
		public static implicit operator RLAccountBranchRecordList(RCAccountBranchRecord[] array) {
			RLAccountBranchRecordList result = new RLAccountBranchRecordList();
			result.InnerFromArray(array);
			return result;
		}

		public static RLAccountBranchRecordList ToList<T>(T[] array, Func <T, RCAccountBranchRecord> converter) {
			RLAccountBranchRecordList result = new RLAccountBranchRecordList();
			result.InnerFromArray(array, converter);
			return result;
		}

		public static RLAccountBranchRecordList FromRestList<T>(RestList<T> restList, Func <T, RCAccountBranchRecord> converter) {
			RLAccountBranchRecordList result = new RLAccountBranchRecordList();
			result.InnerFromRestList(restList, converter);
			return result;
		}
		/// <summary>
		/// Default Constructor
		/// </summary>
		public RLAccountBranchRecordList(): base() {
		}

		/// <summary>
		/// Constructor with transaction parameter
		/// </summary>
		/// <param name="trans"> IDbTransaction Parameter</param>
		[Obsolete("Use the Default Constructor and set the Transaction afterwards.")]
		public RLAccountBranchRecordList(IDbTransaction trans): base(trans) {
		}

		/// <summary>
		/// Constructor with transaction parameter and alternate read method
		/// </summary>
		/// <param name="trans"> IDbTransaction Parameter</param>
		/// <param name="alternateReadDBMethod"> Alternate Read Method</param>
		[Obsolete("Use the Default Constructor and set the Transaction afterwards.")]
		public RLAccountBranchRecordList(IDbTransaction trans, ReadDBMethodDelegate alternateReadDBMethod): this(trans) {
			this.alternateReadDBMethod = alternateReadDBMethod;
		}

		/// <summary>
		/// Constructor declaration for serialization
		/// </summary>
		/// <param name="info"> SerializationInfo</param>
		/// <param name="context"> StreamingContext</param>
		public RLAccountBranchRecordList(SerializationInfo info, StreamingContext context): base(info, context) {
		}

		public override BitArray[] GetDefaultOptimizedValues() {
			BitArray[] def = new BitArray[2];
			def[0] = new BitArray(9, false);
			def[1] = new BitArray(4, false);
			return def;
		}
		/// <summary>
		/// Create as new list
		/// </summary>
		/// <returns>The new record list</returns>
		protected override OSList<RCAccountBranchRecord> NewList() {
			return new RLAccountBranchRecordList();
		}


	} // RLAccountBranchRecordList

}
