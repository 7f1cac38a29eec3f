import type { GoodsDeclaration } from '../../documents/goods.ts';
import type { PreliminaryInformation } from '../../documents/preliminary.ts';
import type { Hit, Rule } from '../engine.ts';
import { isBlank, say } from './define.ts';
import { goodsCodeRules } from './goods-codes.ts';
import { goodsFormatRules } from './goods-formats.ts';
import { goodsHeaderRules } from './goods-header.ts';
import { goodsItemRules } from './goods-items.ts';
import { goodsPartyRules } from './goods-parties.ts';
import { goodsTotalRules } from './goods-totals.ts';
import { type KindSpec, kindRules } from './kind-spec.ts';

/**
 * Preliminary information: arrival notification, preliminary goods declaration, documents for
 * temporary storage. A preliminary goods declaration carries a whole goods declaration, checked by
 * the goods declaration's own rules (same ids), its findings under `goodsDeclaration.`.
 */
export const preliminarySpec: KindSpec = {
  kind: 'preliminary',
  required: [
    'subkind',
    'declarant.iinBin',
    'declarant.name',
    'arrivalOffice',
    'expectedArrival',
    'transport.modeCode',
    'dispatchCountry',
    'filler.name',
    'filler.date',
  ],
  declarant: 'declarant.iinBin',
  codes: {
    countries: ['dispatchCountry', 'transport.countryCode'],
    currencies: ['temporaryStorage.invoiceCurrency'],
    'transport-modes': ['transport.modeCode'],
    'document-kinds': ['documents.*.kindCode', 'goods.*.transportDocument.kindCode'],
  },
  dates: ['documents.*.date'],
  hsCodes: ['goods.*.hsCode'],
  offices: ['arrivalOffice'],
  items: { list: 'goods' },
};

/** What each subkind must carry: the goods (or the goods declaration), and the warehouse for temporary storage. */
const subkindContent: Rule<PreliminaryInformation> = {
  id: 'preliminary.subkind-content',
  severity: 'error',
  kinds: ['preliminary'],
  message: say(
    'Алдын ала ақпараттың осы түрі үшін бұл бөлім толтырылуы керек.',
    'Для этого вида предварительной информации этот раздел должен быть заполнен.',
    'This kind of preliminary information requires this part to be filled.',
  ),
  *check(d): Iterable<Hit> {
    if (d.subkind === 'preliminary_goods_declaration') {
      if (!d.goodsDeclaration) yield { path: 'goodsDeclaration' };
      return;
    }
    if (d.subkind && (d.goods ?? []).length === 0) yield { path: 'goods' };
    if (d.subkind === 'temporary_storage' && isBlank(d.temporaryStorage?.warehouseLicence))
      yield { path: 'temporaryStorage.warehouseLicence' };
  },
};

function withinGoodsDeclaration(rule: Rule<GoodsDeclaration>): Rule<PreliminaryInformation> {
  return {
    id: rule.id,
    severity: rule.severity,
    kinds: ['preliminary'],
    message: rule.message,
    check(d, ctx) {
      if (d.subkind !== 'preliminary_goods_declaration' || !d.goodsDeclaration) return [];
      return Array.from(rule.check(d.goodsDeclaration, ctx), (hit) => ({
        ...hit,
        path: `goodsDeclaration.${hit.path}`,
      }));
    },
  };
}

const goodsDeclarationRules = [
  ...goodsHeaderRules,
  ...goodsPartyRules,
  ...goodsFormatRules,
  ...goodsCodeRules,
  ...goodsItemRules,
  ...goodsTotalRules,
].map(withinGoodsDeclaration);

export const preliminaryRules: readonly Rule[] = [
  ...kindRules(preliminarySpec),
  subkindContent as Rule,
  ...(goodsDeclarationRules as Rule[]),
];
