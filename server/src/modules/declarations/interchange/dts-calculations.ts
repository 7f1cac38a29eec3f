import type { CustomsValue2Item } from '@shekara/contracts/declarations/documents';
import type { Element } from '@xmldom/xmldom';
import { child, compact, nonEmpty, numberOf, textOf } from './xml-dom.ts';

/**
 * The calculation of one DTS-2 item (`DTS_CUCustomsCostCalculation` of DTSout_CU), as the
 * customs_value_2 model holds it: the basis the method gives, the additions and deductions, and
 * their totals, in tenge for the whole item. The album gives each method its own boxes; the model
 * has one shape for all, so what the album names more finely is summed into the model's `other`
 * (the sums are to the cent), and what it has no field for (places, the quantities of identical
 * goods, the corrected value before the quantity) is left out — docs/INTERCHANGE.md lists it.
 */
export type Dts2Calculation = Pick<
  CustomsValue2Item,
  'basis' | 'additions' | 'totalAdditions' | 'deductions' | 'totalDeductions' | 'conversions'
>;

export function dts2CalculationOf(calculation: Element | undefined): Dts2Calculation {
  const identical = child(calculation, 'DTSMethod236');
  if (identical) return identicalOrSimilar(identical);
  const deductive = child(calculation, 'DTSMethod46');
  if (deductive) return deductiveOf(deductive);
  const computed = child(calculation, 'DTSMethod56');
  if (computed) return computedOf(computed);
  const transaction = child(calculation, 'DTSMethod1');
  if (transaction) return fallBackOnTransactionValue(transaction);
  return {};
}

/**
 * Methods 2 and 3 (and 6 on their basis): the value of a sale of identical or similar goods (box 11)
 * corrected down (12, total 13) and up (14, total 15) for quantity, commercial level, transport,
 * loading and insurance.
 */
function identicalOrSimilar(method: Element): Dts2Calculation {
  const corrections = child(method, 'Method2DealCorrect');
  return compact({
    basis: numberOf(child(method, 'Method2Basis'), 'IdenticalDealNationalAmount'),
    additions: nonEmpty({
      transport: numberOf(corrections, 'PlusBorderTransportCharges'),
      loading: numberOf(corrections, 'PlusLoadCharges'),
      insurance: numberOf(corrections, 'PlusInsuranceCharges'),
      other: sum(numberOf(corrections, 'PlusQuantityCorrect'), numberOf(corrections, 'PlusCommerceCorrect')),
    }),
    totalAdditions: numberOf(corrections, 'PlusTotalSum'),
    // The downward corrections are differences from the other sale, none of them the deductive
    // method's deductions the model names: all of them are its `other`.
    deductions: nonEmpty({
      other: sum(
        ...[
          'MinusQuantityCorrect',
          'MinusCommerceCorrect',
          'MinusBorderTransportCharges',
          'MinusLoadCharges',
          'MinusInsuranceCharges',
        ].map((name) => numberOf(corrections, name)),
      ),
    }),
    totalDeductions: numberOf(corrections, 'MinusTotalSum'),
  });
}

/**
 * Method 4 (and 6 on its basis): the price of a unit sold in the Union (box 11) less, per unit, the
 * commission or profit, transport and insurance in the Union, duties and taxes, and the value added
 * by processing (12–15, total 16). The model holds the item's amounts, so each is multiplied by the
 * quantity imported (`DeclaratedGoodsQuantity`); without one they are kept as given.
 */
function deductiveOf(method: Element): Dts2Calculation {
  const deducted = child(method, 'Method46Deduction');
  const quantity = numberOf(child(method, 'DeclaratedGoodsQuantity'), 'GoodsQuantity') ?? 1;
  const times = (value: number | undefined) => (value === undefined ? undefined : cents(value * quantity));
  return compact({
    basis: times(numberOf(child(method, 'Method46Basis'), 'IdenticalDealNationalPrice')),
    deductions: nonEmpty({
      commissionsOrProfit: times(numberOf(deducted, 'AgentCharge')),
      transportInside: times(numberOf(deducted, 'UnionTransportCharge')),
      dutiesAndTaxes: times(numberOf(deducted, 'UnionTaxPayment')),
      other: times(numberOf(deducted, 'ProcessingAddedCost')),
    }),
    totalDeductions: times(numberOf(deducted, 'TotalDeductionAmount')),
  });
}

/**
 * Method 5 (and 6 on its basis): the computed value — the maker's costs (box 11), what the buyer
 * supplied or paid for besides (12 а–ж) and the profit and general expenses (13) make the basis;
 * transport, loading and insurance to the place of arrival (14–16) are its additions. The album
 * gives no totals here, so the model's are their sums.
 */
function computedOf(method: Element): Dts2Calculation {
  const basis = child(method, 'Method56Basis');
  const costs = [
    'ProductionStoreExpense',
    'PackageExpenses',
    'DesignPaymentProduction',
    'StoreCost',
    'ProductionToolkitCost',
    'ConsumablesCost',
    'DesignPayment',
    'AddProductionValueAmount',
    'CommerceExpense',
  ].map((name) => numberOf(basis, name));
  const additions = nonEmpty({
    transport: numberOf(basis, 'BorderTransportCharges'),
    loading: numberOf(basis, 'LoadCharges'),
    insurance: numberOf(basis, 'InsuranceCharges'),
  });
  return compact({
    basis: sum(...costs),
    additions,
    totalAdditions: additions ? sum(additions.transport, additions.loading, additions.insurance) : undefined,
  });
}

/**
 * Method 6 on the basis of method 1: the DTS-1 calculation (`DTSMethod1`) on a DTS-2. Transport,
 * loading and insurance keep their names; the other additions (commissions, packing, the buyer's
 * supplies, royalties, resale proceeds) are summed as `other`, as are the deductions other than
 * transport in the Union and duties.
 */
function fallBackOnTransactionValue(method: Element): Dts2Calculation {
  const basis = child(method, 'Method1CalculationBasis');
  const added = child(method, 'Method1AdditionalSum');
  const deducted = child(method, 'Method1Deduction');
  const currency = textOf(basis, 'DealCurrencyCode');
  return compact({
    basis: numberOf(basis, 'BasisNationalAmount'),
    additions: nonEmpty({
      transport: numberOf(added, 'BorderTransportCharges'),
      loading: numberOf(added, 'LoadCharges'),
      insurance: numberOf(added, 'InsuranceCharges'),
      other: sum(
        ...[
          'AgentBonus',
          'PackageExpenses',
          'StoreCost',
          'ProductionToolkitCost',
          'WorkingStockCost',
          'DesignPayment',
          'IntellectualPropertyPayment',
          'SellerIncome',
        ].map((name) => numberOf(added, name)),
      ),
    }),
    totalAdditions: numberOf(added, 'TotalAdditionalSum'),
    deductions: nonEmpty({
      transportInside: numberOf(deducted, 'UnionTransportCharge'),
      dutiesAndTaxes: numberOf(deducted, 'UnionTaxPayment'),
      other: numberOf(deducted, 'BuildingAmount'),
    }),
    totalDeductions: numberOf(deducted, 'TotalDeductionAmount'),
    conversions:
      currency === undefined
        ? undefined
        : [
            compact({
              currencyCode: currency,
              amount: numberOf(basis, 'DealCurrencyAmount'),
              exchangeRate: numberOf(basis, 'DealCurrencyRate'),
            }),
          ],
  });
}

/** Amounts to the cent, as the album writes them: no binary fractions left over from adding or multiplying. */
const cents = (value: number) => Math.round(value * 100) / 100;

/** The sum of the amounts given; none given, no sum. */
function sum(...values: Array<number | undefined>): number | undefined {
  const given = values.filter((v): v is number => v !== undefined);
  return given.length === 0 ? undefined : cents(given.reduce((a, b) => a + b, 0));
}
