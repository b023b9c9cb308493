import type { Network, NetworkMember } from './network';

/** The Beijing Office's id in data/places.json: the atlas's subject and the network's first office. */
export const BEIJING_OFFICE = 'beijing-office';

/**
 * The members of the network other than the Beijing Office's own (data/places.json) ones. Here,
 * not in ./network, so that the browser's map code imports no schema (zod) with it.
 */
export function otherMembers(network: Network): NetworkMember[] {
  return [...network.offices, ...network.units].filter((m) => m.officeId !== BEIJING_OFFICE);
}
