import { bundledItem, type ClassifierItem } from '@shekara/contracts/reference';

/**
 * Types of customs and other payments (Commission Decision No. 378, Annex 9) that box 47 and
 * payment documents carry. Excise taxes take codes in the 4xxx range; this list holds the general
 * one. Kept as data: a new code is a new row, not a change of code.
 */
const paymentTypes: [code: string, kk: string, ru: string, en: string][] = [
  ['1010', 'Кедендік операциялар үшін кедендік алымдар', 'Таможенные сборы за таможенные операции', 'Customs fees for customs operations'],
  ['1020', 'Кедендік алып жүру үшін кедендік алымдар', 'Таможенные сборы за таможенное сопровождение', 'Customs fees for customs escort'],
  ['2010', 'Әкелу кедендік бажы', 'Ввозная таможенная пошлина', 'Import customs duty'],
  ['4010', 'Акциз', 'Акциз', 'Excise tax'],
  ['5010', 'Қосылған құн салығы', 'Налог на добавленную стоимость', 'Value added tax'],
  ['6010', 'Бірыңғай мөлшерлемелер бойынша төленетін кедендік баждар, салықтар', 'Таможенные пошлины, налоги, уплачиваемые по единым ставкам', 'Customs duties and taxes paid at unified rates'],
  ['6020', 'Жиынтық кедендік төлем түрінде төленетін кедендік баждар, салықтар', 'Таможенные пошлины, налоги, уплачиваемые в виде совокупного таможенного платежа', 'Customs duties and taxes paid as an aggregate customs payment'],
];

export const paymentTypeItems: ClassifierItem[] = paymentTypes.map(([code, ...name]) => bundledItem(code, name));
