// ---------------------------------------------------------------------------------------
// GENERATED FILE: DO NOT EDIT. Written by `npm run generate` (scripts/generate.mjs) from:
//   d365/metadata.xml (sha256 c64e4c05bce06bdc)
// Change the generator or the pinned inputs, never this file.
// ---------------------------------------------------------------------------------------
/* eslint-disable */
// biome-ignore-all lint: generated

/** A property of a D365 data entity as the metadata declares it. */
export interface EntityProperty {
  /** Edm type, or the enum type's name for enum properties (see `enumTypes`). */
  readonly type: string;
  readonly nullable: boolean;
  readonly maxLength?: number;
  /** True when `type` names an enum in `enumTypes`. */
  readonly isEnum?: boolean;
}

/** An entity set: its entity type, key properties (in key order) and properties. */
export interface EntitySetInfo {
  readonly entityType: string;
  readonly keys: readonly string[];
  readonly properties: Readonly<Record<string, EntityProperty>>;
}

export const entityNamespace = "Microsoft.Dynamics.DataEntities";

export const enumTypes: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  "ABC": {
    "None": 0,
    "A": 1,
    "B": 2,
    "C": 3
  },
  "AdjustmentMethod_MX": {
    "None": 0,
    "TransactionDate": 1,
    "OpenBalance": 2,
    "MonthlyBalance": 3,
    "Balance": 4
  },
  "BomWHSReleasePolicy": {
    "AllowPartialReservation": 0,
    "RequireFullReservation": 1
  },
  "BundleLineStatus": {
    "None": 0,
    "Backorder": 1,
    "Delivered": 2,
    "Invoiced": 3,
    "Canceled": 4
  },
  "BundleLineType": {
    "None": 0,
    "BundleParent": 1,
    "NestedBundleParent": 2,
    "BundleComponent": 3
  },
  "CompanyType_MX": {
    "Blank": 0,
    "LegalEntity": 1,
    "LegalPerson": 2,
    "ForeignCompany": 3
  },
  "CreditCardAddressVerification": {
    "None": 0,
    "No": 1,
    "Yes": 2
  },
  "CreditCardAddressVerificationLevel": {
    "Accept": 0,
    "AccountHolderName": 1,
    "BillingPostalCode": 3,
    "BillingAddress": 2
  },
  "CreditCardCVC": {
    "None": 0,
    "No": 1,
    "Yes": 2
  },
  "CurrentOperationsTax": {
    "Current": 0,
    "Operations": 1,
    "Tax": 2,
    "WarehouseCur_RU": 17,
    "CustomLayer1": 18,
    "CustomLayer2": 19,
    "CustomLayer3": 20,
    "CustomLayer4": 21,
    "CustomLayer5": 22,
    "CustomLayer6": 23,
    "CustomLayer7": 24,
    "None": 25
  },
  "CustAccountStatement": {
    "Always": 0,
    "Quarter": 1,
    "Biannually": 2,
    "Yearly": 3,
    "Never": 4
  },
  "CustCollectionLetterCode": {
    "None": 0,
    "CollectionLetter1": 1,
    "CollectionLetter2": 2,
    "CollectionLetter3": 3,
    "CollectionLetter4": 4,
    "Collection": 5,
    "All": 6,
    "CollectionPerCust": 7
  },
  "CustVendForeignExchIndicator_US": {
    "None": 0,
    "FV": 1,
    "VF": 2,
    "FF": 3
  },
  "CustVendForeignExchRefIndicator_US": {
    "One": 0,
    "Two": 1,
    "Three": 2
  },
  "CustVendGatewayOperatorOFACIndicator_US": {
    "Zero": 0,
    "One": 1
  },
  "CustVendOriginatingDFIQualifier_US": {
    "One": 0,
    "Two": 1,
    "Three": 2
  },
  "CustVendSecondaryOFACIndicator_US": {
    "Zero": 0,
    "One": 1
  },
  "CustVendorBlocked": {
    "No": 0,
    "Invoice": 1,
    "All": 2,
    "Payment": 3,
    "Requisition": 4,
    "Never": 5,
    "PurchOrder": 6
  },
  "CustWhtContributionType_BR": {
    "Other": 0,
    "FederalAgencyAutarchyOrFoundation": 1,
    "OtherFederalAdministrationEntity": 2,
    "PrivateCompany": 3,
    "Cooperative": 4,
    "MachineOrVehicleManufacturer": 5
  },
  "CustomerType_IN": {
    "None": 0,
    "GovtCompanyOrOtherAgencies": 1,
    "ECommerceOperator": 2
  },
  "DebCredProposal": {
    "None": 0,
    "Debit": 1,
    "Credit": 2
  },
  "DimensionLedgerAccountReportingType": {
    "None": 0,
    "Heading": 1,
    "HeadingEmpty": 2,
    "HeadingPage": 3
  },
  "DimensionLedgerAccountType": {
    "Blank": 10,
    "ProfitAndLoss": 0,
    "Revenue": 1,
    "Expense": 2,
    "BalanceSheet": 3,
    "Asset": 4,
    "Liability": 5,
    "Equity": 6,
    "Total": 8,
    "Reporting": 9,
    "Common_CN": 100
  },
  "DirPersonMaritalStatus": {
    "None": 0,
    "Single": 1,
    "Married": 2,
    "Divorced": 3,
    "Widowhood": 4
  },
  "DocumentType_IT": {
    "None": 0,
    "PaymentOrder": 1,
    "Contract": 2,
    "Agreement": 3,
    "ManagementSystem": 4,
    "OriginalInvoice": 5
  },
  "EFDocPresenceType_BR": {
    "DoesNotApply": 0,
    "InPerson": 1,
    "Internet": 2,
    "Telesales": 3,
    "InPersonOut": 5,
    "Others": 9
  },
  "EcoResProductServiceType": {
    "NotSpecified": 0,
    "Warranty": 1
  },
  "EcoResProductSubtype": {
    "Product": 1,
    "ProductMaster": 2,
    "ProductVariant": 3
  },
  "EcoResProductType": {
    "Item": 1,
    "Service": 2
  },
  "ExchangeRateDisplayFactor": {
    "One": 1,
    "Ten": 2,
    "Hundred": 3,
    "Thousand": 4,
    "TenThousand": 5
  },
  "FITaxationOrigin_BR": {
    "National": 0,
    "DirectImport": 1,
    "Import": 2,
    "NationalImportContent": 3,
    "LegalAdjusts": 4,
    "NationalLessThan40ImportContent": 5,
    "ImportNoSimilar": 6,
    "ImportAcquiredInRegion": 7,
    "NationalGreaterThan70ImportContent": 8
  },
  "FactureCorrectionType_RU": {
    "Unknown": 0,
    "Correction": 1,
    "Revision": 2
  },
  "FederalNonFederalIndicatorCode": {
    "None": 0,
    "Federal": 1,
    "NonFederal": 2,
    "NonFederalException": 3
  },
  "FieldControl": {
    "Optional": 0,
    "FillIn": 1,
    "Table": 2,
    "List": 3
  },
  "FinancialReportingTranslationType": {
    "WeightedAverage": 0,
    "StandardAverage": 1,
    "Current": 2,
    "TransactionDate": 3
  },
  "Gender": {
    "Unknown": 0,
    "Male": 1,
    "Female": 2,
    "NonSpecific": 3
  },
  "GenderMaleFemale": {
    "Male": 0,
    "Female": 1
  },
  "InventBatchMergeDateCalculationMethod": {
    "Manual": 0,
    "Earliest": 1,
    "Latest": 2
  },
  "InvoiceComplementaryType_BR": {
    "Blank": 0,
    "Price": 1,
    "Tax": 4
  },
  "InvoiceOrderAccount": {
    "InvoiceAccount": 0,
    "OrderAccount": 1
  },
  "InvoiceType_MY": {
    "Invoice": 0,
    "GST": 1,
    "SelfBilled": 2,
    "ServiceInvoice": 3
  },
  "ItemNumAlternative": {
    "Never": 0,
    "InventWhen0": 1,
    "Always": 2
  },
  "ItemReservation": {
    "None": 0,
    "Automatic": 1,
    "Explosion": 2
  },
  "LedgerClosing": {
    "None": 0,
    "Result": 1,
    "BalanceSheet": 2,
    "Capital": 3
  },
  "LedgerJournalACType": {
    "Ledger": 0,
    "Cust": 1,
    "Vend": 2,
    "Project": 3,
    "FixedAssets": 5,
    "Bank": 6,
    "FixedAssets_RU": 12,
    "Employee_RU": 13,
    "RDeferrals": 14,
    "RCash": 15
  },
  "LedgerPostingType": {
    "None": 0,
    "ExchRateGain": 1,
    "ExchRateLoss": 2,
    "InterCompany": 3,
    "Tax": 4,
    "VATRoundOff": 5,
    "Allocation": 6,
    "InvestmentDuty": 7,
    "Liquidity": 8,
    "MSTDiffSecond": 9,
    "ErrorAccount": 10,
    "MSTDiff": 11,
    "YearResult": 12,
    "Closing": 13,
    "LedgerJournal": 14,
    "CashDiscount": 15,
    "ConsolidateDiffBalance": 16,
    "PaymentFee": 17,
    "TaxReport": 18,
    "TransferOpeningClosing": 19,
    "Bank": 20,
    "ConversionProfit": 21,
    "ConversionLoss": 22,
    "TaxWithhold": 23,
    "ConsolidateDiffProfitLoss": 24,
    "IndirectEstimatedAbsorptionOffset": 25,
    "IndirectAbsorption": 26,
    "IndirectAbsorptionOffset": 27,
    "FreeTextInvoice": 28,
    "ConversionReportingLoss": 29,
    "ConversionReportingProfit": 30,
    "CustBalance": 31,
    "CustRevenue": 32,
    "CustInterest": 33,
    "CustCashDisc": 34,
    "CustCollectionLetterFee": 35,
    "CustInterestFee": 36,
    "CustInvoiceDisc": 37,
    "CustPayment": 38,
    "CustReimbursement": 39,
    "CustSettlement": 40,
    "VendBalance": 41,
    "VendPurchLedger": 42,
    "VendOffsetAccount": 43,
    "VendInterest": 44,
    "VendCashDisc": 45,
    "VendPayment": 46,
    "VendInvoiceDisc": 47,
    "VendSettlement": 48,
    "CrossCompanySettlement": 49,
    "InventIssueFixedAsset": 50,
    "SalesRevenue": 51,
    "SalesConsump": 52,
    "SalesDisc": 53,
    "SalesCash": 54,
    "SalesFreight": 55,
    "SalesFee": 56,
    "SalesPostage": 57,
    "SalesRoundOff": 58,
    "SalesPackingSlip": 59,
    "SalesOffsetAccountPackingSlip": 60,
    "SalesIssue": 61,
    "SalesCommission": 62,
    "SalesOffsetAccountCommission": 63,
    "SalesPckSlipRevenue": 64,
    "SalesPckSlipRevenueOffsetAccount": 65,
    "Rebate": 66,
    "PdsCWLoss": 67,
    "PdsCWProfit": 68,
    "PurchConsump": 71,
    "PurchDisc": 72,
    "PurchCash": 73,
    "PurchFreight": 74,
    "PurchFee": 75,
    "PurchPostage": 76,
    "PurchOffsetAccount": 77,
    "PurchaseInvoiceRoundOff": 78,
    "PurchMarkupFreight": 79,
    "PurchMarkupCustoms": 80,
    "PurchMarkupInsurance": 81,
    "PurchPckSlp": 82,
    "PurchOffsetAccountPckSlp": 83,
    "PurchReceipt": 84,
    "PurchStdProfit": 85,
    "PurchStdLoss": 86,
    "PurchStdOffsetAccount": 87,
    "InventReceipt": 91,
    "InventIssue": 92,
    "InventProfit": 93,
    "InventLoss": 94,
    "InventStdProfit": 95,
    "InventStdLoss": 96,
    "Opening_ES": 97,
    "PurchReq": 98,
    "PurchOrder": 99,
    "APInvoice": 100,
    "Budget": 101,
    "PurchOrderYearEnd": 102,
    "InflationAdjustment_MX": 103,
    "ProdReportFinished": 105,
    "ProdReportFinishedOffsetAccount": 106,
    "ProdIssue": 107,
    "ProdIssueOffsetAccount": 108,
    "ProdReceipt": 109,
    "ProdReceiptOffsetAccount": 110,
    "ProdPicklistOffsetAccount": 111,
    "ProdPicklist": 112,
    "ProdWIPValuation": 113,
    "ProdWIPIssue": 114,
    "ProdWrkCtrIssue": 115,
    "ProdScrap": 116,
    "ProdWrkCtrIssueOffsetAccount": 117,
    "ProdScrapOffsetAccount": 118,
    "ProdLeanWIPServiceReceipt": 119,
    "ProdLeanWIPServiceClearing": 120,
    "ProjCost": 121,
    "ProjPayrollAllocation": 122,
    "ProjWIPCostvalue": 123,
    "ProjOffsetAccountItem": 124,
    "ProjStatusAccountItem": 125,
    "ProjTurnover": 126,
    "ProjOnAccount": 127,
    "ProjSalesvalue": 128,
    "ProjSalesvalueOffset": 129,
    "ProjAccruedTurnoverProd": 130,
    "ProjWIPProduction": 131,
    "ProJAccruedTurnoverProfit": 132,
    "ProjWIPProfit": 133,
    "ProjNeverLedger": 134,
    "ProjAccruedCost": 135,
    "ProjWIPCost": 136,
    "ProjAccruedRevenueOnAccount": 137,
    "ProjWIPInvoicedOnAccount": 138,
    "ProjNoLedger": 139,
    "PayrollDebitAccount": 141,
    "PayrollCreditAccount": 142,
    "EmplPayment_RU": 146,
    "RTSLTranslationDifference": 147,
    "RCash": 148,
    "InventRoundingLoss_RU": 149,
    "InventRoundingProfit_RU": 150,
    "AdvanceAdjustmentGain_RU": 151,
    "AdvanceAdjustmentLoss_RU": 152,
    "FixedAssetsDebit": 161,
    "FixedAssetsCredit": 162,
    "CACLedgerJournalNoOff": 163,
    "AmountDiffGain_RU": 165,
    "AmountDiffLoss_RU": 166,
    "Misc_IN": 175,
    "TransferGoodsTransit_IN": 176,
    "TransferScrap_IN": 177,
    "PurchCharge": 201,
    "PurchStockVariation": 202,
    "PurchPckSlpPurchaseOffsetAccount": 203,
    "PurchPckSlpTax": 204,
    "PurchPckSlpPurchase": 205,
    "SalesPackingslipTax": 206,
    "ProjAccruedRevenueSubscription": 207,
    "ProjWIPSubscription": 208,
    "TaxOffsetWithhold_TH": 209,
    "InventStdCostChangeVariance": 210,
    "InventSystemRounding": 211,
    "PurchAdvance": 212,
    "PurchStdCostPurchasePriceVariance": 213,
    "PurchAdvanceApplication": 214,
    "ProdStdCostProductionVariance": 216,
    "SalesGoodsInRoute_RU": 217,
    "SalesGoodsInRouteOffset_RU": 218,
    "InventInterUnitPayable": 219,
    "InventInterUnitReceivable": 220,
    "IndirectEstimatedAbsorption": 221,
    "ProdStdCostLotSizeVariance": 222,
    "ProdStdCostQuantityVariance": 223,
    "ProdStdCostSubstitutionVariance": 224,
    "InventStdCostRoundingVariance": 225,
    "PurchReceiptFixedAsset": 226,
    "PSATransportation": 228,
    "PSACompanyCCClearing": 229,
    "PSAEmployeeClearing": 230,
    "PSAEmployeeAdvance": 231,
    "PSAWriteOffCap": 232,
    "PSAProjRetain": 233,
    "PSAProjPurchRetain": 234,
    "InventStdCostRevaluation": 235,
    "PurchExpense": 236,
    "VAT_IN": 180,
    "InventMovingAveragePriceDifference": 237,
    "SalesTax_IN": 181,
    "InventMovingAverageCostRevaluation": 238,
    "Excise_IN": 182,
    "IntercompanyCost": 239,
    "ServiceTax_IN": 183,
    "IntercompanyRevenue": 240,
    "Customs_IN": 184,
    "TDS_IN": 185,
    "TCS_IN": 186,
    "TransferIssue_IN": 244,
    "TransferReceipt_IN": 245,
    "TransferProfit_IN": 246,
    "TransferLoss_IN": 247,
    "TaxAdjustmentSettlement_IN": 250,
    "TaxExpense_BR": 199,
    "BankStatement": 249,
    "EmplBalance_RU": 227,
    "DebitNote_BR": 69,
    "CustFine_BR": 248,
    "VendFine_BR": 70,
    "Payroll": 195,
    "InterunitDebit": 88,
    "InterunitCredit": 89,
    "FixedAssetsDebit_RU": 241,
    "FixedAssetsCredit_RU": 242,
    "TransferInterim_IN": 90,
    "DeferralsDebit_RU": 243,
    "DeferralsCredit_RU": 215,
    "MCRReturns": 159,
    "MCRReturnsConsump": 160,
    "MCRUnderpayWriteOff": 164,
    "MCRBrokerFee": 190,
    "RPayTaxRefundOffset": 200,
    "BudgetReservation_PSN": 104,
    "BudgetReservationYearEnd_PSN": 140,
    "SalesAdvance": 251,
    "GST_IN": 143,
    "ReportingCurrencyAdjustment": 144,
    "SalesCreditNote_IT": 145,
    "SalesForFree_IT": 153,
    "ProjProcurementIntegration": 167,
    "ITMGIT": 154,
    "ITMCostAccrual": 155,
    "ITMCostClearing": 156,
    "ITMCostChargeAccrual": 157,
    "ITMCostCharge": 158,
    "ITMCostVariance": 179,
    "SalesRevenueOffset": 168,
    "SalesDiscOffset": 169,
    "UnbilledDiscOffset": 187,
    "DeferredCost": 188,
    "DeferredRevenue": 189,
    "RevRecDeferredRevenue": 172,
    "RevRecDeferredCostOfGoodsSold": 173,
    "RevRecPartialRevenue": 174,
    "RevRecDeferredCost": 178
  },
  "LegalNature_IT": {
    "LN1": 1,
    "LN2": 2,
    "LN3": 3,
    "LN4": 4,
    "LN5": 5,
    "LN6": 6,
    "LN7": 7,
    "LN8": 8,
    "LN9": 9,
    "LN10": 10,
    "LN11": 11,
    "LN12": 12,
    "LN13": 13,
    "LN14": 14,
    "LN15": 15,
    "LN16": 16,
    "LN17": 17,
    "LN18": 18,
    "LN19": 19,
    "LN20": 20,
    "LN21": 21,
    "LN22": 22,
    "LN23": 23,
    "LN24": 24,
    "LN25": 25,
    "LN26": 26,
    "LN27": 27,
    "LN28": 28,
    "LN29": 29,
    "LN50": 50,
    "LN51": 51,
    "LN52": 52,
    "LN53": 53,
    "LN54": 54,
    "LN55": 55,
    "LN56": 56,
    "LN57": 57,
    "LN58": 58,
    "LN30": 30,
    "LN31": 31,
    "LN32": 32,
    "LN33": 33,
    "LN34": 34,
    "LN35": 35,
    "LN36": 36,
    "LN37": 37,
    "LN38": 38,
    "LN39": 39,
    "LN40": 40,
    "LN41": 41,
    "LN42": 42,
    "LN43": 43,
    "LN44": 44,
    "LN59": 59
  },
  "Listcode": {
    "IncludeNot": 0,
    "EUTrade": 1,
    "ProductionOnToll": 2,
    "TriangularEUTrade": 3,
    "TriangularProductionOnToll": 4,
    "PropertyMoving_CZ": 50,
    "TriangularIntermediateRole_HU": 51,
    "DEL_EUService": 52,
    "PurchasedOnBehalf_LV": 53
  },
  "MCRGiftCardType": {
    "Email": 0,
    "Physical": 1
  },
  "MCRSOAllocPriority": {
    "AllocationPriority1": 9,
    "AllocationPriority2": 8,
    "AllocationPriority3": 7,
    "AllocationPriority4": 6,
    "AllocationPriority5": 5,
    "AllocationPriority6": 4,
    "AllocationPriority7": 3,
    "AllocationPriority8": 2,
    "AllocationPriority9": 1,
    "AllocationPriority10": 0
  },
  "MPSFullRunCTPStatus": {
    "Ready": 0,
    "NotReady": 1
  },
  "MonthsOfYear": {
    "None": 0,
    "January": 1,
    "February": 2,
    "March": 3,
    "April": 4,
    "May": 5,
    "June": 6,
    "July": 7,
    "August": 8,
    "September": 9,
    "October": 10,
    "November": 11,
    "December": 12
  },
  "NatureOfAssessee_IN": {
    "Company": 0,
    "HUF": 1,
    "Firm": 2,
    "Individual": 3,
    "AOP": 4,
    "BOI": 5,
    "LocalAuthority": 6,
    "Others": 7
  },
  "NoYes": {
    "No": 0,
    "Yes": 1
  },
  "PANStatus_IN": {
    "NotAvailable": 0,
    "Received": 1,
    "Applied": 2,
    "Invalid": 3
  },
  "PDSPotencyAttribRecordingEnum": {
    "PurchProdReceipt": 0,
    "Quality": 1
  },
  "PaymentStub": {
    "None": 0,
    "FIK": 1,
    "BBS": 2,
    "ESR_blue_PTT": 3,
    "ESR_red_bank": 4,
    "FIK762": 5,
    "ESR_orange": 6,
    "BelSMS101": 7,
    "BelSMS102": 8,
    "Finnish": 9,
    "FIK751": 10,
    "FIK752": 11,
    "QRBill": 12
  },
  "PdsVendorCheckItem": {
    "NoCheck": 0,
    "WarningOnly": 1,
    "NotAllowed": 2
  },
  "PmfProductType": {
    "Co_Product": 1,
    "By_Product": 2,
    "None": 0,
    "MainItem": 3,
    "BOM": 4,
    "Formula": 5
  },
  "ProdFlushingPrincipItem": {
    "Start": 0,
    "Finish": 2,
    "Manual": 1,
    "Picked": 3
  },
  "PurchMatchingPolicyWithNotSetOption": {
    "NotSet": 0,
    "ThreeWayMatch": 1,
    "TwoWayMatch": 2,
    "NoMatch": 3
  },
  "RepomoType_MX": {
    "NotApplicable": 0,
    "Asset": 1,
    "Liability": 2
  },
  "ReqPOType": {
    "Purch": 0,
    "Production": 1,
    "Transfer": 2,
    "Kanban": 3
  },
  "RetailFulfillmentLineStatus": {
    "Unknown": 0,
    "Pending": 1,
    "Accepted": 10,
    "Picking": 2,
    "PartiallyPicked": 3,
    "Picked": 4,
    "PartiallyPacked": 5,
    "Packed": 6,
    "PartiallyInvoiced": 7,
    "Invoiced": 8,
    "Rejected": 11
  },
  "RetailPriceKeyingRequirement": {
    "NotMandatory": 0,
    "NewPrice": 1,
    "HigherEqual": 2,
    "LowerEqual": 3,
    "NoPrice": 4
  },
  "RetailQtyKeyingRequirement": {
    "NotMandatory": 0,
    "KeyIn": 1,
    "NotKeyIn": 2
  },
  "RetailReceiptOptionBase": {
    "RetailEx3": 0,
    "Email": 1,
    "Both": 2
  },
  "RevRecRevenueType": {
    "Essential": 0,
    "NonEssential": 1,
    "PostContractSupport": 2
  },
  "RoundOffType": {
    "Ordinary": 0,
    "RoundDown": 1,
    "RoundUp": 2
  },
  "SalesDeliveryDateControlType": {
    "None": 0,
    "SalesLeadTime": 1,
    "ATP": 2,
    "ATPPlusIssueMargin": 3,
    "CTP": 4,
    "FullRunCTP": 5
  },
  "SalesInvoicePostingType_RU": {
    "Standard": 0,
    "GoodsInRoute": 1
  },
  "SalesOrderProcessingStatus": {
    "Active": 0,
    "Confirmed": 1,
    "Picked": 2,
    "PartiallyDelivered": 3,
    "Delivered": 4,
    "Invoiced": 5,
    "PartiallyInvoiced": 6,
    "Canceled": 7,
    "DeliveredPartiallyInvoiced": 8
  },
  "SalesPriceModel": {
    "None": 0,
    "Contributionratio": 1,
    "PercentMarkup": 2
  },
  "SalesPriceModelBasic": {
    "PurchPrice": 0,
    "CostPrice": 1
  },
  "SalesSalesOrderCreationMethod": {
    "SalesOrder": 0,
    "RetailStatement": 1
  },
  "SalesStatus": {
    "None": 0,
    "Backorder": 1,
    "Delivered": 2,
    "Invoiced": 3,
    "Canceled": 4
  },
  "ScaleIndicator_BR": {
    "Relevant": 0,
    "NotRelevant": 1
  },
  "SettlementType": {
    "None": 0,
    "OpenTransact": 1,
    "SelectedTransact": 2
  },
  "SysLocalizationCountryRegionCode": {
    "Default": 0,
    "None": 1,
    "BE": 2,
    "BR": 3,
    "CA": 4,
    "CZ": 5,
    "DE": 6,
    "EE": 7,
    "ES": 8,
    "FR": 9,
    "GB": 10,
    "HU": 11,
    "IE": 12,
    "IN": 13,
    "IT": 14,
    "JP": 15,
    "LT": 16,
    "LV": 17,
    "MX": 18,
    "NL": 19,
    "NO": 20,
    "PL": 21,
    "RU": 22,
    "SA": 23,
    "TH": 24,
    "US": 25,
    "AU": 26,
    "CN": 27,
    "DK": 28,
    "FI": 29,
    "MY": 30,
    "SG": 31,
    "ZA": 32,
    "SE": 33,
    "CH": 34,
    "IS": 35,
    "AT": 36
  },
  "Timezone": {
    "GMTMINUS1200INTERNATIONALDATELINEWEST": 24,
    "GMTMINUS1100COORDINATEDUNIVERSALTIME": 99,
    "GMTMINUS1100MIDWAYISLAND_SAMOA": 65,
    "GMTMINUS1000HAWAII": 39,
    "GMTMINUS0900ALASKA": 2,
    "GMTMINUS0800PACIFICTIME": 58,
    "GMTMINUS0800TIJUANA_BAJACALIFORNIA": 59,
    "GMTMINUS0700ARIZONA": 75,
    "GMTMINUS0700MOUNTAINTIME": 47,
    "GMTMINUS0700CHIHUAHUA_LAPAZ_MAZATLAN": 48,
    "GMTMINUS0600CENTRALAMERICA": 15,
    "GMTMINUS0600CENTRALTIME": 21,
    "GMTMINUS0600GUADALAJARA_MEXICOCITY": 22,
    "GMTMINUS0600SASKATCHEWAN": 11,
    "GMTMINUS0500BOGOTA_LIMA_QUITO_RIOBRANCO": 63,
    "GMTMINUS0500EASTERNTIME": 29,
    "GMTMINUS0500INDIANA": 74,
    "GMTMINUS0500CHETUMAL": 255,
    "GMTMINUS0400ASUNCION": 95,
    "GMTMINUS0400ATLANTICTIME": 6,
    "GMTMINUS0400LAPAZ": 64,
    "GMTMINUS0400MANAUS": 17,
    "GMTMINUS0300SANTIAGO": 57,
    "GMTMINUS0430CARACAS": 85,
    "GMTMINUS0330NEWFOUNDLAND": 54,
    "GMTMINUS0300_SALVADOR": 87,
    "GMTMINUS0300BRASILIA": 28,
    "GMTMINUS0300BUENOSAIRES": 86,
    "GMTMINUS0300BUENOSAIRES_GEORGETOWN": 62,
    "GMTMINUS0300GREENLAND": 36,
    "GMTMINUS0300MONTEVIDEO": 83,
    "GMTMINUS0200MIDATLANTIC": 45,
    "GMTMINUS0100AZORES": 10,
    "GMTMINUS0100CAPEVERDIS": 12,
    "GMT_CASABLANCA": 93,
    "GMT_CASABLANCA_MONTROVIA_REYKJAVIK": 37,
    "GMT_COORDINATEDUNIVERSALTIME": 89,
    "GMT_DUBLIN_EDINBURGH_LISBON_LONDON": 35,
    "GMT_PLUS0300KALININGRAD_MINSK": 90,
    "GMTPLUS0100_AMSTERDAM_BERLIN_BERN_ROME": 79,
    "GMTPLUS0100BELGRADE_BRATISLAVA_BUDAPEST": 18,
    "GMTPLUS0100BRUSSELS_COPENHAGEN_MADRID": 60,
    "GMTPLUS0100SARAJEVO_SKOPJE_WARSAW_ZAGREB": 19,
    "GMTPLUS0100TRIPOLI": 101,
    "GMTPLUS0100WESTCENTRALAFRICA": 78,
    "GMTPLUS0200_DAMASCUS": 96,
    "GMTPLUS0200AMMAN": 43,
    "GMTPLUS0200ATHENS_BUCHAREST_ISTANBUL": 38,
    "GMTPLUS0200BEIRUT": 46,
    "GMTPLUS0200MINSK": 27,
    "GMTPLUS0200CAIRO": 30,
    "GMTPLUS0200HARARE_PRETORIA": 68,
    "GMTPLUS0200HELSINKI_KYIV_RIGA_VILNIUS": 33,
    "GMTPLUS0300ISTANBUL": 98,
    "GMTPLUS0200JERUSALEM": 42,
    "GMTPLUS0200WINDHOEK": 51,
    "GMTPLUS0300BAGHDAD": 5,
    "GMTPLUS0300KUWAIT_RIYADH": 3,
    "GMTPLUS0300MOSCOW_STPETERSBURG_VOLGOGRAD": 61,
    "GMTPLUS0300NAIROBI": 25,
    "GMTPLUS0300TBILISI": 34,
    "GMTPLUS0330TEHRAN": 41,
    "GMTPLUS0400ABUDHABI_MUSCAT": 4,
    "GMTPLUS0400BAKU": 9,
    "GMTPLUS0400IZHEVSK_SAMARA": 104,
    "GMTPLUS0400CAUCASUSSTANDARDTIME": 84,
    "GMTPLUS0400PORTLOUIS": 92,
    "GMTPLUS0400YEREVAN": 13,
    "GMTPLUS0430KABUL": 1,
    "GMTPLUS0500EKATERINBURG": 31,
    "GMTPLUS0500ISLAMABAD_KARACHI": 94,
    "GMTPLUS0500ISLAMABAD_KARACHI_TASHKENT": 255,
    "GMTPLUS0530CHENNAI_KOLKATA_MUMBAI": 40,
    "GMTPLUS0530SRIJAYAWARDENEPURA": 69,
    "GMTPLUS0545KATHMANDU": 52,
    "GMTPLUS0600ALMATY_NOVOSIBIRSK": 50,
    "GMTPLUS0600ASTANA_DHAKA": 16,
    "GMTPLUS0600DHAKA": 88,
    "GMTPLUS0600MAGADAN": 91,
    "GMTPLUS0630_YANGON": 49,
    "GMTPLUS0700_BANGKOK_HANOI_JAKARTA": 66,
    "GMTPLUS0700KRASNOYARSK": 56,
    "GMTPLUS0800_ULAANBAATAR": 97,
    "GMTPLUS0800BEIJING_CHONGQING_HONGKONG": 23,
    "GMTPLUS0800IRKUTSK_ULAANBATAAR": 55,
    "GMTPLUS0800KUALALUMPUR_SINGAPORE": 67,
    "GMTPLUS0800PERTH": 77,
    "GMTPLUS0800TAIPEI": 70,
    "GMTPLUS0900OSAKA_SAPPORO_TOKYO": 72,
    "GMTPLUS0900SEOUL": 44,
    "GMTPLUS0900YAKUTSK": 82,
    "GMTPLUS0930ADELAIDE": 14,
    "GMTPLUS0930DARWIN": 7,
    "GMTPLUS1000BRISBANE": 26,
    "GMTPLUS1000CANBERRA_MELBOURNE_SYDNEY": 8,
    "GMTPLUS1000GUAM_PORTMORESBY": 81,
    "GMTPLUS1000HOBART": 71,
    "GMTPLUS1000VLADIVOSTOK": 76,
    "GMTPLUS1100CHOKURDAKH": 102,
    "GMTPLUS1100MAGADAN_SOLOMONIS": 20,
    "GMTPLUS1200ANADYR_PETRO_KAMCHATSKY": 103,
    "GMTPLUS1200AUCKLAND_WELLINGTON": 53,
    "GMTPLUS1200COORDINATEDUNIVERSALTIME": 100,
    "GMTPLUS1200FIJI_KAMCHATKA_MARSHALLIS": 32,
    "GMTPLUS1300NUKU_ALOFA": 73
  },
  "UseCashDisc": {
    "Normal": 0,
    "Always": 1,
    "Never": 2
  },
  "WHSAllowMaterialOverPick": {
    "Staging": 0,
    "OrderPicking": 1
  },
  "WHSAllowMaterialOverPickNonLP": {
    "Staging": 0,
    "OrderPicking": 1
  },
  "WHSSalesUnitRestricted": {
    "All": 0,
    "SalesUnitRestricted": 1
  },
  "WarrantablePriceRangeBaseType": {
    "None": 0,
    "BasePrice": 1,
    "SellingPrice": 2
  },
  "WarrantyDurationTimeUnit": {
    "Day": 0,
    "Week": 1,
    "Month": 2,
    "Year": 3
  }
};

export const entitySets = {
  "CustomersV3": {
    "entityType": "CustomerV3",
    "keys": [
      "dataAreaId",
      "CustomerAccount"
    ],
    "properties": {
      "dataAreaId": {
        "type": "Edm.String",
        "nullable": false
      },
      "CustomerAccount": {
        "type": "Edm.String",
        "nullable": false
      },
      "AddressBrazilianCNPJOrCPF": {
        "type": "Edm.String",
        "nullable": true
      },
      "PartyType": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactFaxExtension": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsFuelSurchargeApplied": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "SalesTaxGroup": {
        "type": "Edm.String",
        "nullable": true
      },
      "AddressCountryRegionId": {
        "type": "Edm.String",
        "nullable": true
      },
      "ContactPersonId": {
        "type": "Edm.String",
        "nullable": true
      },
      "CustomerPaymentFineCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "BirthCountyCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "InvoiceAddress": {
        "type": "InvoiceOrderAccount",
        "nullable": true,
        "isEnum": true
      },
      "PackingMaterialFeeLicenseNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "TransactionPresenceType": {
        "type": "EFDocPresenceType_BR",
        "nullable": true,
        "isEnum": true
      },
      "PrimaryContactTwitter": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactEmailIsIM": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "InvoiceAddressCity": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsFinalUser": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "PrimaryContactEmail": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryAddressCounty": {
        "type": "Edm.String",
        "nullable": true
      },
      "HasSuframaDiscountPISandCOFINS": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "InvoiceAddressStreet": {
        "type": "Edm.String",
        "nullable": true
      },
      "CURPNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactLinkedInDescription": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryAddressCountryRegionId": {
        "type": "Edm.String",
        "nullable": true
      },
      "ItemCustomerGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "PersonProfessionalTitle": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesSegmentId": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsServiceDeliveryAddressBased": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "PrimaryContactTelexDescription": {
        "type": "Edm.String",
        "nullable": true
      },
      "InvoiceAddressDistrictName": {
        "type": "Edm.String",
        "nullable": true
      },
      "InvoiceAddressTimeZone": {
        "type": "Timezone",
        "nullable": true,
        "isEnum": true
      },
      "SalesAccountNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactFacebookDescription": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactPhoneIsMobile": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "PrimaryContactFaxRecordId": {
        "type": "Edm.Int64",
        "nullable": false
      },
      "TCSGroup": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryAddressLocationId": {
        "type": "Edm.String",
        "nullable": true
      },
      "InterCompanyAutoCreateOrders": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "AddressZipCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "LineOfBusinessId": {
        "type": "Edm.String",
        "nullable": true
      },
      "GiroTypeProjInvoice": {
        "type": "PaymentStub",
        "nullable": true,
        "isEnum": true
      },
      "OrganizationPhoneticName": {
        "type": "Edm.String",
        "nullable": true
      },
      "CreditCardCVC": {
        "type": "CreditCardCVC",
        "nullable": true,
        "isEnum": true
      },
      "DeliveryAddressCountryRegionISOCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryAddressValidFrom": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "GiroTypeAccountStatement": {
        "type": "PaymentStub",
        "nullable": true,
        "isEnum": true
      },
      "CalculateWithholdingTax": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "ElectronicInvoiceEAN": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryFreightZone": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactFax": {
        "type": "Edm.String",
        "nullable": true
      },
      "TaxExemptNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryAddressDescription": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryAddressLongitude": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "BirthPlace": {
        "type": "Edm.String",
        "nullable": true
      },
      "AddressCity": {
        "type": "Edm.String",
        "nullable": true
      },
      "PersonInitials": {
        "type": "Edm.String",
        "nullable": true
      },
      "DefaultECommerceOperator": {
        "type": "Edm.String",
        "nullable": true
      },
      "CentralBankPurposeCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "FullPrimaryAddress": {
        "type": "Edm.String",
        "nullable": true
      },
      "GiroTypeCollectionletter": {
        "type": "PaymentStub",
        "nullable": true,
        "isEnum": true
      },
      "OrderEntryDeadline": {
        "type": "Edm.String",
        "nullable": true
      },
      "ForeignerId": {
        "type": "Edm.String",
        "nullable": true
      },
      "WarehouseIsASNGenerated": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "AddressLongitude": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "CustomerType": {
        "type": "CustomerType_IN",
        "nullable": true,
        "isEnum": true
      },
      "PrimaryContactLinkedIn": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactURL": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsFreightAccrued": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "PartyState": {
        "type": "Edm.String",
        "nullable": true
      },
      "InvoiceAccount": {
        "type": "Edm.String",
        "nullable": true
      },
      "PartyNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "CentralBankPurposeNotes": {
        "type": "Edm.String",
        "nullable": true
      },
      "CollectionsContactPersonId": {
        "type": "Edm.String",
        "nullable": true
      },
      "AddressBuildingComplement": {
        "type": "Edm.String",
        "nullable": true
      },
      "PersonMaritalStatus": {
        "type": "DirPersonMaritalStatus",
        "nullable": true,
        "isEnum": true
      },
      "AddressLocationId": {
        "type": "Edm.String",
        "nullable": true
      },
      "PaymentSchedule": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactTwitterPurpose": {
        "type": "Edm.String",
        "nullable": true
      },
      "GiroType": {
        "type": "PaymentStub",
        "nullable": true,
        "isEnum": true
      },
      "InvoiceAddressDescription": {
        "type": "Edm.String",
        "nullable": true
      },
      "AddressDistrictName": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryTerms": {
        "type": "Edm.String",
        "nullable": true
      },
      "NumberSequenceGroup": {
        "type": "Edm.String",
        "nullable": true
      },
      "PersonChildrenNames": {
        "type": "Edm.String",
        "nullable": true
      },
      "PaymentMethod": {
        "type": "Edm.String",
        "nullable": true
      },
      "ForeignResident": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "DeliveryMode": {
        "type": "Edm.String",
        "nullable": true
      },
      "PersonProfessionalSuffix": {
        "type": "Edm.String",
        "nullable": true
      },
      "OnHoldStatus": {
        "type": "CustVendorBlocked",
        "nullable": true,
        "isEnum": true
      },
      "AccountStatement": {
        "type": "CustAccountStatement",
        "nullable": true,
        "isEnum": true
      },
      "WarehouseId": {
        "type": "Edm.String",
        "nullable": true
      },
      "DestinationCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "IRS1099CIndicator": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "EInvoiceRegister": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "FrenchSiret": {
        "type": "Edm.String",
        "nullable": true
      },
      "PaymentDay": {
        "type": "Edm.String",
        "nullable": true
      },
      "BrazilianNIT": {
        "type": "Edm.String",
        "nullable": true
      },
      "FederalIndicator": {
        "type": "FederalNonFederalIndicatorCode",
        "nullable": true,
        "isEnum": true
      },
      "EmployeeResponsibleNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "PersonAnniversaryYear": {
        "type": "Edm.Int32",
        "nullable": false
      },
      "DefaultInventoryStatusId": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactEmailDescription": {
        "type": "Edm.String",
        "nullable": true
      },
      "AddressTimeZone": {
        "type": "Timezone",
        "nullable": true,
        "isEnum": true
      },
      "PrimaryContactPhone": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactPhoneRecordId": {
        "type": "Edm.Int64",
        "nullable": false
      },
      "DeliveryAddressCity": {
        "type": "Edm.String",
        "nullable": true
      },
      "InvoiceAddressCounty": {
        "type": "Edm.String",
        "nullable": true
      },
      "PANReferenceNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryAddressStreet": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesCurrencyCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "Priority": {
        "type": "MCRSOAllocPriority",
        "nullable": true,
        "isEnum": true
      },
      "IsSalesTaxIncludedInPrices": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "BrazilianCNPJOrCPF": {
        "type": "Edm.String",
        "nullable": true
      },
      "PaymentFactoringAccount": {
        "type": "Edm.String",
        "nullable": true
      },
      "PANNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactTwitterDescription": {
        "type": "Edm.String",
        "nullable": true
      },
      "PersonFirstName": {
        "type": "Edm.String",
        "nullable": true
      },
      "BrazilianCCM": {
        "type": "Edm.String",
        "nullable": true
      },
      "ReceiptEmail": {
        "type": "Edm.String",
        "nullable": true
      },
      "TDSGroup": {
        "type": "Edm.String",
        "nullable": true
      },
      "MultiLineDiscountCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "PersonAnniversaryDay": {
        "type": "Edm.Int32",
        "nullable": false
      },
      "DefaultDimensionDisplayValue": {
        "type": "Edm.String",
        "nullable": true
      },
      "SupplementaryItemGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsWithholdingTaxCalculated": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "PaymentSpecification": {
        "type": "Edm.String",
        "nullable": true
      },
      "AddressRecordId": {
        "type": "Edm.Int64",
        "nullable": false
      },
      "AddressBooks": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactEmailPurpose": {
        "type": "Edm.String",
        "nullable": true
      },
      "FulfillmentPolicyName": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesDistrict": {
        "type": "Edm.String",
        "nullable": true
      },
      "ConsolidationDay": {
        "type": "Edm.Int32",
        "nullable": false
      },
      "IsExpressBillOfLadingAccepted": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "CreditCardAddressVerification": {
        "type": "CreditCardAddressVerification",
        "nullable": true,
        "isEnum": true
      },
      "InvoiceAddressBuildingComplement": {
        "type": "Edm.String",
        "nullable": true
      },
      "AddressState": {
        "type": "Edm.String",
        "nullable": true
      },
      "AllowOnAccount": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "IsExcludedFromCollectionFeeCalculation": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "CustomerPaymentFinancialInterestCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsTransactionPostedAsShipment": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "IsExternallyMaintained": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "CreditLimitIsMandatory": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "PaymentTermsBaseDays": {
        "type": "Edm.Int32",
        "nullable": false
      },
      "FiscalCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "KnownAs": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactTelex": {
        "type": "Edm.String",
        "nullable": true
      },
      "PaymentBankAccount": {
        "type": "Edm.String",
        "nullable": true
      },
      "BrazilianIE": {
        "type": "Edm.String",
        "nullable": true
      },
      "PreferentialCustomer": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "PrimaryContactEmailRecordId": {
        "type": "Edm.Int64",
        "nullable": false
      },
      "ReceiptOption": {
        "type": "RetailReceiptOptionBase",
        "nullable": true,
        "isEnum": true
      },
      "AddressBrazilianIE": {
        "type": "Edm.String",
        "nullable": true
      },
      "PersonAnniversaryMonth": {
        "type": "MonthsOfYear",
        "nullable": true,
        "isEnum": true
      },
      "PrimaryContactPhoneExtension": {
        "type": "Edm.String",
        "nullable": true
      },
      "InvoiceAddressStreetNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactPhonePurpose": {
        "type": "Edm.String",
        "nullable": true
      },
      "ExportSale": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "OrganizationNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "InvoicePostingType": {
        "type": "SalesInvoicePostingType_RU",
        "nullable": true,
        "isEnum": true
      },
      "CreditCardAddressVerificationIsAuthorizationVoidedOnFailure": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "InvoiceAddressState": {
        "type": "Edm.String",
        "nullable": true
      },
      "ReceiptCalendar": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryAddressState": {
        "type": "Edm.String",
        "nullable": true
      },
      "StateInscription": {
        "type": "Edm.String",
        "nullable": true
      },
      "PersonLastNamePrefix": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesReturnTaxGroup": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactURLDescription": {
        "type": "Edm.String",
        "nullable": true
      },
      "CustomerWithholdingContributionType": {
        "type": "CustWhtContributionType_BR",
        "nullable": true,
        "isEnum": true
      },
      "IsElectronicInvoice": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "FederalAgencyLocationCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "GiroTypeFreeTextInvoice": {
        "type": "PaymentStub",
        "nullable": true,
        "isEnum": true
      },
      "DeliveryAddressValidTo": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "PersonPhoneticMiddleName": {
        "type": "Edm.String",
        "nullable": true
      },
      "OrganizationABCCode": {
        "type": "ABC",
        "nullable": true,
        "isEnum": true
      },
      "BrazilianCNAE": {
        "type": "Edm.String",
        "nullable": true
      },
      "WithholdingTaxGroupCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "NAFCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "AddressLatitude": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "TotalDiscountCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "AddressLocationRoles": {
        "type": "Edm.String",
        "nullable": true
      },
      "PaymentCashDiscount": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryAddressDistrictName": {
        "type": "Edm.String",
        "nullable": true
      },
      "CollectionLetterCode": {
        "type": "CustCollectionLetterCode",
        "nullable": true,
        "isEnum": true
      },
      "EInvoiceAttachment": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "MerchantID": {
        "type": "Edm.String",
        "nullable": true
      },
      "CreditRating": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactFacebook": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryAddressBuildingComplement": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryAddressStreetNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "LineDiscountCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "InvoiceAddressLongitude": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "PartyCountry": {
        "type": "Edm.String",
        "nullable": true
      },
      "InvoiceAddressLatitude": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "IsInSuframaRegion": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "IsIncomingFiscalDocumentGenerated": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "SalesMemo": {
        "type": "Edm.String",
        "nullable": true
      },
      "ReliefGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsExcludedFromInterestChargeCalculation": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "StatisticsGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesOrderPoolId": {
        "type": "Edm.String",
        "nullable": true
      },
      "OrganizationName": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsOrderNumberReferenceUsed": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "CustClassificationId": {
        "type": "Edm.String",
        "nullable": true
      },
      "AddressValidTo": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "FederalComments": {
        "type": "Edm.String",
        "nullable": true
      },
      "PersonGender": {
        "type": "Gender",
        "nullable": true,
        "isEnum": true
      },
      "PaymentTerms": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactPhoneDescription": {
        "type": "Edm.String",
        "nullable": true
      },
      "AddressPostbox": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesSubsegmentId": {
        "type": "Edm.String",
        "nullable": true
      },
      "CustomerRebateGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "WarehouseOutboundShipmentProcessingPolicyName": {
        "type": "Edm.String",
        "nullable": true
      },
      "AddressCounty": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactURLRecordId": {
        "type": "Edm.Int64",
        "nullable": false
      },
      "IsICMSContributor": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "InvoiceAddressValidTo": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "DeliveryAddressTimeZone": {
        "type": "Timezone",
        "nullable": true,
        "isEnum": true
      },
      "InvoiceAddressValidFrom": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "CreditLimit": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "CreditCardAddressVerificationLevel": {
        "type": "CreditCardAddressVerificationLevel",
        "nullable": true,
        "isEnum": true
      },
      "WarehouseIsEntireShipmentFilled": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "PackingDutyLicense": {
        "type": "Edm.String",
        "nullable": true
      },
      "NationalRegistryNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "SiteId": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsAllowCreateIndirectOrderLines": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "InvoiceAddressCountryRegionISOCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactURLPurpose": {
        "type": "Edm.String",
        "nullable": true
      },
      "ChargesGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "PanStatus": {
        "type": "PANStatus_IN",
        "nullable": true,
        "isEnum": true
      },
      "CommissionSalesGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "NameAlias": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactFaxPurpose": {
        "type": "Edm.String",
        "nullable": true
      },
      "AddressStreetNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "PersonLastName": {
        "type": "Edm.String",
        "nullable": true
      },
      "PaymentIdType": {
        "type": "Edm.String",
        "nullable": true
      },
      "VendorAccount": {
        "type": "Edm.String",
        "nullable": true
      },
      "AddressCountryRegionISOCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "ResidenceForeignCountryRegionId": {
        "type": "Edm.String",
        "nullable": true
      },
      "RFCNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "PersonHobbies": {
        "type": "Edm.String",
        "nullable": true
      },
      "ElectronicLocationId": {
        "type": "Edm.String",
        "nullable": true
      },
      "InvoiceAddressZipCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactLinkedInPurpose": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsOneTimeCustomer": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "ForeignCustomer": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "CustomerTMAGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "AddressValidFrom": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "OrganizationNumberOfEmployees": {
        "type": "Edm.Int32",
        "nullable": false
      },
      "CompanyType": {
        "type": "CompanyType_MX",
        "nullable": true,
        "isEnum": true
      },
      "CustomerGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "GiroTypeInterestNote": {
        "type": "PaymentStub",
        "nullable": true,
        "isEnum": true
      },
      "DeliveryAddressZipCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryReason": {
        "type": "Edm.String",
        "nullable": true
      },
      "TaxRegistrationId": {
        "type": "Edm.String",
        "nullable": true
      },
      "PaymentUseCashDiscount": {
        "type": "UseCashDisc",
        "nullable": true,
        "isEnum": true
      },
      "DiscountPriceGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "AddressDescription": {
        "type": "Edm.String",
        "nullable": true
      },
      "SuframaNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "IdentificationNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "PersonPhoneticFirstName": {
        "type": "Edm.String",
        "nullable": true
      },
      "AuthorityOffice": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactTelexPurpose": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryAddressLatitude": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "InvoiceAddressCountryRegionId": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactFacebookPurpose": {
        "type": "Edm.String",
        "nullable": true
      },
      "CompanyChain": {
        "type": "Edm.String",
        "nullable": true
      },
      "OverrideSalesTax": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "BrazilianINSSCEI": {
        "type": "Edm.String",
        "nullable": true
      },
      "CommissionCustomerGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactFaxDescription": {
        "type": "Edm.String",
        "nullable": true
      },
      "NatureOfAssessee": {
        "type": "NatureOfAssessee_IN",
        "nullable": true,
        "isEnum": true
      },
      "WriteoffReason": {
        "type": "Edm.String",
        "nullable": true
      },
      "PersonMiddleName": {
        "type": "Edm.String",
        "nullable": true
      },
      "InvoiceAddressLocationId": {
        "type": "Edm.String",
        "nullable": true
      },
      "LanguageId": {
        "type": "Edm.String",
        "nullable": true
      },
      "PersonPhoneticLastName": {
        "type": "Edm.String",
        "nullable": true
      },
      "AddressStreet": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsPurchRequestUsed": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "IsPublicSector_IT": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "SATRegistrationName_MX": {
        "type": "Edm.String",
        "nullable": true
      },
      "TaxRegimeCode_MX": {
        "type": "Edm.String",
        "nullable": true
      },
      "CFDITemporaryExport_MX": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "IsSimplifiedPrimaryAddress": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "IsSimplifiedDeliveryAddress": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "IsSimplifiedInvoiceAddress": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "CredManEligibleCreditLimitCurrency": {
        "type": "Edm.String",
        "nullable": true
      },
      "CredManCustCreditMaxAlt": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "CredManStatusReasonId": {
        "type": "Edm.String",
        "nullable": true
      },
      "CredManEligibleCreditMax": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "CredManCustUnlimitedCredit": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "CredManEligibleCreditLimitDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "CredManWithAgency": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "CredManCreditLimitDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "CredManNextSchedReviewDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "CredManLastReviewDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "CredManCustomerSince": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "CredManTitleHeld": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "CredManExclude": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "CredManBusinessStarted": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "CredManNotes": {
        "type": "Edm.String",
        "nullable": true
      },
      "CredManCollectionGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "CredManGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "CredManAccountStatusId": {
        "type": "Edm.String",
        "nullable": true
      },
      "CredManCreditLimitExpiryDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      }
    }
  },
  "CustomerGroups": {
    "entityType": "CustomerGroup",
    "keys": [
      "dataAreaId",
      "CustomerGroupId"
    ],
    "properties": {
      "dataAreaId": {
        "type": "Edm.String",
        "nullable": false
      },
      "CustomerGroupId": {
        "type": "Edm.String",
        "nullable": false
      },
      "ClearingPeriodPaymentTermName": {
        "type": "Edm.String",
        "nullable": true
      },
      "DefaultDimensionDisplayValue": {
        "type": "Edm.String",
        "nullable": true
      },
      "CustomerAccountNumberSequence": {
        "type": "Edm.String",
        "nullable": true
      },
      "AccountingCurrencyExchangeRateType": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsSalesTaxIncludedInPrice": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "Description": {
        "type": "Edm.String",
        "nullable": true
      },
      "WriteOffReason": {
        "type": "Edm.String",
        "nullable": true
      },
      "ReportingCurrencyExchangeRateType": {
        "type": "Edm.String",
        "nullable": true
      },
      "PaymentTermId": {
        "type": "Edm.String",
        "nullable": true
      },
      "TaxGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsPublicSector_IT": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      }
    }
  },
  "SalesOrderHeadersV2": {
    "entityType": "SalesOrderHeaderV2",
    "keys": [
      "dataAreaId",
      "SalesOrderNumber"
    ],
    "properties": {
      "dataAreaId": {
        "type": "Edm.String",
        "nullable": false
      },
      "SalesOrderNumber": {
        "type": "Edm.String",
        "nullable": false
      },
      "OrderTotalChargesAmount": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "FiscalDocumentOperationTypeId": {
        "type": "Edm.String",
        "nullable": true
      },
      "OrderTakerPersonnelNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "RequestedReceiptDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "EInvoiceDimensionAccountCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsOwnEntryCertificateIssued": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "InvoiceAddressStreet": {
        "type": "Edm.String",
        "nullable": true
      },
      "CampaignId": {
        "type": "Edm.String",
        "nullable": true
      },
      "FormattedDelveryAddress": {
        "type": "Edm.String",
        "nullable": true
      },
      "Email": {
        "type": "Edm.String",
        "nullable": true
      },
      "BaseDocumentLineNumber": {
        "type": "Edm.Int32",
        "nullable": false
      },
      "BaseDocumentType": {
        "type": "DocumentType_IT",
        "nullable": true,
        "isEnum": true
      },
      "DefaultShippingSiteId": {
        "type": "Edm.String",
        "nullable": true
      },
      "TransportationBrokerId": {
        "type": "Edm.String",
        "nullable": true
      },
      "TransportationModeId": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryAddressDescription": {
        "type": "Edm.String",
        "nullable": true
      },
      "CFPSCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsInvoiceAddressPrivate": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "IsSalesProcessingStopped": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "ShippingCarrierCustomerAccountNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "TMACustomerGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "BankSpecificSymbol": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesOrderStatus": {
        "type": "SalesStatus",
        "nullable": true,
        "isEnum": true
      },
      "NumberSequenceGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "InvoiceAddressLatitude": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "SalesOrderOriginCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "CustomerPaymentFinancialInterestCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "TransportationTemplateId": {
        "type": "Edm.String",
        "nullable": true
      },
      "InvoiceAddressStreetInKana": {
        "type": "Edm.String",
        "nullable": true
      },
      "BankConstantSymbol": {
        "type": "Edm.String",
        "nullable": true
      },
      "OrderTotalTaxAmount": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "IsOneTimeCustomer": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "SalesOrderPoolId": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryAddressCountryRegionId": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryAddressLatitude": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "TotalDiscountCustomerGroupCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryAddressCity": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesRebateCustomerGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "ThirdPartySalesDigitalPlatformCNPJ": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesOrderPromisingMethod": {
        "type": "SalesDeliveryDateControlType",
        "nullable": true,
        "isEnum": true
      },
      "ProjectId": {
        "type": "Edm.String",
        "nullable": true
      },
      "ShippingCarrierId": {
        "type": "Edm.String",
        "nullable": true
      },
      "TotalDiscountPercentage": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "DeliveryAddressDistrictName": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryAddressCountyId": {
        "type": "Edm.String",
        "nullable": true
      },
      "ConfirmedReceiptDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "BaseDocumentItemNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryAddressZipCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "FiscalOperationPresenceType": {
        "type": "EFDocPresenceType_BR",
        "nullable": true,
        "isEnum": true
      },
      "QuotationNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsConsolidatedInvoiceTarget": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "LanguageId": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryAddressDunsNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "MultilineDiscountCustomerGroupCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "FulfillmentPolicyName": {
        "type": "Edm.String",
        "nullable": true
      },
      "BaseDocumentNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "InvoiceAddressStateId": {
        "type": "Edm.String",
        "nullable": true
      },
      "CustomerPaymentMethodSpecificationName": {
        "type": "Edm.String",
        "nullable": true
      },
      "ServiceFiscalInformationCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "CommissionCustomerGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryAddressName": {
        "type": "Edm.String",
        "nullable": true
      },
      "InvoiceAddressCountryRegionId": {
        "type": "Edm.String",
        "nullable": true
      },
      "PaymentTermsBaseDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "CreditNoteReasonCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryAddressStreetNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryAddressStreetInKana": {
        "type": "Edm.String",
        "nullable": true
      },
      "ChargeCustomerGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "InvoiceAddressStreetNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsDeliveryAddressPrivate": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "TaxExemptNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "AreTotalsCalculated": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "TotalDiscountAmount": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "OrderTotalAmount": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "CustomersOrderReference": {
        "type": "Edm.String",
        "nullable": true
      },
      "FormattedInvoiceAddress": {
        "type": "Edm.String",
        "nullable": true
      },
      "ExportReason": {
        "type": "Edm.String",
        "nullable": true
      },
      "OrderResponsiblePersonnelNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryAddressCountryRegionISOCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "CashDiscountCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "OrderOrAgreementCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "InvoiceAddressCountryRegionISOCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "PaymentScheduleName": {
        "type": "Edm.String",
        "nullable": true
      },
      "IntrastatTransactionCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "URL": {
        "type": "Edm.String",
        "nullable": true
      },
      "CurrencyCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "OrderTotalDiscountAmount": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "InvoiceType": {
        "type": "InvoiceType_MY",
        "nullable": true,
        "isEnum": true
      },
      "OrderCreationDateTime": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "ArePricesIncludingSalesTax": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "InvoiceCustomerAccountNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryAddressLocationId": {
        "type": "Edm.String",
        "nullable": true
      },
      "CommissionSalesRepresentativeGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "CustomerTransactionSettlementType": {
        "type": "SettlementType",
        "nullable": true,
        "isEnum": true
      },
      "InvoiceAddressCityInKana": {
        "type": "Edm.String",
        "nullable": true
      },
      "WillAutomaticInventoryReservationConsiderBatchAttributes": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "IsEInvoiceDimensionAccountCodeSpecifiedPerLine": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "IntrastatStatisticsProcedureCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "OverrideSalesTax": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "DeliveryAddressStreet": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsExportSale": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "DeliveryModeCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "ConfirmedShippingDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "FullRunCTPStatus": {
        "type": "MPSFullRunCTPStatus",
        "nullable": true,
        "isEnum": true
      },
      "FixedDueDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "TransportationDocumentLineId": {
        "type": "Edm.Guid",
        "nullable": false
      },
      "SalesTaxGroupCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsDeliveryAddressOrderSpecific": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "CustomerRequisitionNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "InvoiceAddressLongitude": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "InvoiceAddressCity": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsFinalUser": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "InvoiceAddressPostBox": {
        "type": "Edm.String",
        "nullable": true
      },
      "ShippingCarrierServiceGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "ContactPersonId": {
        "type": "Edm.String",
        "nullable": true
      },
      "EUSalesListCode": {
        "type": "Listcode",
        "nullable": true,
        "isEnum": true
      },
      "InvoiceAddressDistrictName": {
        "type": "Edm.String",
        "nullable": true
      },
      "ThirdPartySalesDigitalPlatform": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "PaymentTermsName": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryAddressCityInKana": {
        "type": "Edm.String",
        "nullable": true
      },
      "BaseDocumentDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "CustomerPostingProfileId": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryAddressLongitude": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "TenderCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "InvoiceAddressZipCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryTermsCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "ShippingCarrierServiceId": {
        "type": "Edm.String",
        "nullable": true
      },
      "DefaultLedgerDimensionDisplayValue": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryAddressTimeZone": {
        "type": "Timezone",
        "nullable": true,
        "isEnum": true
      },
      "SalesOrderName": {
        "type": "Edm.String",
        "nullable": true
      },
      "DefaultShippingWarehouseId": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsEntryCertificateRequired": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "DeliveryAddressStateId": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryBuildingCompliment": {
        "type": "Edm.String",
        "nullable": true
      },
      "IntrastatTransportModeCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "InvoicePaymentAttachmentType": {
        "type": "PaymentStub",
        "nullable": true,
        "isEnum": true
      },
      "DeliveryAddressPostBox": {
        "type": "Edm.String",
        "nullable": true
      },
      "InvoiceAddressTimeZone": {
        "type": "Timezone",
        "nullable": true,
        "isEnum": true
      },
      "InvoiceAddressCountyId": {
        "type": "Edm.String",
        "nullable": true
      },
      "DirectDebitMandateId": {
        "type": "Edm.String",
        "nullable": true
      },
      "LineDiscountCustomerGroupCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "IntrastatPortId": {
        "type": "Edm.String",
        "nullable": true
      },
      "CIPEcode": {
        "type": "Edm.String",
        "nullable": true
      },
      "OrderingCustomerAccountNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "CustomerPaymentFineCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "InvoiceBuildingCompliment": {
        "type": "Edm.String",
        "nullable": true
      },
      "PriceCustomerGroupCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryReasonCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "ReportingCurrencyFixedExchangeRate": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "IsServiceDeliveryAddressBased": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "OrderHeaderTaxAmount": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "InventoryReservationMethod": {
        "type": "ItemReservation",
        "nullable": true,
        "isEnum": true
      },
      "RequestedShippingDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "SalesOrderProcessingStatus": {
        "type": "SalesOrderProcessingStatus",
        "nullable": true,
        "isEnum": true
      },
      "TransportationRoutePlanId": {
        "type": "Edm.String",
        "nullable": true
      },
      "SkipCreateAutoCharges": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "CustomerPaymentMethodName": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesUnitId": {
        "type": "Edm.String",
        "nullable": true
      },
      "FixedExchangeRate": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "SubBillCreatedFromSubscriptionBilling": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "RevRecReallocationId": {
        "type": "Edm.String",
        "nullable": true
      },
      "RevRecFollowOriginalPricingMethod": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "RevRecMultipleSOReallocation": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "RevRecContractEndDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "RevRecLatestReverseJournal": {
        "type": "Edm.Int64",
        "nullable": false
      },
      "RevRecContractStartDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "SkipGlobalUnifiedPricingCalculation": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      }
    }
  },
  "SalesOrderLines": {
    "entityType": "SalesOrderLine",
    "keys": [
      "dataAreaId",
      "InventoryLotId"
    ],
    "properties": {
      "dataAreaId": {
        "type": "Edm.String",
        "nullable": false
      },
      "InventoryLotId": {
        "type": "Edm.String",
        "nullable": false
      },
      "ExternalItemNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "CustomerRequisitionNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsSoftReservedExternally": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "DeliverySalesTaxGroupCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "InventoryServiceAdjustmentOffsetDatasource": {
        "type": "Edm.String",
        "nullable": true
      },
      "RetailCalculatedManualLineDiscountPercentage": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "SalesOrderLineStatus": {
        "type": "SalesStatus",
        "nullable": true,
        "isEnum": true
      },
      "IntrastatPortId": {
        "type": "Edm.String",
        "nullable": true
      },
      "CustomsDocumentDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "SkipCreateAutoCharges": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "InventoryReservationMethod": {
        "type": "ItemReservation",
        "nullable": true,
        "isEnum": true
      },
      "IntrastatTransportModeCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliverySalesTaxItemGroupCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "GiftCardBuyerEmail": {
        "type": "Edm.String",
        "nullable": true
      },
      "CFOPCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "CustomsDocumentName": {
        "type": "Edm.String",
        "nullable": true
      },
      "LineDiscountAmount": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "DeliveryAddressCountryRegionId": {
        "type": "Edm.String",
        "nullable": true
      },
      "PlanningPriority": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "RetailCalculatedLineDiscountPercentage": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "ProductStyleId": {
        "type": "Edm.String",
        "nullable": true
      },
      "ServiceOrderNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "LineNumber": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "SuframaDiscountPercentage": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "DeliveryAddressCountyId": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryAddressLocationId": {
        "type": "Edm.String",
        "nullable": true
      },
      "DefaultLedgerDimensionDisplayValue": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryAddressCountryRegionISOCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "ProductColorId": {
        "type": "Edm.String",
        "nullable": true
      },
      "RouteId": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryAddressDescription": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryAddressLongitude": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "AllowedOverdeliveryPercentage": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "LineDiscountPercentage": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "InventoryServiceAdjustmentOffsetPhysicalMeasure": {
        "type": "Edm.String",
        "nullable": true
      },
      "RetailCalculatedPeriodicDiscountAmount": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "FixedPriceCharges": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "MultilineDiscountAmount": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "RetailCalculatedTenderDiscountAmount": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "InventoryServiceReservationId": {
        "type": "Edm.String",
        "nullable": true
      },
      "IntrastatSpecialMovementCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "RequestedReceiptDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "ConfirmedReceiptDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "CustomsDocumentNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "EInvoiceDimensionAccountCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "ItemBatchNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "BOMId": {
        "type": "Edm.String",
        "nullable": true
      },
      "CreditNoteReasonCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "GiftCardRecipientEmail": {
        "type": "Edm.String",
        "nullable": true
      },
      "ShippingWarehouseLocationId": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesPrice": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "Catalog": {
        "type": "Edm.Int64",
        "nullable": false
      },
      "IntrastatStatisticsProcedureCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "IntrastatCommodityCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "ProductVersionId": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesOrderNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "GiftCardRecipientName": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsDeliveryAddressPrivate": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "DeliveryAddressCity": {
        "type": "Edm.String",
        "nullable": true
      },
      "WillRebateCalculationExcludeLine": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "RetailCalculatedLineDiscountAmount": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "DeliveryAddressStreet": {
        "type": "Edm.String",
        "nullable": true
      },
      "WillAutomaticInventoryReservationConsiderBatchAttributes": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "SalesTaxGroupCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "ItemWithholdingTaxCodeGroupCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "LineAmount": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "ProductSizeId": {
        "type": "Edm.String",
        "nullable": true
      },
      "ServiceFiscalInformationCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryAddressStateId": {
        "type": "Edm.String",
        "nullable": true
      },
      "CommissionSalesRepresentativeGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "OrderedCatchWeightQuantity": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "DeliveryAddressStreetInKana": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsPriceLocked": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "MultilineDiscountPercentage": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "LineDescription": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesRebateProductGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "LineCreationSequenceNumber": {
        "type": "Edm.Int32",
        "nullable": false
      },
      "SalesDeliverNow": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "ItemSerialNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "EInvoicePropertyNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "RetailCalculatedTenderDiscountPercentage": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "OrderLineReference": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesPriceQuantity": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "RetailCalculatedTotalDiscountAmount": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "MainAccountIdDisplayValue": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsIntrastatTriangularDeal": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "RetailCalculatedManualLineDiscountAmount": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "ConfirmedShippingDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "RetailCalculatedTotalDiscountPercentage": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "DeliveryAddressDunsNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "WithholdingTaxGroupCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryAddressDistrictName": {
        "type": "Edm.String",
        "nullable": true
      },
      "GiftCardNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesOrderPromisingMethod": {
        "type": "SalesDeliveryDateControlType",
        "nullable": true,
        "isEnum": true
      },
      "DeliveryModeCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "GiftCardType": {
        "type": "MCRGiftCardType",
        "nullable": true,
        "isEnum": true
      },
      "DeliveryAddressStreetNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "RetailCalculatedPeriodicDiscountPercentage": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "ShippingWarehouseId": {
        "type": "Edm.String",
        "nullable": true
      },
      "ProjectCategoryId": {
        "type": "Edm.String",
        "nullable": true
      },
      "IntrastatStatisticValue": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "GiftCardBuyerName": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesProductCategoryName": {
        "type": "Edm.String",
        "nullable": true
      },
      "CurrencyCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsLineStopped": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "FormattedDelveryAddress": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryTermsId": {
        "type": "Edm.String",
        "nullable": true
      },
      "CustomersLineNumber": {
        "type": "Edm.Int32",
        "nullable": false
      },
      "DeliveryAddressTimeZone": {
        "type": "Timezone",
        "nullable": true,
        "isEnum": true
      },
      "FullRunCTPStatus": {
        "type": "MPSFullRunCTPStatus",
        "nullable": true,
        "isEnum": true
      },
      "ProductConfigurationId": {
        "type": "Edm.String",
        "nullable": true
      },
      "FulfillmentStoreId": {
        "type": "Edm.String",
        "nullable": true
      },
      "NGPCode": {
        "type": "Edm.Int64",
        "nullable": false
      },
      "ExcludeFromMasterPlanning": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "SalesUnitSymbol": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesOrderLineCreationMethod": {
        "type": "SalesSalesOrderCreationMethod",
        "nullable": true,
        "isEnum": true
      },
      "AllowedUnderdeliveryPercentage": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "CalculateLineAmount": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "DeliveryCFOPCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryAddressName": {
        "type": "Edm.String",
        "nullable": true
      },
      "PackingUnitSymbol": {
        "type": "Edm.String",
        "nullable": true
      },
      "IntrastatTransactionCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesTaxItemGroupCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "ShippingSiteId": {
        "type": "Edm.String",
        "nullable": true
      },
      "OrderedSalesQuantity": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "FulfillmentStatus": {
        "type": "RetailFulfillmentLineStatus",
        "nullable": true,
        "isEnum": true
      },
      "ProjectLinePropertyId": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryAddressZipCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryAddressCityInKana": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryAddressPostBox": {
        "type": "Edm.String",
        "nullable": true
      },
      "ItemNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "GiftCardGiftMessage": {
        "type": "Edm.String",
        "nullable": true
      },
      "OrderedInventoryStatusId": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsDeliveryAddressOrderSpecific": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "RequestedShippingDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "DeliveryAddressLatitude": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "DeliveryBuildingCompliment": {
        "type": "Edm.String",
        "nullable": true
      },
      "DefaultLineNumberFromLineCreationSequenceNumber": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "ProjectId": {
        "type": "Edm.String",
        "nullable": true
      },
      "FiscalDocumentTypeId": {
        "type": "Edm.String",
        "nullable": true
      },
      "OverrideSalesTax": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "BundleLineType": {
        "type": "BundleLineType",
        "nullable": true,
        "isEnum": true
      },
      "BundleLineStatus": {
        "type": "BundleLineStatus",
        "nullable": true,
        "isEnum": true
      },
      "SubBillRevenueSplit": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "RevRecRevenueScheduleId": {
        "type": "Edm.String",
        "nullable": true
      },
      "RevRecSalesDeliverNow": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "RevRecContractEndDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "RevRecOccurrences": {
        "type": "Edm.Int32",
        "nullable": false
      },
      "RevRecContractStartDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      }
    }
  },
  "FreeTextInvoiceHeaders": {
    "entityType": "FreeTextInvoiceHeader",
    "keys": [
      "dataAreaId",
      "InvoiceIdentifier"
    ],
    "properties": {
      "dataAreaId": {
        "type": "Edm.String",
        "nullable": false
      },
      "InvoiceIdentifier": {
        "type": "Edm.Int64",
        "nullable": false
      },
      "CustomerReference": {
        "type": "Edm.String",
        "nullable": true
      },
      "BankAccountId": {
        "type": "Edm.String",
        "nullable": true
      },
      "CashDiscountDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "EInvoiceAccountCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "ContactPersonId": {
        "type": "Edm.String",
        "nullable": true
      },
      "ConsigneeAccount": {
        "type": "Edm.String",
        "nullable": true
      },
      "PaymentSchedule": {
        "type": "Edm.String",
        "nullable": true
      },
      "CustomerPaymentFineCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsFinalUser": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "CentralBankPurposeCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "GiroType": {
        "type": "PaymentStub",
        "nullable": true,
        "isEnum": true
      },
      "CorrectedPeriod": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "CustomerAccount": {
        "type": "Edm.String",
        "nullable": true
      },
      "MethodOfPayment": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsPosted": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "IsLumpSumRecoveryTextPrinted": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "LanguageId": {
        "type": "Edm.String",
        "nullable": true
      },
      "InvoiceAccount": {
        "type": "Edm.String",
        "nullable": true
      },
      "CustomerPaymentFinancialInterestCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "DocumentDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "CorrectedFactureExternalId": {
        "type": "Edm.String",
        "nullable": true
      },
      "AdjustingInvoiceDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "CashDiscountCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "ExternalInvoiceId": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsOneTimeCustomer": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "PaymentTermsBaseDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "CFPSCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "ExchangeRate": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "EInvoiceIsLineSpecific": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "InvoiceOriginCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "CurrencyCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "FiscalEstablishmentId": {
        "type": "Edm.String",
        "nullable": true
      },
      "CentralBankPurposeText": {
        "type": "Edm.String",
        "nullable": true
      },
      "CFOPCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "numberSequenceGroup": {
        "type": "Edm.String",
        "nullable": true
      },
      "CustomerGroup": {
        "type": "Edm.String",
        "nullable": true
      },
      "VATOnPayment": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "CashFlowForecast": {
        "type": "Edm.Int32",
        "nullable": false
      },
      "SalesTaxGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "FreeTextNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsCorrection": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "PostponedVAT": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "ComplimentedInvoiceId": {
        "type": "Edm.String",
        "nullable": true
      },
      "InclTax": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "PaymentTermsBaseDays": {
        "type": "Edm.Int32",
        "nullable": false
      },
      "PostingProfile": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesTaxItemGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "FiscalDocumentOperationTypeId": {
        "type": "Edm.String",
        "nullable": true
      },
      "TransportationDocumentLineId": {
        "type": "Edm.Guid",
        "nullable": false
      },
      "SalesDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "CorrectedInvoiceDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "DueDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "InvoiceName": {
        "type": "Edm.String",
        "nullable": true
      },
      "CorrectionType": {
        "type": "FactureCorrectionType_RU",
        "nullable": true,
        "isEnum": true
      },
      "VatDueDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "BillingClassification": {
        "type": "Edm.String",
        "nullable": true
      },
      "DirectDebitMandateReference": {
        "type": "Edm.String",
        "nullable": true
      },
      "OverrideSalesTax": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "ConsignorAccount": {
        "type": "Edm.String",
        "nullable": true
      },
      "FiscalOperationPresenceType": {
        "type": "EFDocPresenceType_BR",
        "nullable": true,
        "isEnum": true
      },
      "CashDiscountPercentage": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "CorrectedFactureDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "IsServiceDeliveryAddressBased": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "InvoiceDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "CustomerRequisition": {
        "type": "Edm.String",
        "nullable": true
      },
      "ComplementaryFiscalDocumentType": {
        "type": "InvoiceComplementaryType_BR",
        "nullable": true,
        "isEnum": true
      },
      "DefaultDimensionDisplayValue": {
        "type": "Edm.String",
        "nullable": true
      },
      "NonRealRevenue": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "IsPostedViaIntercompany": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "CorrectedInvoiceId": {
        "type": "Edm.String",
        "nullable": true
      },
      "FiscalDocumentTypeId": {
        "type": "Edm.String",
        "nullable": true
      },
      "TermsOfPayment": {
        "type": "Edm.String",
        "nullable": true
      }
    }
  },
  "FreeTextInvoiceLines": {
    "entityType": "FreeTextInvoiceLine",
    "keys": [
      "dataAreaId",
      "LineNumber",
      "ParentRecId"
    ],
    "properties": {
      "dataAreaId": {
        "type": "Edm.String",
        "nullable": false
      },
      "LineNumber": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "ParentRecId": {
        "type": "Edm.Int64",
        "nullable": false
      },
      "SalesTaxAmount": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "EInvoiceAccountCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "FixedAssetNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "ProjectID": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsServiceInvoice": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "StateOfOrigin": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrintCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "TransactionID": {
        "type": "Edm.String",
        "nullable": true
      },
      "TotalWeight": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "BillingCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "NGPCode": {
        "type": "Edm.Int32",
        "nullable": false
      },
      "AssetId": {
        "type": "Edm.String",
        "nullable": true
      },
      "ExternalInvoiceId": {
        "type": "Edm.String",
        "nullable": true
      },
      "Description": {
        "type": "Edm.String",
        "nullable": true
      },
      "TransactionCurrencyAmount": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "ValueModel": {
        "type": "Edm.String",
        "nullable": true
      },
      "AmountDetails": {
        "type": "Edm.String",
        "nullable": true
      },
      "CurrencyCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "CFOPCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "FiscalInformationServiceCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "CategoryId": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesTaxGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesTaxItemGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesUnit": {
        "type": "Edm.String",
        "nullable": true
      },
      "PropertyNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "InvoiceText": {
        "type": "Edm.String",
        "nullable": true
      },
      "UnitPrice": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "OverrideSalesTax": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "CountryRegionId": {
        "type": "Edm.String",
        "nullable": true
      },
      "WithholdingTaxGroup": {
        "type": "Edm.String",
        "nullable": true
      },
      "TransactionCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "InvoiceGTD": {
        "type": "Edm.String",
        "nullable": true
      },
      "MainAccountDisplayValue": {
        "type": "Edm.String",
        "nullable": true
      },
      "CountryName": {
        "type": "Edm.String",
        "nullable": true
      },
      "DefaultDimensionDisplayValue": {
        "type": "Edm.String",
        "nullable": true
      },
      "Quantity": {
        "type": "Edm.Decimal",
        "nullable": false
      }
    }
  },
  "LedgerJournalHeaders": {
    "entityType": "LedgerJournalHeader",
    "keys": [
      "dataAreaId",
      "JournalBatchNumber"
    ],
    "properties": {
      "dataAreaId": {
        "type": "Edm.String",
        "nullable": false
      },
      "JournalBatchNumber": {
        "type": "Edm.String",
        "nullable": false
      },
      "AccountingCurrency": {
        "type": "Edm.String",
        "nullable": true
      },
      "JournalName": {
        "type": "Edm.String",
        "nullable": true
      },
      "IntegrationKey": {
        "type": "Edm.String",
        "nullable": true
      },
      "Description": {
        "type": "Edm.String",
        "nullable": true
      },
      "PostingLayer": {
        "type": "CurrentOperationsTax",
        "nullable": true,
        "isEnum": true
      },
      "IsPosted": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "JournalTotalCredit": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "JournalTotalDebit": {
        "type": "Edm.Decimal",
        "nullable": false
      }
    }
  },
  "LedgerJournalLines": {
    "entityType": "LedgerJournalLine",
    "keys": [
      "dataAreaId",
      "JournalBatchNumber",
      "LineNumber"
    ],
    "properties": {
      "dataAreaId": {
        "type": "Edm.String",
        "nullable": false
      },
      "JournalBatchNumber": {
        "type": "Edm.String",
        "nullable": false
      },
      "LineNumber": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "ReverseEntry": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "ItemSalesTaxGroup": {
        "type": "Edm.String",
        "nullable": true
      },
      "CashDiscountDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "Voucher": {
        "type": "Edm.String",
        "nullable": true
      },
      "Text": {
        "type": "Edm.String",
        "nullable": true
      },
      "OffsetAccountType": {
        "type": "LedgerJournalACType",
        "nullable": true,
        "isEnum": true
      },
      "IsWithholdingCalculationEnabled": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "ReverseDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "TransDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "DefaultDimensionDisplayValue": {
        "type": "Edm.String",
        "nullable": true
      },
      "PaymentReference": {
        "type": "Edm.String",
        "nullable": true
      },
      "Document": {
        "type": "Edm.String",
        "nullable": true
      },
      "CashDiscountAmount": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "ExchRate": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "ChineseVoucherType": {
        "type": "Edm.String",
        "nullable": true
      },
      "DebitAmount": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "SalesTaxCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "DocumentDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "OffsetAccountDisplayValue": {
        "type": "Edm.String",
        "nullable": true
      },
      "AccountDisplayValue": {
        "type": "Edm.String",
        "nullable": true
      },
      "CashDiscount": {
        "type": "Edm.String",
        "nullable": true
      },
      "OffsetDefaultDimensionDisplayValue": {
        "type": "Edm.String",
        "nullable": true
      },
      "OffsetFinTagDisplayValue": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesTaxGroup": {
        "type": "Edm.String",
        "nullable": true
      },
      "AccountType": {
        "type": "LedgerJournalACType",
        "nullable": true,
        "isEnum": true
      },
      "Invoice": {
        "type": "Edm.String",
        "nullable": true
      },
      "DueDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "ReportingCurrencyExchRate": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "FinTagDisplayValue": {
        "type": "Edm.String",
        "nullable": true
      },
      "PaymentMethod": {
        "type": "Edm.String",
        "nullable": true
      },
      "PaymentId": {
        "type": "Edm.String",
        "nullable": true
      },
      "PostingProfile": {
        "type": "Edm.String",
        "nullable": true
      },
      "ExchRateSecond": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "CreditAmount": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "OverrideSalesTax": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "OffsetCompany": {
        "type": "Edm.String",
        "nullable": true
      },
      "Quantity": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "ItemWithholdingTaxGroupCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "TaxExemptNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "ReportingCurrencyExchRateSecondary": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "CurrencyCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "Company": {
        "type": "Edm.String",
        "nullable": true
      },
      "ChineseVoucher": {
        "type": "Edm.String",
        "nullable": true
      },
      "DiscountPercentage": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "OffsetText": {
        "type": "Edm.String",
        "nullable": true
      }
    }
  },
  "CustomerPaymentJournalHeaders": {
    "entityType": "CustomerPaymentJournalHeader",
    "keys": [
      "dataAreaId",
      "JournalBatchNumber"
    ],
    "properties": {
      "dataAreaId": {
        "type": "Edm.String",
        "nullable": false
      },
      "JournalBatchNumber": {
        "type": "Edm.String",
        "nullable": false
      },
      "JournalName": {
        "type": "Edm.String",
        "nullable": true
      },
      "OverrideSalesTax": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "Description": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsPosted": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      }
    }
  },
  "CustomerPaymentJournalLines": {
    "entityType": "CustomerPaymentJournalLine",
    "keys": [
      "dataAreaId",
      "JournalBatchNumber",
      "LineNumber"
    ],
    "properties": {
      "dataAreaId": {
        "type": "Edm.String",
        "nullable": false
      },
      "JournalBatchNumber": {
        "type": "Edm.String",
        "nullable": false
      },
      "LineNumber": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "UseSalesTaxDirectionFromMainAccount": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "MarkedInvoice": {
        "type": "Edm.String",
        "nullable": true
      },
      "Voucher": {
        "type": "Edm.String",
        "nullable": true
      },
      "DepositNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "ItemWithholdingTaxGroup": {
        "type": "Edm.String",
        "nullable": true
      },
      "OffsetAccountType": {
        "type": "LedgerJournalACType",
        "nullable": true,
        "isEnum": true
      },
      "PostdatedCheckCashierDisplayValue": {
        "type": "Edm.String",
        "nullable": true
      },
      "PostdatedCheckMaturityDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "SettleVoucher": {
        "type": "SettlementType",
        "nullable": true,
        "isEnum": true
      },
      "TransactionDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "NACHAIATOFACScreeningIndicator": {
        "type": "CustVendGatewayOperatorOFACIndicator_US",
        "nullable": true,
        "isEnum": true
      },
      "BankTransactionType": {
        "type": "Edm.String",
        "nullable": true
      },
      "PaymentReference": {
        "type": "Edm.String",
        "nullable": true
      },
      "CustomerName": {
        "type": "Edm.String",
        "nullable": true
      },
      "ChineseVoucherType": {
        "type": "Edm.String",
        "nullable": true
      },
      "NACHAIATForeignExchangeIndicator": {
        "type": "CustVendForeignExchIndicator_US",
        "nullable": true,
        "isEnum": true
      },
      "PostdatedCheckSalespersonDisplayValue": {
        "type": "Edm.String",
        "nullable": true
      },
      "NACHAIATForeignExchangeReferenceIndicator": {
        "type": "CustVendForeignExchRefIndicator_US",
        "nullable": true,
        "isEnum": true
      },
      "DebitAmount": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "TaxItemGroup": {
        "type": "Edm.String",
        "nullable": true
      },
      "NACHAIATOFACSecondaryScreeningIndicator": {
        "type": "CustVendSecondaryOFACIndicator_US",
        "nullable": true,
        "isEnum": true
      },
      "ThirdPartyBankAccountId": {
        "type": "Edm.String",
        "nullable": true
      },
      "TransactionText": {
        "type": "Edm.String",
        "nullable": true
      },
      "PostdatedCheckNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "OffsetAccountDisplayValue": {
        "type": "Edm.String",
        "nullable": true
      },
      "AccountDisplayValue": {
        "type": "Edm.String",
        "nullable": true
      },
      "DefaultDimensionsForAccountDisplayValue": {
        "type": "Edm.String",
        "nullable": true
      },
      "PostdatedCheckOriginalCheckNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "PaymentMethodName": {
        "type": "Edm.String",
        "nullable": true
      },
      "CentralBankImportDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "NACHAIATReceivingDFIQualifier": {
        "type": "CustVendOriginatingDFIQualifier_US",
        "nullable": true,
        "isEnum": true
      },
      "OffsetTransactionText": {
        "type": "Edm.String",
        "nullable": true
      },
      "MarkedInvoiceCompany": {
        "type": "Edm.String",
        "nullable": true
      },
      "UseABankDepositSlip": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "PaymentSpecification": {
        "type": "Edm.String",
        "nullable": true
      },
      "OffsetFinTagDisplayValue": {
        "type": "Edm.String",
        "nullable": true
      },
      "PostdatedCheckIsReplacementCheck": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "NACHAIATOriginatingDFIQualifier": {
        "type": "CustVendOriginatingDFIQualifier_US",
        "nullable": true,
        "isEnum": true
      },
      "AccountType": {
        "type": "LedgerJournalACType",
        "nullable": true,
        "isEnum": true
      },
      "TaxGroup": {
        "type": "Edm.String",
        "nullable": true
      },
      "ExchangeRate": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "ReportingCurrencyExchRate": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "FinTagDisplayValue": {
        "type": "Edm.String",
        "nullable": true
      },
      "PaymentId": {
        "type": "Edm.String",
        "nullable": true
      },
      "CalculateWithholdingTax": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "PostingProfile": {
        "type": "Edm.String",
        "nullable": true
      },
      "PostdatedCheckReasonForStop": {
        "type": "Edm.String",
        "nullable": true
      },
      "CreditAmount": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "OverrideSalesTax": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "OffsetCompany": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsPrepayment": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "NACHAIATForeignExchangeReference": {
        "type": "Edm.String",
        "nullable": true
      },
      "DefaultDimensionsForOffsetAccountDisplayValue": {
        "type": "Edm.String",
        "nullable": true
      },
      "ReportingCurrencyExchRateSecondary": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "CurrencyCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "SecondaryExchangeRate": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "PostdatedCheckReceivedDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "Company": {
        "type": "Edm.String",
        "nullable": true
      },
      "PostdatedCheckBankBranch": {
        "type": "Edm.String",
        "nullable": true
      },
      "CentralBankPurposeCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "PostdatedCheckReplacementComments": {
        "type": "Edm.String",
        "nullable": true
      },
      "PostdatedCheckStopPayment": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "ChineseVoucher": {
        "type": "Edm.String",
        "nullable": true
      },
      "PostdatedCheckBankName": {
        "type": "Edm.String",
        "nullable": true
      },
      "CentralBankPurposeText": {
        "type": "Edm.String",
        "nullable": true
      },
      "PaymentNotes": {
        "type": "Edm.String",
        "nullable": true
      }
    }
  },
  "ReleasedProductsV2": {
    "entityType": "ReleasedProductV2",
    "keys": [
      "dataAreaId",
      "ItemNumber"
    ],
    "properties": {
      "dataAreaId": {
        "type": "Edm.String",
        "nullable": false
      },
      "ItemNumber": {
        "type": "Edm.String",
        "nullable": false
      },
      "IsPhantom": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "IsPurchasePriceIncludingCharges": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "ItemFiscalClassificationCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "SeventhProductFilterCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "ServiceAccountingCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "MarginABCCode": {
        "type": "ABC",
        "nullable": true,
        "isEnum": true
      },
      "IsICMSTaxAppliedOnService": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "ShippingAndReceivingSortOrderCode": {
        "type": "Edm.Int32",
        "nullable": false
      },
      "ProductionConsumptionWidthConversionFactor": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "AlternativeProductSizeId": {
        "type": "Edm.String",
        "nullable": true
      },
      "CatchWeightItemHandlingPolicyName": {
        "type": "Edm.String",
        "nullable": true
      },
      "RawMaterialPickingPrinciple": {
        "type": "WHSAllowMaterialOverPick",
        "nullable": true,
        "isEnum": true
      },
      "WarehouseFilterCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "ProductionConsumptionDepthConversionFactor": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "DefaultProductConfigurationId": {
        "type": "Edm.String",
        "nullable": true
      },
      "ItemModelGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "GrossProductHeight": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "AlternativeProductVersionId": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsSalesWithholdingTaxCalculated": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "ScaleIndicator": {
        "type": "ScaleIndicator_BR",
        "nullable": true,
        "isEnum": true
      },
      "ProductVolume": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "TrackingDimensionGroupName": {
        "type": "Edm.String",
        "nullable": true
      },
      "PurchaseSalesTaxItemGroupCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "CustomsExportTariffCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "UpdateProductVariantLifecycleState": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "PlanningFormulaItemNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "WarehouseMobileDeviceDescriptionLine1": {
        "type": "Edm.String",
        "nullable": true
      },
      "InventoryCountingReasonCodePolicyName": {
        "type": "Edm.String",
        "nullable": true
      },
      "WarehouseMobileDeviceDescriptionLine2": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesItemWithholdingTaxGroupCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsUnitCostProductVariantSpecific": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "IsHazardousMaterial": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "IsPOSRegistrationQuantityNegative": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "UpperWarrantablePriceRangeLimit": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "POSRegistrationPlannedBlockedDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "SellEndDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "SADGroup": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsPurchaseWithholdingTaxCalculated": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "DefaultLedgerDimensionDisplayValue": {
        "type": "Edm.String",
        "nullable": true
      },
      "WarrantyDurationTimeUnit": {
        "type": "WarrantyDurationTimeUnit",
        "nullable": true,
        "isEnum": true
      },
      "CommissionProductGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsExemptFromAutomaticNotificationAndCancellation": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "TaxSubstitutionCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "ProductionType": {
        "type": "PmfProductType",
        "nullable": true,
        "isEnum": true
      },
      "NetProductWeight": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "ProductionPoolId": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesSupplementaryProductProductGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "WarrantablePriceRangeBaseType": {
        "type": "WarrantablePriceRangeBaseType",
        "nullable": true,
        "isEnum": true
      },
      "StorageDimensionGroupName": {
        "type": "Edm.String",
        "nullable": true
      },
      "PurchasePricingPrecision": {
        "type": "Edm.Int32",
        "nullable": false
      },
      "BOMUnitSymbol": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesPriceCalculationContributionRatio": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "IsSelfCheckoutRegistrationBlocked": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "CatchWeightUnitSymbol": {
        "type": "Edm.String",
        "nullable": true
      },
      "RawMaterialPickingPrincipleNonLicensePlateLocations": {
        "type": "WHSAllowMaterialOverPickNonLP",
        "nullable": true,
        "isEnum": true
      },
      "VendorInvoiceLineMatchingPolicy": {
        "type": "PurchMatchingPolicyWithNotSetOption",
        "nullable": true,
        "isEnum": true
      },
      "SellStartDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "PhysicalDimensionGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "CarryingCostABCCode": {
        "type": "ABC",
        "nullable": true,
        "isEnum": true
      },
      "CostCalculationBOMLevel": {
        "type": "Edm.Int32",
        "nullable": false
      },
      "SalesRetailInventoryAvailabilityLevelProfile": {
        "type": "Edm.String",
        "nullable": true
      },
      "TransferOrderOverdeliveryPercentage": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "TenthProductFilterCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "UnitConversionSequenceGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "WillPickingWorkbenchApplyBoxingLogic": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "FixedSalesPriceCharges": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "IsDeliveredDirectly": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "SalesGSTReliefCategoryCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsScaleProduct": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "AlternativeProductColorId": {
        "type": "Edm.String",
        "nullable": true
      },
      "FixedPurchasePriceCharges": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "IsUnitCostIncludingCharges": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "ShipStartDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "SalesPrice": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "SalesPriceCalculationModel": {
        "type": "SalesPriceModel",
        "nullable": true,
        "isEnum": true
      },
      "CustomsImportTariffCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "ArrivalHandlingTime": {
        "type": "Edm.Int32",
        "nullable": false
      },
      "SATCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "IntrastatCommodityCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "AreTransportationManagementProcessesEnabled": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "WarehouseReleaseSalesUnitRestricted": {
        "type": "WHSSalesUnitRestricted",
        "nullable": true,
        "isEnum": true
      },
      "IsShipAloneEnabled": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "ProductionConsumptionDensityConversionFactor": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "PurchasePriceDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "SalesPricingPrecision": {
        "type": "Edm.Int32",
        "nullable": false
      },
      "PurchaseChargesQuantity": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "ProductSearchName": {
        "type": "Edm.String",
        "nullable": true
      },
      "ValueABCCode": {
        "type": "ABC",
        "nullable": true,
        "isEnum": true
      },
      "WarehouseBatchDetailsCapturePolicy": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsDualUseProduct": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "VariableScrapPercentage": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "UnitCostDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "MaximumPickQuantity": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "AlternativeProductStyleId": {
        "type": "Edm.String",
        "nullable": true
      },
      "BarcodeSetupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsSalesPriceIncludingCharges": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "PurchasePriceQuantity": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "PurchaseChargeProductGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "ContinuityScheduleId": {
        "type": "Edm.String",
        "nullable": true
      },
      "FixedCostCharges": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "CostGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "MaterialOverpickPercentage": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "WarehouseBomReleaseReservationRequirementRule": {
        "type": "BomWHSReleasePolicy",
        "nullable": true,
        "isEnum": true
      },
      "EighthProductFilterCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesLineDiscountProductGroupCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "POSRegistrationActivationDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "MaximumCatchWeightQuantity": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "ProductLifeCycleValidToDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "WarrantyDurationTime": {
        "type": "Edm.Int32",
        "nullable": false
      },
      "ServiceFiscalInformationCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "ProductSubType": {
        "type": "EcoResProductSubtype",
        "nullable": true,
        "isEnum": true
      },
      "IsTenderDiscountPOSRegistrationProhibited": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "PurchaseSupplementaryProductProductGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "InventoryUnitSymbol": {
        "type": "Edm.String",
        "nullable": true
      },
      "PackSizeCategoryId": {
        "type": "Edm.String",
        "nullable": true
      },
      "WillTotalPurchaseDiscountCalculationIncludeProduct": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "SalesChargesQuantity": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "BatchMergeDateCalculationMethod": {
        "type": "InventBatchMergeDateCalculationMethod",
        "nullable": true,
        "isEnum": true
      },
      "SalesMultilineDiscountProductGroupCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "PurchasePrice": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "SalesChargeProductGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "SecondProductFilterCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsIntercompanyPurchaseUsageBlocked": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "AlternativeProductConfigurationId": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesOverdeliveryPercentage": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "IsDiscountPOSRegistrationProhibited": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "BestBeforePeriodDays": {
        "type": "Edm.Int32",
        "nullable": false
      },
      "PurchaseOverdeliveryPercentage": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "ProductLifecycleStateId": {
        "type": "Edm.String",
        "nullable": true
      },
      "PurchaseUnitSymbol": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesUnderdeliveryPercentage": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "BuyerGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsManualDiscountPOSRegistrationProhibited": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "ServiceType": {
        "type": "EcoResProductServiceType",
        "nullable": true,
        "isEnum": true
      },
      "NecessaryProductionWorkingTimeSchedulingPropertyId": {
        "type": "Edm.String",
        "nullable": true
      },
      "InventoryGSTReliefCategoryCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "ApprovedVendorCheckMethod": {
        "type": "PdsVendorCheckItem",
        "nullable": true,
        "isEnum": true
      },
      "SalesRebateProductGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "InventoryReservationHierarchyName": {
        "type": "Edm.String",
        "nullable": true
      },
      "HSNCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "FlushingPrinciple": {
        "type": "ProdFlushingPrincipItem",
        "nullable": true,
        "isEnum": true
      },
      "SalesPriceQuantity": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "YieldPercentage": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "TareProductWeight": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "WarehouseFilterGroup": {
        "type": "Edm.String",
        "nullable": true
      },
      "ApproximateSalesTaxPercentage": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "PackingDutyQuantity": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "PurchaseLineDiscountProductGroupCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "WillInventoryIssueAutomaticallyReportAsFinished": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "Exempt": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "FourthProductFilterCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "ProductFiscalInformationType": {
        "type": "Edm.String",
        "nullable": true
      },
      "PackageHandlingTime": {
        "type": "Edm.Int32",
        "nullable": false
      },
      "GrossProductWidth": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "NinthProductFilterCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "ShelfLifePeriodDays": {
        "type": "Edm.Int32",
        "nullable": false
      },
      "DefaultProductVersionId": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesRetailInventoryAvailabilityBuffer": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "TransferOrderUnderdeliveryPercentage": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "DefaultReceivingQuantity": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "POSRegistrationBlockedDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "MustKeyInCommentAtPOSRegister": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "DefaultProductStyleId": {
        "type": "Edm.String",
        "nullable": true
      },
      "ConstantScrapQuantity": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "PotencyBaseAttributeValueEntryEvent": {
        "type": "PDSPotencyAttribRecordingEnum",
        "nullable": true,
        "isEnum": true
      },
      "KeyInPriceRequirementsAtPOSRegister": {
        "type": "RetailPriceKeyingRequirement",
        "nullable": true,
        "isEnum": true
      },
      "IntrastatChargePercentage": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "ProductCoverageGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "PotencyBaseAttibuteTargetValue": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "IsIntercompanySalesUsageBlocked": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "PackingMaterialGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "PurchaseRebateProductGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "CNPJ": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryVendorAccountNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "ThirdProductFilterCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "SearchName": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsRetailDiscountPOSRegistrationProhibited": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "ProductType": {
        "type": "EcoResProductType",
        "nullable": true,
        "isEnum": true
      },
      "ProjectCategoryId": {
        "type": "Edm.String",
        "nullable": true
      },
      "OriginCountryRegionId": {
        "type": "Edm.String",
        "nullable": true
      },
      "AlternativeItemNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "BOMLevel": {
        "type": "Edm.Int32",
        "nullable": false
      },
      "NonGST": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "PurchaseItemWithholdingTaxGroupCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsZeroPricePOSRegistrationAllowed": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "CostChargesQuantity": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "IsUnitCostAutomaticallyUpdated": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "DefaultDirectDeliveryWarehouse": {
        "type": "Edm.String",
        "nullable": true
      },
      "ProductTaxationOrigin": {
        "type": "FITaxationOrigin_BR",
        "nullable": true,
        "isEnum": true
      },
      "IsIntrastatExcluded": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "IsVariantShelfLabelsPrintingEnabled": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "UnitCost": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "DualUseCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "DefaultProductColorId": {
        "type": "Edm.String",
        "nullable": true
      },
      "AlternativeProductUsageCondition": {
        "type": "ItemNumAlternative",
        "nullable": true,
        "isEnum": true
      },
      "SalesPriceDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "WillTotalSalesDiscountCalculationIncludeProduct": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "PurchasePriceToleranceGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsInstallmentEligible": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "BaseSalesPriceSource": {
        "type": "SalesPriceModelBasic",
        "nullable": true,
        "isEnum": true
      },
      "SixthProductFilterCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "SerialNumberGroupCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "ProductLifeCycleValidFromDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "ItemFiscalClassificationExceptionCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "NGPCode": {
        "type": "Edm.Int32",
        "nullable": false
      },
      "FifthProductFilterCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "FirstProductFilterCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesUnitSymbol": {
        "type": "Edm.String",
        "nullable": true
      },
      "TaxRateType": {
        "type": "Edm.String",
        "nullable": true
      },
      "LowerWarrantablePriceRangeLimit": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "ProductionGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "KeyInQuantityRequirementsAtPOSRegister": {
        "type": "RetailQtyKeyingRequirement",
        "nullable": true,
        "isEnum": true
      },
      "DefaultOrderType": {
        "type": "ReqPOType",
        "nullable": true,
        "isEnum": true
      },
      "ProductGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsCatchWeightProduct": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "ProductionConsumptionHeightConversionFactor": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "ContinuityEventDuration": {
        "type": "Edm.Int32",
        "nullable": false
      },
      "PKWiUCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsPOSRegistrationBlocked": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "BatchNumberGroupCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "DefaultProductSizeId": {
        "type": "Edm.String",
        "nullable": true
      },
      "ProductDimensionGroupName": {
        "type": "Edm.String",
        "nullable": true
      },
      "PurchaseUnderdeliveryPercentage": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "GrossDepth": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "SecondProductFilterGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "RevenueABCCode": {
        "type": "ABC",
        "nullable": true,
        "isEnum": true
      },
      "PackageClassId": {
        "type": "Edm.String",
        "nullable": true
      },
      "PurchaseGSTReliefCategoryCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesPriceCalculationChargesPercentage": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "PurchaseMultilineDiscountProductGroupCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "WillWorkCenterPickingAllowNegativeInventory": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "ProductLifeCycleSeasonCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesSalesTaxItemGroupCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsRestrictedForCoupons": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "IsSalesPriceAdjustmentAllowed": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "IsPurchasePriceAutomaticallyUpdated": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "MinimumCatchWeightQuantity": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "WillInventoryReceiptIgnoreFlushingPrinciple": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "ProductNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "UnitCostQuantity": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "FreightAllocationGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "ComparisonPriceBaseUnitSymbol": {
        "type": "Edm.String",
        "nullable": true
      },
      "CostCalculationGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "FirstProductFilterGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "ShelfAdvicePeriodDays": {
        "type": "Edm.Int32",
        "nullable": false
      },
      "OriginStateId": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsSerialNumberActive": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "IsBatchNumberActive": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "Bundle": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "ItemOverUnderdeliveryToleranceGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "CustomsDescription": {
        "type": "Edm.String",
        "nullable": true
      },
      "TransferOrderLandedCostGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "VoyageArrivalGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "LandedCostTypeGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "CommodityCodeId": {
        "type": "Edm.String",
        "nullable": true
      },
      "RevRecBundle": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "RevRecMedianPriceMaximumTolerance": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "RevRecMedianPrice": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "RevRecDefaultRevenueRecognitionSchedule": {
        "type": "Edm.String",
        "nullable": true
      },
      "RevRecExcludeFromCarveOut": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "RevRecMedianPriceMinimumTolerance": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "RevRecRevenueRecognitionEnabled": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "RevRecRevenueType": {
        "type": "RevRecRevenueType",
        "nullable": true,
        "isEnum": true
      },
      "BasePricePurchase": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      }
    }
  },
  "ReleasedDistinctProducts": {
    "entityType": "ReleasedDistinctProduct",
    "keys": [
      "dataAreaId",
      "ItemNumber"
    ],
    "properties": {
      "dataAreaId": {
        "type": "Edm.String",
        "nullable": false
      },
      "ItemNumber": {
        "type": "Edm.String",
        "nullable": false
      },
      "IsPhantom": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "IsPurchasePriceIncludingCharges": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "ItemFiscalClassificationCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "MarginABCCode": {
        "type": "ABC",
        "nullable": true,
        "isEnum": true
      },
      "IsICMSTaxAppliedOnService": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "ShippingAndReceivingSortOrderCode": {
        "type": "Edm.Int32",
        "nullable": false
      },
      "ProductionConsumptionWidthConversionFactor": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "AlternativeProductSizeId": {
        "type": "Edm.String",
        "nullable": true
      },
      "RawMaterialPickingPrinciple": {
        "type": "WHSAllowMaterialOverPick",
        "nullable": true,
        "isEnum": true
      },
      "ProductionConsumptionDepthConversionFactor": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "ItemModelGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "GrossProductHeight": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "IsSalesWithholdingTaxCalculated": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "ProductVolume": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "TrackingDimensionGroupName": {
        "type": "Edm.String",
        "nullable": true
      },
      "PurchaseSalesTaxItemGroupCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "PlanningFormulaItemNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "WarehouseMobileDeviceDescriptionLine1": {
        "type": "Edm.String",
        "nullable": true
      },
      "WarehouseMobileDeviceDescriptionLine2": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesItemWithholdingTaxGroupCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsPOSRegistrationQuantityNegative": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "POSRegistrationPlannedBlockedDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "SellEndDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "IsPurchaseWithholdingTaxCalculated": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "DefaultLedgerDimensionDisplayValue": {
        "type": "Edm.String",
        "nullable": true
      },
      "CommissionProductGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsExemptFromAutomaticNotificationAndCancellation": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "ProductionType": {
        "type": "PmfProductType",
        "nullable": true,
        "isEnum": true
      },
      "NetProductWeight": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "ProductionPoolId": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesSupplementaryProductProductGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "StorageDimensionGroupName": {
        "type": "Edm.String",
        "nullable": true
      },
      "PurchasePricingPrecision": {
        "type": "Edm.Int32",
        "nullable": false
      },
      "BOMUnitSymbol": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesPriceCalculationContributionRatio": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "CatchWeightUnitSymbol": {
        "type": "Edm.String",
        "nullable": true
      },
      "VendorInvoiceLineMatchingPolicy": {
        "type": "PurchMatchingPolicyWithNotSetOption",
        "nullable": true,
        "isEnum": true
      },
      "SellStartDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "PhysicalDimensionGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "CarryingCostABCCode": {
        "type": "ABC",
        "nullable": true,
        "isEnum": true
      },
      "TransferOrderOverdeliveryPercentage": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "UnitConversionSequenceGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "WillPickingWorkbenchApplyBoxingLogic": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "FixedSalesPriceCharges": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "IsDeliveredDirectly": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "SalesGSTReliefCategoryCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsScaleProduct": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "AlternativeProductColorId": {
        "type": "Edm.String",
        "nullable": true
      },
      "FixedPurchasePriceCharges": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "IsUnitCostIncludingCharges": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "ShipStartDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "SalesPrice": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "SalesPriceCalculationModel": {
        "type": "SalesPriceModel",
        "nullable": true,
        "isEnum": true
      },
      "ArrivalHandlingTime": {
        "type": "Edm.Int32",
        "nullable": false
      },
      "IntrastatCommodityCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "AreTransportationManagementProcessesEnabled": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "IsShipAloneEnabled": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "ProductionConsumptionDensityConversionFactor": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "PurchasePriceDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "SalesPricingPrecision": {
        "type": "Edm.Int32",
        "nullable": false
      },
      "PurchaseChargesQuantity": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "ProductSearchName": {
        "type": "Edm.String",
        "nullable": true
      },
      "ValueABCCode": {
        "type": "ABC",
        "nullable": true,
        "isEnum": true
      },
      "VariableScrapPercentage": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "UnitCostDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "MaximumPickQuantity": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "AlternativeProductStyleId": {
        "type": "Edm.String",
        "nullable": true
      },
      "BarcodeSetupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsSalesPriceIncludingCharges": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "PurchasePriceQuantity": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "PurchaseChargeProductGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "ContinuityScheduleId": {
        "type": "Edm.String",
        "nullable": true
      },
      "FixedCostCharges": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "CostGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesLineDiscountProductGroupCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "POSRegistrationActivationDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "MaximumCatchWeightQuantity": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "ProductLifeCycleValidToDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "ServiceFiscalInformationCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "PurchaseSupplementaryProductProductGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "InventoryUnitSymbol": {
        "type": "Edm.String",
        "nullable": true
      },
      "WillTotalPurchaseDiscountCalculationIncludeProduct": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "PackSizeCategoryId": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesChargesQuantity": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "BatchMergeDateCalculationMethod": {
        "type": "InventBatchMergeDateCalculationMethod",
        "nullable": true,
        "isEnum": true
      },
      "SalesMultilineDiscountProductGroupCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "PurchasePrice": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "SalesChargeProductGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsIntercompanyPurchaseUsageBlocked": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "AlternativeProductConfigurationId": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesOverdeliveryPercentage": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "IsDiscountPOSRegistrationProhibited": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "BestBeforePeriodDays": {
        "type": "Edm.Int32",
        "nullable": false
      },
      "PurchaseOverdeliveryPercentage": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "PurchaseUnitSymbol": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesUnderdeliveryPercentage": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "BuyerGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "NecessaryProductionWorkingTimeSchedulingPropertyId": {
        "type": "Edm.String",
        "nullable": true
      },
      "InventoryGSTReliefCategoryCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "ApprovedVendorCheckMethod": {
        "type": "PdsVendorCheckItem",
        "nullable": true,
        "isEnum": true
      },
      "SalesRebateProductGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "InventoryReservationHierarchyName": {
        "type": "Edm.String",
        "nullable": true
      },
      "FlushingPrinciple": {
        "type": "ProdFlushingPrincipItem",
        "nullable": true,
        "isEnum": true
      },
      "SalesPriceQuantity": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "YieldPercentage": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "TareProductWeight": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "ApproximateSalesTaxPercentage": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "PackingDutyQuantity": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "PurchaseLineDiscountProductGroupCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "WillInventoryIssueAutomaticallyReportAsFinished": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "ProductFiscalInformationType": {
        "type": "Edm.String",
        "nullable": true
      },
      "PackageHandlingTime": {
        "type": "Edm.Int32",
        "nullable": false
      },
      "GrossProductWidth": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "ShelfLifePeriodDays": {
        "type": "Edm.Int32",
        "nullable": false
      },
      "TransferOrderUnderdeliveryPercentage": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "DefaultReceivingQuantity": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "POSRegistrationBlockedDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "MustKeyInCommentAtPOSRegister": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "ConstantScrapQuantity": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "PotencyBaseAttributeValueEntryEvent": {
        "type": "PDSPotencyAttribRecordingEnum",
        "nullable": true,
        "isEnum": true
      },
      "KeyInPriceRequirementsAtPOSRegister": {
        "type": "RetailPriceKeyingRequirement",
        "nullable": true,
        "isEnum": true
      },
      "IntrastatChargePercentage": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "ProductCoverageGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "PotencyBaseAttibuteTargetValue": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "IsIntercompanySalesUsageBlocked": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "PackingMaterialGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "PurchaseRebateProductGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryVendorAccountNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "SearchName": {
        "type": "Edm.String",
        "nullable": true
      },
      "ProductType": {
        "type": "EcoResProductType",
        "nullable": true,
        "isEnum": true
      },
      "ProjectCategoryId": {
        "type": "Edm.String",
        "nullable": true
      },
      "OriginCountryRegionId": {
        "type": "Edm.String",
        "nullable": true
      },
      "AlternativeItemNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "BOMLevel": {
        "type": "Edm.Int32",
        "nullable": false
      },
      "PurchaseItemWithholdingTaxGroupCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsZeroPricePOSRegistrationAllowed": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "CostChargesQuantity": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "IsUnitCostAutomaticallyUpdated": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "DefaultDirectDeliveryWarehouse": {
        "type": "Edm.String",
        "nullable": true
      },
      "ProductTaxationOrigin": {
        "type": "FITaxationOrigin_BR",
        "nullable": true,
        "isEnum": true
      },
      "IsVariantShelfLabelsPrintingEnabled": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "UnitCost": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "AlternativeProductUsageCondition": {
        "type": "ItemNumAlternative",
        "nullable": true,
        "isEnum": true
      },
      "SalesPriceDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "WillTotalSalesDiscountCalculationIncludeProduct": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "PurchasePriceToleranceGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsInstallmentEligible": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "BaseSalesPriceSource": {
        "type": "SalesPriceModelBasic",
        "nullable": true,
        "isEnum": true
      },
      "SerialNumberGroupCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "ProductLifeCycleValidFromDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "ItemFiscalClassificationExceptionCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "NGPCode": {
        "type": "Edm.Int32",
        "nullable": false
      },
      "SalesUnitSymbol": {
        "type": "Edm.String",
        "nullable": true
      },
      "KeyInQuantityRequirementsAtPOSRegister": {
        "type": "RetailQtyKeyingRequirement",
        "nullable": true,
        "isEnum": true
      },
      "ProductionGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "DefaultOrderType": {
        "type": "ReqPOType",
        "nullable": true,
        "isEnum": true
      },
      "ProductGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "ProductionConsumptionHeightConversionFactor": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "ContinuityEventDuration": {
        "type": "Edm.Int32",
        "nullable": false
      },
      "IsPOSRegistrationBlocked": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "BatchNumberGroupCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "PotencyBaseAttributeId": {
        "type": "Edm.String",
        "nullable": true
      },
      "PurchaseUnderdeliveryPercentage": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "GrossDepth": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "RevenueABCCode": {
        "type": "ABC",
        "nullable": true,
        "isEnum": true
      },
      "PackageClassId": {
        "type": "Edm.String",
        "nullable": true
      },
      "PurchaseGSTReliefCategoryCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesPriceCalculationChargesPercentage": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "PurchaseMultilineDiscountProductGroupCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "WillWorkCenterPickingAllowNegativeInventory": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "ProductLifeCycleSeasonCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesSalesTaxItemGroupCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsRestrictedForCoupons": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "IsSalesPriceAdjustmentAllowed": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "IsPurchasePriceAutomaticallyUpdated": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "MinimumCatchWeightQuantity": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "WillInventoryReceiptIgnoreFlushingPrinciple": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "ProductNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "UnitCostQuantity": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "FreightAllocationGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "ComparisonPriceBaseUnitSymbol": {
        "type": "Edm.String",
        "nullable": true
      },
      "CostCalculationGroupId": {
        "type": "Edm.String",
        "nullable": true
      },
      "ShelfAdvicePeriodDays": {
        "type": "Edm.Int32",
        "nullable": false
      },
      "OriginStateId": {
        "type": "Edm.String",
        "nullable": true
      }
    }
  },
  "MainAccounts": {
    "entityType": "MainAccount",
    "keys": [
      "ChartOfAccounts",
      "MainAccountId"
    ],
    "properties": {
      "ChartOfAccounts": {
        "type": "Edm.String",
        "nullable": false
      },
      "MainAccountId": {
        "type": "Edm.String",
        "nullable": false
      },
      "ActiveFrom": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "AccountCategoryDescription": {
        "type": "Edm.String",
        "nullable": true
      },
      "ForeignCurrencyRevaluation": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "BalanceControl": {
        "type": "DebCredProposal",
        "nullable": true,
        "isEnum": true
      },
      "DebitCreditRequirement": {
        "type": "DebCredProposal",
        "nullable": true,
        "isEnum": true
      },
      "User": {
        "type": "Edm.String",
        "nullable": true
      },
      "MainAccountRecId": {
        "type": "Edm.Int64",
        "nullable": false
      },
      "DoNotAllowManualEntry": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "RepomoType": {
        "type": "RepomoType_MX",
        "nullable": true,
        "isEnum": true
      },
      "MainAccountType": {
        "type": "DimensionLedgerAccountType",
        "nullable": true,
        "isEnum": true
      },
      "ValidateUser": {
        "type": "FieldControl",
        "nullable": true,
        "isEnum": true
      },
      "FinancialReportingExchangeRateType": {
        "type": "Edm.String",
        "nullable": true
      },
      "OffsetAccountDisplayValue": {
        "type": "Edm.String",
        "nullable": true
      },
      "ReportingAccountType": {
        "type": "DimensionLedgerAccountReportingType",
        "nullable": true,
        "isEnum": true
      },
      "MainAccountCategory": {
        "type": "Edm.String",
        "nullable": true
      },
      "ChartOfAccountsRecId": {
        "type": "Edm.Int64",
        "nullable": false
      },
      "OpeningAccountId": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsSuspended": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "ActiveTo": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "InflationAdjustment": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "Closing": {
        "type": "LedgerClosing",
        "nullable": true,
        "isEnum": true
      },
      "ValidateCurrency": {
        "type": "FieldControl",
        "nullable": true,
        "isEnum": true
      },
      "Name": {
        "type": "Edm.String",
        "nullable": true
      },
      "SRUCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "DebitCreditDefault": {
        "type": "DebCredProposal",
        "nullable": true,
        "isEnum": true
      },
      "ExchangeAdjustmentRateType": {
        "type": "Edm.String",
        "nullable": true
      },
      "FinancialReportingCurrencyTranslationType": {
        "type": "FinancialReportingTranslationType",
        "nullable": true,
        "isEnum": true
      },
      "DefaultCurrency": {
        "type": "Edm.String",
        "nullable": true
      },
      "DefaultConsolidationAccount": {
        "type": "Edm.String",
        "nullable": true
      },
      "MandatoryPaymentReference": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "PostingType": {
        "type": "LedgerPostingType",
        "nullable": true,
        "isEnum": true
      },
      "ReportingExchangeAdjustmentRateType": {
        "type": "Edm.String",
        "nullable": true
      },
      "ParentMainAccountId": {
        "type": "Edm.String",
        "nullable": true
      },
      "AdjustmentMethod": {
        "type": "AdjustmentMethod_MX",
        "nullable": true,
        "isEnum": true
      },
      "Monetary": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "ValidatePostingType": {
        "type": "FieldControl",
        "nullable": true,
        "isEnum": true
      }
    }
  },
  "FinancialDimensionValues": {
    "entityType": "FinancialDimensionValue",
    "keys": [
      "FinancialDimension",
      "LegalEntityId",
      "DimensionValue"
    ],
    "properties": {
      "FinancialDimension": {
        "type": "Edm.String",
        "nullable": false
      },
      "LegalEntityId": {
        "type": "Edm.String",
        "nullable": false
      },
      "DimensionValue": {
        "type": "Edm.String",
        "nullable": false
      },
      "GroupDimension": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsSuspended": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "IsBlockedForManualEntry": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "IsTotal": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "Description": {
        "type": "Edm.String",
        "nullable": true
      },
      "ActiveFrom": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "ActiveTo": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "Owner": {
        "type": "Edm.String",
        "nullable": true
      },
      "IsBalancing_PSN": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      }
    }
  },
  "DimensionAttributes": {
    "entityType": "DimensionAttribute",
    "keys": [
      "DimensionName"
    ],
    "properties": {
      "DimensionName": {
        "type": "Edm.String",
        "nullable": false
      },
      "ReportColumnName": {
        "type": "Edm.String",
        "nullable": true
      },
      "UseValuesFrom": {
        "type": "Edm.String",
        "nullable": true
      },
      "DimensionValueMask": {
        "type": "Edm.String",
        "nullable": true
      },
      "CopyValuesOnCreate": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "GiveDerivedDimensionsPrecedence": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "BalancingDimension_PSN": {
        "type": "Edm.Int64",
        "nullable": false
      },
      "IsBalancing_PSN": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      }
    }
  },
  "LegalEntities": {
    "entityType": "LegalEntity",
    "keys": [
      "LegalEntityId"
    ],
    "properties": {
      "LegalEntityId": {
        "type": "Edm.String",
        "nullable": false
      },
      "AddressDescription": {
        "type": "Edm.String",
        "nullable": true
      },
      "UseForFinancialConsolidationProcess": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "CompanyName": {
        "type": "Edm.String",
        "nullable": true
      },
      "InitialCapitalInvestment": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "AddressState": {
        "type": "Edm.String",
        "nullable": true
      },
      "AddressBooks": {
        "type": "Edm.String",
        "nullable": true
      },
      "AddressCity": {
        "type": "Edm.String",
        "nullable": true
      },
      "AddressLatitude": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "AddressZipCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "ExternalLegalRepresentativeName": {
        "type": "Edm.String",
        "nullable": true
      },
      "CompanyRepresentative": {
        "type": "Edm.String",
        "nullable": true
      },
      "LegalRepresentativeName": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactURLDescription": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactPhoneExtension": {
        "type": "Edm.String",
        "nullable": true
      },
      "CompanyCountry": {
        "type": "Edm.String",
        "nullable": true
      },
      "SoftwareIdentificationCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "AddressCounty": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactEmailIsIM": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "PrimaryContactFacebookIsPrivate": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "PrimaryContactTelexDescription": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactURL": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactPhonePurpose": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactFax": {
        "type": "Edm.String",
        "nullable": true
      },
      "AddressStreet": {
        "type": "Edm.String",
        "nullable": true
      },
      "NAICS": {
        "type": "Edm.String",
        "nullable": true
      },
      "TraderNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactTwitterIsPrivate": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "PrimaryContactPhoneIsMobile": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "AddressValidTo": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "TimeZone": {
        "type": "Timezone",
        "nullable": true,
        "isEnum": true
      },
      "DNBRoutingNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "AccountsOfficeReferenceNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactTelex": {
        "type": "Edm.String",
        "nullable": true
      },
      "LanguageId": {
        "type": "Edm.String",
        "nullable": true
      },
      "StartDateOfBusiness": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "AddressTimeZone": {
        "type": "Timezone",
        "nullable": true,
        "isEnum": true
      },
      "PrintINNKPPInAddress": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "PrimaryContactPhoneDescription": {
        "type": "Edm.String",
        "nullable": true
      },
      "Rfc": {
        "type": "Edm.String",
        "nullable": true
      },
      "AddressCountryRegionId": {
        "type": "Edm.String",
        "nullable": true
      },
      "CUC": {
        "type": "Edm.String",
        "nullable": true
      },
      "CurpLegalRepresentative": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactLinkedInPurpose": {
        "type": "Edm.String",
        "nullable": true
      },
      "FiscalCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactTwitterPurpose": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactFacebookDescription": {
        "type": "Edm.String",
        "nullable": true
      },
      "CurpNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactFaxExtension": {
        "type": "Edm.String",
        "nullable": true
      },
      "PhoneticName": {
        "type": "Edm.String",
        "nullable": true
      },
      "AddressCountryRegionISOCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "LegalNature": {
        "type": "LegalNature_IT",
        "nullable": true,
        "isEnum": true
      },
      "PrimaryContactTwitterDescription": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactLinkedInDescription": {
        "type": "Edm.String",
        "nullable": true
      },
      "RfcLegalRepresentative": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactEmailPurpose": {
        "type": "Edm.String",
        "nullable": true
      },
      "FullPrimaryAddress": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryAddressLocationId": {
        "type": "Edm.String",
        "nullable": true
      },
      "AddressValidFrom": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "PrimaryContactURLPurpose": {
        "type": "Edm.String",
        "nullable": true
      },
      "AddressDistrictName": {
        "type": "Edm.String",
        "nullable": true
      },
      "AccountingPersonnel": {
        "type": "Edm.String",
        "nullable": true
      },
      "AddressLocationRoles": {
        "type": "Edm.String",
        "nullable": true
      },
      "NationalRegistryNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "FICreditorID": {
        "type": "Edm.String",
        "nullable": true
      },
      "PartyNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "CompanyType": {
        "type": "CompanyType_MX",
        "nullable": true,
        "isEnum": true
      },
      "Name": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrintEnterpriseRegister": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "PrimaryContactTelexPurpose": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactFaxDescription": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactLinkedIn": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactFacebook": {
        "type": "Edm.String",
        "nullable": true
      },
      "ReportFolder": {
        "type": "Edm.String",
        "nullable": true
      },
      "PersonInCharge": {
        "type": "Edm.String",
        "nullable": true
      },
      "NameAlias": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactPhone": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactEmailDescription": {
        "type": "Edm.String",
        "nullable": true
      },
      "LegalForm": {
        "type": "Edm.String",
        "nullable": true
      },
      "NationalClassificationOfCompanyEconomicActivity": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactEmail": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrintCorrectiveInvoiceStartingDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "AddressLongitude": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "BusinessItem": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactTwitter": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactFacebookPurpose": {
        "type": "Edm.String",
        "nullable": true
      },
      "UseForFinancialEliminationProcess": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "StateInscription": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrimaryContactLinkedInIsPrivate": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "PrimaryContactFaxPurpose": {
        "type": "Edm.String",
        "nullable": true
      },
      "RegistrationNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "CertifiedTaxAccountantName": {
        "type": "Edm.String",
        "nullable": true
      },
      "CommerceRegistration": {
        "type": "Edm.String",
        "nullable": true
      },
      "PrintCorrectiveInvoice": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "LocalizationCountryRegionCode": {
        "type": "SysLocalizationCountryRegionCode",
        "nullable": true,
        "isEnum": true
      },
      "VATOnCustomerBehalf": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "VATNum": {
        "type": "Edm.String",
        "nullable": true
      },
      "ProfitMarginScheme": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "VATRefund": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "ImportVATNum": {
        "type": "Edm.String",
        "nullable": true
      }
    }
  },
  "Currencies": {
    "entityType": "Currency",
    "keys": [
      "CurrencyCode"
    ],
    "properties": {
      "CurrencyCode": {
        "type": "Edm.String",
        "nullable": false
      },
      "RoundingMethodPurchaseOrders": {
        "type": "RoundOffType",
        "nullable": true,
        "isEnum": true
      },
      "RoundingMethodPrices": {
        "type": "RoundOffType",
        "nullable": true,
        "isEnum": true
      },
      "Name": {
        "type": "Edm.String",
        "nullable": true
      },
      "RoundingMethodSalesOrders": {
        "type": "RoundOffType",
        "nullable": true,
        "isEnum": true
      },
      "Symbol": {
        "type": "Edm.String",
        "nullable": true
      },
      "RoundingRuleFixedAssetDepreciation": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "ReferenceCurrencyForTriangulation": {
        "type": "NoYes",
        "nullable": true,
        "isEnum": true
      },
      "CurrencyGender": {
        "type": "GenderMaleFemale",
        "nullable": true,
        "isEnum": true
      },
      "RoundingRulePurchaseOrders": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "GeneralRoundingRule": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "RoundingMethodFixedAssetDepreciation": {
        "type": "RoundOffType",
        "nullable": true,
        "isEnum": true
      },
      "RoundingRuleSalesOrders": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "RoundingRulePrices": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "DecimalsCount_MX": {
        "type": "Edm.Int32",
        "nullable": false
      }
    }
  },
  "ExchangeRates": {
    "entityType": "ExchangeRate",
    "keys": [
      "RateTypeName",
      "FromCurrency",
      "ToCurrency",
      "StartDate"
    ],
    "properties": {
      "RateTypeName": {
        "type": "Edm.String",
        "nullable": false
      },
      "FromCurrency": {
        "type": "Edm.String",
        "nullable": false
      },
      "ToCurrency": {
        "type": "Edm.String",
        "nullable": false
      },
      "StartDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "RateTypeDescription": {
        "type": "Edm.String",
        "nullable": true
      },
      "Rate": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "EndDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "ConversionFactor": {
        "type": "ExchangeRateDisplayFactor",
        "nullable": true,
        "isEnum": true
      }
    }
  },
  "SalesInvoiceHeadersV2": {
    "entityType": "SalesInvoiceHeaderV2",
    "keys": [
      "dataAreaId",
      "InvoiceNumber",
      "InvoiceDate",
      "LedgerVoucher"
    ],
    "properties": {
      "dataAreaId": {
        "type": "Edm.String",
        "nullable": false
      },
      "InvoiceNumber": {
        "type": "Edm.String",
        "nullable": false
      },
      "InvoiceDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "LedgerVoucher": {
        "type": "Edm.String",
        "nullable": false
      },
      "InvoiceAddressCountryRegionISOCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "InvoiceAddressZipCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "TotalTaxAmount": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "InvoiceAddressStreetNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "TotalDiscountCustomerGroupCode": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "InvoiceAddressStreet": {
        "type": "Edm.String",
        "nullable": true
      },
      "TotalChargeAmount": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "TotalDiscountAmount": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "CurrencyCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesOrderNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryTermsCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "ContactPersonId": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesOrderResponsiblePersonnelNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "PaymentTermsName": {
        "type": "Edm.String",
        "nullable": true
      },
      "DeliveryModeCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "InvoiceCustomerAccountNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "InvoiceAddressCity": {
        "type": "Edm.String",
        "nullable": true
      },
      "InvoiceHeaderTaxAmount": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "InvoiceAddressState": {
        "type": "Edm.String",
        "nullable": true
      },
      "InvoiceAddressCountryRegionId": {
        "type": "Edm.String",
        "nullable": true
      },
      "CustomersOrderReference": {
        "type": "Edm.String",
        "nullable": true
      },
      "TotalInvoiceAmount": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "SalesOrderOriginCode": {
        "type": "Edm.String",
        "nullable": true
      }
    }
  },
  "SalesInvoiceV2Lines": {
    "entityType": "SalesInvoiceV2Line",
    "keys": [
      "dataAreaId",
      "InvoiceNumber",
      "LineCreationSequenceNumber",
      "InvoiceDate",
      "LedgerVoucher"
    ],
    "properties": {
      "dataAreaId": {
        "type": "Edm.String",
        "nullable": false
      },
      "InvoiceNumber": {
        "type": "Edm.String",
        "nullable": false
      },
      "LineCreationSequenceNumber": {
        "type": "Edm.Int32",
        "nullable": false
      },
      "InvoiceDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "LedgerVoucher": {
        "type": "Edm.String",
        "nullable": false
      },
      "ProductConfigurationId": {
        "type": "Edm.String",
        "nullable": true
      },
      "ProductDescription": {
        "type": "Edm.String",
        "nullable": true
      },
      "ProductNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesProductCategoryName": {
        "type": "Edm.String",
        "nullable": true
      },
      "InventorySiteId": {
        "type": "Edm.String",
        "nullable": true
      },
      "ProductSizeId": {
        "type": "Edm.String",
        "nullable": true
      },
      "InventoryWarehouseId": {
        "type": "Edm.String",
        "nullable": true
      },
      "ProductVersionId": {
        "type": "Edm.String",
        "nullable": true
      },
      "ProductName": {
        "type": "Edm.String",
        "nullable": true
      },
      "SalesProductCategoryHierarchyName": {
        "type": "Edm.String",
        "nullable": true
      },
      "DimensionNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "CurrencyCode": {
        "type": "Edm.String",
        "nullable": true
      },
      "OrderedInventoryStatusId": {
        "type": "Edm.String",
        "nullable": true
      },
      "LineAmount": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "LineTotalDiscountAmount": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "LineTotalChargeAmount": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "SalesPrice": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "ConfirmedShippingDate": {
        "type": "Edm.DateTimeOffset",
        "nullable": false
      },
      "ItemBatchNumber": {
        "type": "Edm.String",
        "nullable": true
      },
      "LineTotalTaxAmount": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "SalesUnitSymbol": {
        "type": "Edm.String",
        "nullable": true
      },
      "ProductColorId": {
        "type": "Edm.String",
        "nullable": true
      },
      "InvoicedQuantity": {
        "type": "Edm.Decimal",
        "nullable": false
      },
      "ProductStyleId": {
        "type": "Edm.String",
        "nullable": true
      }
    }
  }
} as const satisfies Readonly<Record<string, EntitySetInfo>>;

export type EntitySetName = keyof typeof entitySets;
