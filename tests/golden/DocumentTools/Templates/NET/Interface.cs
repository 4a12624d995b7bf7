using System;
using System.Collections;
using System.Data;
using OutSystems.HubEdition.RuntimePlatform;

namespace OutSystems.NssDocumentTools {

	public interface IssDocumentTools {

		/// <summary>
		/// Merges documents into one PDF, in list order.
		/// </summary>
		/// <param name="ssDocuments"></param>
		/// <param name="ssOutputFileName"></param>
		/// <param name="ssMerged"></param>
		void MssMergeDocuments(RLDocumentRecordList ssDocuments, string ssOutputFileName, out RCDocumentRecord ssMerged);

		/// <summary>
		/// Splits a PDF into one document per page range.
		/// </summary>
		/// <param name="ssSource"></param>
		/// <param name="ssRanges"></param>
		/// <param name="ssParts"></param>
		void MssSplitDocument(RCDocumentRecord ssSource, RLPageRangeRecordList ssRanges, out RLDocumentPageRangeRecordList ssParts);

		/// <summary>
		/// Stamps a watermark on a PDF.
		/// </summary>
		/// <param name="ssSource"></param>
		/// <param name="ssWatermark"></param>
		/// <param name="ssStampDate">Date printed under the watermark text.</param>
		/// <param name="ssStampTime"></param>
		/// <param name="ssStamped"></param>
		void MssStampWatermark(RCDocumentRecord ssSource, RCWatermarkRecord ssWatermark, DateTime ssStampDate, DateTime ssStampTime, out RCDocumentRecord ssStamped);

		/// <summary>
		/// Reads title, author, page count and dates of a document.
		/// </summary>
		/// <param name="ssSource"></param>
		/// <param name="ssInfo"></param>
		void MssGetDocumentInfo(RCDocumentRecord ssSource, out RCDocumentDocumentInfoRecord ssInfo);

		/// <summary>
		/// Number of pages of a PDF. Usable in expressions.
		/// </summary>
		/// <param name="ssContent"></param>
		/// <param name="ssPageCount"></param>
		void MssGetPageCount(byte[] ssContent, out int ssPageCount);

		/// <summary>
		/// Whether a signed PDF&apos;s signatures are valid on a given date and time.
		/// </summary>
		/// <param name="ssContent"></param>
		/// <param name="ssAt"></param>
		/// <param name="ssAllowSelfSigned"></param>
		/// <param name="ssIsValid"></param>
		void MssHasValidSignature(byte[] ssContent, DateTime ssAt, bool ssAllowSelfSigned, out bool ssIsValid);

		/// <summary>
		/// Text of the given pages; pages are separated by a form feed.
		/// </summary>
		/// <param name="ssContent"></param>
		/// <param name="ssRange"></param>
		/// <param name="ssPageSeparator"></param>
		/// <param name="ssMaxCharacters"></param>
		/// <param name="ssText"></param>
		void MssExtractText(byte[] ssContent, RCPageRangeRecord ssRange, string ssPageSeparator, long ssMaxCharacters, out string ssText);

	} // IssDocumentTools

} // OutSystems.NssDocumentTools
