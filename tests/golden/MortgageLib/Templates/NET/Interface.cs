using System;
using System.Collections;
using System.Data;
using OutSystems.HubEdition.RuntimePlatform;

namespace OutSystems.NssMortgageLib {

	public interface IssMortgageLib {

		/// <summary>
		/// Monthly payment of a fixed-rate mortgage.
		/// </summary>
		/// <param name="ssPrincipal">Amount borrowed.</param>
		/// <param name="ssAnnualRate">Yearly interest rate, in percent.</param>
		/// <param name="ssYears">Term of the loan in years.</param>
		/// <param name="ssMonthlyPayment"></param>
		void MssCalculateMortgage(decimal ssPrincipal, decimal ssAnnualRate, int ssYears, out decimal ssMonthlyPayment);

		/// <summary>
		/// Rounds a value to cents. Usable in expressions.
		/// </summary>
		/// <param name="ssValue"></param>
		/// <param name="ssRounded"></param>
		void MssRoundToCents(decimal ssValue, out decimal ssRounded);

		/// <summary>
		/// Interest paid over the whole term of a fixed-rate mortgage.
		/// </summary>
		/// <param name="ssPrincipal"></param>
		/// <param name="ssAnnualRate"></param>
		/// <param name="ssYears"></param>
		/// <param name="ssInterest"></param>
		void MssTotalInterest(decimal ssPrincipal, decimal ssAnnualRate, int ssYears, out decimal ssInterest);

		/// <summary>
		/// Month-by-month split of each payment into interest and principal.
		/// </summary>
		/// <param name="ssPrincipal"></param>
		/// <param name="ssAnnualRate"></param>
		/// <param name="ssYears"></param>
		/// <param name="ssSchedule"></param>
		void MssAmortizationSchedule(decimal ssPrincipal, decimal ssAnnualRate, int ssYears, out RLInstallmentRecordList ssSchedule);

		/// <summary>
		/// Payment and schedule of a loan kept by the core banking system.
		/// </summary>
		/// <param name="ssLoanId"></param>
		/// <param name="ssLoanDetails"></param>
		/// <param name="ssSchedule"></param>
		void MssLoanSchedule(int ssLoanId, out RCLoanBorrowerRecord ssLoanDetails, out RLInstallmentRecordList ssSchedule);

		/// <summary>
		/// Loans with their borrowers, optionally only the open ones.
		/// </summary>
		/// <param name="ssOnlyOpen"></param>
		/// <param name="ssStartedAfter"></param>
		/// <param name="ssLoans"></param>
		void MssListLoans(bool ssOnlyOpen, DateTime ssStartedAfter, out RLLoanBorrowerRecordList ssLoans);

	} // IssMortgageLib

} // OutSystems.NssMortgageLib
