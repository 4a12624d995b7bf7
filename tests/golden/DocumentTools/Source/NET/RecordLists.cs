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

namespace OutSystems.NssDocumentTools {

	/// <summary>
	/// RecordList type <code>RLDocumentRecordList</code> that represents a record list of
	///  <code>Document</code>
	/// </summary>
	[Serializable()]
	public partial class RLDocumentRecordList: GenericRecordList<RCDocumentRecord>, IEnumerable, IEnumerator, ISerializable {
		public static void EnsureInitialized() {}

		protected override RCDocumentRecord GetElementDefaultValue() {
			return new RCDocumentRecord("");
		}

		public T[] ToArray<T>(Func<RCDocumentRecord, T> converter) {
			return ToArray(this, converter);
		}

		public static T[] ToArray<T>(RLDocumentRecordList recordlist, Func<RCDocumentRecord, T> converter) {
			return InnerToArray(recordlist, converter);
		}
		public static implicit operator RLDocumentRecordList(RCDocumentRecord[] array) {
			RLDocumentRecordList result = new RLDocumentRecordList();
			result.InnerFromArray(array);
			return result;
		}

		public static RLDocumentRecordList ToList<T>(T[] array, Func <T, RCDocumentRecord> converter) {
			RLDocumentRecordList result = new RLDocumentRecordList();
			result.InnerFromArray(array, converter);
			return result;
		}

		public static RLDocumentRecordList FromRestList<T>(RestList<T> restList, Func <T, RCDocumentRecord> converter) {
			RLDocumentRecordList result = new RLDocumentRecordList();
			result.InnerFromRestList(restList, converter);
			return result;
		}
		/// <summary>
		/// Default Constructor
		/// </summary>
		public RLDocumentRecordList(): base() {
		}

		/// <summary>
		/// Constructor with transaction parameter
		/// </summary>
		/// <param name="trans"> IDbTransaction Parameter</param>
		[Obsolete("Use the Default Constructor and set the Transaction afterwards.")]
		public RLDocumentRecordList(IDbTransaction trans): base(trans) {
		}

		/// <summary>
		/// Constructor with transaction parameter and alternate read method
		/// </summary>
		/// <param name="trans"> IDbTransaction Parameter</param>
		/// <param name="alternateReadDBMethod"> Alternate Read Method</param>
		[Obsolete("Use the Default Constructor and set the Transaction afterwards.")]
		public RLDocumentRecordList(IDbTransaction trans, ReadDBMethodDelegate alternateReadDBMethod): this(trans) {
			this.alternateReadDBMethod = alternateReadDBMethod;
		}

		/// <summary>
		/// Constructor declaration for serialization
		/// </summary>
		/// <param name="info"> SerializationInfo</param>
		/// <param name="context"> StreamingContext</param>
		public RLDocumentRecordList(SerializationInfo info, StreamingContext context): base(info, context) {
		}

		public override BitArray[] GetDefaultOptimizedValues() {
			BitArray[] def = new BitArray[1];
			def[0] = null;
			return def;
		}
		/// <summary>
		/// Create as new list
		/// </summary>
		/// <returns>The new record list</returns>
		protected override OSList<RCDocumentRecord> NewList() {
			return new RLDocumentRecordList();
		}


	} // RLDocumentRecordList

	/// <summary>
	/// RecordList type <code>RLDocumentInfoRecordList</code> that represents a record list of
	///  <code>DocumentInfo</code>
	/// </summary>
	[Serializable()]
	public partial class RLDocumentInfoRecordList: GenericRecordList<RCDocumentInfoRecord>, IEnumerable, IEnumerator, ISerializable {
		public static void EnsureInitialized() {}

		protected override RCDocumentInfoRecord GetElementDefaultValue() {
			return new RCDocumentInfoRecord("");
		}

		public T[] ToArray<T>(Func<RCDocumentInfoRecord, T> converter) {
			return ToArray(this, converter);
		}

		public static T[] ToArray<T>(RLDocumentInfoRecordList recordlist, Func<RCDocumentInfoRecord, T> converter) {
			return InnerToArray(recordlist, converter);
		}
		public static implicit operator RLDocumentInfoRecordList(RCDocumentInfoRecord[] array) {
			RLDocumentInfoRecordList result = new RLDocumentInfoRecordList();
			result.InnerFromArray(array);
			return result;
		}

		public static RLDocumentInfoRecordList ToList<T>(T[] array, Func <T, RCDocumentInfoRecord> converter) {
			RLDocumentInfoRecordList result = new RLDocumentInfoRecordList();
			result.InnerFromArray(array, converter);
			return result;
		}

		public static RLDocumentInfoRecordList FromRestList<T>(RestList<T> restList, Func <T, RCDocumentInfoRecord> converter) {
			RLDocumentInfoRecordList result = new RLDocumentInfoRecordList();
			result.InnerFromRestList(restList, converter);
			return result;
		}
		/// <summary>
		/// Default Constructor
		/// </summary>
		public RLDocumentInfoRecordList(): base() {
		}

		/// <summary>
		/// Constructor with transaction parameter
		/// </summary>
		/// <param name="trans"> IDbTransaction Parameter</param>
		[Obsolete("Use the Default Constructor and set the Transaction afterwards.")]
		public RLDocumentInfoRecordList(IDbTransaction trans): base(trans) {
		}

		/// <summary>
		/// Constructor with transaction parameter and alternate read method
		/// </summary>
		/// <param name="trans"> IDbTransaction Parameter</param>
		/// <param name="alternateReadDBMethod"> Alternate Read Method</param>
		[Obsolete("Use the Default Constructor and set the Transaction afterwards.")]
		public RLDocumentInfoRecordList(IDbTransaction trans, ReadDBMethodDelegate alternateReadDBMethod): this(trans) {
			this.alternateReadDBMethod = alternateReadDBMethod;
		}

		/// <summary>
		/// Constructor declaration for serialization
		/// </summary>
		/// <param name="info"> SerializationInfo</param>
		/// <param name="context"> StreamingContext</param>
		public RLDocumentInfoRecordList(SerializationInfo info, StreamingContext context): base(info, context) {
		}

		public override BitArray[] GetDefaultOptimizedValues() {
			BitArray[] def = new BitArray[1];
			def[0] = null;
			return def;
		}
		/// <summary>
		/// Create as new list
		/// </summary>
		/// <returns>The new record list</returns>
		protected override OSList<RCDocumentInfoRecord> NewList() {
			return new RLDocumentInfoRecordList();
		}


	} // RLDocumentInfoRecordList

	/// <summary>
	/// RecordList type <code>RLPageRangeRecordList</code> that represents a record list of
	///  <code>PageRange</code>
	/// </summary>
	[Serializable()]
	public partial class RLPageRangeRecordList: GenericRecordList<RCPageRangeRecord>, IEnumerable, IEnumerator, ISerializable {
		public static void EnsureInitialized() {}

		protected override RCPageRangeRecord GetElementDefaultValue() {
			return new RCPageRangeRecord("");
		}

		public T[] ToArray<T>(Func<RCPageRangeRecord, T> converter) {
			return ToArray(this, converter);
		}

		public static T[] ToArray<T>(RLPageRangeRecordList recordlist, Func<RCPageRangeRecord, T> converter) {
			return InnerToArray(recordlist, converter);
		}
		public static implicit operator RLPageRangeRecordList(RCPageRangeRecord[] array) {
			RLPageRangeRecordList result = new RLPageRangeRecordList();
			result.InnerFromArray(array);
			return result;
		}

		public static RLPageRangeRecordList ToList<T>(T[] array, Func <T, RCPageRangeRecord> converter) {
			RLPageRangeRecordList result = new RLPageRangeRecordList();
			result.InnerFromArray(array, converter);
			return result;
		}

		public static RLPageRangeRecordList FromRestList<T>(RestList<T> restList, Func <T, RCPageRangeRecord> converter) {
			RLPageRangeRecordList result = new RLPageRangeRecordList();
			result.InnerFromRestList(restList, converter);
			return result;
		}
		/// <summary>
		/// Default Constructor
		/// </summary>
		public RLPageRangeRecordList(): base() {
		}

		/// <summary>
		/// Constructor with transaction parameter
		/// </summary>
		/// <param name="trans"> IDbTransaction Parameter</param>
		[Obsolete("Use the Default Constructor and set the Transaction afterwards.")]
		public RLPageRangeRecordList(IDbTransaction trans): base(trans) {
		}

		/// <summary>
		/// Constructor with transaction parameter and alternate read method
		/// </summary>
		/// <param name="trans"> IDbTransaction Parameter</param>
		/// <param name="alternateReadDBMethod"> Alternate Read Method</param>
		[Obsolete("Use the Default Constructor and set the Transaction afterwards.")]
		public RLPageRangeRecordList(IDbTransaction trans, ReadDBMethodDelegate alternateReadDBMethod): this(trans) {
			this.alternateReadDBMethod = alternateReadDBMethod;
		}

		/// <summary>
		/// Constructor declaration for serialization
		/// </summary>
		/// <param name="info"> SerializationInfo</param>
		/// <param name="context"> StreamingContext</param>
		public RLPageRangeRecordList(SerializationInfo info, StreamingContext context): base(info, context) {
		}

		public override BitArray[] GetDefaultOptimizedValues() {
			BitArray[] def = new BitArray[1];
			def[0] = null;
			return def;
		}
		/// <summary>
		/// Create as new list
		/// </summary>
		/// <returns>The new record list</returns>
		protected override OSList<RCPageRangeRecord> NewList() {
			return new RLPageRangeRecordList();
		}


	} // RLPageRangeRecordList

	/// <summary>
	/// RecordList type <code>RLWatermarkRecordList</code> that represents a record list of
	///  <code>Watermark</code>
	/// </summary>
	[Serializable()]
	public partial class RLWatermarkRecordList: GenericRecordList<RCWatermarkRecord>, IEnumerable, IEnumerator, ISerializable {
		public static void EnsureInitialized() {}

		protected override RCWatermarkRecord GetElementDefaultValue() {
			return new RCWatermarkRecord("");
		}

		public T[] ToArray<T>(Func<RCWatermarkRecord, T> converter) {
			return ToArray(this, converter);
		}

		public static T[] ToArray<T>(RLWatermarkRecordList recordlist, Func<RCWatermarkRecord, T> converter) {
			return InnerToArray(recordlist, converter);
		}
		public static implicit operator RLWatermarkRecordList(RCWatermarkRecord[] array) {
			RLWatermarkRecordList result = new RLWatermarkRecordList();
			result.InnerFromArray(array);
			return result;
		}

		public static RLWatermarkRecordList ToList<T>(T[] array, Func <T, RCWatermarkRecord> converter) {
			RLWatermarkRecordList result = new RLWatermarkRecordList();
			result.InnerFromArray(array, converter);
			return result;
		}

		public static RLWatermarkRecordList FromRestList<T>(RestList<T> restList, Func <T, RCWatermarkRecord> converter) {
			RLWatermarkRecordList result = new RLWatermarkRecordList();
			result.InnerFromRestList(restList, converter);
			return result;
		}
		/// <summary>
		/// Default Constructor
		/// </summary>
		public RLWatermarkRecordList(): base() {
		}

		/// <summary>
		/// Constructor with transaction parameter
		/// </summary>
		/// <param name="trans"> IDbTransaction Parameter</param>
		[Obsolete("Use the Default Constructor and set the Transaction afterwards.")]
		public RLWatermarkRecordList(IDbTransaction trans): base(trans) {
		}

		/// <summary>
		/// Constructor with transaction parameter and alternate read method
		/// </summary>
		/// <param name="trans"> IDbTransaction Parameter</param>
		/// <param name="alternateReadDBMethod"> Alternate Read Method</param>
		[Obsolete("Use the Default Constructor and set the Transaction afterwards.")]
		public RLWatermarkRecordList(IDbTransaction trans, ReadDBMethodDelegate alternateReadDBMethod): this(trans) {
			this.alternateReadDBMethod = alternateReadDBMethod;
		}

		/// <summary>
		/// Constructor declaration for serialization
		/// </summary>
		/// <param name="info"> SerializationInfo</param>
		/// <param name="context"> StreamingContext</param>
		public RLWatermarkRecordList(SerializationInfo info, StreamingContext context): base(info, context) {
		}

		public override BitArray[] GetDefaultOptimizedValues() {
			BitArray[] def = new BitArray[1];
			def[0] = null;
			return def;
		}
		/// <summary>
		/// Create as new list
		/// </summary>
		/// <returns>The new record list</returns>
		protected override OSList<RCWatermarkRecord> NewList() {
			return new RLWatermarkRecordList();
		}


	} // RLWatermarkRecordList

	/// <summary>
	/// RecordList type <code>RLDocumentPageRangeRecordList</code> that represents a record list of
	///  <code>DocumentPageRange</code>
	/// </summary>
	[Serializable()]
	public partial class RLDocumentPageRangeRecordList: GenericRecordList<RCDocumentPageRangeRecord>, IEnumerable, IEnumerator, ISerializable {
		public static void EnsureInitialized() {}

		protected override RCDocumentPageRangeRecord GetElementDefaultValue() {
			return new RCDocumentPageRangeRecord("");
		}

		public T[] ToArray<T>(Func<RCDocumentPageRangeRecord, T> converter) {
			return ToArray(this, converter);
		}

		public static T[] ToArray<T>(RLDocumentPageRangeRecordList recordlist, Func<RCDocumentPageRangeRecord, T> converter) {
			return InnerToArray(recordlist, converter);
		}
		public static implicit operator RLDocumentPageRangeRecordList(RCDocumentPageRangeRecord[] array) {
			RLDocumentPageRangeRecordList result = new RLDocumentPageRangeRecordList();
			result.InnerFromArray(array);
			return result;
		}

		public static RLDocumentPageRangeRecordList ToList<T>(T[] array, Func <T, RCDocumentPageRangeRecord> converter) {
			RLDocumentPageRangeRecordList result = new RLDocumentPageRangeRecordList();
			result.InnerFromArray(array, converter);
			return result;
		}

		public static RLDocumentPageRangeRecordList FromRestList<T>(RestList<T> restList, Func <T, RCDocumentPageRangeRecord> converter) {
			RLDocumentPageRangeRecordList result = new RLDocumentPageRangeRecordList();
			result.InnerFromRestList(restList, converter);
			return result;
		}
		/// <summary>
		/// Default Constructor
		/// </summary>
		public RLDocumentPageRangeRecordList(): base() {
		}

		/// <summary>
		/// Constructor with transaction parameter
		/// </summary>
		/// <param name="trans"> IDbTransaction Parameter</param>
		[Obsolete("Use the Default Constructor and set the Transaction afterwards.")]
		public RLDocumentPageRangeRecordList(IDbTransaction trans): base(trans) {
		}

		/// <summary>
		/// Constructor with transaction parameter and alternate read method
		/// </summary>
		/// <param name="trans"> IDbTransaction Parameter</param>
		/// <param name="alternateReadDBMethod"> Alternate Read Method</param>
		[Obsolete("Use the Default Constructor and set the Transaction afterwards.")]
		public RLDocumentPageRangeRecordList(IDbTransaction trans, ReadDBMethodDelegate alternateReadDBMethod): this(trans) {
			this.alternateReadDBMethod = alternateReadDBMethod;
		}

		/// <summary>
		/// Constructor declaration for serialization
		/// </summary>
		/// <param name="info"> SerializationInfo</param>
		/// <param name="context"> StreamingContext</param>
		public RLDocumentPageRangeRecordList(SerializationInfo info, StreamingContext context): base(info, context) {
		}

		public override BitArray[] GetDefaultOptimizedValues() {
			BitArray[] def = new BitArray[2];
			def[0] = null;
			def[1] = null;
			return def;
		}
		/// <summary>
		/// Create as new list
		/// </summary>
		/// <returns>The new record list</returns>
		protected override OSList<RCDocumentPageRangeRecord> NewList() {
			return new RLDocumentPageRangeRecordList();
		}


	} // RLDocumentPageRangeRecordList

	/// <summary>
	/// RecordList type <code>RLDocumentDocumentInfoRecordList</code> that represents a record list of
	///  <code>DocumentDocumentInfo</code>
	/// </summary>
	[Serializable()]
	public partial class RLDocumentDocumentInfoRecordList: GenericRecordList<RCDocumentDocumentInfoRecord>, IEnumerable, IEnumerator, ISerializable {
		public static void EnsureInitialized() {}

		protected override RCDocumentDocumentInfoRecord GetElementDefaultValue() {
			return new RCDocumentDocumentInfoRecord("");
		}

		public T[] ToArray<T>(Func<RCDocumentDocumentInfoRecord, T> converter) {
			return ToArray(this, converter);
		}

		public static T[] ToArray<T>(RLDocumentDocumentInfoRecordList recordlist, Func<RCDocumentDocumentInfoRecord, T> converter) {
			return InnerToArray(recordlist, converter);
		}
		public static implicit operator RLDocumentDocumentInfoRecordList(RCDocumentDocumentInfoRecord[] array) {
			RLDocumentDocumentInfoRecordList result = new RLDocumentDocumentInfoRecordList();
			result.InnerFromArray(array);
			return result;
		}

		public static RLDocumentDocumentInfoRecordList ToList<T>(T[] array, Func <T, RCDocumentDocumentInfoRecord> converter) {
			RLDocumentDocumentInfoRecordList result = new RLDocumentDocumentInfoRecordList();
			result.InnerFromArray(array, converter);
			return result;
		}

		public static RLDocumentDocumentInfoRecordList FromRestList<T>(RestList<T> restList, Func <T, RCDocumentDocumentInfoRecord> converter) {
			RLDocumentDocumentInfoRecordList result = new RLDocumentDocumentInfoRecordList();
			result.InnerFromRestList(restList, converter);
			return result;
		}
		/// <summary>
		/// Default Constructor
		/// </summary>
		public RLDocumentDocumentInfoRecordList(): base() {
		}

		/// <summary>
		/// Constructor with transaction parameter
		/// </summary>
		/// <param name="trans"> IDbTransaction Parameter</param>
		[Obsolete("Use the Default Constructor and set the Transaction afterwards.")]
		public RLDocumentDocumentInfoRecordList(IDbTransaction trans): base(trans) {
		}

		/// <summary>
		/// Constructor with transaction parameter and alternate read method
		/// </summary>
		/// <param name="trans"> IDbTransaction Parameter</param>
		/// <param name="alternateReadDBMethod"> Alternate Read Method</param>
		[Obsolete("Use the Default Constructor and set the Transaction afterwards.")]
		public RLDocumentDocumentInfoRecordList(IDbTransaction trans, ReadDBMethodDelegate alternateReadDBMethod): this(trans) {
			this.alternateReadDBMethod = alternateReadDBMethod;
		}

		/// <summary>
		/// Constructor declaration for serialization
		/// </summary>
		/// <param name="info"> SerializationInfo</param>
		/// <param name="context"> StreamingContext</param>
		public RLDocumentDocumentInfoRecordList(SerializationInfo info, StreamingContext context): base(info, context) {
		}

		public override BitArray[] GetDefaultOptimizedValues() {
			BitArray[] def = new BitArray[2];
			def[0] = null;
			def[1] = null;
			return def;
		}
		/// <summary>
		/// Create as new list
		/// </summary>
		/// <returns>The new record list</returns>
		protected override OSList<RCDocumentDocumentInfoRecord> NewList() {
			return new RLDocumentDocumentInfoRecordList();
		}


	} // RLDocumentDocumentInfoRecordList

}
