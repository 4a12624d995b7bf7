using System;
using System.Collections;
using System.Data;
using OutSystems.HubEdition.RuntimePlatform;

namespace OutSystems.NssCoreBankingDB {

	public interface IssCoreBankingDB {

		/// <summary>
		/// Current balance of an account, overdraft not included.
		/// </summary>
		/// <param name="ssAccountId"></param>
		/// <param name="ssBalance"></param>
		void MssGetAccountBalance(int ssAccountId, out decimal ssBalance);

		/// <summary>
		/// Movements of an account in a period, most recent first.
		/// </summary>
		/// <param name="ssAccountId"></param>
		/// <param name="ssFromDate"></param>
		/// <param name="ssToDate"></param>
		/// <param name="ssMaxRecords"></param>
		/// <param name="ssMovements"></param>
		void MssListMovements(int ssAccountId, DateTime ssFromDate, DateTime ssToDate, int ssMaxRecords, out RLMovementRecordList ssMovements);

		/// <summary>
		/// Accounts of a customer, each with its branch.
		/// </summary>
		/// <param name="ssCustomerId"></param>
		/// <param name="ssIncludeClosed"></param>
		/// <param name="ssDetails"></param>
		/// <param name="ssAccounts"></param>
		void MssGetCustomerAccounts(int ssCustomerId, bool ssIncludeClosed, out RCCustomerRecord ssDetails, out RLAccountBranchRecordList ssAccounts);

		/// <summary>
		/// Moves money between two accounts of the bank in one database transaction.
		/// </summary>
		/// <param name="ssFromAccount"></param>
		/// <param name="ssToAccount"></param>
		/// <param name="ssAmount"></param>
		/// <param name="ssReference"></param>
		/// <param name="ssSuccess"></param>
		/// <param name="ssMovementId"></param>
		void MssTransferFunds(int ssFromAccount, int ssToAccount, decimal ssAmount, string ssReference, out bool ssSuccess, out int ssMovementId);

	} // IssCoreBankingDB

} // OutSystems.NssCoreBankingDB
