/** The Beijing Office's id in data/places.json: the atlas's subject and the network's first office. */
export const BEIJING_OFFICE = 'beijing-office';
