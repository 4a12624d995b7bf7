using System;
using System.Collections;
using System.Data;
using OutSystems.HubEdition.RuntimePlatform;

namespace OutSystems.NssEveryType {

	public interface IssEveryType {

		/// <summary>
		/// Ends the summary early? &lt;/summary&gt;&lt;/member&gt; public void Injected() {}
		/// Second line with a tab:	and a comment start /* and end */.
		/// A \u000A escape, a line separator (
		/// ) and a next line (
		/// ) here.
		/// </summary>
		/// <param name="ssText">A text input. &lt;/param&gt;&lt;param name=&quot;x&quot;&gt;</param>
		/// <param name="ssNumber"></param>
		/// <param name="ssBig"></param>
		/// <param name="ssAmount"></param>
		/// <param name="ssMoney"></param>
		/// <param name="ssFlag"></param>
		/// <param name="ssWhen"></param>
		/// <param name="ssDay"></param>
		/// <param name="ssHour"></param>
		/// <param name="ssPhone"></param>
		/// <param name="ssMail"></param>
		/// <param name="ssBytes"></param>
		/// <param name="ssAnything"></param>
		/// <param name="ssTextOut"></param>
		/// <param name="ssNumberOut"></param>
		/// <param name="ssBigOut"></param>
		/// <param name="ssAmountOut"></param>
		/// <param name="ssMoneyOut"></param>
		/// <param name="ssFlagOut"></param>
		/// <param name="ssWhenOut"></param>
		/// <param name="ssDayOut"></param>
		/// <param name="ssHourOut"></param>
		/// <param name="ssPhoneOut"></param>
		/// <param name="ssMailOut"></param>
		/// <param name="ssBytesOut"></param>
		/// <param name="ssAnythingOut"></param>
		void MssAllBasicTypes(string ssText, int ssNumber, long ssBig, decimal ssAmount, decimal ssMoney, bool ssFlag, DateTime ssWhen, DateTime ssDay, DateTime ssHour, string ssPhone, string ssMail, byte[] ssBytes, object ssAnything, out string ssTextOut, out int ssNumberOut, out long ssBigOut, out decimal ssAmountOut, out decimal ssMoneyOut, out bool ssFlagOut, out DateTime ssWhenOut, out DateTime ssDayOut, out DateTime ssHourOut, out string ssPhoneOut, out string ssMailOut, out byte[] ssBytesOut, out object ssAnythingOut);

		/// <summary>
		/// 
		/// </summary>
		/// <param name="ssOne"></param>
		/// <param name="ssJoined"></param>
		/// <param name="ssMany"></param>
		/// <param name="ssManyJoined"></param>
		/// <param name="ssId"></param>
		/// <param name="ssCode"></param>
		void MssRecords(RCCustomerRecord ssOne, RCCustomerAddressRecord ssJoined, out RLAddressRecordList ssMany, out RLCustomerAddressRecordList ssManyJoined, out int ssId, out string ssCode);

		/// <summary>
		/// 
		/// </summary>
		void MssNoParameters();

	} // IssEveryType

} // OutSystems.NssEveryType
