import { bundledItem, type ClassifierItem } from '@shekara/contracts/reference';

/** Modes of transport (Commission Decision No. 378, classifier of transport modes): boxes 25 and 26. */
const modes: [code: string, kk: string, ru: string, en: string][] = [
  ['10', 'Теңіз көлігі', 'Морской транспорт', 'Sea transport'],
  ['20', 'Темір жол көлігі', 'Железнодорожный транспорт', 'Rail transport'],
  ['30', 'Автомобиль көлігі', 'Автодорожный транспорт', 'Road transport'],
  ['40', 'Әуе көлігі', 'Воздушный транспорт', 'Air transport'],
  ['50', 'Халықаралық почта жөнелтілімдері', 'Почтовое отправление', 'Postal consignment'],
  ['71', 'Құбыр көлігі', 'Трубопроводный транспорт', 'Pipeline transport'],
  ['72', 'Электр беру желілері', 'Линии электропередачи', 'Power lines'],
  ['80', 'Ішкі су көлігі', 'Внутренний водный транспорт', 'Inland waterway transport'],
  ['90', 'Өздігінен жүретін көлік құралы', 'Транспортное средство, перемещающееся своим ходом', 'Vehicle moving under its own power'],
];

export const transportModeItems: ClassifierItem[] = modes.map(([code, ...name]) => bundledItem(code, name));
